// What meshScan's `longest` learns at the first word of a walk, by the word: the table's key that is the word alone
// (or none), whether some key goes on past it, and the walk's hashes at its end, so that the word's next occurrences
// skip re-reading it and the two look-ups in the tables (megabytes large: a cache miss each), and most stop there.
// A word is known by two 32-bit hashes of its code units as written (case matters to the shaped keys) and its length:
// as the tables themselves know a key by two hashes (meshHash.ts), a false match is practically impossible. Kept from
// scan to scan (the answers depend on the table and the word alone); it starts over for another table. The second hash
// is KeyWalk's h2 (meshHash.ts mix) over the word as written.

const BITS = 14;
const SIZE = 1 << BITS;

export class MeshWordMemo {
  private table: object | undefined;
  private readonly h = new Int32Array(SIZE);
  private readonly g = new Int32Array(SIZE);
  /** The word's length; 0: the slot holds nothing. */
  private readonly length = new Int32Array(SIZE);
  /** The key slot of the word alone (-1: none) and whether a key goes on past it. */
  readonly slot = new Int32Array(SIZE);
  readonly goesOn = new Uint8Array(SIZE);
  /** KeyWalk's h1, h2, hs and length at the word's end. */
  readonly h1 = new Int32Array(SIZE);
  readonly h2 = new Int32Array(SIZE);
  readonly hs = new Int32Array(SIZE);
  readonly keyLength = new Int32Array(SIZE);

  /** The slot of the word (hashes h and g, `length` units) of `table`, when known; else ~slot, to fill with learn. */
  find(table: object, h: number, g: number, length: number): number {
    if (table !== this.table) {
      this.table = table;
      this.length.fill(0);
    }
    const at = Math.imul(h ^ Math.imul(g, 0x85ebca6b), 0x9e3779b1) >>> (32 - BITS);
    if (this.length[at] === length && this.h[at] === h && this.g[at] === g) return at;
    this.length[at] = 0;
    return ~at;
  }

  learn(at: number, h: number, g: number, length: number, slot: number, goesOn: boolean, h1: number, h2: number, hs: number, keyLength: number): void {
    this.h[at] = h;
    this.g[at] = g;
    this.length[at] = length;
    this.slot[at] = slot;
    this.goesOn[at] = goesOn ? 1 : 0;
    this.h1[at] = h1;
    this.h2[at] = h2;
    this.hs[at] = hs;
    this.keyLength[at] = keyLength;
  }
}
