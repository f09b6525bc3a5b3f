// The lexicon's terms of one case rule, ready for the matcher: a trie over their keys (exact canonical text for
// case-sensitive terms, folded text for the others), what each key stands for, and a filter of first words.
import type { EntityKind } from '../profile';
import type { Entity, Lexicon, MatchVia } from '../types';
import { canonicalTerm, type CharTables, foldedTerm } from './chars';
import { Trie } from './trie';
import { FIRST_WORD_BITS, FNV_START, fnv, firstWordBit } from '../text/wordHash';

export { FIRST_WORD_BITS, FNV_START, fnv, firstWordBit, hasFirstWord } from '../text/wordHash';

/** What a mention of a term says: copied from the entity, so a match touches one small object. */
export interface Entry {
  id: string;
  kind: EntityKind;
  via: MatchVia;
  /** The term needs gene context (a family's short text: Term.needsContext). */
  needsContext: boolean;
}

export interface CaseTrie {
  trie: Trie;
  /** By key index. */
  entries: Entry[];
  /** canon for the case-sensitive trie, fold for the other: applied to each text code unit before a step. */
  table: Uint16Array;
  /**
   * A bit set over hashes of the keys' first words (the run of letters and digits a key starts with). A word
   * whose hash bit is clear starts no key, so most words of prose cost one bit test and no walk.
   */
  firstWords: Int32Array;
  /**
   * The shapes of the keys' first words: bit min(length, 31) of entry (first unit & SHAPE_MASK), the unit as in the
   * trie. A word whose shape bit is clear starts no key: a cheaper test than the hash, which needs a pass over it.
   */
  firstShapes: Uint32Array;
}

export const SHAPE_MASK = 1023;

const VIA_RANK: Record<MatchVia, number> = {
  symbol: 0, name: 1, alias: 2, previous: 3, abbreviation: 4, synonym: 5, spelling: 6, rsid: 7, hgvs: 7,
};

const RSID = /^rs\d+$/;

/** Builds the trie of the terms with this case rule, best first: symbol > name > alias ..., then later profiles. */
export function caseTrie(lexicon: Lexicon, sensitive: boolean, chars: CharTables): CaseTrie {
  const table = sensitive ? chars.canon : chars.fold;
  // Priority order without a sort: one bucket per kind of term, later terms (later profiles) first in each.
  const buckets: (Entry & { key: string })[][] = Object.keys(VIA_RANK).map(() => []);
  // The profiles' terms: the gene table has a trie of its own (built once per table, not per lexicon).
  const terms = lexicon.profileTerms ?? lexicon.terms;
  let entity: Entity | undefined;
  for (let order = terms.length - 1; order >= 0; order--) {
    const term = terms[order];
    if (!term || term.caseSensitive !== sensitive || typeof term.text !== 'string') continue;
    // A profile's terms are consecutive: look its entity up once.
    if (entity?.id !== term.entityId) entity = lexicon.get(term.entityId);
    const canon = canonicalTerm(term.text);
    if (!entity || !canon || RSID.test(canon)) continue;
    const key = sensitive ? canon : foldedTerm(canon);
    buckets[VIA_RANK[term.via] ?? 7]?.push({ key, id: entity.id, kind: entity.kind, via: term.via, needsContext: term.needsContext === true });
  }
  const list = buckets.flat();

  const firstWords = new Int32Array(1 << (FIRST_WORD_BITS - 5));
  const firstShapes = new Uint32Array(SHAPE_MASK + 1);
  for (const { key } of list) {
    let h = FNV_START;
    let k = 0;
    for (; k < key.length; k++) {
      const c = key.charCodeAt(k);
      if (!chars.word[c]) break;
      h = fnv(h, table[c] ?? c);
    }
    if (k === 0) continue; // starts with a non-word character: the matcher always walks there
    const bit = firstWordBit(h);
    firstWords[bit >>> 5] = (firstWords[bit >>> 5] ?? 0) | (1 << (bit & 31));
    const shape = key.charCodeAt(0) & SHAPE_MASK;
    firstShapes[shape] = (firstShapes[shape] ?? 0) | (1 << Math.min(k, 31));
  }
  const entries = list.map(({ id, kind, via, needsContext }) => ({ id, kind, via, needsContext }));
  return { trie: Trie.build(list.map((e) => e.key)), entries, table, firstWords, firstShapes };
}
