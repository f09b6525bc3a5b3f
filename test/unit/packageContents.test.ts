// What the two packages hold: the .vsix (`vsce ls`, as `npm run package` builds it: .vscodeignore's allowlist and, as
// its README, MARKETPLACE.md with its pictures inlined by scripts/marketplace-readme.mjs) and the npm package (`npm pack
// --dry-run --json`: .npmignore's allowlist, for the CLI and the language server). Neither ships sources, tests or CI
// files. Every picture of the packaged README is a data: URI holding the very bytes of the file MARKETPLACE.md shows:
// the form the installed extension's Details page loads (its webview allows `img-src https: data:` only, so a path to
// a file inside the extension never loads; the e2e checks that they load). Needs `npm run build` first (dist/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon?: string; bin: Record<string, string>; scripts: Record<string, string>; galleryBanner?: { color: string; theme: string } };
const FORBIDDEN = /^(test|server|client|scripts|\.ci|node_modules|out|test-output|\.e2e|docs)\/|\.ts$|\.map$|tsconfig|eslint/;

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_loglevel: 'error' } });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return r.stdout;
}

describe('package contents', () => {
  it('the .vsix: bundles, data, the Marketplace README with its pictures inlined, the icon; no sources or tests', () => {
    const script = /^node (scripts\/marketplace-readme\.mjs) && vsce package .*--readme-path (\S+)/.exec(PKG.scripts.package ?? '');
    assert.ok(script, `npm run package writes the Marketplace README, then gives it to vsce: ${PKG.scripts.package}`);
    const readme = script[2]!;
    run('node', [script[1]!, readme]);
    const files = run(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies', '--readme-path', readme])
      .split('\n').map((l) => l.trim()).filter(Boolean);
    for (const f of ['package.json', readme, 'LICENSE', 'CHANGELOG.md', 'dist/extension.js', 'dist/server.js', 'dist/genelens-server.js', 'dist/stdinWorker.js', 'dist/cli.js', 'dist/browser/extension.js', 'dist/browser/server.js', 'data/lexicon/genes.tsv', 'data/profiles/genes/nmrk1.json', 'data/schema/profile.schema.json']) {
      assert.ok(files.includes(f), `${f} in the .vsix: ${files.join(', ')}`);
    }
    assert.ok(!files.includes('README.md'), 'the developer README stays out (the .vsix has one readme, the Marketplace one)');
    assert.ok(PKG.icon && files.includes(PKG.icon), `the icon ${PKG.icon} ships`);
    assert.equal(PKG.galleryBanner?.theme, 'dark');
    const pictures = (text: string) => [...text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1]!, src: m[2]! }));
    const source = pictures(fs.readFileSync(path.join(ROOT, 'MARKETPLACE.md'), 'utf8'));
    const packaged = pictures(fs.readFileSync(path.join(ROOT, readme), 'utf8'));
    assert.ok(source.length >= 3, 'the Marketplace README shows pictures');
    assert.deepEqual(packaged.map((p) => p.alt), source.map((p) => p.alt), 'the packaged README shows the same pictures, in order');
    source.forEach((p, i) => {
      const data = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(packaged[i]!.src);
      assert.ok(data, `${p.src} is inlined as a data:image/png URI, not a path or a web address: ${packaged[i]!.src.slice(0, 60)}`);
      assert.ok(Buffer.from(data[1]!, 'base64').equals(fs.readFileSync(path.join(ROOT, p.src))), `${p.src}: the inlined bytes are the picture's`);
    });
    for (const f of files) assert.doesNotMatch(f, FORBIDDEN, `${f} should not be in the .vsix`);
  });

  it('the npm package: the CLI, the server and data/ only', () => {
    const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string }[]; size: number; unpackedSize: number }[];
    const files = pack!.files.map((f) => f.path);
    for (const bin of Object.values(PKG.bin)) assert.ok(files.includes(bin.replace(/^\.\//, '')), `the bin ${bin} ships`);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/server.js', 'dist/genelens-server.js', 'dist/stdinWorker.js', 'data/lexicon/genes.tsv', 'data/profiles/genes/nmrk1.json']) {
      assert.ok(files.includes(f), `${f} in the npm package`);
    }
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/cli\.js|dist\/server\.js|dist\/genelens-server\.js|dist\/stdinWorker\.js|data\/.+)$/;
    for (const f of files) assert.match(f, allowed, `${f} should not be in the npm package`);
    // What a user downloads is the tarball (about 3.3 MB); unpacked, the gene table is 6.2 MB of the 10.6 MB, and the
    // chemical, disease and Gene Ontology tables about 1.5 MB.
    assert.ok(pack!.size < 4_000_000, `tarball ${pack!.size} bytes`);
    assert.ok(pack!.unpackedSize < 12_000_000, `unpacked ${pack!.unpackedSize} bytes`);
  });
});
