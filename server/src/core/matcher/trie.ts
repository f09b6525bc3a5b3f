// A trie over UTF-16 code units in typed arrays, built for ~155,000 terms (every human gene) and walked on every
// keystroke. Compact and cache-friendly:
// - nodes are numbered in creation order, so the new suffix of each key, typically the long single-child chain
//   of a full name, lies in consecutive memory;
// - node n's children are the edges links[n] >> 1 .. (links[n + 1] >> 1) - 1, sorted by code unit; edge e is
//   edges[2e] (its code unit) and edges[2e + 1] (the child), side by side so one cache line serves both;
// - the low bit of links[n] says whether a key ends at n, so a walk reads nothing else until a key ends;
// - the root's children are a direct 65,536-entry table.
// Built in one pass over the keys, with no per-node objects. Where several keys are equal, the first given wins:
// callers pass keys in priority order.

export class Trie {
  private constructor(
    /** Root transitions: code unit -> node, or -1. */
    readonly root: Int32Array,
    /** Per node: (first edge << 1) | ends-a-key; one more entry closes the last node's edges. */
    readonly links: Int32Array,
    /** Per edge: code unit, child node. */
    readonly edges: Int32Array,
    /** Per node: the first key index that ends there, or -1. */
    readonly keyAt: Int32Array,
  ) {}

  /** A trie from arrays laid out as described above (see buildTrieFromRanges, or a prebuilt index). */
  static fromArrays(root: Int32Array, links: Int32Array, edges: Int32Array, keyAt: Int32Array): Trie {
    return new Trie(root, links, edges, keyAt);
  }

  get nodeCount(): number {
    return this.keyAt.length;
  }

  /** The child of `node` along code `unit`, or -1. (The matcher's walk reads the arrays directly.) */
  next(node: number, unit: number): number {
    if (node === 0) return this.root[unit] ?? -1;
    return childOf(this.edges, (this.links[node] ?? 0) >> 1, ((this.links[node + 1] ?? 0) >> 1) - 1, unit);
  }

  /** The key index that ends at `node` (the first given, when several are equal), or -1. */
  keyEndingAt(node: number): number {
    return this.keyAt[node] ?? -1;
  }

  /** Builds the trie; key i is reported as index i. Empty keys are ignored. */
  static build(keys: readonly string[]): Trie {
    let total = 1;
    for (const key of keys) total += key ? key.length : 0;
    // Insert every key into a first-child / next-sibling tree (0 means none: the root is nobody's child), siblings
    // kept in code unit order; the root's children go straight into the root table.
    const firstChild = new Int32Array(total);
    const nextSibling = new Int32Array(total);
    const unit = new Uint16Array(total);
    const keyOf = new Int32Array(total).fill(-1);
    const root = new Int32Array(65536).fill(-1);
    let count = 1;
    keys.forEach((key, index) => {
      if (!key) return;
      const u0 = key.charCodeAt(0);
      let node = root[u0] ?? -1;
      if (node < 0) root[u0] = node = count++;
      for (let k = 1; k < key.length; k++) {
        const u = key.charCodeAt(k);
        let prev = 0;
        let c = firstChild[node] ?? 0;
        while (c !== 0 && (unit[c] ?? 0) < u) {
          prev = c;
          c = nextSibling[c] ?? 0;
        }
        if (c === 0 || unit[c] !== u) {
          const n = count++;
          unit[n] = u;
          nextSibling[n] = c;
          if (prev === 0) firstChild[node] = n;
          else nextSibling[prev] = n;
          c = n;
        }
        node = c;
      }
      if ((keyOf[node] ?? 0) < 0) keyOf[node] = index;
    });

    // Nodes keep their creation numbers: a key's new suffix is a run of consecutive nodes, so the long chains of
    // full names lie in consecutive memory. Edges are laid out node by node.
    const links = new Int32Array(count + 1);
    const edges = new Int32Array(2 * Math.max(0, count - 1));
    let e = 0;
    for (let n = 0; n < count; n++) {
      links[n] = (e << 1) | ((keyOf[n] ?? -1) >= 0 ? 1 : 0);
      for (let c = firstChild[n] ?? 0; c !== 0; c = nextSibling[c] ?? 0) {
        edges[2 * e] = unit[c] ?? 0;
        edges[2 * e + 1] = c;
        e++;
      }
    }
    links[count] = e << 1;
    return new Trie(root, links, edges, keyOf.slice(0, count));
  }
}

/** Binary search for `unit` among the edges lo..hi (inclusive); the child node, or -1. */
export function childOf(edges: Int32Array, lo: number, hi: number, unit: number): number {
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = edges[2 * mid] ?? 0;
    if (u < unit) lo = mid + 1;
    else if (u > unit) hi = mid - 1;
    else return edges[2 * mid + 1] ?? -1;
  }
  return -1;
}

/**
 * Builds a trie over keys given as ranges of one source text (the gene table: no string per key), each code unit
 * mapped through `table`. Returns the trie, whose key indices are dense (0, 1, ... in order of first appearance:
 * equal keys share one), and the key index of every range (-1 for an empty range).
 * Linear: children are found through a hash table while inserting, then laid out sorted, as `Trie.build` does.
 */
