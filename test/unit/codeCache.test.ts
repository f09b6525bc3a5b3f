// The server's entry (dist/server.js: server/src/main.ts) runs its bundle through V8's code cache (codeCache.ts): the
// build's cache when it fits the source, else one made at the first start and saved in the user's temporary folder;
// a cache of another source or a broken one is never used, and a start without any cache runs all the same.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { buildCodeCache, requireWithCodeCache, userCacheDir } from '../../server/src/codeCache';

const hasBuiltIn = typeof (require('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** A bundle in a fresh folder that counts its runs on globalThis, and a temporary folder of its own for the caches. */
function setUp(): { file: string; runs: () => number; dirname: () => unknown } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-code-cache-'));
  const key = `codeCacheRuns${path.basename(dir).replace(/\W/g, '')}`;
  const file = path.join(dir, 'bundle.js');
  fs.writeFileSync(file, `globalThis.${key} = (globalThis.${key} || 0) + 1; globalThis.${key}Dir = __dirname;\n`);
  process.env['TMPDIR'] = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-tmp-'));
  const global = globalThis as Record<string, unknown>;
  return { file, runs: () => global[key] as number, dirname: () => global[`${key}Dir`] };
}

const saved = (): string[] => {
  const dir = userCacheDir(false);
  return dir ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : [];
};
const tick = (ms = 20): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('code cache', { skip: hasBuiltIn ? 'Node has its own compile cache (module.enableCompileCache)' : false }, () => {
  const tmp = process.env['TMPDIR'];
  const restore = (): void => {
    if (tmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = tmp;
  };

  it('runs a bundle with no cache, then saves one made at compile time for the next start', async () => {
    const { file, runs, dirname } = setUp();
    try {
      requireWithCodeCache(file, 0);
      assert.equal(runs(), 1);
      assert.equal(dirname(), path.dirname(file), 'the bundle\'s __dirname is its folder (it finds dist/genes.idx there)');
      await tick();
      const caches = saved();
      assert.equal(caches.length, 1, 'one cache saved');
      assert.match(caches[0]!, /^bundle-[0-9a-f]{40}-v\d+\.\d+\.\d+-\w+\.v8cache$/);
      requireWithCodeCache(file, 0);
      assert.equal(runs(), 2, 'runs again from its cache');
    } finally {
      restore();
    }
  });

  it('uses the build\'s cache beside the bundle only for the very source it was made from', async () => {
    const { file, runs } = setUp();
    try {
      fs.writeFileSync(file.replace(/\.js$/, '.v8cache'), buildCodeCache(file));
      requireWithCodeCache(file, 0);
      await tick();
      assert.equal(runs(), 1);
      assert.equal(saved().length, 0, 'the build\'s cache fitted: nothing to save');
      fs.appendFileSync(file, '// changed\n');
      requireWithCodeCache(file, 0);
      await tick();
      assert.equal(runs(), 2, 'a changed bundle runs, compiled anew');
      assert.equal(saved().length, 1, 'and its own cache is saved');
    } finally {
      restore();
    }
  });

  it('survives a broken cache and an unwritable temporary folder', async () => {
    const { file, runs } = setUp();
    try {
      const built = buildCodeCache(file);
      built.fill(7, 20); // the source's hash kept, the cache garbage: V8 refuses it
      fs.writeFileSync(file.replace(/\.js$/, '.v8cache'), built);
      process.env['TMPDIR'] = path.join(file, 'not-a-folder');
      requireWithCodeCache(file, 0);
      await tick();
      assert.equal(runs(), 1);
    } finally {
      restore();
    }
  });
});
