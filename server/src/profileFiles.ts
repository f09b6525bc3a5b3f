// Reads profile files from disk for the hosts (server and CLI); the core never touches the file system.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ProfileDocument } from './core';

export interface ProfileFiles {
  docs: ProfileDocument[];
  /** Folders or files that could not be read, one message each. */
  errors: string[];
}

/**
 * Every *.json file under the given folders, recursively. Folders keep their order (later ones override earlier
 * profiles with the same id); files within a folder are sorted by relative path so loading is deterministic.
 */
export function readProfileDocuments(dirs: readonly string[]): ProfileFiles {
  const docs: ProfileDocument[] = [];
  const errors: string[] = [];
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
    for (const file of files) {
      try {
        docs.push({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') });
      } catch (e) {
        errors.push(`${file}: cannot read (${describe(e)})`);
      }
    }
  }
  return { docs, errors };
}

function collectJson(dir: string, into: string[], errors: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`${dir}: cannot read folder (${describe(e)})`);
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collectJson(full, into, errors);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) into.push(full);
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
