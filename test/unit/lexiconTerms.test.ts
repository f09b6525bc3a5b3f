// The lexicon's term list with the full gene table, built in steps (the server's warm-up) or at once (first use):
// the same terms in the same order, and the steps are many. The term list by position (termListInSteps, which the
// server reads instead of the array) gives the same terms.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/core';
import { shippedGeneTable } from '../helpers/genes';
import { shippedMeshTable } from '../helpers/mesh';
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

  it('by position (termListInSteps) are the same terms in the same order, with the gene and MeSH tables', () => {
    const make = () =>
      createLanguageService({ profiles: loadShippedProfileDocuments(), genes: shippedGeneTable(), mesh: shippedMeshTable() }).lexicon;
    const lexicon = make();
    let steps = 0;
    const building = lexicon.termListInSteps();
    let step = building.next();
    for (; !step.done; step = building.next()) steps++;
    assert.ok(steps > 10, `made in ${steps} steps`);
    const list = step.value;
    const terms = make().terms;
    assert.ok(terms.length > 150_000);
    assert.equal(list.length, terms.length);
    assert.deepEqual([...list.texts()], terms.map((t) => t.text));
    for (let i = 0; i < terms.length; i++) {
      const a = list.at(i);
      const b = terms[i];
      if (a?.text !== b?.text || a?.entityId !== b?.entityId || a?.via !== b?.via || a?.caseSensitive !== b?.caseSensitive || a?.needsContext !== b?.needsContext) {
        assert.fail(`term ${i}: ${JSON.stringify(a)} is not ${JSON.stringify(b)}`);
      }
    }
    assert.equal(list.at(-1), undefined);
    assert.equal(list.at(terms.length), undefined);
    assert.equal(lexicon.termListInSteps().next().value, list, 'made once');
  });
});
