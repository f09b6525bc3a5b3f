// The one binary search of the core: the first index of a range where a monotone test turns true (C++'s
// partition_point), and its two common uses over sorted numbers. Ground floor: imports nothing.
// Not yet used by the searches inside matcher/ and lexicon/ (trie.ts childOf, geneContext.ts, geneIndex.ts,
// jsonLocations.ts), which are edited on another branch (#13).

/**
 * The first index in [lo, hi) for which `isAfter(index)` is true, or `hi` when there is none. `isAfter` must be false
 * then true along the range (false for the indices before the answer, true from it on).
 */
export function partitionPoint(lo: number, hi: number, isAfter: (index: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index in [lo, hi) of sorted `values` whose value is >= x, or `hi`. */
export function lowerBound(values: ArrayLike<number>, x: number, lo = 0, hi = values.length): number {
  return partitionPoint(lo, hi, (i) => (values[i] ?? 0) >= x);
}

/** The first index in [lo, hi) of sorted `values` whose value is > x, or `hi`. */
export function upperBound(values: ArrayLike<number>, x: number, lo = 0, hi = values.length): number {
  return partitionPoint(lo, hi, (i) => (values[i] ?? 0) > x);
}
