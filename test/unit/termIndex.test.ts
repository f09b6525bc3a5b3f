// TermIndex, built in steps (folded runs sorted, then merged) as the server's warm-up builds it, answers as a sort of
// every term at once would: prefix look-ups over the full gene table return the same terms in the same order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TermIndex } from '../../server/src/core/features/termIndex';
import { foldedTerm } from '../../server/src/core/matcher/chars';
import { geneService } from '../helpers/genes';

describe('TermIndex', () => {
  it('is built in many short steps, and sorts as one sort of every term would', () => {
    const { lexicon } = geneService();
    let steps = 0;
    const building = TermIndex.prepare(lexicon);
    while (!building.next().done) steps++;
    assert.ok(steps > 10, `built in ${steps} steps`);
    const index = TermIndex.of(lexicon);
    assert.equal(index.size, lexicon.terms.length);
    const keys = lexicon.terms.map((t) => foldedTerm(t.text));
    for (const prefix of ['nmr', 'tp5', 'brca', 'c9orf', 'a', 'nad', 'zz']) {
      const wanted = foldedTerm(prefix);
      const naive = keys
        .map((key, i) => ({ key, i }))
        .filter((x) => x.key.startsWith(wanted))
        .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.i - y.i))
        .slice(0, 40)
        .map((x) => `${lexicon.terms[x.i]?.text}|${lexicon.terms[x.i]?.entityId}`);
      const got = index.withPrefix(prefix, 40).map((h) => `${h.term.text}|${h.term.entityId}`);
      assert.deepEqual(got, naive, prefix);
    }
  });
});
