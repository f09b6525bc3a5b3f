// Walks the trie of the gene table's variant keys (lexicon/geneVariants.ts) along a text, reading the text the way the
// keys were made (text/variantKey.ts): case folded, Greek letters and spelled names as one Latin letter, a hyphen or space
// dropped between runs of different kinds and one space between runs of one kind, where a hyphen of the text before a
// capital may also be left out ("Bcl-G" for BCLG), and one that parts a Latin letter written for a Greek one ("TGF-b1",
// "IFN-g", "b-catenin"). At most one hyphen and one line break between two units ("bar--a" is prose); a key
// ends only at a word boundary of the text.
// A walk is in two steps, as TrieWalker's: `descend` along the word at the start (no key ends and no separator lies
// inside a word, so its result depends on the word alone and the scanner remembers it per word: WordMemo), then
// `walkFrom` on from the word's end. Most words of prose that start a key's first word ("in", "and": "AND-1") are
// followed by nothing a key goes on with: `descend` also gives the units that may come next (`next`: sets of units),
// and walkFrom first looks the unit after the word's separators up in them (mayGoOn).
import { BREAK, DIGIT, greekNameAt, greekNameFirst, greekNameRead, keepsSpace, LETTER, SEPARATOR, unitAt } from '../text/variantKey';
import { charTables } from './chars';
import { childOf, type Trie } from './trie';

/**
 * Bits of a descend state below the node: whether a key ends at the node (1 bit: walkFrom then reads nothing of the
 * trie, a large array, for a word it stops after), the kind of the last unit read (3 bits) and its run, at most 2
 * (2 bits).
 */
const STATE_BITS = 6;
const ENDS_KEY = 32;

// The units that may follow a word, as sets of units in two numbers each: unit m is bit (m & 31) of the first number
// below 64 (digits, spaces, punctuation), of the second one above (letters: each its own bit). At `next` index:
/** the children of the word's node; */
const DIRECT = 0;
/** the children of its child along a space (a key's space between runs of one kind). */
const SPACE = 2;
/** Numbers per word in `next`. */
export const NEXT_SIZE = 4;

/** The lower-case letters that start a Greek letter's name, as bits (letter & 31). */
const GREEK_FIRST = Array.from({ length: 26 }, (_, k) => 97 + k).reduce((bits, c) => (greekNameFirst(c) ? bits | (1 << (c & 31)) : bits), 0);

/** unitAt's answer for a letter of one unit, but the unit. */
const PLAIN_LETTER = (LETTER << 24) | (1 << 16);

export class VariantWalker {
  /** Key index of the last successful walk. */
  hitKey = -1;
  /**
   * The last unit of the text that goesOn and walkFrom read since the caller set it (a bound: a Greek letter's name is
   * counted whole, and the unit after each unit read), or `to` when they ran into the gap's end. Their outcomes depend
   * on the units up to it alone.
   */
  far = 0;
  /** After descend: the units a key may go on with after the word (sets of units, at DIRECT and SPACE). */
  readonly next = new Int32Array(NEXT_SIZE);
  private readonly canon: Uint16Array;
  private readonly fold: Uint16Array;
  constructor(
    private readonly trie: Trie,
    private readonly word: Uint8Array,
    /** Per code unit, the unit a variant key holds for it (variantKey.variantFoldTable): what unitAt reads. */
    private readonly variantFold: Uint16Array,
  ) {
    ({ canon: this.canon, fold: this.fold } = charTables());
  }

