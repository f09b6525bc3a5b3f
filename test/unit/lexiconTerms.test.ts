// The lexicon's term list with the full gene table, built in steps (the server's warm-up) or at once (first use):
// the same terms in the same order, and the steps are many.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/core';
import { shippedGeneTable } from '../helpers/genes';
import { loadShippedProfileDocuments } from '../helpers/profiles';

describe('Lexicon.terms', () => {
  it('is the same built in steps as at once', () => {
    const make = () => createLanguageService({ profiles: loadShippedProfileDocuments(), genes: shippedGeneTable() }).lexicon;
    const stepped = make();
    assert.ok(stepped.prepareTerms, 'a lexicon with a gene table builds its terms in steps');
    let steps = 0;
    const building = stepped.prepareTerms();
    while (!building.next().done) steps++;
    assert.ok(steps > 10, `built in ${steps} steps`);
    const atOnce = make().terms;
    assert.equal(stepped.terms.length, atOnce.length);
    assert.ok(atOnce.length > 100_000);
    assert.deepEqual(stepped.terms, atOnce);
  });

  it('is finished at once when asked for while the steps are under way', () => {
    const lexicon = createLanguageService({ profiles: loadShippedProfileDocuments(), genes: shippedGeneTable() }).lexicon;
    const building = lexicon.prepareTerms?.();
    building?.next();
    building?.next();
    const terms = lexicon.terms;
    assert.ok(terms.length > 100_000);
    assert.equal(building?.next().done, true, 'the steps end once the list is built');
    assert.equal(lexicon.terms, terms);
  });
});
