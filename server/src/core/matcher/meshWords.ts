// The words of a text that the gene scan (scanner.ts) hands on to the MeSH scan (meshScan.ts), so that the text's code
// units are read and its words hashed once for both. The gene scan finds every word's end and looks it up in its word
// memo; the memo also holds what the MeSH scan's per-word tests say of the word (its WordVerdicts bits, from the word's
// hash as meshKey.ts folds it, learnt at the word's first occurrence), so the gene scan lists only the words the MeSH
// scan has work at (one that may start a table term, be a cue word or name a species), with both hashes. Where the two
// scans' words may differ, or the gene scan did not read the words, it lists a span instead, which the MeSH scan reads
// unit by unit as before:
// - a word of both kinds of units past ASCII: letters of MeSH keys (Latin-1 and the scripts up to U+2000, marks) and
//   letters MeSH keys spell out (Greek) or do not read (other scripts, superscripts), which the two scans cut into words
//   differently (a word of only the former is listed as the MeSH scan reads it, one of only the latter not at all: the
//   MeSH scan skips its units); a unit past ASCII that is a MeSH letter but no gene letter;
// - a match the gene scan jumped over ("nicotinamide riboside kinase 1": the MeSH scan reads the words inside it);
// - the part of a word before a gap's start that the gene scan skips.
// A span is widened to the units around it that either scan reads as part of a word, so that the MeSH scan starts and
// ends it where both see no word. In ASCII text the rest is the same list of word starts either way.

import { KEY_GREEK, KEY_UNITS, KEY_WORD } from '../lexicon/meshKey';

/** Bits of a listed word's kind: the MeSH scan's verdict bits (meshScan.ts), or SPAN: read unit by unit. */
export const SPAN = 0x80;

/**
 * Per code unit, what the word loop needs in one look-up: a letter or digit (meshKey.ts KEY_WORD) as the word's hash
 * reads it (ASCII capitals folded: hashLower), GREEK_UNIT for a Greek letter a key spells out, 0 for a unit that starts
 * nothing (a folded letter or digit is never under 48).
 */
export const GREEK_UNIT = 1;
export const SCAN_UNITS: Uint16Array = ((): Uint16Array => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const kind = KEY_UNITS[c];
    t[c] = kind === KEY_WORD ? (c >= 65 && c <= 90 ? c + 32 : c) : kind === KEY_GREEK ? GREEK_UNIT : 0;
  }
  return t;
})();

/** A word's MeSH verdict (meshScan.ts WordVerdicts) by its hash (FNV-1a over the key's folded units). */
export type MeshVerdict = (h: number) => number;

export class MeshWords {
  starts: Int32Array = new Int32Array(4096);
  ends: Int32Array = new Int32Array(4096);
  /** The word's hash as the MeSH scan makes it (hashLower), and its second hash as written (meshHash.ts mix). */
  hashes: Int32Array = new Int32Array(4096);
  seconds: Int32Array = new Int32Array(4096);
  kinds: Uint8Array = new Uint8Array(4096);
  count = 0;
  /** Whether the list is whole: false when the scan that fills it stopped short (the MeSH scan then reads the units). */
  complete = true;

  /** Per code unit, 1 where either scan reads it as part of a word (a gene scan's letter, a MeSH key's letter or Greek letter). */
  readonly inWord: Uint8Array;

  /** `word`: the gene scan's letters (chars.ts). */
  constructor(readonly verdict: MeshVerdict, word: Uint8Array) {
    const inWord = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) inWord[c] = word[c] === 1 || KEY_UNITS[c] === KEY_WORD || KEY_UNITS[c] === KEY_GREEK ? 1 : 0;
    this.inWord = inWord;
  }

  clear(): void {
    this.count = 0;
    this.complete = true;
  }

  /** Lists the word u[start, end) with its hashes and kind (verdict bits, not 0). */
  word(start: number, end: number, h: number, g: number, kind: number): void {
    let n = this.count;
    if (n === this.starts.length) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.hashes[n] = h;
    this.seconds[n] = g;
    this.kinds[n] = kind;
    this.count = ++n;
  }

  /**
   * Lists the span u[start, end) of the gap [from, to) as one to read unit by unit, widened to whole words (either
   * scan's) and merged with the spans and words it overlaps; listed words inside it are dropped.
   */
  span(u: Uint16Array, start: number, end: number, from: number, to: number): void {
    const unit = this.inWord;
    let s = start;
    while (s > from && unit[u[s - 1] ?? 0] === 1) s--;
    let e = end;
    while (e < to && unit[u[e] ?? 0] === 1) e++;
    let n = this.count;
    while (n > 0 && (this.ends[n - 1] ?? 0) > s) {
      n--;
      if ((this.starts[n] ?? 0) < s) s = this.starts[n] ?? 0;
      if ((this.ends[n] ?? 0) > e) e = this.ends[n] ?? 0;
    }
    this.count = n;
    this.word(s, e, 0, 0, SPAN);
  }

  /** Whether u[from, to) holds a unit either scan reads as part of a word. */
  hasWordUnit(u: Uint16Array, from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.inWord[u[k] ?? 0] === 1) return true;
    return false;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const int = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.starts = int(this.starts);
    this.ends = int(this.ends);
    this.hashes = int(this.hashes);
    this.seconds = int(this.seconds);
    const kinds = new Uint8Array(n);
    kinds.set(this.kinds);
    this.kinds = kinds;
  }
}
