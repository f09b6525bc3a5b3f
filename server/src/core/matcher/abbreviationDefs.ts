// Abbreviations defined in the text: "doxorubicin (DOX)" makes DOX mean doxorubicin for the rest of the paragraph.
// Shared by any recognizer that finds a long form and wants its short form: given where a long form ends, reads a
// parenthesised short form right after it and checks it against the long form (Schwartz & Hearst, PSB 2003: each
// character of the short form appears in the long form in order, the first one at the start of a word).
import { isWordUnit } from '../lexicon/meshKey';

/**
 * The short form right after text[longStart, longEnd) — "(DOX)", or one that a comma, semicolon or colon ends inside
 * the brackets: "(DEN: 10 mg/kg)", "(ALF, 0.5 mg/kg)" — as [start, end), or undefined.
 */
export function shortFormAfter(text: string, longStart: number, longEnd: number, limit: number): [number, number] | undefined {
  let i = longEnd;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 40 /* ( */) return undefined;
  const start = i + 1;
  let end = start;
  let closed = false;
  while (end < limit && end - start <= 12) {
    const c = text.charCodeAt(end);
    if (c === 41 /* ) */) {
      closed = true;
      break;
    }
    if ((c === 59 || c === 44 || c === 58) && text.charCodeAt(end + 1) === 32) {
      closed = true;
      break;
    }
    if (c === 32 || c === 40 || c === 59 || c === 44 || c === 10) return undefined;
    end++;
  }
  if (!closed || end - start < 2 || end - start > 12) return undefined;
  const short = text.slice(start, end);
  if (!isWordUnit(short.charCodeAt(0)) || !/[A-Za-z]/.test(short)) return undefined;
  return fitsLongForm(short, text.slice(longStart, longEnd)) ? [start, end] : undefined;
}

/** Schwartz & Hearst's test: the short form's letters and digits appear in the long form, in order, the first at a word start. */
export function fitsLongForm(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s.charCodeAt(si);
    if (!isWordUnit(c)) continue;
    while (li >= 0 && (l.charCodeAt(li) !== c || (si === 0 && li > 0 && isWordUnit(l.charCodeAt(li - 1))))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * Where the `n`th word before `start` begins (not before `floor`, nor across a sentence end or a bracket): the long form
 * of "heparin-induced thrombocytopenia (HIT)" starts before the term "thrombocytopenia".
 */
export function wordsBefore(text: string, start: number, n: number, floor: number): number {
  let at = start;
  let i = start - 1;
  for (let words = 0; words < n && i >= floor; ) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 40 || c === 41 || c === 59 || c === 58 || c === 10) break;
    if (isWordUnit(c) && (i === floor || !isWordUnit(text.charCodeAt(i - 1)))) {
      words++;
      at = i;
    }
    i--;
  }
  return at;
}
