// Reads profile files from disk for the hosts (server and CLI); the core never touches the file system.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ProfileDocument } from './core';

/** Profile files read per folder at most: a folder of thousands of JSON files is no profile folder. */
export const MAX_PROFILE_FILES = 1000;
/** Folders never searched for profiles (nor any folder whose name starts with a dot). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'bower_components', '.git']);

export interface ProfileFiles {
  docs: ProfileDocument[];
  /** Folders or files that could not be read, one message each. */
  errors: string[];
  /** Per folder over MAX_PROFILE_FILES: the first file left out (a problem is shown on it) and why. */
  capped: { uri: string; message: string }[];
}

/**
 * Every *.json file under the given folders, recursively. Folders keep their order (later ones override earlier
 * profiles with the same id); files within a folder are sorted by relative path so loading is deterministic.
 * Symlinks inside a folder are not followed; node_modules, .git and dot-folders are not searched; at most
 * MAX_PROFILE_FILES files are read per folder (the walk stops there, and the rest is reported in `capped`).
 */
export function readProfileDocuments(dirs: readonly string[]): ProfileFiles {
  const docs: ProfileDocument[] = [];
  const errors: string[] = [];
  const capped: ProfileFiles['capped'] = [];
  for (const dir of dirs) {
    const root = path.resolve(dir);
    const files: string[] = [];
    try {
      if (!fs.statSync(root).isDirectory()) {
        errors.push(`${root}: not a folder of profiles`);
        continue;
      }
      collectJson(root, files, errors);
    } catch (e) {
      errors.push(`${root}: cannot read profiles folder (${describe(e)})`);
      continue;
    }
    files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const over = files[MAX_PROFILE_FILES];
    if (over !== undefined) {
      const message = `${root} holds more than ${MAX_PROFILE_FILES} profile files: only the first ${MAX_PROFILE_FILES} are read (this one and the rest are not).`;
      errors.push(message);
      capped.push({ uri: pathToFileURL(over).href, message });
      files.length = MAX_PROFILE_FILES;
    }
    for (const file of files) {
      try {
        docs.push({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') });
      } catch (e) {
        errors.push(`${file}: cannot read (${describe(e)})`);
      }
    }
  }
  return { docs, errors, capped };
}

function collectJson(dir: string, into: string[], errors: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`${dir}: cannot read folder (${describe(e)})`);
    return;
  }
  // A symlink is neither a directory nor a file here (Dirent does not follow it): it is never followed.
  for (const entry of entries) {
    if (into.length > MAX_PROFILE_FILES) return;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) collectJson(full, into, errors);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) into.push(full);
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/**
 * The shipped data/ folder. From a bundle in dist/ it is `dist/../data`; from compiled sources (out/server/src) the
 * nearest ancestor with a data/profiles folder is used.
 */
export function shippedDataDir(): string {
  const besideBundle = path.join(__dirname, '..', 'data');
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'data');
    if (fs.existsSync(path.join(candidate, 'profiles'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return besideBundle;
}
