// The claim readers, in the order they read, each by name (as harper lists its rules): add a reader here and it reads
// every sentence. Relation readers are tried in turn at each word until one reads a claim there; attribute readers
// each read the whole sentence. A question reads no claim. The checker (../checker.ts) calls readClaims.
//
// Each reader says which words it may read at (`may`, on the word's lower-case spelling; an attribute reader also on a
// mention): a relation reader is not called at any other word, an attribute reader not for a sentence without one.
// Most words of a sentence are no reader's, and most sentences hold no attribute cue, so a sentence's reading costs a
// look-up per word (the words' answers are kept: wordBits). A reader's `may` must hold wherever it reads something
// (test/unit/readerTriggers.test.ts checks that on sentences of the claims tests).
import type { Arg, AttributeClaim, Claim, RelationClaim } from '../claim';
import type { Mention } from '../../types';
import type { Token } from '../sentences/tokens';
import { BE } from '../sentences/tokens';
import { assertedBefore, length, lengthWord, location, locationWord, typeAndCompartment, typeAndCompartmentWord } from './attributes';
import { family, familyWord, variantGene, variantMention } from './geneClaims';
import {
  COPULA_AS, comparative, comparativeWord, dependent, dependentOn, dependentOnWord, dependentWord, nominal, nominalWord,
  nominalization, nominalizationWord,
} from './nominal';
import { endIndex, unique, verb, verbWord, type Previous } from './relations';
import { tissue, tissueWord } from './tissueClaims';
import { reducedRelative } from './participles';
import { modifiedSite } from './modifiedSite';
import { modifiedList } from './modifiedList';
import { compartmentDegree, compartmentDegreeWord } from './compartmentClaims';
import { process, processWord } from './processClaims';
import { isVerbForm } from '../vocabulary';

export interface RelationReader {
  name: string;
  /** Whether it may read at a word of this lower-case spelling (at any other it reads nothing and returns nothing). */
  may(low: string): boolean;
  /**
   * Reads the claims made at word i into `claims`; `previous`: the subjects of the claims read last. Returns true when
   * it reads the word as making no claim (a modified form, not a verb): the readers after it do not read that word.
   */
  read(toks: Token[], i: number, claims: Claim[], previous: Previous | undefined): void | boolean;
}

export interface AttributeReader {
  name: string;
  /** Whether a sentence holding a word of this lower-case spelling may hold its claim (without one it reads none). */
  may(low: string): boolean;
  /** Whether a sentence holding this mention may hold its claim. */
  mayMention?(mention: Mention): boolean;
  read(toks: Token[], out: AttributeClaim[]): void;
}

export const RELATION_READERS: readonly RelationReader[] = [
  {
    name: 'nominal', // "AMPK is an activator of NMRK1", "NMRK1 acts as a kinase"
    may: nominalWord,
    read: (toks, i, claims) => {
      const low = toks[i]?.low ?? '';
      if (BE.has(low) || (COPULA_AS.has(low) && toks[i + 1]?.low === 'as')) nominal(toks, i, claims);
    },
  },
  { name: 'modifiedSite', may: isVerbForm, read: modifiedSite }, // "PHB phosphorylated at Thr258": a form of PHB, no claim
  { name: 'modifiedList', may: isVerbForm, read: modifiedList }, // "cleaved PARP, cleaved caspase-7": a list of forms, no claim
  { name: 'reducedRelative', may: isVerbForm, read: reducedRelative }, // "NAD+ biosynthesis mediated by NAMPT"
  { name: 'verb', may: verbWord, read: verb }, // "AMPK represses NMRK1", "NMRK1 is inhibited by AMPK", "NMRK1 converts NR into NMN"
  { name: 'dependent', may: dependentWord, read: dependent }, // "an ATP-dependent kinase"
  { name: 'dependentOn', may: dependentOnWord, read: dependentOn }, // "NMRK1 activity is independent of magnesium"
  { name: 'nominalization', may: nominalizationWord, read: nominalization }, // "the activation of NMRK1 by AMPK"
  { name: 'comparative', may: comparativeWord, read: comparative }, // "mice lacking NMRK1 have higher NAD+ levels"
];

export const ATTRIBUTE_READERS: readonly AttributeReader[] = [
  { name: 'location', may: locationWord, read: location }, // "maps to 9q21.13", "sits on chromosome 17"
  { name: 'length', may: lengthWord, read: length }, // "a 312-residue protein"
  { name: 'typeAndCompartment', may: typeAndCompartmentWord, read: typeAndCompartment }, // "is a kinase", "resides in the cytoplasm"
  { name: 'family', may: familyWord, read: family }, // "a member of the X family"
  { name: 'tissue', may: tissueWord, read: tissue }, // "concentrated in heart and skeletal muscle"
  { name: 'variantGene', may: () => false, mayMention: variantMention, read: variantGene }, // "rs12611 lies in the SIRT1 gene"
  { name: 'compartmentDegree', may: compartmentDegreeWord, read: compartmentDegree }, // "is found mainly in the nucleus"
  { name: 'process', may: processWord, read: process }, // "regulates apoptosis", "is involved in autophagy"
];

