// When silence means something (judge/relations.ts `covered`): a claim between two entities is unsupported only
// where the profile of one of them lists its regulators and targets, or the data names both in relations; an enzyme no
// profile names acting on a substrate without a profile is nobody's news. Sentences written for the test.
import { describe, it } from 'node:test';
import { expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';
import { fullCheck } from '../helpers/fullService';

const check = shippedChecker();

describe('claims: what the data covers', () => {
  it('does not flag what an entity named by one relation does beyond it', () => {
    expectVerdicts(check, [
      ['SIRT3 expression was elevated in CD38 knockdown cells.', 'none'], // CD38: reactions only
      ['Insulin reduces NAMPT expression.', 'none'], // NAMPT: named by no relation
      ['Insulin signaling suppressed NMNAT2 expression.', 'none'],
      ['The diabetes drug was associated with reduced NMNAT1 levels.', 'none'],
    ] as [string, Verdict][], verdictOf);
  });

  it('still flags where a profile lists the relations, or the data names both sides', () => {
    expectVerdicts(check, [
      ['CD38 activates NMRK1.', 'unsupported'], // NMRK1 lists its regulators
      ['NMRK1 inhibits NAMPT.', 'unsupported'], // NMRK1 lists its targets
      ['NMN inhibits PARP1.', 'unsupported'], // both named by NMRK1's relations
      ['The rs12611 minor allele reduces NAD+ levels.', 'unsupported'], // a profiled variant
    ] as [string, Verdict][], verdictOf);
  });

  it('an enzyme no profile names, on a substrate without a profile: no finding', () => {
    expectVerdicts(fullCheck, [
      ['Patients took simvastatin 40 mg daily. Simvastatin is metabolized by CYP3A4.', 'none'],
      ['Patients took irinotecan. Its metabolite is glucuronidated, and irinotecan is metabolized by UGT1A1.', 'none'],
      ['NMRK1 is cleaved by caspase-3.', 'unsupported'], // NMRK1's profile has prose: its silence counts
    ] as [string, Verdict][], verdictOf);
  });
});
