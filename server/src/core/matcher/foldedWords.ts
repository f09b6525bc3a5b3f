// A small set of lower-case words asked about a span of a document without copying it: the answer of
// `set.has(text.slice(from, to).toLowerCase())`, for the rules that read the word after or before a match once per
// match (meshScan.ts). A span of another length than the words' is no member at once; else it is hashed in place
// (FNV-1a, ASCII capitals folded) and compared with the word of that hash. A span with a unit outside ASCII is copied
// and lower-cased as before (toLowerCase folds more than ASCII capitals).
import { FNV_START, fnv } from '../text/wordHash';

export class FoldedWords {
  private readonly byHash = new Map<number, string>();
  /** Bit n set: some word is n code units long (n < 32). */
  private readonly lengths: number;
  private readonly all: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    this.all = new Set(words);
    let lengths = 0;
    for (const w of this.all) {
      if (w.length > 31 || w !== w.toLowerCase() || this.byHash.has(hashLower(w, 0, w.length))) throw new Error(`FoldedWords: '${w}' cannot be held`);
      this.byHash.set(hashLower(w, 0, w.length), w);
      lengths |= 1 << w.length;
    }
    this.lengths = lengths;
  }

  /** Whether text[from, to), lower-cased, is one of the words; read from `units` (the text's code units) when given. */
  has(text: string, from: number, to: number, units?: Uint16Array): boolean {
    const n = to - from;
    if (n <= 0 || n > 31 || (this.lengths & (1 << n)) === 0) return false;
    let h = FNV_START;
    for (let k = from; k < to; k++) {
      const c = units !== undefined ? (units[k] ?? 0) : text.charCodeAt(k);
      if (c >= 128) return this.all.has(text.slice(from, to).toLowerCase());
      h = fnv(h, c >= 65 && c <= 90 ? c + 32 : c);
    }
    const w = this.byHash.get(h);
    if (w === undefined || w.length !== n) return false;
    for (let k = 0; k < n; k++) {
      const c = units !== undefined ? (units[from + k] ?? 0) : text.charCodeAt(from + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(k)) return false;
    }
    return true;
  }
}

/** FNV-1a of text[from, to) with ASCII capitals folded (as the scans hash their words). */
export function hashLower(text: string, from: number, to: number): number {
  let h = FNV_START;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    h = fnv(h, c >= 65 && c <= 90 ? c + 32 : c);
  }
  return h;
}
