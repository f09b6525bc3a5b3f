// What the lexicon generators (scripts/build-*.mjs) share: their --option FILE arguments and the Debian word list they
// read (wamerican's /usr/share/dict/words), named with its package and version in the generated file's header.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The resolved path after `name` in the script's arguments, else `fallback`. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : fallback;
}

/** The word list's entries in lower case (without possessives), or an error saying how to install it. */
export function readWords(file) {
  if (!fs.existsSync(file)) throw new Error(`${file} missing: apt-get install -y wamerican`);
  return new Set(fs.readFileSync(file, 'utf8').split('\n').filter((w) => w && !w.includes("'")).map((w) => w.toLowerCase()));
}

/** The Debian package (and version) that owns the word list, for the header. */
export function wordsPackage(file) {
  try {
    const owner = execFileSync('dpkg', ['-S', fs.realpathSync(file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(':')[0].trim();
    const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', owner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${owner} ${version}`;
  } catch {
    return 'word list of unknown origin';
  }
}
