// What the matcher learnt about a word of the text under scan, by the word's units: what the scan may do at it
// (scanner.ts learn: its verdict), which tries its first-word filters let it try, the node each trie reaches at its
// end and the units a walk may go on with after it, and termAt's outcome where nothing goes on. Words repeat (a gene is
// named again and again, "and" and "in" in every sentence), and a word met again costs one look-up instead of hashing
// it, searching the tries and walking them. A small cache of two ways per set: a slot holds a word's length and first
// eight units (compared without reading the text far back) and its offset in the text for the rest (so it is only
// valid for one text: reset() before each scan).

import { NEXT_SIZE } from './variantWalker';

const BITS = 11;
const SIZE = 1 << BITS;
/** Node not looked up yet. */
export const UNKNOWN = -2;
/** variantQuiet: not known yet; a walk ending at the word records nothing; it may record something. */
export const UNSURE = 0;
export const QUIET = 1;
export const NOT_QUIET = 2;
/** WordMemo.outcome. */
export const OUTCOME_UNKNOWN = 0;
export const OUTCOME_NONE = 1;
export const OUTCOME_FOUND = 2;
export const OUTCOME_CONTEXT = 3;

/** Numbers per slot in WordMemo.words: the length, the first eight units in pairs, the last unit, the start. */
const STRIDE = 8;
/** Units kept in a slot: a word of at most this many is compared without reading the text it was met in. */
const KEPT = 8;

export class WordMemo {
  /**
   * By slot * STRIDE: the word's length (0: none), its first KEPT units two to a number (0 past its end), its last
   * unit and its start in the text (for the units past KEPT): a look-up reads one place, not the text far back.
   */
  private readonly words = new Int32Array(STRIDE * SIZE);
  /** By set (two slots): the way found or filled last. */
  private readonly lastWay = new Uint8Array(SIZE >> 1);
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
  /** By slot: what the scanner may do at the word (bits chosen by the matcher), 0 when not known yet. */
  readonly verdict = new Uint16Array(SIZE);
  /** By slot: the units (folded, bit unit & 31) a trie walk may go on with after the word. */
  readonly next = new Int32Array(SIZE);
  /**
   * By slot: what termAt did at the word where no walk could go on past it (the scanner's `settled`): OUTCOME_UNKNOWN,
   * OUTCOME_NONE, OUTCOME_FOUND (the match: its length, ref and flags below) or OUTCOME_CONTEXT (it read the text
   * around: asked again each time).
   */
  readonly outcome = new Uint8Array(SIZE);
  readonly outLength = new Int32Array(SIZE);
  readonly outRef = new Int32Array(SIZE);
  readonly outFlags = new Uint8Array(SIZE);

  reset(): void {
    this.words.fill(0);
  }

  /**
   * The slot of the word u[i, j) whose first units are c0, c1, c2 (0 past its end), when it is remembered; else
   * ~slot (negative), the slot now holding it with nothing known.
   */
  find(u: Uint16Array, i: number, j: number, c0: number, c1: number, c2: number): number {
    const n = j - i;
    const z = u[j - 1] ?? 0;
    // Two ways per set: two frequent words that hash alike do not keep replacing each other.
    const pair = (Math.imul(c0 ^ (c1 << 5) ^ (c2 << 10) ^ (z << 15) ^ (n << 22), 0x9e3779b1) >>> (33 - BITS)) << 1;
    const p01 = c0 | (c1 << 16);
    const p23 = c2 | (n > 3 ? (u[i + 3] ?? 0) << 16 : 0);
    const p45 = n > 4 ? (u[i + 4] ?? 0) | (n > 5 ? (u[i + 5] ?? 0) << 16 : 0) : 0;
    const p67 = n > 6 ? (u[i + 6] ?? 0) | (n > 7 ? (u[i + 7] ?? 0) << 16 : 0) : 0;
    if (this.holds(pair, u, i, n, p01, p23, p45, p67, z)) {
      this.lastWay[pair >> 1] = 0;
      return pair;
    }
    if (this.holds(pair + 1, u, i, n, p01, p23, p45, p67, z)) {
      this.lastWay[pair >> 1] = 1;
      return pair + 1;
    }
    // The way not used last is replaced.
    const way = 1 - (this.lastWay[pair >> 1] ?? 0);
    this.lastWay[pair >> 1] = way;
    const slot = pair + way;
    const at = STRIDE * slot;
    const words = this.words;
    words[at] = n;
    words[at + 1] = p01;
    words[at + 2] = p23;
    words[at + 3] = p45;
    words[at + 4] = p67;
    words[at + 5] = z;
    words[at + 6] = i;
    this.tries[slot] = 0;
    this.nodes[3 * slot] = UNKNOWN;
    this.nodes[3 * slot + 1] = UNKNOWN;
    this.nodes[3 * slot + 2] = UNKNOWN;
    this.variantStates[slot] = UNKNOWN;
    this.variantQuiet[slot] = UNSURE;
    this.verdict[slot] = 0;
    this.outcome[slot] = OUTCOME_UNKNOWN;
    return ~slot;
  }

  /** Whether `slot` holds the word u[i, i + n) whose units are packed as given. */
  private holds(slot: number, u: Uint16Array, i: number, n: number, p01: number, p23: number, p45: number, p67: number, z: number): boolean {
    const words = this.words;
    const at = STRIDE * slot;
    if (words[at] !== n || words[at + 1] !== p01 || words[at + 2] !== p23 || words[at + 5] !== z || words[at + 3] !== p45 || words[at + 4] !== p67) return false;
    if (n <= KEPT) return true;
    const from = words[at + 6] ?? 0;
    let k = KEPT;
    while (k < n - 1 && u[from + k] === u[i + k]) k++;
    return k >= n - 1;
  }
}
