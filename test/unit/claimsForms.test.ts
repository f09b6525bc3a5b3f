// More claim forms against the shipped profile data: the rules added while checking the held-out set (requirements
// written as "(in)dependent of/on", comparisons, pronouns, appositions with attributes, reactions written "makes B
// from A", quotations, denials of evidence, pasted headings) and the sentences they must leave alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../server/src/core/types';
import { applyFirstFix, expectVerdicts, shippedChecker, verdictOf } from '../helpers/claims';

const check = shippedChecker();

/** These tables tell contradicted from flagged otherwise (unsupported or overstated) from none. */
type Verdict = 'contradicted' | 'unsupported' | 'none';
const flagged = (findings: readonly Finding[]): Verdict => {
  const v = verdictOf(findings);
  return v === 'overstated' ? 'unsupported' : v;
};
const expectAll = (cases: [string, Verdict][]): void => expectVerdicts(check, cases, flagged);

function only(text: string): Finding {
  const [f, ...rest] = check(text);
  assert.ok(f, `no finding for: ${text}`);
  assert.deepEqual(rest, []);
  return f;
}

describe('claims: requirements and reactions', () => {
  it('reads "dependent on" and "independent of", not the dependence of something named before "of"', () => {
    expectAll([
      ['NMRK1 activity is independent of magnesium.', 'contradicted'],
      ['NMRK1 is dependent on magnesium.', 'none'],
      ['The benefits of NR supplementation are entirely dependent on NMRK1.', 'none'],
      // A requirement of an entity no relation names is no news: the data says nothing of axons, for or against.
      ['NMNAT2 is required for axon survival.', 'none'],
      ['NMRK1 activity is essential for the effectiveness of NR supplementation.', 'none'],
      ['Magnesium is needed for ATP to be biologically active.', 'none'],
    ]);
  });

  it('contradicts a denied reaction and offers to drop the denial', () => {
    const text = 'NMRK1 does not phosphorylate nicotinamide riboside.';
    const f = only(text);
    assert.equal(f.code, 'claim-contradicted');
    assert.equal(applyFirstFix(text, f), 'NMRK1 phosphorylates nicotinamide riboside.');
  });

  it('reads "makes B from A" as a conversion with its direction, and offers the swap', () => {
    expectAll([['NMRK1 makes NMN from NR.', 'none']]);
    const text = 'NMRK1 makes NR from NMN.';
    const f = only(text);
    assert.equal(f.code, 'claim-contradicted');
    assert.equal(applyFirstFix(text, f), 'NMRK1 makes NMN from NR.');
  });

  it('knows the NMNAT reactions (curator data) and the object of a relative clause', () => {
    expectAll([
      ['NMNAT1 converts NMN into NAD+.', 'none'],
      ['NMNAT2 converts NAD+ into NMN.', 'contradicted'],
      ['NR becomes NMN, which NMNAT enzymes then convert into NAD+.', 'none'],
    ]);
  });

  it('keeps binding physical: a regulator is not a binding partner', () => {
    expectAll([
      ['NMRK1 binds insulin.', 'unsupported'],
      ['NMRK1 binds ATP.', 'none'],
      ['ATP binds magnesium.', 'none'],
    ]);
  });
});

describe('claims: subjects and attributes in more shapes', () => {
  it('reads comparisons, with the fix turning the comparative around', () => {
    expectAll([
      ['Mice lacking NMRK1 have lower NAD+ levels.', 'none'],
      ['NRK1-deficient cells accumulate more NMN.', 'contradicted'],
      ['Old mice have lower NAD+ levels.', 'none'],
    ]);
    const text = 'Mice lacking NMRK1 have higher NAD+ levels.';
    assert.equal(applyFirstFix(text, only(text)), 'Mice lacking NMRK1 have lower NAD+ levels.');
  });

  it('resolves "it" to the one entity of the clause before', () => {
    expectAll([
      ['Although AMPK senses energy stress, it represses NMRK1.', 'contradicted'],
      ['Although AMPK senses energy stress, it activates NMRK1.', 'none'],
      ['Although AMPK and SIRT1 differ, it represses NMRK1.', 'none'],
    ]);
  });

  it('reads attributes in appositions and before the entity', () => {
    expectAll([
      ['NMRK1, a mitochondrial kinase, phosphorylates NR.', 'contradicted'],
      ['NMRK1, a cytoplasmic kinase, phosphorylates NR.', 'none'],
      ['NMRK1, the only NR kinase in muscle, is encoded on chromosome 4.', 'contradicted'],
      ['NMRK1, on chromosome 5, encodes a small kinase.', 'contradicted'],
      ['NMRK1 is a 199-residue protein located at 9q33.', 'contradicted'],
      ['NMRK1 maps to the X chromosome.', 'contradicted'],
      ['NMRK1 is a transcription factor.', 'contradicted'],
      ['The cousin of NMRK1, specifically concentrated in the heart and skeletal muscle, handles NR.', 'none'],
    ]);
    const text = 'The 230-residue NMRK1 protein is cytoplasmic.';
    assert.equal(applyFirstFix(text, only(text)), 'The 199-residue NMRK1 protein is cytoplasmic.');
  });

  it('reads the genetics of a gene as a link, and a variant with its allele words as the variant', () => {
    const f = only('NMRK1 mutations cause Leber congenital amaurosis.');
    assert.equal(f.message, 'No profile evidence that variants of NMRK1 are linked to Leber congenital amaurosis.');
    expectAll([['The rs12611 minor allele reduces NAD+ levels.', 'unsupported']]);
  });
});

describe('claims: what the writer does not assert', () => {
  it('leaves quoted claims, denied evidence and doses alone', () => {
    expectAll([
      ['The checker flags "AMPK inhibits NMRK1." as contradicted.', 'none'],
      ['There is no evidence that NMRK1 activates mTOR signaling.', 'none'],
      ['No supplement has been shown to reverse ageing.', 'none'],
      ['AMPK was activated with 1 mM AICAR for 2 h.', 'none'],
      ['NMRK1 and NAMPT act in parallel to maintain NAD+.', 'none'],
      ['rs12611 may affect how well people respond to NR.', 'none'],
    ]);
  });

  it('meets the prose with verbs of the same sign, tissues by their organ, and losses by what they leave', () => {
    expectAll([
      ['NMRK1 protects neurons against NAD+ depletion.', 'none'],
      ['A drop in NAD+ impairs SIRT1 activity.', 'none'],
      ['PARP1 activation drains NAD+ pools.', 'none'],
      ['NAD+ is consumed by PARP1 during DNA repair.', 'none'],
      ['NAMPT inhibition lowers NAD+.', 'none'],
      ['In the heart, NMRK2 expression rises sharply in failing myocardium.', 'none'],
      ['NAD+ inhibits NMRK1.', 'unsupported'],
      ['SIRT3 induces NRK1 expression.', 'unsupported'],
    ]);
  });

  it('takes a pasted Title Case line for a heading, not for the start of a sentence', () => {
    const pasted = 'Downstream Targets\nNicotinamide Mononucleotide (NMN) Produces\nThe immediate product of NR phosphorylation by NMRK1.\n' +
      'SIRT1 / SIRT3 Activates\nBy restoring NAD+ levels, NMRK1 directly enables the activity of the sirtuin longevity genes.\n';
    assert.deepEqual(check(pasted).map((f) => f.message), []);
    assert.equal(verdictOf(check('We found that AMPK inhibits\nNMRK1 in fasting muscle.')), 'contradicted');
  });
});
