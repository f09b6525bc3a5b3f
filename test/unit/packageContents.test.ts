// What the two packages hold: the .vsix (`vsce ls`, as `npm run package` builds it: .vscodeignore's allowlist and
// MARKETPLACE.md as its README) and the npm package (`npm pack --dry-run --json`: .npmignore's allowlist, for the CLI
// and the language server). Neither ships sources, tests or CI files; every picture the Marketplace README shows, and
// the icon, are in the .vsix, so they load on the extension's Details page. Needs `npm run build` first (dist/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { icon?: string; bin: Record<string, string>; scripts: Record<string, string>; galleryBanner?: { color: string; theme: string } };
const FORBIDDEN = /^(test|server|client|scripts|\.ci|node_modules|out|test-output|\.e2e|docs\/(?!images\/))\/|\.ts$|\.map$|tsconfig|eslint/;

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_loglevel: 'error' } });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return r.stdout;
}

describe('package contents', () => {
  it('the .vsix: bundles, data, the Marketplace README with its pictures, the icon; no sources or tests', () => {
    const readmeArg = /--readme-path (\S+)/.exec(PKG.scripts.package ?? '');
    assert.ok(readmeArg, 'npm run package gives vsce the Marketplace README');
    const readme = readmeArg[1]!;
    const files = run(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies', '--readme-path', readme])
      .split('\n').map((l) => l.trim()).filter(Boolean);
    for (const f of ['package.json', readme, 'LICENSE', 'CHANGELOG.md', 'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'data/lexicon/genes.tsv', 'data/profiles/genes/nmrk1.json', 'data/schema/profile.schema.json']) {
      assert.ok(files.includes(f), `${f} in the .vsix: ${files.join(', ')}`);
    }
    assert.ok(!files.includes('README.md'), 'the developer README stays out (the .vsix has one readme, the Marketplace one)');
    assert.ok(PKG.icon && files.includes(PKG.icon), `the icon ${PKG.icon} ships`);
    assert.equal(PKG.galleryBanner?.theme, 'dark');
    const pictures = [...fs.readFileSync(path.join(ROOT, readme), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.ok(pictures.length >= 2, 'the Marketplace README shows pictures');
    for (const p of pictures) {
      assert.doesNotMatch(p, /^[a-z]+:/i, `${p}: a picture in the package, not on the network`);
      assert.ok(files.includes(p), `${p} is in the .vsix, so it loads on the Details page`);
    }
    for (const f of files) assert.doesNotMatch(f, FORBIDDEN, `${f} should not be in the .vsix`);
  });

  it('the npm package: the CLI, the server and data/ only', () => {
    const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string }[]; unpackedSize: number }[];
    const files = pack!.files.map((f) => f.path);
    for (const bin of Object.values(PKG.bin)) assert.ok(files.includes(bin.replace(/^\.\//, '')), `the bin ${bin} ships`);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/server.js', 'data/lexicon/genes.tsv', 'data/profiles/genes/nmrk1.json']) {
      assert.ok(files.includes(f), `${f} in the npm package`);
    }
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/cli\.js|dist\/server\.js|data\/.+)$/;
    for (const f of files) assert.match(f, allowed, `${f} should not be in the npm package`);
    assert.ok(pack!.unpackedSize < 10_000_000, `unpacked ${pack!.unpackedSize} bytes`);
  });
});
