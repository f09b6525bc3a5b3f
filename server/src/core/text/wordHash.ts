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

const RECENT_BITS = 12;

/**
 * hasFirstWord through the answers it gave last, by hash: a scan asks about the same words again and again, and a
 * first-word set (256 KB) is read at random places. The answer is the set's for that hash, so nothing changes but the
 * cost. One per scanner; it starts over when asked about another set.
 */
export class FirstWordCache {
  private set: Int32Array | undefined;
  private readonly hashes = new Int32Array(1 << RECENT_BITS);
  /** 0: not asked; 1: no; 2: yes. */
  private readonly answers = new Uint8Array(1 << RECENT_BITS);

  has(set: Int32Array, h: number): boolean {
    if (set !== this.set) {
      this.set = set;
      this.answers.fill(0);
    }
    const at = Math.imul(h, 0x9e3779b1) >>> (32 - RECENT_BITS);
    const known = this.answers[at] ?? 0;
    if (known !== 0 && this.hashes[at] === h) return known === 2;
    const yes = hasFirstWord(set, h);
    this.hashes[at] = h;
    this.answers[at] = yes ? 2 : 1;
    return yes;
  }
}
