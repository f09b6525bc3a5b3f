// Word lists of the argument finder (subjects.ts): what joins, carries or qualifies a subject.
import { set } from '../sentences/tokens';

export const COORD = set('and or nor & / as-well-as plus');
export const PREPOSITIONS = set(
  'with using via by through from in on at for to into onto of under over after before during upon within without ' +
  'across among between than like unlike despite toward towards against',
);
/** What carries a genotype: "NMRK1-deficient cells", "NMRK1 knockout mice". */
export const CARRIERS = set('cells mice animals rats patients tissues neurons hepatocytes myotubes myoblasts fibroblasts cardiomyocytes hearts livers muscles flies worms yeast strains lines');
/** Words after a variant that keep it the subject: "the rs12611 minor allele", "rs12611 risk carriers". */
export const VARIANT_SUFFIX = set('minor major risk allele alleles genotype genotypes carriers carrier homozygotes heterozygotes variant');
export const DETERMINERS = set('the a an this these those its their our his her such some any each every no');
export const NON_SUBJECTS = set(
  'it this that these those they we he she you i which who there here what study studies data result results ' +
  'evidence researchers authors section figure fig table note paper review chapter article work analysis one ' +
  'enzyme protein gene kinase molecule compound pathway cell cells',
);
/** Nouns after a gene that make the subject its genetics: "NMRK1 mutations cause ...". */
export const GENETIC = set('mutation mutations variants polymorphisms snps');
/** Nouns whose "of" argument keeps the claim, beside ARG_SUFFIX and FLIP_PREFIX: "overexpression of NMRK1". */
export const OF_HEADS = set(
  'overexpression phosphorylation administration addition delivery provision presence uptake use supply levels level ' +
  'amount amounts concentration concentrations activity expression both all each either none one most much',
);
