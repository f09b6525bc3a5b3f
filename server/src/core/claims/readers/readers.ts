// The claim readers, in the order they read, each by name (as harper lists its rules): add a reader here and it reads
// every sentence. Relation readers are tried in turn at each word until one reads a claim there; attribute readers
// each read the whole sentence. A question reads no claim. The checker (../checker.ts) calls readClaims.
import type { Arg, AttributeClaim, Claim, RelationClaim } from '../claim';
import { BE, type Token } from '../sentences/tokens';
import { assertedBefore, length, location, typeAndCompartment } from './attributes';
import { family, variantGene } from './geneClaims';
import { COPULA_AS, comparative, dependent, dependentOn, nominal, nominalization } from './nominal';
import { endIndex, unique, verb, type Previous } from './relations';
import { tissue } from './tissueClaims';
import { reducedRelative } from './participles';
import { modifiedSite } from './modifiedSite';
import { modifiedList } from './modifiedList';
import { compartmentDegree } from './compartmentClaims';
import { process } from './processClaims';

export interface RelationReader {
  name: string;
  /**
   * Reads the claims made at word i into `claims`; `previous`: the subjects of the claims read last. Returns true when
   * it reads the word as making no claim (a modified form, not a verb): the readers after it do not read that word.
   */
  read(toks: Token[], i: number, claims: Claim[], previous: Previous | undefined): void | boolean;
}

export interface AttributeReader {
  name: string;
  read(toks: Token[], out: AttributeClaim[]): void;
}

export const RELATION_READERS: readonly RelationReader[] = [
  {
    name: 'nominal', // "AMPK is an activator of NMRK1", "NMRK1 acts as a kinase"
    read: (toks, i, claims) => {
      const low = toks[i]?.low ?? '';
      if (BE.has(low) || (COPULA_AS.has(low) && toks[i + 1]?.low === 'as')) nominal(toks, i, claims);
    },
  },
  { name: 'modifiedSite', read: modifiedSite }, // "PHB phosphorylated at Thr258": a form of PHB, no claim
  { name: 'modifiedList', read: modifiedList }, // "cleaved PARP, cleaved caspase-7": a list of forms, no claim
  { name: 'reducedRelative', read: reducedRelative }, // "NAD+ biosynthesis mediated by NAMPT"
  { name: 'verb', read: verb }, // "AMPK represses NMRK1", "NMRK1 is inhibited by AMPK", "NMRK1 converts NR into NMN"
  { name: 'dependent', read: dependent }, // "an ATP-dependent kinase"
  { name: 'dependentOn', read: dependentOn }, // "NMRK1 activity is independent of magnesium"
  { name: 'nominalization', read: nominalization }, // "the activation of NMRK1 by AMPK"
  { name: 'comparative', read: comparative }, // "mice lacking NMRK1 have higher NAD+ levels"
];

export const ATTRIBUTE_READERS: readonly AttributeReader[] = [
  { name: 'location', read: location }, // "maps to 9q21.13", "sits on chromosome 17"
  { name: 'length', read: length }, // "a 312-residue protein"
  { name: 'typeAndCompartment', read: typeAndCompartment }, // "is a kinase", "resides in the cytoplasm"
  { name: 'family', read: family }, // "a member of the X family"
  { name: 'tissue', read: tissue }, // "concentrated in heart and skeletal muscle"
  { name: 'variantGene', read: variantGene }, // "rs12611 lies in the SIRT1 gene"
  { name: 'compartmentDegree', read: compartmentDegree }, // "is found mainly in the nucleus"
  { name: 'process', read: process }, // "regulates apoptosis", "is involved in autophagy"
];

/** Every claim of one sentence's tokens: its relations, then its attributes. */
export function readClaims(toks: Token[]): Claim[] {
  if (toks.length === 0 || toks[toks.length - 1]!.low === '?') return [];
  return [...readRelations(toks), ...readAttributes(toks)];
}

/** The relation claims: at each word, the first reader that reads one there. */
export function readRelations(toks: Token[]): Claim[] {
  const claims: Claim[] = [];
  let previous: Previous | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.punct || t.mention) continue;
    const before = claims.length;
    for (const reader of RELATION_READERS) {
      if (reader.read(toks, i, claims, previous) === true || claims.length > before) break;
    }
    if (claims.length > before) {
      const last = claims[claims.length - 1]! as RelationClaim;
      const subjects = claims.slice(before).map((c) => (c.type === 'relation' && !c.verb.passive ? c.subject : c.type === 'conversion' ? c.enzyme : undefined));
      previous = { subjects: unique(subjects.filter((s): s is Arg => s !== undefined)), end: endIndex(toks, last.end) };
    }
  }
  return claims;
}

/** The attribute claims: every reader over the whole sentence, then those a word before takes back dropped. */
export function readAttributes(toks: Token[]): AttributeClaim[] {
  const out: AttributeClaim[] = [];
  for (const reader of ATTRIBUTE_READERS) reader.read(toks, out);
  return out.filter((c) => !assertedBefore(toks, c.subject.start));
}
