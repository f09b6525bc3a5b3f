// A gene's name written with its abbreviation inside, before the number or letter that ends it: "interleukin (IL)-6",
// "tumor necrosis factor (TNF)-alpha", "vascular cell adhesion molecule (VCAM)-1", "plasminogen activator inhibitor
// (PAI)-1". Read as one mention of the gene the abbreviation and the end name together ("IL-6": IL6), from the long
// form's first word (Schwartz & Hearst, abbreviations.ts; a long form that names a gene product, not "body mass index
// (BMI)-1") to the end, as the annotated corpora take it; the mentions
// inside ("tumor necrosis factor", "TNF", "BMP") give way. Found from each ")-" of the text (a native search): no
// pass over every word.
import type { GeneLexicon } from '../lexicon/geneLexicon';
import type { TextRegion } from '../markup/regions';
import type { Lexicon, Mention } from '../types';
import { covered, foldName, longForm, namesProducts } from './abbreviations';

/** The abbreviation: 2 to 8 letters and digits; the end: 1 to 6 ("6", "1b", "alpha", "A"). */
const MAX_SHORT = 8;
const MAX_END = 6;
/** How far back the long form is looked for, in code units. */
const MAX_LONG = 80;

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A name written in parts: where it starts and ends, and the gene. */
export interface SplitName {
  start: number;
  end: number;
  gene: string;
}

/** The split names of `text`, in order. */
export function findSplitNames(text: string, genes: GeneLexicon): SplitName[] {
  const out: SplitName[] = [];
  for (let at = text.indexOf(')-'); at >= 0; at = text.indexOf(')-', at + 2)) {
    // "(IL)": the abbreviation, after " (".
    let open = at - 1;
    while (open >= 0 && at - open <= MAX_SHORT && isWord(text.charCodeAt(open))) open--;
    if (open < 2 || text.charCodeAt(open) !== 40 || text.charCodeAt(open - 1) !== 32 || at - open - 1 < 2) continue;
    // "-6": the end, then no word goes on.
    let end = at + 2;
    while (end < text.length && end - at - 2 < MAX_END && isWord(text.charCodeAt(end))) end++;
    if (end === at + 2 || isWord(text.charCodeAt(end))) continue;
    const short = text.slice(open + 1, at);
    const gene = geneOf(genes, `${short}-${text.slice(at + 2, end)}`);
    if (gene === undefined) continue;
    const start = longForm(text, Math.max(0, open - 1 - MAX_LONG), open - 1, short);
    // The long form names a gene product ("interleukin", "adhesion molecule"), not a measure ("body mass index").
    if (start !== undefined && namesProducts(foldName(text.slice(start, open - 1)).split(' '))) out.push({ start, end, gene });
  }
  return out;
}

/** The one gene a text names as the table writes it or as a spelling of it ("TNF-alpha", "IL-1b"), else undefined. */
function geneOf(genes: GeneLexicon, name: string): string | undefined {
  // A text of the table names its genes as written: "TCF-4" (TCF4, TCF7L2) stays undecided, no spelling decides it.
  if (genes.terms.lookup(name) >= 0) return genes.resolve(name)?.id;
  const spelled = genes.table.variants.lookup(name);
  const hit = spelled >= 0 ? genes.hitOf(genes.terms.keyCount + spelled) : null;
  return hit && !hit.candidates ? hit.id : undefined;
}

/**
 * Puts the split names of `text` among `mentions` (sorted; changed in place): each replaces the mentions it covers
 * but species. Returns the mentions added.
 */
export function addSplitNames(text: string, mentions: Mention[], lexicon: Lexicon, regions: readonly TextRegion[] = []): Mention[] {
  const genes = lexicon.genes;
  if (!genes || text.indexOf(')-') < 0) return [];
  return putGeneNames(text, mentions, findSplitNames(text, genes), lexicon, 'name', regions);
}

/**
 * Puts gene mentions for `names` (sorted, apart) among `mentions` (sorted; changed in place), in place of the mentions
 * they cover but species; not a name that reaches into an excluded region (code, a link, a comment). Returns the
 * mentions added.
 */
export function putGeneNames(text: string, mentions: Mention[], found: readonly SplitName[], lexicon: Lexicon, via: 'name' | 'alias', regions: readonly TextRegion[]): Mention[] {
  const names = regions.length === 0 ? found : found.filter((f) => !covered(regions, f.start, f.end));
  if (names.length === 0) return [];
  let k = 0;
  let n = 0;
  for (const m of mentions) {
    while (n < names.length && (names[n]?.end ?? 0) <= m.start) n++;
    const name = names[n];
    if (name && m.kind !== 'species' && m.start < name.end && m.end > name.start) continue;
    mentions[k++] = m;
  }
  mentions.length = k;
  const added: Mention[] = [];
  for (const { start, end, gene } of names) {
    const m: Mention = { start, end, text: text.slice(start, end), entityId: gene, kind: 'gene', via, known: lexicon.get(gene)?.profile !== undefined };
    added.push(m);
    mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start);
  return added;
}
