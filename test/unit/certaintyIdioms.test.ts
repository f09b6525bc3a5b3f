// readers/certaintyIdioms.ts: "proof of principle", active "proved to", "may prove useful" are idioms of published
// prose, not overstated certainty; the passive "has been proved to", "proven" and "proof that" stay overstated.
// Sentences written for the test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certaintyIdiom } from '../../server/src/core/claims/readers/certaintyIdioms';
import { expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';

const check = shippedChecker();
const idiom = (sentence: string, word: string): boolean => certaintyIdiom(sentence, sentence.indexOf(word), word);

describe('certainty idioms', () => {
  it('knows the idioms and leaves the certainties', () => {
    assert.equal(idiom('This gives proof of principle that NMN helps.', 'proof'), true);
    assert.equal(idiom('A proof of concept for NR in mice.', 'proof'), true);
    assert.equal(idiom('This is proof that NR works.', 'proof'), false);
    assert.equal(idiom('SIRT1 proved to be a target.', 'proved'), true);
    assert.equal(idiom('NR has been proved to cure ageing.', 'proved'), false);
    assert.equal(idiom('NR is proved to work.', 'proved'), false);
    assert.equal(idiom('NMN might prove useful in the clinic.', 'prove'), true);
    assert.equal(idiom('These data prove that NR works.', 'prove'), false);
  });

  it('raises no claim-overstated on the idioms, and still on the certainties', () => {
    expectVerdicts(check, [
      ['These mice provide proof of principle that NMN supplementation raises NAD+ levels.', 'none'],
      ['SIRT1, plus two other sirtuins, proved to be NAD+-dependent deacetylases.', 'none'],
      ['NMN levels might prove useful as markers of NAMPT activity.', 'none'],
      ['NR has been proved to reverse ageing.', 'overstated'],
      ['NR led to a possible cure of the disease in two patients.', 'none'],
      ['NR can almost completely cure the disease in mice.', 'none'],
      ['NR can cure the disease.', 'overstated'],
      ['It has been proven that NR reverses hair loss.', 'overstated'],
      ['This is proof that NR cures ageing.', 'overstated'],
    ] as [string, Verdict][], verdictOf);
  });
});
