// What a whole document says about its genes, and the reading of its gene mentions that follows, as a reader does it:
// "p63" in an abstract that also writes TP63 is TP63; in one that writes RPE65, RPE65. The matcher reads paragraph by
// paragraph; this pass runs after it, over the document's mentions.
// - Evidence: the genes the document names without ambiguity (a symbol or an alias naming one gene).
// - Cells: a name written before "cells" ("HuH-7 cells"), or listed with "cell line(s)" ("the cell lines HuH-7, HLF
//   and HLE": cellLists.ts), is no gene anywhere in it; a part of a line's name joined by hyphens ("SK-Hep-1 cells")
//   is no gene there.
// - Definitions (abbreviations.ts): "nicotinamide riboside kinase 2 (NRK2)" makes NRK2 mean NMRK2 everywhere in the
//   document, written where the matcher saw no gene too; "calorie restriction (CR)" makes CR no gene anywhere in it,
//   and "adenoid cystic carcinoma (ACC)" ACC no family.
//   A short form defined two ways is left as the matcher read it.
// - An ambiguous mention takes the one candidate the document names elsewhere; when it names several or none, the
//   candidate that dominates by PubMed articles (lexicon/geneRanking.ts), if any; else it stays ambiguous (the hover
//   lists the candidates).
// Incremental analysis relies on `sameEvidence`: when a window's evidence and definitions are the same before and
// after an edit, the document's are too, and only the window's mentions need reading again.
import type { TextRegion } from '../markup/regions';
import type { GeneLexicon } from '../lexicon/geneLexicon';
import type { Lexicon, Mention } from '../types';
import { covered, findDefinitions, firstStartingAt } from './abbreviations';
import { cellLists, wholeName } from './cellLists';
import { speciesOfMentions } from './species';
import { addPrefixedNames } from './prefixedNames';
import { addSplitNames } from './splitNames';

export interface DocumentGenes {
  /** Entity ids of the genes named without ambiguity (or defined). */
  readonly ids: ReadonlySet<string>;
  /** Short forms defined in the text: the gene's entity id, null for no gene, '' when defined two ways. */
  readonly defined: ReadonlyMap<string, string | null>;
}

const NONE: ReadonlyMap<string, string | null> = new Map();

/** The evidence of a document (or of a window of it): its text and its mentions as the matcher found them. */
export function documentGenes(text: string, mentions: readonly Mention[], lexicon: Lexicon): DocumentGenes {
  const ids = new Set<string>();
  // One pass: the genes named without ambiguity, and the texts written as the name of cells.
  let cells: string[] | undefined;
  let last = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'gene') continue;
    // (The same gene again, as genes often come: no look-up.)
    if (m.candidates === undefined && m.entityId !== last) {
      last = m.entityId;
      ids.add(last);
    }
    if (namesCellsAt(text, m)) (cells ??= []).push(m.text);
  }
  // The names listed with "cell line(s)" ("the cell lines HuH-7, HLF and HLE") are cells too.
  if (text.indexOf('cell line') >= 0) {
    const lists = cellLists(text);
    for (let i = 0; i < lists.length; i += 2) {
      const end = lists[i + 1]!;
      for (let k = firstStartingAt(mentions, lists[i]!); k < mentions.length && mentions[k]!.end <= end; k++) {
        const m = mentions[k]!;
        if (m.kind === 'gene' && wholeName(text, m.start, m.end)) (cells ??= []).push(m.text);
      }
    }
  }
  const genes = lexicon.genes;
  if (!genes || (text.indexOf('(') < 0 && cells === undefined)) return { ids, defined: NONE };
  const defined = new Map<string, string | null>();
  if (text.indexOf('(') >= 0) {
    for (const d of findDefinitions(text, mentions, genes)) {
      const before = defined.get(d.short);
      defined.set(d.short, before === undefined || before === d.gene ? d.gene : '');
      if (d.gene) ids.add(d.gene);
    }
  }
  // A text written as the name of cells is no gene anywhere in the document, unless defined as one.
  if (cells) for (const name of cells) if (!defined.get(name)) defined.set(name, null);
  return { ids, defined };
}

/** How far a cell line's name may reach around a gene's text in it ("SK" of "SK-Hep-1"), in code units. */
const CELL_NAME_REACH = 12;

