// The initials of a disease named in words (core/matcher/meshAcronyms.ts): which letters a writer's acronym takes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initials } from '../../server/src/core/matcher/meshAcronyms';

const of = (s: string): string | undefined => initials(s, 0, s.length);

describe('disease acronyms', () => {
  it('takes the first letter of each word, hyphenated parts as words', () => {
    assert.equal(of('primary open angle glaucoma'), 'POAG');
    assert.equal(of('attention deficit/hyperactivity disorder'), 'ADHD');
    assert.equal(of('malignant peripheral nerve-sheath tumor'), 'MPNST');
  });
  it('leaves out function words, numbers and Roman numerals', () => {
    assert.equal(of('resistance to thyroid hormone'), 'RTH');
    assert.equal(of('type 2 diabetes mellitus'), 'TDM');
    assert.equal(of('bipolar I disorder'), undefined);
  });
  it('gives none under three or over six letters', () => {
    assert.equal(of('heart failure'), undefined);
    assert.equal(of('a b c d e f g h'), undefined);
  });
});
