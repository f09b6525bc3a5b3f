// What the matcher learnt about a word of the text under scan, by the word's units: what the scan may do at it
// (scanner.ts learn: its verdict), which tries its first-word filters let it try, the node each trie reaches at its
// end and the units a walk may go on with after it, and termAt's outcome where nothing goes on. Words repeat (a gene is
// named again and again, "and" and "in" in every sentence), and a word met again costs one look-up instead of
// searching the tries and walking them. A small cache of two ways per set. A word is known by two 32-bit hashes of its
// units that the scan makes while it finds the word's end (FNV-1a and meshHash.ts mix: no unit is read twice), its
// length and its first and last units: as meshWordMemo.ts and the MeSH tables know a key by two hashes, a false match
// is practically impossible (about one in 10^19 per look-up). reset() before each scan.

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

/** Phrases (the units after a word that a walk read) remembered per word. */
export const PHRASE_WAYS = 4;

/** Numbers per slot in WordMemo.words: the length, the two hashes, the first and last units. */
const STRIDE = 4;

export class WordMemo {
  /** By slot * STRIDE: the word's length (0: none), its two hashes, its first unit and its last one (<< 16). */
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
  /** By slot: the same after one space (TrieWalker.afterSpace, of every trie the word starts a key of). */
  readonly afterSpace = new Int32Array(SIZE);
  /** By slot: the letters a variant walk may go on with after white space (VariantWalker.lettersAfterSpace). */
  readonly spaceLetters = new Int32Array(SIZE);
  /**
   * By slot: what termAt did at the word where no walk could go on past it (the scanner's `settled`): OUTCOME_UNKNOWN,
   * OUTCOME_NONE, OUTCOME_FOUND (the match: its length, ref and flags below) or OUTCOME_CONTEXT (it read the text
   * around: asked again each time).
   */
  readonly outcome = new Uint8Array(SIZE);
  readonly outLength = new Int32Array(SIZE);
  readonly outRef = new Int32Array(SIZE);
  readonly outFlags = new Uint8Array(SIZE);
  /**
   * By slot * PHRASE_WAYS + way: what termAt did at an occurrence of the word where a walk went on past it, and the
   * units after the word it read: where they start in the text (`phraseAt`) and how many (`phraseLength`, -1: none);
   * the match's length from the word's start (-1: none), ref and flags. An occurrence followed by the same units gets
   * the same outcome ("NAD+ levels", "nicotinamide riboside" again and again).
   */
  readonly phraseAt = new Int32Array(PHRASE_WAYS * SIZE);
  readonly phraseLength = new Int32Array(PHRASE_WAYS * SIZE);
  readonly phraseEnd = new Int32Array(PHRASE_WAYS * SIZE);
  readonly phraseRef = new Int32Array(PHRASE_WAYS * SIZE);
  readonly phraseFlags = new Uint8Array(PHRASE_WAYS * SIZE);
  /** By slot: the way to fill next. */
  readonly phraseNext = new Uint8Array(SIZE);
  /** By slot: what the MeSH scan's list says of the word (meshWords.ts: its verdict bits, SPAN, or 0), and its MeSH hash. */
  readonly mesh = new Uint8Array(SIZE);
  readonly meshHash = new Int32Array(SIZE);

  reset(): void {
    this.words.fill(0);
  }

  /**
   * The slot of the word of `n` units whose hashes are h and g, first and last units `ends` (first | last << 16), when
   * it is remembered; else ~slot (negative), the slot now holding it with nothing known.
   */
  find(h: number, g: number, n: number, ends: number): number {
    const words = this.words;
    // Two ways per set: two frequent words that hash alike do not keep replacing each other.
    const pair = (Math.imul(h ^ Math.imul(g, 0x85ebca6b), 0x9e3779b1) >>> (33 - BITS)) << 1;
    let at = STRIDE * pair;
    if (words[at] === n && words[at + 1] === h && words[at + 2] === g && words[at + 3] === ends) {
      this.lastWay[pair >> 1] = 0;
      return pair;
    }
    at += STRIDE;
    if (words[at] === n && words[at + 1] === h && words[at + 2] === g && words[at + 3] === ends) {
      this.lastWay[pair >> 1] = 1;
      return pair + 1;
    }
    return this.add(pair, h, g, n, ends);
  }

  /** find's answer for a word not remembered: the way of set `pair` not used last now holds it (~slot). */
  private add(pair: number, h: number, g: number, n: number, ends: number): number {
    const words = this.words;
    const way = 1 - (this.lastWay[pair >> 1] ?? 0);
    this.lastWay[pair >> 1] = way;
    const slot = pair + way;
    const at = STRIDE * slot;
    words[at] = n;
    words[at + 1] = h;
    words[at + 2] = g;
    words[at + 3] = ends;
    this.tries[slot] = 0;
    this.nodes[3 * slot] = UNKNOWN;
    this.nodes[3 * slot + 1] = UNKNOWN;
    this.nodes[3 * slot + 2] = UNKNOWN;
    this.variantStates[slot] = UNKNOWN;
    this.variantQuiet[slot] = UNSURE;
    this.verdict[slot] = 0;
    this.outcome[slot] = OUTCOME_UNKNOWN;
    for (let w = 0; w < PHRASE_WAYS; w++) this.phraseLength[PHRASE_WAYS * slot + w] = -1;
    return ~slot;
  }
}
