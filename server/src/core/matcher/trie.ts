// A trie over UTF-16 code units in typed arrays, built for ~155,000 terms (every human gene) and walked on every
// keystroke. Compact and cache-friendly:
// - nodes are numbered depth-first (the order the sorted keys create them), so the long single-child chains of
//   full names lie in consecutive memory;
// - node n's children are the edges links[n] >> 1 .. (links[n + 1] >> 1) - 1, sorted by code unit; edge e is
//   edges[2e] (its code unit) and edges[2e + 1] (the child), side by side so one cache line serves both;
// - the low bit of links[n] says whether a key ends at n, so a walk reads nothing else until a key ends;
// - the root's children are a direct 65,536-entry table.
// Built from the keys sorted once, with no per-node objects. Where several keys are equal, the first given wins:
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

  get nodeCount(): number {
    return this.keyAt.length;
  }

  /** The child of `node` along code `unit`, or -1. (The matcher inlines this search.) */
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
    const order: number[] = [];
    let total = 1;
    keys.forEach((key, index) => {
      if (key) {
        order.push(index);
        total += key.length;
      }
    });
    order.sort((a, b) => {
      const ka = keys[a] ?? '';
      const kb = keys[b] ?? '';
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });

    // Depth-first numbering from the sorted keys: each key adds nodes for what it does not share with the previous
    // key. Siblings come out in code unit order, each subtree in one block.
    const parent = new Int32Array(total);
    const unit = new Uint16Array(total);
    const keyAtAll = new Int32Array(total).fill(-1);
    const path: number[] = [0];
    let count = 1;
    let prev = '';
    for (const index of order) {
      const key = keys[index] ?? '';
      const max = Math.min(key.length, prev.length);
      let lcp = 0;
      while (lcp < max && key.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
      path.length = lcp + 1;
      for (let d = lcp; d < key.length; d++) {
        parent[count] = path[d] ?? 0;
        unit[count] = key.charCodeAt(d);
        path.push(count++);
      }
      const end = path[key.length] ?? 0;
      if ((keyAtAll[end] ?? -1) < 0) keyAtAll[end] = index;
      prev = key;
    }

    // Edges grouped by parent (a counting sort); siblings stay in code unit order.
    const links = new Int32Array(count + 1);
    for (let n = 1; n < count; n++) take(links, (parent[n] ?? 0) + 1);
    for (let n = 0; n < count; n++) links[n + 1] = (links[n + 1] ?? 0) + (links[n] ?? 0);
    const fill = links.slice(0, count);
    const edges = new Int32Array(2 * Math.max(0, count - 1));
    for (let n = 1; n < count; n++) {
      const e = take(fill, parent[n] ?? 0);
      edges[2 * e] = unit[n] ?? 0;
      edges[2 * e + 1] = n;
    }
    const root = new Int32Array(65536).fill(-1);
    for (let e = 0; e < (links[1] ?? 0); e++) root[edges[2 * e] ?? 0] = edges[2 * e + 1] ?? -1;
    const keyAt = keyAtAll.slice(0, count);
    for (let n = 0; n <= count; n++) links[n] = ((links[n] ?? 0) << 1) | ((keyAt[n] ?? -1) >= 0 ? 1 : 0);
    return new Trie(root, links, edges, keyAt);
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

/** arr[k]++, returning the old value. */
function take(arr: Int32Array, k: number): number {
  const v = arr[k] ?? 0;
  arr[k] = v + 1;
  return v;
}
