// The shipped profiles (data/profiles/**/*.json) as the host reads them, for tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadProfiles } from '../../server/src/core/lexicon/loadProfiles';
import type { LoadResult, ProfileDocument } from '../../server/src/core/types';

/** The repository root, from the compiled helper (out/test/helpers/profiles.js). */
export const repoRoot = path.resolve(__dirname, '../../..');
export const shippedProfilesDir = path.join(repoRoot, 'data', 'profiles');

function jsonFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...jsonFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith('.json')) files.push(full);
  }
  return files.sort();
}

/** Every shipped profile file, in a stable order, with a file URL as its uri. */
export function loadShippedProfileDocuments(): ProfileDocument[] {
  return jsonFilesUnder(shippedProfilesDir).map((file) => ({
    uri: pathToFileURL(file).href,
    text: fs.readFileSync(file, 'utf8'),
  }));
}

let cached: LoadResult | undefined;

/** The shipped profiles loaded through loadProfiles (once per test process). */
export function shippedProfiles(): LoadResult {
  cached ??= loadProfiles(loadShippedProfileDocuments());
  return cached;
}
