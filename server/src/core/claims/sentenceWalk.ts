// The sentences of a document that hold a mention, found without reading the rest: the text is cut at blank lines
// (no unit spans one), stretches without a mention are skipped, the others are cut into units and units with a
// mention into sentences. The excluded regions are blanked only in the pieces read: a stretch that holds one, and
// around a sentence that holds one.
import type { LanguageKind, Mention } from '../types';
import { maskSpan, type Sentence } from './sentences';
import { skipSpace, splitUnit, Terminators, type Unit } from './sentenceShapes';
import { finders, sentenceUnits } from './sentenceUnits';

/** Receives the sentences (an object, not a closure: the same method on every call keeps the walk optimised). */
export interface SentenceVisitor {
  /**
   * `inside`: the mentions the sentence holds (an array reused for the next sentence: copy what must stay). `masked`
   * holds the document's masked text from offset `base`, at least from the character before the sentence to 4
   * characters after it; `blanked` is the sentence's masked text when masking may have changed it (undefined: it
   * reads as written).
   */
  visit(sentence: Sentence, inside: Mention[], masked: string, base: number, blanked: string | undefined): void;
}

// Scratch lists, reused by every walk (it never runs inside another) so their element kinds stay settled and the
// optimised walk is not thrown away on the next document. Emptied after each walk.
const units: Unit[] = [];
const sentences: Sentence[] = [];
const inside: Mention[] = [];

/** Calls `visitor` for each sentence of at most `maxLength` characters that holds one of the `sorted` mentions. */
export function walkSentences(text: string, language: LanguageKind, runs: readonly Unit[], sorted: readonly Mention[], maxLength: number, visitor: SentenceVisitor): void {
  try {
    walk(text, language, runs, sorted, maxLength, visitor);
  } finally {
    units.length = 0;
    sentences.length = 0;
    inside.length = 0;
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
    units.length = 0;
    sentenceUnits(view, language, text, units, base, from - base, to - base, masked ? finders(view) : find);
    const ends = masked ? new Terminators(view) : terminators;
    for (const unit of units) {
      while (m < sorted.length && sorted[m]!.end <= unit.start) m++;
      if (m >= sorted.length) return;
      if (sorted[m]!.start >= unit.end) continue;
      sentences.length = 0;
      splitUnit(view, unit, sentences, base, ends);
      for (const sentence of sentences) {
        while (m < sorted.length && sorted[m]!.end <= sentence.start) m++;
        if (m >= sorted.length) return;
        if (sorted[m]!.start >= sentence.end || sentence.end - sentence.start > maxLength) continue;
        inside.length = 0;
        for (let k = m; k < sorted.length && sorted[k]!.start < sentence.end; k++) inside.push(sorted[k]!);
        // The judge reads from the character before the sentence to 4 after it.
        const a = Math.max(0, sentence.start - 1);
        const b = Math.min(n, sentence.end + 4);
        while (w < runs.length && runs[w]!.end <= a) w++;
        if (w < runs.length && runs[w]!.start < b) {
          const piece = maskSpan(text, runs, a, b, w);
          visitor.visit(sentence, inside, piece, a, piece.slice(sentence.start - a, sentence.end - a));
        } else visitor.visit(sentence, inside, text, 0, undefined);
      }
    }
  }
}
