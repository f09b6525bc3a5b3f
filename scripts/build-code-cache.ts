// Writes dist/genelens-server.v8cache, the code cache of the server's bundle for the Node that runs the build
// (server/src/codeCache.ts reads it when the user's temporary folder has no fuller cache yet). Run by `npm run build`
// (esbuild.js bundles this file to out/build-code-cache.js and runs it).
import * as fs from 'fs';
import * as path from 'path';
import { buildCodeCache } from '../server/src/codeCache';

const bundle = path.resolve(__dirname, '..', 'dist', 'genelens-server.js');
fs.writeFileSync(bundle.replace(/\.js$/, '.v8cache'), buildCodeCache(bundle));
