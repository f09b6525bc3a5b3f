// FoldedWords (core/matcher/foldedWords.ts) answers as a Set of lower-case words asked about a lower-cased copy of
// the span, without the copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FoldedWords } from '../../server/src/core/matcher/foldedWords';

describe('FoldedWords', () => {
  const words = ['sodium', 'hcl', 'to', 'like', 'kinase'];
  const set = new Set(words);
  const folded = new FoldedWords(words);
  const text = 'Sodium HCl TO to toe lik Like KINASE \u212Ainase \u0130like kinases sodiu';

  const units = Uint16Array.from(text, (c) => c.charCodeAt(0));

  it('answers as set.has(text.slice(from, to).toLowerCase()) for every span, from the text or its code units', () => {
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= Math.min(text.length, from + 12); to++) {
        const expected = set.has(text.slice(from, to).toLowerCase());
        assert.equal(folded.has(text, from, to), expected, JSON.stringify(text.slice(from, to)));
        assert.equal(folded.has(text, from, to, units), expected, `${JSON.stringify(text.slice(from, to))} read from the code units`);
      }
    }
  });

  it('finds words in any ASCII case, and one written with a Kelvin sign as toLowerCase reads it', () => {
    assert.equal(folded.has('SODIUM', 0, 6), true);
    assert.equal(folded.has('x hCl y', 2, 5), true);
    assert.equal(folded.has('\u212Ainase', 0, 6), true);
    assert.equal(folded.has('sodiums', 0, 7), false);
  });

  it('refuses a word it cannot hold', () => {
    assert.throws(() => new FoldedWords(['Sodium']));
  });
});
