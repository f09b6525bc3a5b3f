// Hashes of words for the matcher's first-word filters (a bit set over the hashes of the words keys start with):
// the profiles' tries (matcher/caseTrie.ts) and the gene table's (lexicon/geneTerms.ts) hash alike. Ground floor.
export const FIRST_WORD_BITS = 21;

/** FNV-1a step over one code unit. Start from FNV_START. */
export const FNV_START = 0x811c9dc5 | 0;
export function fnv(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** Bit index of a word hash in a first-word set. */
export function firstWordBit(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x45d9f3b);
  return (x ^ (x >>> 16)) & ((1 << FIRST_WORD_BITS) - 1);
}

export function hasFirstWord(set: Int32Array, h: number): boolean {
  const bit = firstWordBit(h);
  return ((set[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}
