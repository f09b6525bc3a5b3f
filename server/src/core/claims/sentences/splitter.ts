// Splits prose into sentences, aware of markup: headings, list items and table cells are units of their own
// (units.ts); abbreviations ("e.g.", "et al.", "Fig.") and decimals do not end a sentence (shapes.ts);
// code, URLs and comments (excludedRegions) are blanked out first, so they neither hold claims nor end sentences.
// Offsets are the document's.
//
// The claims checker does not blank the whole document (a copy of a large document costs more than reading it): it
// takes the spans to blank (`blankedRuns`) and blanks only the pieces it reads (`maskSpan`).
import { excludedRegions } from '../../markup/regions';
import type { LanguageKind } from '../../types';
import { splitUnit, Terminators, type Unit } from './shapes';
import { sentenceUnits } from './units';
import { SpanList } from './spanList';

export interface Sentence {
  start: number;
  end: number;
}

/**
 * The spans of `text` that masking blanks: the regions clipped to the text, sorted, without overlaps. Regions that are
 * so already (as the markup readers make them) are the runs themselves: no list is made.
 */
export function blankedRuns(text: string, regions: readonly Unit[]): readonly Unit[] {
  if (regions.length === 0) return [];
  let ordered = true;
  let clean = true;
  let last = 0;
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    if (i > 0 && regions[i - 1]!.start > r.start) ordered = false;
    if (r.start < last || r.start >= r.end) clean = false;
    last = r.end;
  }
  if (ordered && clean && last <= text.length) return regions;
  const runs: Unit[] = [];
  let at = 0;
  for (const r of ordered ? regions : [...regions].sort((a, b) => a.start - b.start)) {
    const start = Math.max(r.start, at);
    const end = Math.min(Math.max(r.end, start), text.length);
    if (start >= end) continue;
    runs.push({ start, end });
    at = end;
  }
  return runs;
}

/** `text` between `from` and `to` with the runs blanked; `r` is the index of the first run that may reach `from`. */
export function maskSpan(text: string, runs: readonly Unit[], from: number, to: number, r = 0): string {
  while (r < runs.length && runs[r]!.end <= from) r++;
  if (r >= runs.length || runs[r]!.start >= to) return text.slice(from, to);
  const parts: string[] = [];
  let at = from;
  for (; r < runs.length && runs[r]!.start < to; r++) {
    const start = Math.max(runs[r]!.start, at);
    const end = Math.min(runs[r]!.end, to);
    parts.push(text.slice(at, start), blank(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at, to));
  return parts.join('');
}

/** `s` with every character but line breaks made a space. */
function blank(s: string): string {
  if (!s.includes('\n')) return ' '.repeat(s.length);
  return s.split('\n').map((line) => ' '.repeat(line.length)).join('\n');
}

/** Blanks the excluded regions (keeping line breaks), so offsets stay the document's. */
export function maskExcluded(text: string, regions: readonly { start: number; end: number }[]): string {
  if (regions.length === 0) return text;
  return maskSpan(text, blankedRuns(text, regions), 0, text.length);
}

/** Sentences of a document: excluded regions blanked, then split. */
export function splitSentences(text: string, language: LanguageKind): Sentence[] {
  return splitMasked(maskExcluded(text, excludedRegions(text, language)), language, text);
}

/** Splits already-masked text. `original` (the unmasked text) is only read to recognise LaTeX structure lines. */
export function splitMasked(masked: string, language: LanguageKind, original: string = masked): Sentence[] {
  const units = new SpanList();
  const spans = new SpanList();
  const terminators = new Terminators(masked);
  sentenceUnits(masked, language, original, units);
  for (let i = 0; i < units.length; i++) splitUnit(masked, units.start(i), units.end(i), spans, 0, terminators);
  const sentences: Sentence[] = [];
  for (let i = 0; i < spans.length; i++) sentences.push({ start: spans.start(i), end: spans.end(i) });
  return sentences;
}
