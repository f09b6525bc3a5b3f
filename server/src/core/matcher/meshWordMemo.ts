// What meshScan's `longest` learns at the first word of a walk, by the word: the table's key that is the word alone
// (or none), whether some key goes on past it, and the walk's hashes at its end, so that the word's next occurrences
// skip re-reading it and the two look-ups in the tables (megabytes large: a cache miss each), and most stop there.
// A word is known by two 32-bit hashes of its code units as written (case matters to the shaped keys) and its length:
// as the tables themselves know a key by two hashes (meshHash.ts), a false match is practically impossible. Kept from
// scan to scan (the answers depend on the table and the word alone); it starts over for another table. The second hash
// is KeyWalk's h2 (meshHash.ts mix) over the word as written.
import type { KeyWalk } from '../lexicon/meshHash';

const BITS = 14;
const SIZE = 1 << BITS;
/** A word's fields, side by side (one cache line per look-up: the memo is larger than the caches near the core). */
const STRIDE = 8;
const H = 0;
const G = 1;
/** The word's length; 0: the place holds nothing. */
const LENGTH = 2;
/** The key slot of the word alone (-1: none). */
const SLOT = 3;
/** Whether a key goes on past the word (bit 0) and KeyWalk's length at its end (above). */
const ON_LENGTH = 4;
/** KeyWalk's h1, h2 and hs at the word's end. */
const H1 = 5;
const H2 = 6;
const HS = 7;

export class MeshWordMemo {
  private table: object | undefined;
  private readonly data = new Int32Array(SIZE * STRIDE);

  /** The place of the word (hashes h and g, `length` units) of `table`, when known; else ~place, to fill with learn. */
  find(table: object, h: number, g: number, length: number): number {
    const data = this.data;
    if (table !== this.table) {
      this.table = table;
      data.fill(0);
    }
    const at = (Math.imul(h ^ Math.imul(g, 0x85ebca6b), 0x9e3779b1) >>> (32 - BITS)) * STRIDE;
    if (data[at + LENGTH] === length && data[at + H] === h && data[at + G] === g) return at;
    data[at + LENGTH] = 0;
    return ~at;
  }

  learn(at: number, h: number, g: number, length: number, slot: number, goesOn: boolean, h1: number, h2: number, hs: number, keyLength: number): void {
    const data = this.data;
    data[at + H] = h;
    data[at + G] = g;
    data[at + LENGTH] = length;
    data[at + SLOT] = slot;
    data[at + ON_LENGTH] = (keyLength << 1) | (goesOn ? 1 : 0);
    data[at + H1] = h1;
    data[at + H2] = h2;
    data[at + HS] = hs;
  }

  /** The key slot of the word alone at a place find gave (-1: none). */
  slot(at: number): number {
    return this.data[at + SLOT] ?? -1;
  }

  /** Whether a key goes on past the word at a place find gave. */
  goesOn(at: number): boolean {
    return ((this.data[at + ON_LENGTH] ?? 0) & 1) === 1;
  }

  /** KeyWalk's h1 at the word's end, at a place find gave. */
  h1(at: number): number {
    return this.data[at + H1] ?? 0;
  }

  /** Goes on with `walk` past the word at a place find gave (KeyWalk.resume with the hashes and length learnt). */
  resume(at: number, walk: KeyWalk, units: Uint16Array, end: number, limit: number): void {
    const data = this.data;
    walk.resume(units, end, limit, data[at + H1] ?? 0, data[at + H2] ?? 0, data[at + HS] ?? 0, (data[at + ON_LENGTH] ?? 0) >>> 1);
  }
}