export function buildTrieFromRanges(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  table: Uint16Array,
): { trie: Trie; keyOfRange: Int32Array; keyCount: number } {
  let total = 1;
  for (let i = 0; i < count; i++) total += Math.max(0, (ends[i] ?? 0) - (starts[i] ?? 0));
  const parent = new Int32Array(total);
  const unit = new Uint16Array(total);
  const keyOf = new Int32Array(total).fill(-1);
  const root = new Int32Array(65536).fill(-1);
  let size = 1024;
  while (size < total) size <<= 1;
  const mask = size - 1;
  // Open addressing, one cache line a probe: slot h holds (parent << 16 | unit) and the child node (0 = empty).
  const slots = new Float64Array(2 * size);
  const keyOfRange = new Int32Array(count).fill(-1);
  let nodes = 1;
  let keys = 0;
  for (let i = 0; i < count; i++) {
    const s = starts[i] ?? 0;
    const e = ends[i] ?? 0;
    if (e <= s) continue;
    const c0 = text.charCodeAt(s);
    const u0 = table[c0] ?? c0;
    let node = root[u0] ?? -1;
    if (node < 0) {
      node = nodes++;
      root[u0] = node;
      unit[node] = u0;
    }
    for (let k = s + 1; k < e; k++) {
      const c = text.charCodeAt(k);
      const u = table[c] ?? c;
      const pair = node * 65536 + u;
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(u, 0x85ebca6b)) & mask;
      let child = 0;
      for (;;) {
        const at = slots[2 * h + 1] ?? 0;
        if (at === 0 || slots[2 * h] === pair) {
          child = at;
          break;
        }
        h = (h + 1) & mask;
      }
      if (child === 0) {
        child = nodes++;
        parent[child] = node;
        unit[child] = u;
        slots[2 * h] = pair;
        slots[2 * h + 1] = child;
      }
      node = child;
    }
    let key = keyOf[node] ?? -1;
    if (key < 0) keyOf[node] = key = keys++;
    keyOfRange[i] = key;
  }
  // Lay out the edges node by node (children of the root live in the root table only).
  const firstEdge = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++) {
    const p = parent[n] ?? 0;
    if (p > 0) firstEdge[p + 1] = (firstEdge[p + 1] ?? 0) + 1;
  }
  for (let n = 0; n < nodes; n++) firstEdge[n + 1] = (firstEdge[n + 1] ?? 0) + (firstEdge[n] ?? 0);
  const fill = firstEdge.slice(0, nodes);
  const edges = new Int32Array(2 * (firstEdge[nodes] ?? 0));
  for (let n = 1; n < nodes; n++) {
    const p = parent[n] ?? 0;
    if (p === 0) continue;
    const u = unit[n] ?? 0;
    // Insertion into the parent's sorted run (runs are short).
    let at = fill[p] ?? 0;
    fill[p] = at + 1;
    const lo = firstEdge[p] ?? 0;
    while (at > lo && (edges[2 * (at - 1)] ?? 0) > u) {
      edges[2 * at] = edges[2 * (at - 1)] ?? 0;
      edges[2 * at + 1] = edges[2 * (at - 1) + 1] ?? 0;
      at--;
    }
    edges[2 * at] = u;
    edges[2 * at + 1] = n;
  }
  const links = new Int32Array(nodes + 1);
  for (let n = 0; n <= nodes; n++) links[n] = ((firstEdge[n] ?? 0) << 1) | (n < nodes && (keyOf[n] ?? -1) >= 0 ? 1 : 0);
  return { trie: Trie.fromArrays(root, links, edges, keyOf.slice(0, nodes)), keyOfRange, keyCount: keys };
}

/**
 * Per key of `inner`: 1 when some key of `outer` may be longer than it, written the same way up to its end; 0 when
 * `outer` has no longer key that starts with it (then a walk of `outer` along a text that `inner` matched cannot go
 * past the match). A key holding a space or a hyphen is 1: a walk may take a space for a hyphen there.
 * `roots`: the units inner's root has children for.
 */
export function longerKeys(inner: Trie, outer: Trie, keyCount: number, roots: readonly number[]): Uint8Array {
  const out = new Uint8Array(keyCount);
  const hasChildren = (node: number): boolean => node > 0 && ((outer.links[node + 1] ?? 0) >> 1) > ((outer.links[node] ?? 0) >> 1);
  // Depth first over inner, with the node of outer along the same units (-1: none) and whether a space or hyphen
  // was crossed.
  const stack: number[] = [];
  for (const c of roots) {
    const node = inner.root[c] ?? -1;
    if (node > 0) stack.push(node, outer.root[c] ?? -1, c === 32 || c === 45 ? 1 : 0);
  }
  while (stack.length > 0) {
    const loose = stack.pop() ?? 1;
    const other = stack.pop() ?? -1;
    const node = stack.pop() ?? 0;
    const link = inner.links[node] ?? 0;
    if ((link & 1) === 1) {
      const key = inner.keyAt[node] ?? -1;
      if (key >= 0 && key < keyCount) out[key] = loose === 1 || hasChildren(other) ? 1 : 0;
    }
    for (let e = link >> 1, last = (inner.links[node + 1] ?? 0) >> 1; e < last; e++) {
      const unit = inner.edges[2 * e] ?? 0;
      const next = other > 0 ? childOf(outer.edges, (outer.links[other] ?? 0) >> 1, ((outer.links[other + 1] ?? 0) >> 1) - 1, unit) : -1;
      stack.push(inner.edges[2 * e + 1] ?? 0, next, loose === 1 || unit === 32 || unit === 45 ? 1 : 0);
    }
  }
  return out;
}
