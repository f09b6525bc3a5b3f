// The first three code units of the keys' first words (the run of letters and digits a key starts with), as a bit
// set over a hash of them: a word of prose whose bit is clear starts no key of the tries it was built from, so most
// words are rejected after three reads, before the hash of the whole word (caseTrie.firstWords) is computed.
// Read off the first three levels of the tries: no key is visited.
import type { Trie } from './trie';

const BITS = 18;

/** Bit index of a word starting c0 c1 c2 (0 for a unit past the word's end: NUL is no letter): their low bits. */
export function prefixBit(c0: number, c1: number, c2: number): number {
  return ((c0 & 63) << 12) | ((c1 & 63) << 6) | (c2 & 63);
}

export function hasPrefix(set: Int32Array, bit: number): boolean {
  return ((set[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

export function prefixSet(): Int32Array {
  return new Int32Array(1 << (BITS - 5));
}

function add(set: Int32Array, c0: number, c1: number, c2: number): void {
  const bit = prefixBit(c0, c1, c2);
  set[bit >>> 5] = (set[bit >>> 5] ?? 0) | (1 << (bit & 31));
}

/**
 * Adds to `set` the first units of the keys of `trie` that start with the word unit c0 (`word`: the matcher's table
 * of letters and digits). Read off the trie's second and third levels; a first word ends where a key ends or a
 * non-word unit follows.
 */
export function addFirstPrefixes(set: Int32Array, trie: Trie, c0: number, word: Uint8Array): void {
  const { root, links, edges } = trie;
  const n1 = root[c0] ?? -1;
  if (n1 <= 0) return;
  const link1 = links[n1] ?? 0;
  let ends1 = (link1 & 1) === 1;
  for (let e1 = link1 >> 1, hi1 = (links[n1 + 1] ?? 0) >> 1; e1 < hi1; e1++) {
    const c1 = edges[2 * e1] ?? 0;
    if (!word[c1]) {
      ends1 = true;
      continue;
    }
    const n2 = edges[2 * e1 + 1] ?? 0;
    const link2 = links[n2] ?? 0;
    let ends2 = (link2 & 1) === 1;
    for (let e2 = link2 >> 1, hi2 = (links[n2 + 1] ?? 0) >> 1; e2 < hi2; e2++) {
      const c2 = edges[2 * e2] ?? 0;
      if (word[c2]) add(set, c0, c1, c2);
      else ends2 = true;
    }
    if (ends2) add(set, c0, c1, 0);
  }
  if (ends1) add(set, c0, 0, 0);
}
