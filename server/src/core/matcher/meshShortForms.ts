// Short forms a paragraph defines ("zidovudine (AZT)", "FK506 (tacrolimus)": meshScan.ts) name the same entry where they
// stand before their definition too: a title often uses the code its abstract defines ("AZT-induced cardiomyopathy.
// ... zidovudine (AZT) ..."). The scan reads a paragraph once, left to right, so it finds the uses after a definition;
// after the paragraph's matches are decided, each defined short form is looked for in the whole paragraph, and an
// occurrence that overlaps no match and no region becomes one. Cost: nothing for a paragraph that defines nothing;
// otherwise one search of the paragraph per short form, for at most MAX_FORMS of them.
import type { TextRegion } from '../markup/regions';
import { isWordUnit } from '../lexicon/meshKey';

/** Short forms looked for per paragraph (each one search of it): the work stays linear in the paragraph. */
const MAX_FORMS = 8;

/** A table match as meshScan.ts makes it (its MeshMatch). */
export interface Match {
  start: number;
  end: number;
  entry: number;
  defined?: boolean;
}

/**
 * Adds to out[first..] (this paragraph's matches, sorted) the uses of `forms` (short form → entry, or -1 - entry for one
 * that does not win over a gene written the same) in text[from, to) outside `regions` (from index `firstRegion`) that
 * overlap no match, keeping out sorted.
 */
export function addDefinedForms(text: string, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: Match[], first: number, forms: ReadonlyMap<string, number>): void {
  const found: Match[] = [];
  let looked = 0;
  for (const [form, value] of forms) {
    if (looked++ >= MAX_FORMS) break;
    for (const at of freeOccurrences(text, form, from, to, regions, firstRegion, out, first)) {
      const end = at + form.length;
      found.push(value >= 0 ? { start: at, end, entry: value, defined: true } : { start: at, end, entry: -1 - value });
    }
  }
  insertSorted(out, first, found);
}

/**
 * Where `form` stands as a whole word in text[from, to), outside `regions` (from index `firstRegion`, sorted) and
 * overlapping none of out[first..] (sorted): one search of the paragraph. Shared with meshAcronyms.ts.
 */
export function freeOccurrences(text: string, form: string, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: readonly Match[], first: number): number[] {
  const starts: number[] = [];
  // Occurrences come in order: the match and the region they may overlap are found by pointers moving forward.
  let k = first;
  let r = firstRegion;
  for (let at = text.indexOf(form, from); at >= 0 && at + form.length <= to; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    if ((at > 0 && isWordUnit(text.charCodeAt(at - 1))) || (end < text.length && isWordUnit(text.charCodeAt(end)))) continue;
    while (k < out.length && (out[k]?.end ?? 0) <= at) k++;
    while (r < regions.length && (regions[r]?.end ?? 0) <= at) r++;
    if ((out[k]?.start ?? Infinity) < end || (regions[r]?.start ?? Infinity) < end) continue;
    starts.push(at);
  }
  return starts;
}

/** out[first..] (sorted) with `found` merged in, by start. */
export function insertSorted<M extends Match>(out: M[], first: number, found: readonly M[]): void {
  if (found.length === 0) return;
  const merged = [...out.slice(first), ...found].sort((a, b) => a.start - b.start);
  out.length = first;
  for (const m of merged) out.push(m);
}