/**
 * Where the word holding a gene's text at [start, end) ends, when the text is the word ("HuH-7 cells"), or the last
 * part of a cell line's name after a hyphen ("Hep-1" of "SK-Hep-1", "E1" of "MC3T3-E1"), or its first part before a
 * hyphen and a letter ("SK" of "SK-N-SH"); else -1: "DFF45-3 cells" (a clone named after the gene), "p53-null",
 * "CD4+", "Sirt3-deficient" (the gene is meant). The end is returned times two, plus one when the text is the word
 * (`whole`: no object per mention).
 */
function cellNameEnd(text: string, start: number, end: number): number {
  const before = text.charCodeAt(start - 1);
  const joined = before === 45 && isWord(text.charCodeAt(start - 2));
  if (!joined && start > 0 && (isWord(before) || before === 45)) return -1;
  let k = end;
  if (text.charCodeAt(k) === 45) {
    // The first part: a letter after the hyphen, then letters, digits and hyphens up to the space.
    if (joined || !isLetter(text.charCodeAt(k + 1))) return -1;
    k++;
    let code = false;
    for (; k < text.length && k - end <= CELL_NAME_REACH && (isWord(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && isWord(text.charCodeAt(k + 1)))); k++) {
      const c = text.charCodeAt(k);
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) code = true;
    }
    // A capital or a digit in the rest: a code ("-Hep-1", "-N-SH"), not a word ("-null", "-deficient").
    if (!code) return -1;
  }
  return text.charCodeAt(k) === 32 ? 2 * k + (!joined && k === end ? 1 : 0) : -1;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** After a name and a space, what makes it a cell line's or a cell type's: "HuH-7 cells", "THP-1 cell line". */
const CELLS_AFTER = [' cells', ' cell line', ' cell-line'];

/**
 * Whether a gene mention's text is written as the name of cells: "INS-1 cells", "HK2 cell lines" (a line named like a
 * gene's alias), "CD4 cells" (cells named by a marker; "CD4+ cells" keeps the marker, a gene). The annotated corpora
 * take neither as a gene, and a writer who calls cells "HuH-7" means the line by every "HuH-7" of the text.
 */
function namesCellsAt(text: string, m: Mention): boolean {
  // The text is the word, so a space and "c" follow it (namesCells): most mentions are rejected there.
  if (text.charCodeAt(m.end) !== 32 || text.charCodeAt(m.end + 1) !== 99) return false;
  const name = cellNameEnd(text, m.start, m.end);
  return name >= 0 && (name & 1) === 1 && namesCells(text, name >> 1);
}

/** Whether the text at `at` (a space) names cells: " cells", " cell line(s)", " cell-line(s)", then no word goes on. */
function namesCells(text: string, at: number): boolean {
  if (text.charCodeAt(at + 1) !== 99) return false;
  for (const after of CELLS_AFTER) {
    if (!text.startsWith(after, at)) continue;
    let k = at + after.length;
    if (text.charCodeAt(k) === 115 /* s */ && after !== ' cells') k++;
    if (!isWord(text.charCodeAt(k)) && text.charCodeAt(k) !== 45) return true;
  }
  return false;
}

/** Whether a gene mention is a part of a cell line's name joined by a hyphen ("SK-Hep-1 cells", "MC3T3-E1 cells"). */
function partOfCellName(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.start - 1) !== 45 && text.charCodeAt(m.end) !== 45) return false;
  const name = cellNameEnd(text, m.start, m.end);
  return name >= 0 && (name & 1) === 0 && namesCells(text, name >> 1);
}

/** Whether two windows' evidence is the same (then an edit from one to the other leaves the document's as it was). */
export function sameEvidence(a: DocumentGenes, b: DocumentGenes): boolean {
  if (a.ids.size !== b.ids.size || a.defined.size !== b.defined.size) return false;
  for (const id of a.ids) if (!b.ids.has(id)) return false;
  for (const [short, gene] of a.defined) if (b.defined.get(short) !== gene) return false;
  return true;
}