  /**
   * The state reached along the word u[i, end) (letters and digits): the node, whether a key ends there, the kind of
   * its last unit and the length of its last run of one kind (kept up to 2: the walk only asks whether it is 2 or more); -1 when the trie
   * holds no key starting with the word. walkFrom(descend(i, end), end) is the walk at i. Sets `next`.
   */
  descend(u: Uint16Array, i: number, end: number): number {
    const { root, links, edges } = this.trie;
    let node = 0;
    let prevKind = -1;
    let run = 0;
    for (let j = i; j < end; ) {
      const r = unitAt(u, j, end);
      const kind = r >>> 24;
      const m = r & 0xffff;
      const next = node === 0 ? (root[m] ?? -1) : childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, m);
      if (next <= 0) return -1;
      node = next;
      j += (r >>> 16) & 0xff;
      run = kind === prevKind ? Math.min(run + 1, 2) : 1;
      prevKind = kind;
    }
    const lo = (links[node] ?? 0) >> 1;
    const hi = (links[node + 1] ?? 0) >> 1;
    this.unitsOf(lo, hi, DIRECT);
    const space = childOf(edges, lo, hi - 1, 32);
    this.unitsOf(space > 0 ? (links[space] ?? 0) >> 1 : 0, space > 0 ? (links[space + 1] ?? 0) >> 1 : 0, SPACE);
    return (node << STATE_BITS) | ((links[node] ?? 0) & 1 ? ENDS_KEY : 0) | (prevKind << 2) | run;
  }

  /** The units of edges [lo, hi) as a set, into next[at], next[at + 1]. */
  private unitsOf(lo: number, hi: number, at: number): void {
    const edges = this.trie.edges;
    let low = 0;
    let high = 0;
    for (let e = lo; e < hi; e++) {
      const m = edges[2 * e] ?? 0;
      if (m < 64) low |= 1 << (m & 31);
      else high |= 1 << (m & 31);
    }
    this.next[at] = low;
    this.next[at + 1] = high;
  }

  /**
   * The end of the longest key that ends after `minEnd` (setting hitKey), or -1, walking on from a descend `state` at
   * `j`, the end of the word at the walk's start (`start`); `next` (from `at`, NEXT_SIZE numbers) as descend gave it.
   */
  walkFrom(u: Uint16Array, state: number, next: Int32Array, at: number, start: number, j: number, to: number, minEnd: number): number {
    this.hitKey = -1;
    if (state < 0) return -1;
    const { links, edges, keyAt } = this.trie;
    const word = this.word;
    let node = state >>> STATE_BITS;
    let prevKind = (state >>> 2) & 7;
    /** Units of the run of one kind just read (at most 2 after descend). */
    let run = state & 3;
    let end = -1;
    let endNode = -1;
    if (j > this.far) this.far = j;
    if ((state & ENDS_KEY) !== 0 && j > minEnd && (!word[u[j - 1] ?? 0] || !word[u[j] ?? 0])) {
      end = j;
      endNode = node;
    }
    const limit = to;
    if (!this.mayGoOn(u, start, j, to, next, at, prevKind, run)) to = j;
    let pending = false;
    let space = false;
    let breaks = 0;
    let hyphens = 0;
    while (j < to) {
      // A lower-case ASCII letter after one is a letter as written (no Greek letter's name starts there): unitAt's
      // answer without its lookups.
      const c = u[j] ?? 0;
      const p = u[j - 1] ?? 0;
      // What this step may read: the unit, the one after it (a line break's pair, latinGreek), a Greek letter's name.
      const read = Math.max(j + 1, greekNameRead(u, j, to));
      if (read > this.far) this.far = read;
      const r = c >= 97 && c <= 122 && p >= 97 && p <= 122 && j > 0 ? PLAIN_LETTER | c : unitAt(u, j, to);
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
      const keep = pending && keepsSpace(prevKind, kind);
      if (keep && space) next = this.after(node, 32, m);
      else if (keep) {
        // A hyphen between runs of one kind: the key's space ("TR-AP"), or nothing before a capital ("Bcl-G" for
        // BCLG; "Rig-a-dig" is prose). A Latin letter for a Greek one is read joined first: "TNF-a" is TNFA even where
        // some key goes on "TNF a..." ("TNF and APOL related ...").
        const greek = latinGreek(u, j, run, start);
        next = greek ? childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, m) : -1;
        if (next <= 0) next = this.after(node, 32, m);
        if (next < 0 && c >= 65 && c <= 90 && run >= 2) next = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, m);
      } else next = childOf(edges, (links[node] ?? 0) >> 1, ((links[node + 1] ?? 0) >> 1) - 1, m);
      if (next <= 0) break;
      node = next;
      j += (r >>> 16) & 0xff;
      run = kind === prevKind && !pending ? run + 1 : 1;
      prevKind = kind;
      pending = false;
      space = false;
      breaks = 0;
      hyphens = 0;
      if (j > this.far) this.far = j;
      if (((links[node] ?? 0) & 1) === 1 && j > minEnd && (!word[u[j - 1] ?? 0] || !word[u[j] ?? 0])) {
        end = j;
        endNode = node;
      }
    }
    if (j >= limit && limit > this.far) this.far = limit;
    this.hitKey = end > 0 ? (keyAt[endNode] ?? -1) : -1;
    return end;
  }

  /**
   * Whether a walk from the descend `state` (`next` from `at`, as walkFrom takes them) may read past the word u[start,
   * j): when not, walkFrom ends at the word's end or finds nothing.
   */
  goesOn(u: Uint16Array, state: number, next: Int32Array, at: number, start: number, j: number, to: number): boolean {
    return state >= 0 && this.mayGoOn(u, start, j, to, next, at, (state >>> 2) & 7, state & 3);
  }

  /**
   * For a descend `state` (`next` from `at`, as goesOn takes them): the ASCII letters (bit: the lower-case letter & 31)
   * that, after white space that follows the word, may let the walk go on past it; for a letter whose bit is clear,
   * goesOn is false there. (mayGoOn's tests for a letter after separators, but reading a Greek letter's name.)
   */
  lettersAfterSpace(state: number, next: Int32Array, at: number): number {
    if (state < 0) return 0;
    const direct = next[at + DIRECT + 1] ?? 0;
    if (((state >>> 2) & 7) !== LETTER) return direct;
    return (next[at + SPACE + 1] ?? 0) | (direct & GREEK_FIRST);
  }

  /** Whether a key ends where the descend `state` stops (at the word's end), and its index there (keyAt), else -1. */
  keyAtState(state: number): number {
    return state >= 0 && (state & ENDS_KEY) !== 0 ? (this.trie.keyAt[state >>> STATE_BITS] ?? -1) : -1;
  }

  /**
   * Whether the walk may go on past the word ending at j: false when its first step there would find no child, the
   * unit after the word's separators being in none of the sets that step looks it up in (unitAt reads a unit as
   * variantFold's unit; one past ASCII is always looked up). The separators' own rules are left to the walk.
   */
  private mayGoOn(u: Uint16Array, start: number, j: number, to: number, next: Int32Array, at: number, prevKind: number, run: number): boolean {
    const { canon, fold } = this;
    let k = j;
    let spaced = false;
    while (k < to) {
      const c = u[k] ?? 0;
      if (c === 10 || c === 13 || fold[c] === 32) spaced = true;
      else if (canon[c] !== 45) break;
      k++;
    }
    // Read up to k; latinGreek reads the unit after it, greekNameAt a Greek letter's name.
    const read = k >= to ? to : Math.max(k + 1, greekNameRead(u, k, to));
    if (read > this.far) this.far = read;
    if (k >= to) return false;
    const c = u[k] ?? 0;
    if (c >= 128) return true;
    const m = this.variantFold[c] ?? c;
    const high = m >= 64 ? 1 : 0;
    const bit = 1 << (m & 31);
    const direct = (next[at + DIRECT + high] ?? 0) & bit;
    // Punctuation right after the word: a child of the node.
    if (k === j) return direct !== 0;
    // After separators: a digit after digits goes on after the key's space; any other unit below 64 is a child.
    if (high === 0) return (m >= 48 && m <= 57 && prevKind === DIGIT ? (next[at + SPACE] ?? 0) & bit : direct) !== 0;
    if (m < 97 || m > 122) return direct !== 0;
    // A letter after letters goes on after the key's space ...
    if (prevKind === LETTER && ((next[at + SPACE + 1] ?? 0) & bit) !== 0) return true;
    if (direct === 0) return false;
    // ... any other as a child: after digits or a Greek letter, or when it starts a Greek letter's name ("TNF alpha"),
    if (prevKind !== LETTER || (greekNameFirst(m) && greekNameAt(u, k, to) > 0)) return true;
    // or after a hyphen: a capital after two letters ("Bcl-G"), a Latin letter for a Greek one ("TGF-b1", "b-catenin").
    return !spaced && ((c >= 65 && c <= 90 && run >= 2) || latinGreek(u, k, run, start));
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
