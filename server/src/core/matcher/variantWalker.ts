// Walks the trie of the gene table's variant keys (lexicon/geneVariants.ts) along a text, reading the text the way the
// keys were made (text/variantKey.ts): case folded, Greek letters and spelled names as one Latin letter, a hyphen or space
// dropped between runs of different kinds and one space between runs of one kind, where a hyphen of the text before a
// capital may also be left out ("Bcl-G" for BCLG), and one that parts a Latin letter written for a Greek one ("TGF-b1",
// "IFN-g", "b-catenin"). At most one hyphen and one line break between two units ("bar--a" is prose); a key
// ends only at a word boundary of the text.
import { BREAK, keepsSpace, SEPARATOR, unitAt } from '../text/variantKey';
import { childOf, type Trie } from './trie';

export class VariantWalker {
  /** Key index of the last successful walk. */
  hitKey = -1;
  constructor(
    private readonly trie: Trie,
    private readonly word: Uint8Array,
  ) {}

  /** The end of the longest key at `i` (a word start) that ends after `minEnd` (setting hitKey), or -1. */
  walk(u: Uint16Array, i: number, to: number, minEnd: number): number {
    const { root, links, edges, keyAt } = this.trie;
    const word = this.word;
    let node = 0;
    let j = i;
    let end = -1;
    let endNode = -1;
    let prevKind = -1;
    let pending = false;
    let space = false;
    let breaks = 0;
    let hyphens = 0;
    /** Units of the run of one kind just read. */
    let run = 0;
    while (j < to) {
      const r = unitAt(u, j, to);
      const kind = r >>> 24;
      if (kind === SEPARATOR || kind === BREAK) {
        if (kind === BREAK && ++breaks > 1) break;
        if ((r & 0xffff) === 45 && ++hyphens > 1) break;
        if (kind === BREAK || (r & 0xffff) === 32) space = true;
        pending = true;
        j += (r >>> 16) & 0xff;
        continue;
      }
      const m = r & 0xffff;
      let next: number;
      if (node === 0) next = root[m] ?? -1;
      else {
        const keep = pending && keepsSpace(prevKind, kind);
        if (keep && space) next = this.after(node, 32, m);
        else if (keep) {
          // A hyphen between runs of one kind: the key's space ("TR-AP"), or nothing before a capital ("Bcl-G" for
          // BCLG; "Rig-a-dig" is prose).
          next = this.after(node, 32, m);
          const c = u[j] ?? 0;
          if (next < 0 && ((c >= 65 && c <= 90 && run >= 2) || latinGreek(u, j, run, i))) next = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, m);
        } else next = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, m);
      }
      if (next <= 0) break;
      node = next;
      j += (r >>> 16) & 0xff;
      run = kind === prevKind && !pending ? run + 1 : 1;
      prevKind = kind;
      pending = false;
      space = false;
      breaks = 0;
      hyphens = 0;
      if (((links[node] ?? 0) & 1) === 1 && j > minEnd && (!word[u[j - 1] ?? 0] || !word[u[j] ?? 0])) {
        end = j;
        endNode = node;
      }
    }
    this.hitKey = end > 0 ? (keyAt[endNode] ?? -1) : -1;
    return end;
  }

  /** The node reached from `node` along units a then b, or -1. */
  private after(node: number, a: number, b: number): number {
    const { links, edges } = this.trie;
    const mid = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, a);
    return mid > 0 ? childOf(edges, (links[mid] ?? 0) >> 1, ((links[mid + 1] ?? 0) >> 1) - 1, b) : -1;
  }
}

/** Latin letters written for Greek ones (a for α, b for β, g for γ, d for δ, k for κ). */
const isLatinGreek = (c: number): boolean => c === 97 || c === 98 || c === 103 || c === 100 || c === 107;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the hyphen before u[j] parts a Latin letter written for a Greek one from the rest of the name, so it may
 * be left out as after a Greek letter: "TGF-b1", "IFN-g", "TNF-a" (the letter after it stands alone), "b-catenin"
 * (the name starts with it). `run` is the length of the run before the hyphen, `start` where the name starts.
 */
function latinGreek(u: Uint16Array, j: number, run: number, start: number): boolean {
  if (isLatinGreek(u[j] ?? 0) && !isLetter(u[j + 1] ?? 0)) return true;
  return run === 1 && j === start + 2 && isLatinGreek(u[start] ?? 0);
}
