// readers/modifiedList.ts: a list of modified forms ("cleaved PARP, cleaved caspase-7", "phosphorylated AKT,
// phosphorylated ERK") reads no claim: the item before a comma is not the subject of the next participle. Coordinated
// verbs after a subject ("AMPK phosphorylated SIRT1 and phosphorylated NMRK1") are still read. Sentences written for
// the test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modifiedList } from '../../server/src/core/claims/readers/modifiedList';
import { tokenize, type Token } from '../../server/src/core/claims/sentences/tokens';
import type { Mention } from '../../server/src/core/types';
import { expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';

const check = shippedChecker();

/** The tokens of a sentence with the given words as gene mentions (as the gene table would find them). */
function tokens(text: string, genes: string[]): Token[] {
  const mentions = genes.map((g): Mention => {
    const start = text.indexOf(g);
    return { start, end: start + g.length, text: g, entityId: g.toUpperCase(), kind: 'gene', via: 'symbol', known: true };
  }).sort((a, b) => a.start - b.start);
  return tokenize(text, { start: 0, end: text.length }, mentions);
}

/** The participles the reader reads as items of a list (by their text and position). */
function listed(text: string, genes: string[]): string[] {
  const toks = tokens(text, genes);
  return toks.flatMap((t, i) => (modifiedList(toks, i) ? [`${t.text}@${t.start}`] : []));
}

describe('claims: a list of modified forms', () => {
  it('reads no claim between the items of a list', () => {
    expectVerdicts(check, [
      ['Treatment increased cleaved PARP1, cleaved SIRT1 and cleaved NMRK1 in tumor cells.', 'none'],
      ['We detected phosphorylated SIRT1, phosphorylated PARP1 and phosphorylated NMRK1 in the liver.', 'none'],
      ['Blots showed cleaved CD38, cleaved NAMPT and total NMRK1.', 'none'],
      ['We measured acetylated SIRT1, acetylated PARP1, and acetylated NMRK1 by Western blot.', 'none'],
      ['Cleaved PARP1, cleaved SIRT3 and cleaved NMRK1 were detected.', 'none'],
    ] as [string, Verdict][], verdictOf);
  });

  it('takes a recognized "cleaved X" and a hyphened "cleaved-X" as items', () => {
    // As the gene table recognizes "cleaved PARP" whole; "cleaved-caspase" is one word.
    const text = 'The drug activated cleaved PARP, cleaved caspase-7, and cleaved-caspase 9 levels.';
    assert.deepEqual(listed(text, ['cleaved PARP']), ['cleaved@33']);
    assert.deepEqual(listed('Levels of cleaved PARP, cleaved CASP3 and cleaved CASP9 rose.', ['PARP', 'CASP3', 'CASP9']), [
      'cleaved@10', 'cleaved@24', 'cleaved@42',
    ]);
  });

  it('still reads verbs that share a subject, and a verb after a list', () => {
    expectVerdicts(check, [
      ['NMRK1 phosphorylated NMN, and phosphorylated NR.', 'contradicted'], // NMN is NMRK1's product
      ['Under stress, NMRK1 phosphorylated NMN.', 'contradicted'],
      ['SIRT1, and then NMRK1, phosphorylated NMN.', 'contradicted'],
    ] as [string, Verdict][], verdictOf);
    // A possible subject before the first participle: the participles are verbs.
    assert.deepEqual(listed('AMPK phosphorylated SIRT1 and phosphorylated NMRK1.', ['AMPK', 'SIRT1', 'NMRK1']), []);
    // After an item with a verb: verbs of one subject ("Ato reduced SBP").
    assert.deepEqual(listed('Ato improved endothelial function, reduced superoxide production and reduced SBP in rats.', ['Ato', 'SBP']), []);
    // One participle alone is no list.
    assert.deepEqual(listed('Insulin increased phosphorylated SIRT1 in the liver.', ['SIRT1']), []);
  });
});