/**
 * Reads the gene mentions of `mentions` (sorted; changed in place) in the light of the document: a short form defined
 * as no gene is dropped, one defined as a gene names it (and is added where the matcher did not see it, outside
 * `regions`), and an ambiguous mention that the document decides names its gene, with `candidates` cut to that one.
 * Returns the list (the same array).
 */
export function resolveGenes(text: string, mentions: Mention[], doc: DocumentGenes, lexicon: Lexicon, regions: readonly TextRegion[] = []): Mention[] {
  const genes = lexicon.genes;
  if (!genes) return mentions;
  let dropped = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // A family's short text defined as something that is no gene ("adenoid cystic carcinoma (ACC)") is none either.
    if (m.kind === 'family' && doc.defined.size > 0 && doc.defined.get(m.text) === null) dropped++;
    if (m.kind !== 'gene') continue;
    const defined = doc.defined.size > 0 ? doc.defined.get(m.text) : undefined;
    if (defined === null || partOfCellName(text, m)) {
      dropped++;
      continue;
    }
    if (defined) {
      name(m, defined, lexicon);
      continue;
    }
    const candidates = m.candidates;
    if (candidates === undefined || candidates.length < 2) continue;
    let chosen: string | undefined;
    let named = 0;
    for (const id of candidates) {
      if (doc.ids.has(id)) {
        named++;
        chosen = id;
      }
    }
    const dominant = dominantOf(genes, m.text);
    if (named !== 1) chosen = named === 0 || (dominant !== undefined && doc.ids.has(dominant)) ? dominant : undefined;
    if (chosen === undefined && named === 0) chosen = symbolSpelled(m.text, candidates, lexicon);
    if (chosen !== undefined) name(m, chosen, lexicon);
  }
  if (dropped > 0) {
    let k = 0;
    for (const m of mentions) if (!(m.kind === 'gene' && (doc.defined.get(m.text) === null || partOfCellName(text, m))) && !(m.kind === 'family' && doc.defined.get(m.text) === null)) mentions[k++] = m;
    mentions.length = k;
  }
  if (doc.defined.size > 0) addDefined(text, mentions, doc, lexicon, regions);
  const split = addSplitNames(text, mentions, lexicon, regions);
  if (split.length > 0) setSpecies(text, split);
  const prefixed = addPrefixedNames(text, mentions, lexicon, doc.defined, regions);
  if (prefixed.length > 0) setSpecies(text, prefixed);
  return mentions;
}

/** The candidate that dominates an ambiguous text by PubMed articles (geneRanking.ts), as written or as a spelling. */
function dominantOf(genes: GeneLexicon, text: string): string | undefined {
  const key = genes.terms.lookup(text);
  if (key >= 0) return genes.hitOf(key)?.dominant;
  const spelled = genes.table.variants.lookup(text);
  return spelled >= 0 ? genes.hitOf(genes.terms.keyCount + spelled)?.dominant : undefined;
}

/**
 * The one candidate whose approved symbol the text spells with a hyphen ("IL-21": IL21, before IL22 of which it is an
 * alias; "ADAMTS-4": ADAMTS4), else undefined.
 */
function symbolSpelled(text: string, candidates: readonly string[], lexicon: Lexicon): string | undefined {
  if (text.indexOf('-') < 0) return undefined;
  const bare = text.split('-').join('').toUpperCase();
  let found: string | undefined;
  for (const id of candidates) {
    if (lexicon.get(id)?.symbol !== bare) continue;
    if (found !== undefined) return undefined;
    found = id;
  }
  return found;
}

/** Makes the mention name `id` (its candidates, if it had some, cut to that one). */
function name(m: Mention, id: string, lexicon: Lexicon): void {
  if (m.entityId === id && (m.candidates === undefined || m.candidates.length === 1)) return;
  m.entityId = id;
  m.known = lexicon.get(id)?.profile !== undefined;
  if (m.candidates !== undefined) m.candidates = [id];
}

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/**
 * Adds a mention at each occurrence of a short form defined as a gene that no mention covers, or only a gene mention
 * inside it ("NRK" of "NRK-2") or a chemical's or disease's reading of the same text, which it replaces.
 */
