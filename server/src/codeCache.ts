// Loads a CommonJS bundle with V8's code cache, so a start skips compiling it: the server's bundle is ~1.4 MB of
// JavaScript, and compiling it took ~65 ms of every start, before `initialize` could be answered. Node >= 22.1 has this
// built in (module.enableCompileCache). On older Node (VS Code's, Node 20) the bundle is compiled as a function
// (vm.compileFunction, as Node's own require does: a vm.Script of the wrapped source cost ~5 MB more RSS) with the cache
// V8 makes at compile time: the build's, beside the bundle (scripts/build-code-cache.ts), for the build's Node; else
// one made at the first start and saved in the user's folder of the OS temporary folder (as the gene index's copy:
// geneTableFile.ts), keyed by the bundle's SHA-1 (V8 itself checks only the source's length), the Node version and the
// architecture. Any failure (a read-only or foreign folder, a refused cache) only costs the compile time.
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

/** A cache made at start-up is saved this long after: the first requests come first. */
const SAVE_AFTER_MS = 3000;
/** Saved caches of other bundles (older builds) are removed when older than this. */
const STALE_MS = 24 * 3600 * 1000;

/** The user's folder of the OS temporary folder, when it is ours and only ours (else undefined: no cache there). */
export function userCacheDir(create: boolean): string | undefined {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(os.tmpdir(), `genelens-${uid ?? process.env['USERNAME'] ?? 'user'}`);
  try {
    if (create) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.statSync(dir);
    // Code is run from here: a folder another user owns or may write to is not used.
    if (!stat.isDirectory() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The SHA-1 of a source, in hex (40 digits). */
const sourceHash = (source: string): string => createHash('sha1').update(source, 'utf8').digest('hex');

/** The cache file of a bundle's source (by sourceHash) in a folder. */
function cacheFile(dir: string, name: string, hash: string): string {
  return path.join(dir, `${name}-${hash}-${process.version}-${process.arch}.v8cache`);
}

/** A file's bytes when it is ours (or the platform has no owners), else undefined. */
function readOwn(file: string): Buffer | undefined {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (uid !== undefined && fs.statSync(file).uid !== uid) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

const PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'];

type Wrapper = (exports: unknown, req: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;

/**
 * Runs the CommonJS bundle `file` (which requires only Node's built-in modules) as `require` would; a cache made now is
 * saved `saveAfterMs` later.
 */
export function requireWithCodeCache(file: string, saveAfterMs = SAVE_AFTER_MS): void {
  const builtIn = Module as unknown as { enableCompileCache?: (dir?: string) => unknown };
  if (typeof builtIn.enableCompileCache === 'function') {
    try {
      const dir = userCacheDir(true);
      if (dir) builtIn.enableCompileCache(path.join(dir, 'compile-cache'));
    } catch {
      // no cache: compiled as usual
    }
    require(file);
    return;
  }
  // As one string (no buffer kept while it compiles): the build escapes the bundle to ASCII (esbuild.js).
  const source = fs.readFileSync(file, 'utf8');
  const name = path.basename(file, '.js');
  const hash = sourceHash(source);
  const options = { filename: file };
  let wrapper: (Wrapper & { cachedDataRejected?: boolean }) | undefined;
  for (const cached of [readBuiltCache(path.join(path.dirname(file), `${name}.v8cache`), hash), readSavedCache(name, hash)]) {
    if (!cached) continue;
    const compiled = vm.compileFunction(source, PARAMETERS, { ...options, cachedData: cached }) as Wrapper & { cachedDataRejected?: boolean };
    if (compiled.cachedDataRejected !== true) {
      wrapper = compiled;
      break;
    }
  }
  if (!wrapper) {
    const compiled = vm.compileFunction(source, PARAMETERS, { ...options, produceCachedData: true }) as Wrapper & { cachedData?: Buffer };
    const made = compiled.cachedData;
    if (made) setTimeout(() => saveCache(made, name, hash), saveAfterMs).unref();
    wrapper = compiled;
  }
  const bundle = { exports: {} };
  wrapper.call(bundle.exports, bundle.exports, require, bundle, file, path.dirname(file));
}

/** The build's cache of this very source (its first 20 bytes are the source's SHA-1), or undefined. */
function readBuiltCache(file: string, hash: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file); // beside the bundle: as trusted as the bundle itself
  } catch {
    return undefined;
  }
  return bytes.length > 20 && bytes.subarray(0, 20).toString('hex') === hash ? bytes.subarray(20) : undefined;
}

/** The cache a start saved for this source and this Node, or undefined. */
function readSavedCache(name: string, hash: string): Buffer | undefined {
  const dir = userCacheDir(false);
  return dir === undefined ? undefined : readOwn(cacheFile(dir, name, hash));
}

/** Saves a cache where the next start looks; removes stale caches of older bundles. */
function saveCache(data: Buffer, name: string, hash: string): void {
  try {
    const dir = userCacheDir(true);
    if (!dir) return;
    const file = cacheFile(dir, name, hash);
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, data, { mode: 0o600 });
    fs.renameSync(partial, file);
    const now = Date.now();
    for (const other of fs.readdirSync(dir)) {
      if (!other.startsWith(`${name}-`) || !other.endsWith('.v8cache') || path.join(dir, other) === file) continue;
      const at = path.join(dir, other);
      if (now - fs.statSync(at).mtimeMs > STALE_MS) fs.unlinkSync(at);
    }
  } catch {
    // a read-only or full temporary folder: the next start compiles again
  }
}

/** The build's cache of a bundle (for scripts/build-code-cache.ts): its SHA-1, then the code cache for this Node. */
export function buildCodeCache(file: string): Buffer {
  const source = fs.readFileSync(file, 'utf8');
  const compiled = vm.compileFunction(source, PARAMETERS, { filename: file, produceCachedData: true }) as unknown as { cachedData?: Buffer };
  if (!compiled.cachedData) throw new Error(`${file}: V8 made no code cache`);
  return Buffer.concat([Buffer.from(sourceHash(source), 'hex'), compiled.cachedData]);
}