/** Bit r: RELATION_READERS[r] may read; bit RELATION_COUNT + a: ATTRIBUTE_READERS[a] may read. */
const RELATION_COUNT = RELATION_READERS.length;
const RELATION_MASK = (1 << RELATION_COUNT) - 1;
/** The readers of a word by its spelling, kept for short words (a longer one may be a slice of the document). */
const wordBits = new Map<string, number>();
const KEPT_LENGTH = 12;
const MAX_KEPT = 1 << 16;
/** Per token of the sentence being read: its readers' bits (reused: a sentence is read at a time). */
let tokenBits = new Int32Array(256);

function bitsOfWord(low: string): number {
  let bits = 0;
  for (let r = 0; r < RELATION_COUNT; r++) if (RELATION_READERS[r]!.may(low)) bits |= 1 << r;
  for (let a = 0; a < ATTRIBUTE_READERS.length; a++) if (ATTRIBUTE_READERS[a]!.may(low)) bits |= 1 << (RELATION_COUNT + a);
  return bits;
}

function bitsOfMention(m: Mention): number {
  let bits = 0;
  for (let a = 0; a < ATTRIBUTE_READERS.length; a++) if (ATTRIBUTE_READERS[a]!.mayMention?.(m)) bits |= 1 << (RELATION_COUNT + a);
  return bits;
}

/** Fills `tokenBits` with the readers that may read at each token; returns the union. */
function markTokens(toks: Token[]): number {
  if (tokenBits.length < toks.length) tokenBits = new Int32Array(Math.max(toks.length, 2 * tokenBits.length));
  let all = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const low = t.low;
    let bits: number;
    if (low.length > KEPT_LENGTH) bits = bitsOfWord(low);
    else {
      const kept = wordBits.get(low);
      if (kept === undefined) {
        if (wordBits.size >= MAX_KEPT) wordBits.clear();
        bits = bitsOfWord(low);
        wordBits.set(low, bits);
      } else bits = kept;
    }
    if (t.mention) bits |= bitsOfMention(t.mention);
    tokenBits[i] = bits;
    all |= bits;
  }
  return all;
}

/** Every claim of one sentence's tokens: its relations, then its attributes. */
export function readClaims(toks: Token[]): Claim[] {
  if (toks.length === 0 || toks[toks.length - 1]!.low === '?') return [];
  const all = markTokens(toks);
  if (all === 0) return [];
  const relations = (all & RELATION_MASK) === 0 ? [] : relationsOf(toks);
  const attributes = all >>> RELATION_COUNT === 0 ? [] : attributesOf(toks, all);
  return relations.length === 0 ? attributes : attributes.length === 0 ? relations : [...relations, ...attributes];
}

/** The relation claims: at each word, the first reader that reads one there. */
export function readRelations(toks: Token[]): Claim[] {
  markTokens(toks);
  return relationsOf(toks);
}

/** The attribute claims: every reader over the whole sentence, then those a word before takes back dropped. */
export function readAttributes(toks: Token[]): AttributeClaim[] {
  return attributesOf(toks, markTokens(toks));
}

/** readRelations over tokens marked by markTokens. */
function relationsOf(toks: Token[]): Claim[] {
  const claims: Claim[] = [];
  let previous: Previous | undefined;
  for (let i = 0; i < toks.length; i++) {
    const bits = tokenBits[i]! & RELATION_MASK;
    if (bits === 0) continue;
    const t = toks[i]!;
    if (t.punct || t.mention) continue;
    const before = claims.length;
    for (let r = 0; r < RELATION_COUNT; r++) {
      if ((bits & (1 << r)) === 0) continue;
      if (RELATION_READERS[r]!.read(toks, i, claims, previous) === true || claims.length > before) break;
    }
    if (claims.length > before) {
      const last = claims[claims.length - 1]! as RelationClaim;
      const subjects = claims.slice(before).map((c) => (c.type === 'relation' && !c.verb.passive ? c.subject : c.type === 'conversion' ? c.enzyme : undefined));
      previous = { subjects: unique(subjects.filter((s): s is Arg => s !== undefined)), end: endIndex(toks, last.end) };
    }
  }
  return claims;
}

/** readAttributes with `all`, the union of the tokens' bits: the readers no token calls for are not run. */
function attributesOf(toks: Token[], all: number): AttributeClaim[] {
  const out: AttributeClaim[] = [];
  for (let a = 0; a < ATTRIBUTE_READERS.length; a++) {
    if ((all & (1 << (RELATION_COUNT + a))) !== 0) ATTRIBUTE_READERS[a]!.read(toks, out);
  }
  return out.length === 0 ? out : out.filter((c) => !assertedBefore(toks, c.subject.start));
}
