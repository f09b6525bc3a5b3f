// A gene's symbol written with its first letter apart, before a hyphen: "H-ras" (HRAS), "B-Raf" (BRAF), "N-Myc"
// (MYCN's alias NMYC), "T-bet" (TBX21's alias TBET), where the table writes the letter joined. Read as one mention of
// the gene that the letter and the rest make together, in capitals, when that names one gene; a gene or family
// mention inside it ("Raf") gives way, another kind's reading of the text ("W-ICH", a haemorrhage) wins. "B-cell", "X-linked", "N-terminal" make no table text and stay prose. Found from each
// hyphen of the text (a native search): no pass over every word.
import type { TextRegion } from '../markup/regions';
import type { Lexicon, Mention } from '../types';
import { firstStartingAt } from './abbreviations';
import { putGeneNames, type SplitName } from './splitNames';

/** How many letters may follow the hyphen ("ras", "Raf", "Myc", "bet"). */
const MIN_REST = 2;
const MAX_REST = 6;

/** How far before a name a mention overlapping it may start, in code units. */
const REACH = 64;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => isUpper(c) || (c >= 97 && c <= 122);
const isWord = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c > 127;

/**
 * Puts the prefixed names of `text` among `mentions` (sorted; changed in place), replacing the mentions they cover but
 * species; not a text the document defines as no gene ("warfarin-associated intracerebral hemorrhage (W-ICH)"), nor one
 * in an excluded region (code, a link). Returns the mentions added.
 */
export function addPrefixedNames(text: string, mentions: Mention[], lexicon: Lexicon, defined: ReadonlyMap<string, string | null>, regions: readonly TextRegion[] = []): Mention[] {
  const genes = lexicon.genes;
  if (!genes) return [];
  const found: SplitName[] = [];
  for (let h = text.indexOf('-', 1); h >= 0; h = text.indexOf('-', h + 1)) {
    const start = h - 1;
    if (!isUpper(text.charCodeAt(start)) || (start > 0 && (isWord(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45))) continue;
    let end = h + 1;
    while (end < text.length && end - h - 1 < MAX_REST && isLetter(text.charCodeAt(end))) end++;
    if (end - h - 1 < MIN_REST || isWord(text.charCodeAt(end)) || text.charCodeAt(end) === 45) continue;
    const key = genes.terms.lookup((text[start] ?? '') + text.slice(h + 1, end).toUpperCase());
    const hit = key >= 0 ? genes.hitOf(key) : null;
    if (!hit || hit.candidates || hit.strict || defined.get(text.slice(start, end)) === null) continue;
    found.push({ start, end, gene: hit.id });
  }
  if (found.length === 0) return [];
  // A gene mention already spanning the name ("K-ras", an alias as written) stays, and so does a disease's or a
  // chemical's reading of the text ("W-ICH", a haemorrhage): only genes and families inside give way.
  const names = found.filter((f) => {
    // The mentions overlapping it start before its end, and less than REACH before its start (the list is sorted).
    for (let k = firstStartingAt(mentions, f.end) - 1; k >= 0 && (mentions[k]?.start ?? 0) > f.start - REACH; k--) {
      const m = mentions[k]!;
      if (m.end > f.start && (m.kind === 'gene' ? m.start <= f.start && m.end >= f.end : m.kind !== 'family' && m.kind !== 'species')) return false;
    }
    return true;
  });
  return putGeneNames(text, mentions, names, lexicon, 'alias', regions);
}
