// Acronyms of the diseases a paragraph names in words: "overactive bladder ... women with OAB", "primary open angle
// glaucoma, POAG": writers often use the initials of a disease without defining them in brackets (or define them in a
// part of the paper the reader does not see). After a paragraph's table matches are decided (meshScan.ts), each disease
// named by a term of two words or more gives its initials (function words left out, hyphenated parts as words:
// "attention deficit/hyperactivity disorder" → ADHD); where those initials stand in the paragraph as a word of capitals,
// they name the same disease. Cost: nothing for a paragraph with no such disease; otherwise one search of the paragraph
// per acronym, for at most MAX_ACRONYMS of them.
import type { TextRegion } from '../markup/regions';
import type { MeshTable } from '../lexicon/meshTable';
import { isWordUnit } from '../lexicon/meshKey';
import { freeOccurrences, insertSorted, type Match } from './meshShortForms';

/** Words a writer leaves out of an acronym ("resistance to thyroid hormone" → RTH). */
const SKIPPED: ReadonlySet<string> = new Set(['of', 'and', 'the', 'to', 'in', 'with', 'or', 'for', 'by', 'on']);
/** A subtype's number gives no letter ("bipolar I disorder" is no BID: that is "twice daily"). */
const ROMAN: ReadonlySet<string> = new Set(['I', 'II', 'III', 'IV', 'V', 'VI']);
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;
/** Acronyms looked for per paragraph (each one search of it): the first diseases' only, so the work stays linear. */
const MAX_ACRONYMS = 8;

/**
 * Adds to out[first..] (this paragraph's matches, sorted) the acronyms of its multi-word disease matches found in
 * text[from, to) outside `regions` (from index `firstRegion`), keeping out sorted. Returns nothing: out is changed.
 */
export function addDiseaseAcronyms(table: MeshTable, text: string, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: Match[], first: number): void {
  let acronyms: Map<string, number> | undefined;
  for (let k = first; k < out.length && (acronyms?.size ?? 0) < MAX_ACRONYMS; k++) {
    const m = out[k];
    if (!m || table.kindOf(m.entry) !== 'disease' || m.end - m.start < 8) continue;
    const acronym = initials(text, m.start, m.end);
    if (acronym && !acronyms?.has(acronym)) (acronyms ??= new Map()).set(acronym, m.entry);
  }
  if (!acronyms) return;
  const found: Match[] = [];
  for (const [acronym, entry] of acronyms) {
    for (const at of freeOccurrences(text, acronym, from, to, regions, firstRegion, out, first)) found.push({ start: at, end: at + acronym.length, entry });
  }
  insertSorted(out, first, found);
}

/** The capitals of the words of text[start, end) (function words left out), or undefined when too short or long. */
export function initials(text: string, start: number, end: number): string | undefined {
  let out = '';
  let k = start;
  while (k < end) {
    while (k < end && !isWordUnit(text.charCodeAt(k))) k++;
    const w = k;
    while (k < end && isWordUnit(text.charCodeAt(k))) k++;
    if (k === w) break;
    if (k - w <= 4 && (SKIPPED.has(text.slice(w, k).toLowerCase()) || ROMAN.has(text.slice(w, k)))) continue;
    const c = text.charCodeAt(w);
    // A word that starts with a digit (type 2) gives no letter; a Greek or other letter ends the acronym's use.
    if (c >= 48 && c <= 57) continue;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return undefined;
    out += String.fromCharCode(c >= 97 ? c - 32 : c);
    if (out.length > MAX_LETTERS) return undefined;
  }
  return out.length >= MIN_LETTERS ? out : undefined;
}