function addDefined(text: string, mentions: Mention[], doc: DocumentGenes, lexicon: Lexicon, regions: readonly TextRegion[]): void {
  const added: Mention[] = [];
  let replaced = false;
  const shorts: string[] = [];
  const ids: string[] = [];
  for (const [short, id] of doc.defined) {
    if (!id) continue;
    shorts.push(short);
    ids.push(id);
  }
  const occurrences = wordStarts(text, shorts);
  for (let s = 0; s < shorts.length; s++) {
    const short = shorts[s]!;
    const id = ids[s]!;
    const entity = lexicon.get(id);
    const known = entity?.profile !== undefined;
    // "nicotinamide riboside kinase 1 (NMRK1)" defines the gene's own symbol: its mentions are the symbol, no alias.
    const via = entity?.symbol === short ? 'symbol' : 'alias';
    for (const at of occurrences[s]!) {
      const end = at + short.length;
      if (end < text.length && isWord(text.charCodeAt(end))) continue;
      if (covered(regions, at, end)) continue;
      if (covered(mentions, at, end)) {
        // The mentions overlapping [at, end): those before the first that starts at or after `end`.
        let first = firstStartingAt(mentions, end);
        while (first > 0 && (mentions[first - 1]?.end ?? 0) > at) first--;
        let inside = true;
        for (let k = first; k < mentions.length && (mentions[k]?.start ?? end) < end; k++) {
          const m = mentions[k]!;
          // A gene inside it ("NRK" of "NRK-2"), or another kind's reading of the same text: "mammalian target of
          // rapamycin (mTOR)" makes mTOR the gene, not the chemical "rapamycin" its letters could abbreviate.
          const same = m.start === at && m.end === end;
          if (m.end > at && !(m.kind === 'gene' ? m.start >= at && m.end <= end : same && m.kind !== 'species' && m.kind !== 'variant')) inside = false;
        }
        if (!inside) continue;
        replaced = true;
        for (let k = first; k < mentions.length && (mentions[k]?.start ?? end) < end; k++) mentions[k]!.end = -1;
      }
      added.push({ start: at, end, text: short, entityId: id, kind: 'gene', via, known });
    }
  }
  if (added.length === 0) return;
  // The species its sentence or paragraph gives it, as the matcher's mentions have it ("mice lacking neuropilin 1
  // (NRP1)" is the mouse gene).
  added.sort((a, b) => a.start - b.start);
  setSpecies(text, added);
  if (replaced) {
    let k = 0;
    for (const m of mentions) if (m.end >= 0) mentions[k++] = m;
    mentions.length = k;
  }
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

/** Sets the species the text gives the gene mentions `added` (sorted), as the matcher's mentions have it. */
function setSpecies(text: string, added: Mention[]): void {
  speciesOfMentions(text, 0, text.length, added, (k, species) => {
    const m = added[k];
    if (m) m.species = species;
  });
}

/** Short forms looked for by one search each; more are looked for in one pass over the text's word starts. */
const SEARCHES = 8;

/**
 * Per short form (each starts with a word character), where it is written at a word start (after no word character),
 * in order. A long document defines many short forms: a search of the whole text for each would grow with their product.
 */
function wordStarts(text: string, shorts: readonly string[]): number[][] {
  const out = shorts.map((): number[] => []);
  if (shorts.length <= SEARCHES || shorts.some((short) => short.length < 2 || !isWord(short.charCodeAt(0)))) {
    shorts.forEach((short, s) => {
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) if (at === 0 || !isWord(text.charCodeAt(at - 1))) out[s]!.push(at);
    });
    return out;
  }
  // The short forms (two code units or more) by their first two code units; which code units start one, in a table.
  const byStart = new Map<number, number[]>();
  const first = new Uint8Array(65536);
  shorts.forEach((short, s) => {
    const key = short.charCodeAt(0) * 65536 + short.charCodeAt(1);
    first[short.charCodeAt(0)] = 1;
    const list = byStart.get(key);
    if (list) list.push(s);
    else byStart.set(key, [s]);
  });
  let before = false;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const word = isWord(c);
    if (word && !before && first[c] === 1) {
      const list = byStart.get(c * 65536 + text.charCodeAt(at + 1));
      if (list) for (const s of list) if (text.startsWith(shorts[s]!, at)) out[s]!.push(at);
    }
    before = word;
  }
  return out;
}
