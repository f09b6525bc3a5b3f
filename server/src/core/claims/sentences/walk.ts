// The sentences of a document that hold a mention, found without reading the rest: the text is cut at blank lines
// (no unit spans one), stretches without a mention are skipped, the others are cut into units and units with a
// mention into sentences. The excluded regions are blanked only in the pieces read: a stretch that holds one, and
// around a sentence that holds one.
import type { LanguageKind, Mention } from '../../types';
import { maskSpan } from './splitter';
import { skipSpace, splitUnit, Terminators, type Unit } from './shapes';
import { finders, sentenceUnits } from './units';
import { SpanList } from './spanList';

/** Receives the sentences (an object, not a closure: the same method on every call keeps the walk optimised). */
export interface SentenceVisitor {
  /**
   * The sentence is [start, end) in document offsets; it holds the mentions `sorted[from, to)` (the list the walk was
   * given: no list is made per sentence). `masked` holds the document's masked text from offset `base`, at least
   * from the character before the sentence to 4 characters after it; `blanked` is the sentence's masked text when
   * masking may have changed it (undefined: it reads as written).
   */
  visit(start: number, end: number, sorted: readonly Mention[], from: number, to: number, masked: string, base: number, blanked: string | undefined): void;
}

// Scratch lists, reused by every walk (it never runs inside another): no object per unit or sentence, and the
// optimised walk is not thrown away on the next document. Emptied after each walk.
const units = new SpanList();
const sentences = new SpanList();

/** Calls `visitor` for each sentence of at most `maxLength` characters that holds one of the `sorted` mentions. */
export function walkSentences(text: string, language: LanguageKind, runs: readonly Unit[], sorted: readonly Mention[], maxLength: number, visitor: SentenceVisitor): void {
  try {
    walk(text, language, runs, sorted, maxLength, visitor);
  } finally {
    units.clear();
    sentences.clear();
  }
}

function walk(text: string, language: LanguageKind, runs: readonly Unit[], sorted: readonly Mention[], maxLength: number, visitor: SentenceVisitor): void {
  const n = text.length;
  const find = finders(text);
  const terminators = new Terminators(text);
  let m = 0;
  let r = 0;
  let w = 0;
  let at = 0;
  while (at <= n && m < sorted.length) {
    // A stretch of non-blank lines [from, to); `to` starts a blank line (or is the end of the text).
    let from = -1;
    let to = n;
    for (;;) {
      const nl = text.indexOf('\n', at);
      const e = nl < 0 ? n : nl;
      const blank = skipSpace(text, at, e) === e;
      if (!blank && from < 0) from = at;
      if (blank && from >= 0) {
        to = at;
        break;
      }
      at = e + 1;
      if (nl < 0) break;
    }
    if (from < 0) break;
    while (m < sorted.length && sorted[m]!.end <= from) m++;
    if (m >= sorted.length) break;
    if (sorted[m]!.start >= to) continue;
    // The units read the stretch and the (blank) line after it.
    const after = to >= n ? -1 : text.indexOf('\n', to);
    const viewEnd = after < 0 ? n : after;
    while (r < runs.length && runs[r]!.end <= from) r++;
    const masked = r < runs.length && runs[r]!.start < viewEnd;
    const view = masked ? maskSpan(text, runs, from, viewEnd, r) : text;
    const base = masked ? from : 0;
    units.clear();
    sentenceUnits(view, language, text, units, base, from - base, to - base, masked ? finders(view) : find);
    const ends = masked ? new Terminators(view) : terminators;
    for (let u = 0; u < units.length; u++) {
      const unitStart = units.start(u);
      const unitEnd = units.end(u);
      while (m < sorted.length && sorted[m]!.end <= unitStart) m++;
      if (m >= sorted.length) return;
      if (sorted[m]!.start >= unitEnd) continue;
      sentences.clear();
      splitUnit(view, unitStart, unitEnd, sentences, base, ends);
      for (let s = 0; s < sentences.length; s++) {
        const start = sentences.start(s);
        const end = sentences.end(s);
        while (m < sorted.length && sorted[m]!.end <= start) m++;
        if (m >= sorted.length) return;
        if (sorted[m]!.start >= end || end - start > maxLength) continue;
        let held = m + 1;
        while (held < sorted.length && sorted[held]!.start < end) held++;
        // The judge reads from the character before the sentence to 4 after it.
        const a = Math.max(0, start - 1);
        const b = Math.min(n, end + 4);
        while (w < runs.length && runs[w]!.end <= a) w++;
        if (w < runs.length && runs[w]!.start < b) {
          const piece = maskSpan(text, runs, a, b, w);
          visitor.visit(start, end, sorted, m, held, piece, a, piece.slice(start - a, end - a));
        } else visitor.visit(start, end, sorted, m, held, text, 0, undefined);
      }
    }
  }
}
