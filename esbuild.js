// Builds the three bundles: the VS Code client (with `vscode` external), the language server and the CLI
// (both fully bundled, so the .vsix and `node dist/server.js --stdio` need no node_modules); and the web build's
// client and server (dist/browser/).
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow; its "module" build bundles.
  mainFields: ['module', 'main'],
};

/** Prints errors in the form VS Code's $esbuild-watch problem matcher expects. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * Replaces server/src/core/lexicon/profileValidator.ts in the bundles with the profile schema's validator precompiled
 * by Ajv (standalone code, same options): the server then neither compiles the schema at start-up nor bundles Ajv's
 * compiler. Compiled tests (out/) use the module as written, which compiles the same schema at run time.
 */
const precompiledProfileValidator = {
  name: 'precompiled-profile-validator',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]lexicon[\\/]profileValidator\.ts$/ }, () => {
      const Ajv = require('ajv').default;
      const standalone = require('ajv/dist/standalone').default;
      const schema = JSON.parse(require('fs').readFileSync(path.join(__dirname, 'data', 'schema', 'profile.schema.json'), 'utf8'));
      const ajv = new Ajv({ allErrors: true, verbose: true, code: { source: true } });
      const code = standalone(ajv, ajv.compile(schema));
      const contents = [
        'const precompiled = { exports: {} };',
        `(function (module, exports) {\n${code}\n})(precompiled, precompiled.exports);`,
        'export const PROFILE_AJV_OPTIONS = { allErrors: true, verbose: true };',
        'export function compileProfileValidator() { return precompiled.exports; }',
      ].join('\n');
      return { contents, loader: 'js', resolveDir: __dirname };
    });
  },
};

/**
 * Escapes the non-ASCII characters esbuild leaves in a bundle (in regular expression literals and comments) as \uXXXX:
 * an ASCII source is kept by V8 as one byte per character (the server's 1.4 MB, not 2.8 MB as UTF-16) and read by Node
 * without decoding. A character escaped by a backslash would change meaning: the build stops on one.
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length > 0 || !file) return;
      const fs = require('fs');
      const text = fs.readFileSync(file, 'utf8');
      const ascii = text.replace(/\\?[\u0080-\uffff]/g, (c) => {
        if (c.length > 1) throw new Error(`${file}: a non-ASCII character after a backslash (${JSON.stringify(c)}) cannot be escaped`);
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
      if (ascii !== text) fs.writeFileSync(file, ascii);
    });
  },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js is a small entry (main.ts) that runs the server's bundle through V8's code cache (codeCache.ts).
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/genelens-server.js', plugins: [precompiledProfileValidator, asciiOutput] },
  // The threads that read the --stdio server's input (server/src/workerReader.ts).
  { ...common, entryPoints: ['server/src/stdinWorker.ts'], outfile: 'dist/stdinWorker.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [precompiledProfileValidator, asciiOutput] },
];

/**
 * VS Code for the Web: the client (package.json "browser") and the language server, run in a web worker, bundled for
 * the browser. The shared server modules import protocol types from vscode-languageserver/node; the browser builds
 * of both LSP libraries stand in for the Node ones. No Node built-in may be reached (the web test checks it).
 */
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  alias: { 'vscode-languageserver/node': 'vscode-languageserver/browser', 'vscode-languageclient/node': 'vscode-languageclient/browser' },
};
builds.push(
  { ...browser, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'] },
  { ...browser, format: 'iife', entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browser/server.js', plugins: [precompiledProfileValidator, asciiOutput] },
);

/**
 * The prebuilt gene index (dist/genes.idx): the recognizer's trie over every gene symbol and alias, loaded by the
 * server with one read instead of built at start-up. Made by scripts/build-gene-index.ts, bundled to out/ and run.
 */
async function buildGeneIndex() {
  const script = 'out/build-gene-index.js';
  await esbuild.build({ ...common, minify: false, sourcemap: false, entryPoints: ['scripts/build-gene-index.ts'], outfile: script });
  require('child_process').execFileSync(process.execPath, [script], { stdio: 'inherit' });
}

async function main() {
  const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...b, plugins: [...(b.plugins ?? []), problemMatcher] })));
  await buildGeneIndex();
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  writeServerCodeCache();
}

/**
 * dist/genelens-server.v8cache: the code V8 compiles eagerly for the server's bundle, for this Node (the first start of
 * a fresh build then compiles less; a server saves a fuller cache of its own later). Not shipped in the .vsix: VS Code
 * runs another Node, whose V8 would refuse it. Made by out/build-gene-index.js's sibling script, run by this Node.
 */
function writeServerCodeCache() {
  const script = 'out/build-code-cache.js';
  require('esbuild').buildSync({ ...common, minify: false, sourcemap: false, entryPoints: ['scripts/build-code-cache.ts'], outfile: script });
  require('child_process').execFileSync(process.execPath, [script], { stdio: 'inherit' });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
