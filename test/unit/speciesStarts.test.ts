// The words that may name a species other than human are noted by the MeSH scan from the hashes it makes anyway
// (matcher/speciesStarts.ts), not found by a search of their own. The scan skips the regions and the words inside a
// table term after its first: a species word there must still give a gene its species, as it does when the words are
// searched for (a service without the MeSH tables). Sentences written for the test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../server/src/core';
import { fullService } from '../helpers/fullService';
import { geneService } from '../helpers/genes';
import { SpeciesStarts } from '../../server/src/core/matcher/speciesStarts';

const withMesh = fullService();
const withoutMesh = geneService();
const speciesOf = (mentions: readonly Mention[]): string[] =>
  mentions.filter((m) => m.kind === 'gene').map((m) => `${m.text}:${m.species ?? 'human'}`);

describe('species words noted by the MeSH scan', () => {
  const cases: [string, string, string[]][] = [
    ['a species word in prose', 'SIRT3 and NAMPT levels fell in aged mice.', ['SIRT3:10090', 'NAMPT:10090']],
    ['only inside inline code', 'SIRT3 and NAMPT levels fell in `mice` of the strain.', ['SIRT3:10090', 'NAMPT:10090']],
    ['only inside a link', 'SIRT3 and NAMPT fell, as [the data](https://example.org/rats) showed.', ['SIRT3:10116', 'NAMPT:10116']],
    ['only inside a table term, after its first word', 'Enzootic bovine leukosis raised SIRT3 and NAMPT.', ['SIRT3:9913', 'NAMPT:9913']],
    ['none', 'SIRT3 and NAMPT levels fell in aged patients.', ['SIRT3:human', 'NAMPT:human']],
  ];
  for (const [what, text, expected] of cases) {
    it(what, () => {
      assert.deepEqual(speciesOf(withMesh.findMentions(text, 'markdown')), expected);
      assert.deepEqual(speciesOf(withoutMesh.findMentions(text, 'markdown')), expected, 'searched for');
    });
  }

  it('notes a word by its hash, whatever its case, and the words of a span widened to whole words', () => {
    const starts = new SpeciesStarts();
    const text = 'In MICE, nude-Rats and micelles';
    const u = Uint16Array.from(text, (c) => c.charCodeAt(0));
    starts.addWords(u, 5, 16, 0, u.length);
    assert.deepEqual([...starts.list()], [3, 14]);
    starts.clear();
    starts.addWords(u, 20, 22, 0, u.length);
    assert.deepEqual([...starts.list()], [], 'micelles is no species word');
  });
});
