// Walks one trie along a text (its code units, units.ts): the longest key at a position, with the matcher's rules for
// word boundaries, white space (any run, at most one line break) and a hyphen standing for a space.
import { childOf, type Trie } from './trie';

export class TrieWalker {
  /** Key index of the last successful walk. */
  hitKey = -1;
  /**
   * After walkFrom: one past the last unit of the text it read (at least where it started), or more than `to` when it
   * stopped at `to` (its outcome then depends on where the gap ends). The walk's outcome depends on those units alone.
   */
  reach = 0;
  /** After skipSpace: the last unit it read, or `to` when it ran into it. */
  private skipLast = 0;

  constructor(
    private readonly trie: Trie,
    /** Applied to each text unit before a step (canon or fold). */
    private readonly table: Uint16Array,
    /** Letters and digits. */
    private readonly word: Uint8Array,
    /** Folded units: 32 for every space but line breaks. */
    private readonly fold: Uint16Array,
  ) {}

  /** The end of the longest key at `i` that ends after `minEnd` (setting hitKey), or -1. */
  walk(u: Uint16Array, i: number, to: number, minEnd: number): number {
    const c0 = u[i] ?? 0;
    return this.walkFrom(u, this.trie.root[this.table[c0] ?? c0] ?? -1, i + 1, to, minEnd);
  }

  /**
   * The node reached along the word u[i, end) (letters and digits), or -1. Inside a word no key can end (there is no
   * boundary) and no space is crossed: walkFrom(descend(i, end), end) is walk(i).
   */
  descend(u: Uint16Array, i: number, end: number): number {
    const { links, edges, root } = this.trie;
    const table = this.table;
    const c0 = u[i] ?? 0;
    let node = root[table[c0] ?? c0] ?? -1;
    for (let j = i + 1; j < end && node > 0; j++) {
      const c = u[j] ?? 0;
      node = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, table[c] ?? c);
    }
    return node;
  }

  /** Whether a key ends at `node`. */
  endsKey(node: number): boolean {
    return ((this.trie.links[node] ?? 0) & 1) === 1;
  }

  /**
   * The units `node` has children for, as a set: bit (fold[unit] & 31) per child. A walk at `node` steps on only
   * when the text's next unit, folded (a line break as a space), has its bit set: a hyphen also tries bit 0 (space).
   */
  nextUnits(node: number): number {
    const { links, edges } = this.trie;
    const fold = this.fold;
    let bits = 0;
    for (let e = (links[node] ?? 0) >> 1, hi = (links[node + 1] ?? 0) >> 1; e < hi; e++) {
      const unit = edges[2 * e] ?? 0;
      bits |= 1 << ((fold[unit] ?? unit) & 31);
    }
    return bits;
  }

  /**
   * For a walk at `node` that meets one space and then a unit: the units (as nextUnits) that the child of `node` along
   * a space has children for, 0 when it has no such child, -1 (every unit) when a key ends at that child. A clear bit
   * for the unit after the space means the walk stops at the word's end.
   */
  afterSpace(node: number): number {
    const { links, edges } = this.trie;
    const space = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, 32);
    if (space <= 0) return 0;
    return ((links[space] ?? 0) & 1) === 1 ? -1 : this.nextUnits(space);
  }

  /** Walks on from `node`, reached with the text up to `j` read. */
  walkFrom(u: Uint16Array, node: number, j: number, to: number, minEnd: number): number {
    const { links, edges } = this.trie;
    const { table, word } = this;
    let end = -1;
    let endNode = -1;
    let far = j - 1;
    while (node > 0) {
      const link = links[node] ?? 0;
      // The boundary test may read u[j], and the step does (at `to`, the walk stops there: counted as read).
      if (j > far) far = j;
      if ((link & 1) === 1 && j > minEnd && (!word[u[j - 1] ?? 0] || !word[u[j] ?? 0])) {
        end = j;
        endNode = node;
      }
      if (j >= to) break;
      const c = u[j] ?? 0;
      let f = table[c] ?? c;
      if (f === 32 || c === 10 || c === 13) {
        j = this.skipSpace(u, j, to);
        if (this.skipLast > far) far = this.skipLast;
        if (j < 0) break;
        f = 32;
      } else j++;
      // The child along f; a hyphen in the text may stand for a space in the term.
      const lo = link >> 1;
      const hi = ((links[node + 1] ?? 0) >> 1) - 1;
      node = childOf(edges, lo, hi, f);
      if (node < 0 && f === 45) node = childOf(edges, lo, hi, 32);
    }
    this.hitKey = end > 0 ? (this.trie.keyAt[endNode] ?? -1) : -1;
    this.reach = far + 1;
    return end;
  }

  /** After white space at `j`: where the next word starts, or -1 at a blank line or the gap's end. */
  private skipSpace(u: Uint16Array, j: number, to: number): number {
    const fold = this.fold;
    let breaks = 0;
    while (j < to) {
      const c = u[j] ?? 0;
      if (fold[c] === 32) j++;
      else if (c === 10 || c === 13) {
        if (breaks++ > 0) {
          this.skipLast = j;
          return -1;
        }
        this.skipLast = j + 1;
        j += c === 13 && (u[j + 1] ?? 0) === 10 ? 2 : 1;
      } else {
        this.skipLast = j;
        return j;
      }
    }
    this.skipLast = to;
    return -1;
  }
}
