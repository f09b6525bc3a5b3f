// readers/modifiedSite.ts: "<protein> phosphorylated at <site>" names a modified form, not a claim (with an agent
// after the site too: no reader reads that passive, and "NMRK1 phosphorylates at Ser47" was a misreading); a past
// tense with its object is still read. Sentences written for the test.
import { describe, it } from 'node:test';
import { expectVerdicts, shippedChecker, verdictOf, type Verdict } from '../helpers/claims';

const check = shippedChecker();

describe('claims: a modified form named by its site', () => {
  it('reads no claim in a form named by its site', () => {
    expectVerdicts(check, [
      ['SIRT1 phosphorylated at serine 47 was lower in old mice.', 'none'],
      ['Levels of SIRT1 phosphorylated at Ser47 rose after DNA damage.', 'none'],
      ['NMRK1 acetylated on lysine 12 was found in the liver.', 'none'],
      ['NMRK1 phosphorylated at Ser47 by AMPK was high.', 'none'],
    ] as [string, Verdict][], verdictOf);
  });

  it('still reads the verb when it is one: a past tense with its object', () => {
    expectVerdicts(check, [
      ['NMRK1 phosphorylated NMN in the assay.', 'contradicted'], // NMN is NMRK1's product
      ['NMRK1 phosphorylated glucose.', 'unsupported'],
    ] as [string, Verdict][], verdictOf);
  });
});
