// Entry of dist/server.js: runs the language server's bundle (dist/genelens-server.js, built from server.ts) through
// V8's code cache (codeCache.ts), so a start does not compile it again, after starting the --stdio reader thread
// (stdinReaderStart.ts) so that it boots while the bundle loads. Nothing else: the server is server.ts.
import * as path from 'path';
import { requireWithCodeCache } from './codeCache';
import { startReaderThreadEarly } from './stdinReaderStart';

startReaderThreadEarly(__dirname);

requireWithCodeCache(path.join(__dirname, 'genelens-server.js'));
