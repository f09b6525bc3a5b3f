// readers/nominal.ts `dependent`: "non-insulin-dependent" denies the dependence, and "insulin-dependent diabetes"
// names a kind of disease rather than claiming what the disease needs. Sentences written for the test.
import { describe, it } from 'node:test';
import { expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';
import { fullCheck } from '../helpers/fullService';

const check = shippedChecker();

describe('claims: hyphenated dependence', () => {
  it('reads "non-X-dependent" as a denial', () => {
    expectVerdicts(check, [
      ['NMRK1 is a non-magnesium-dependent kinase.', 'contradicted'], // the profile lists Mg2+ as required
      ['NMRK1 is a magnesium-dependent kinase.', 'none'],
    ] as [string, Verdict][], verdictOf);
  });

  it('reads "X-dependent <disease>" as the name of a kind of disease', () => {
    expectVerdicts(fullCheck, [
      ['The patient had non-insulin-dependent diabetes mellitus and hypertension.', 'none'],
      ['Insulin-dependent diabetes mellitus was diagnosed at age 12.', 'none'],
    ] as [string, Verdict][], verdictOf);
  });
});
