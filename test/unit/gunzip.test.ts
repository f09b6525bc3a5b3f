// The web extension's gzip reader (client/src/gunzip.ts: the platform's DecompressionStream, as in a browser): the
// shipped Gene Ontology table decompresses to the same text as zlib gives, and a broken file is an error, not text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import { gunzipText } from '../../client/src/gunzip';
import { repoRoot } from '../helpers/profiles';

describe('gunzipText', () => {
  it('decompresses the shipped Gene Ontology table as zlib does', async () => {
    const bytes = fs.readFileSync(path.join(repoRoot, 'data', 'lexicon', 'gene-functions.tsv.gz'));
    const text = await gunzipText(new Uint8Array(bytes));
    assert.equal(text, zlib.gunzipSync(bytes).toString('utf8'));
    assert.ok(text.startsWith('#format\tgenelens-gene-functions 2\n'));
  });

  it('keeps characters split across chunks, and rejects what is not gzip', async () => {
    const original = `${'é→ß'.repeat(50_000)}\n`;
    assert.equal(await gunzipText(new Uint8Array(zlib.gzipSync(original))), original);
    await assert.rejects(gunzipText(new TextEncoder().encode('not gzip at all')));
  });
});
