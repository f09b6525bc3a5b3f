// What the matcher learnt about a word of the text under scan, by the word's units: which tries its first-word
// filters let it try, and the node each trie reaches at its end. Words repeat (a gene is named again and again), and a
// word met again costs a comparison of its units instead of hashing it and searching the tries for it.
// A small direct-mapped cache: a slot holds the last word that hashed there, as an offset into the text (so it is
// only valid for one text: reset() before each scan).

import { NEXT_SIZE } from './variantWalker';

const BITS = 11;
const SIZE = 1 << BITS;
/** Node not looked up yet. */
export const UNKNOWN = -2;
/** variantQuiet: not known yet; a walk ending at the word records nothing; it may record something. */
export const UNSURE = 0;
export const QUIET = 1;
export const NOT_QUIET = 2;

export class WordMemo {
  private readonly start = new Int32Array(SIZE).fill(-1);
  private readonly length = new Int32Array(SIZE);
  /** The first three units, packed (c0 * 2^32 + c1 * 2^16 + c2), and the last one. */
  private readonly head = new Float64Array(SIZE);
  private readonly last = new Int32Array(SIZE);
  /** By slot: the tries the word may start a key of (bits chosen by the matcher). */
  readonly tries = new Uint8Array(SIZE);
  /** By slot * 3 + trie: the node at the word's end, -1 (none) or UNKNOWN. */
  readonly nodes = new Int32Array(3 * SIZE);
  /** By slot: the variant walk's state at the word's end (VariantWalker.descend), -1 (none) or UNKNOWN. */
  readonly variantStates = new Int32Array(SIZE);
  /** By slot * NEXT_SIZE: the units a variant key may go on with after the word (VariantWalker.next). */
  readonly variantNext = new Int32Array(NEXT_SIZE * SIZE);
  /** By slot: whether a variant walk that stops at the word's end records nothing (QUIET), or not (NOT_QUIET), or UNSURE. */
  readonly variantQuiet = new Uint8Array(SIZE);

  reset(): void {
    this.start.fill(-1);
  }

  /**
   * The slot of the word u[i, j) whose first units are c0, c1, c2 (0 past its end), when it is remembered; else
   * ~slot (negative), the slot now holding it with nothing known.
   */
  find(u: Uint16Array, i: number, j: number, c0: number, c1: number, c2: number): number {
    const n = j - i;
    const z = u[j - 1] ?? 0;
    const head = c0 * 4294967296 + c1 * 65536 + c2;
    const slot = Math.imul(c0 ^ (c1 << 5) ^ (c2 << 10) ^ (z << 15) ^ (n << 22), 0x9e3779b1) >>> (32 - BITS);
    const at = this.start[slot] ?? -1;
    if (at >= 0 && this.length[slot] === n && this.head[slot] === head && this.last[slot] === z) {
      let k = 3;
      while (k < n - 1 && u[at + k] === u[i + k]) k++;
      if (k >= n - 1) return slot;
    }
    this.start[slot] = i;
    this.length[slot] = n;
    this.head[slot] = head;
    this.last[slot] = z;
    this.tries[slot] = 0;
    this.nodes[3 * slot] = UNKNOWN;
    this.nodes[3 * slot + 1] = UNKNOWN;
    this.nodes[3 * slot + 2] = UNKNOWN;
    this.variantStates[slot] = UNKNOWN;
    this.variantQuiet[slot] = UNSURE;
    return ~slot;
  }
}
