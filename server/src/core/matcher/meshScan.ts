// Chemicals and diseases of the MeSH tables (lexicon/meshTable.ts) in a document's prose, after the main scan: the
// profiles' terms and genes found there take precedence (a table term overlapping one is dropped, except a longer term
// over a gene known only from the gene table: "von Willebrand disease"). Paragraph by paragraph (blank lines), so an
// edit's window (whole paragraphs) gets the same result as a full analysis:
// - at each word start, the longest table term whose key (meshKey.ts) matches and whose shaped words match in case;
// - a term that is one English word ("lead", "cold", "iron") is kept only when the paragraph is about biomedicine (it
//   names two other chemicals or diseases, or cue words such as "patients" or "dose") and is not followed by a word that
//   makes it prose ("lead to", "gold standard", "salt bridge");
// - a short form defined right after a term ("doxorubicin (DOX)") names the same entry in the rest of the paragraph.
// Cost: one Map look-up per word, more only while the words read so far are a prefix of some term.
import type { TextRegion } from '../markup/regions';
import { COMMON, type MeshTable } from '../lexicon/meshTable';
import { isWordUnit, keyPiece, shapedKey } from '../lexicon/meshKey';
import { shortFormAfter, wordsBefore } from './abbreviationDefs';

/** A table match: text[start, end) names entry `entry`. */
export interface MeshMatch {
  start: number;
  end: number;
  entry: number;
  /** A short form the paragraph defines ("DOX"): it wins over a gene alias written the same. */
  defined?: boolean;
}

/** Words that tell a paragraph is about biomedicine, so a table term that is an English word may be taken for one. */
const CUES: ReadonlySet<string> = new Set(
  ('patients clinical mice rats treatment treated therapy dose doses dosage mg kg induced syndrome tumors toxicity ' +
    'serum plasma concentrations receptor receptors inhibitor inhibitors protein proteins gene genes expression ' +
    'administration administered injection incidence mortality metabolism metabolic vivo vitro').split(' '),
);
/** How many signals (cue words, terms that are not English words) make a paragraph about biomedicine. */
const EVIDENCE = 2;
/** Words after which a table term that is an English word is prose: "lead to", "gold standard", "salt bridge". */
const PROSE_NEXT: ReadonlySet<string> = new Set(['to', 'standard', 'standards', 'bridge', 'bridges']);

function isSeparator(c: number): boolean {
  return keyPiece(c) === '';
}

/** The matches in text[from, to) outside `regions` (sorted), skipping spans `taken` reports as already recognized. */
export function scanMesh(table: MeshTable, text: string, from: number, to: number, regions: readonly TextRegion[]): MeshMatch[] {
  const out: MeshMatch[] = [];
  let p = from;
  while (p < to) {
    const end = paragraphEnd(text, p, to);
    scanParagraph(table, text, p, end, regions, out);
    p = end;
  }
  return out;
}

/** Where the paragraph starting at `from` ends: after the next blank line, or at `to`. */
function paragraphEnd(text: string, from: number, to: number): number {
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to) {
    let j = i + 1;
    while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
    if (j < to && text.charCodeAt(j) === 10) return j + 1;
    i = text.indexOf('\n', j);
  }
  return to;
}

function scanParagraph(table: MeshTable, text: string, from: number, to: number, regions: readonly TextRegion[], out: MeshMatch[]): void {
  const first = out.length;
  let evidence = 0;
  const pending: boolean[] = [];
  let abbreviations: Map<string, number> | undefined;
  let r = 0;
  while (r < regions.length && (regions[r]?.end ?? 0) <= from) r++;
  let i = from;
  while (i < to) {
    const region = regions[r];
    if (region && i >= region.start) {
      i = Math.max(i, region.end);
      r++;
      continue;
    }
    const limit = Math.min(to, region ? region.start : to);
    const c = text.charCodeAt(i);
    const wordStart = (isWordUnit(c) || keyPiece(c) !== undefined) && keyPiece(c) !== '' && (i === 0 || !isWordUnit(text.charCodeAt(i - 1)));
    if (!wordStart) {
      i++;
      continue;
    }
    let wordEnd = i + 1;
    while (wordEnd < limit && isWordUnit(text.charCodeAt(wordEnd))) wordEnd++;
    // A short form defined in the paragraph wins over the table: "tamoxifen (TAM)".
    const defined = abbreviations && wordEnd - i >= 2 ? abbreviations.get(text.slice(i, wordEnd)) : undefined;
    if (defined !== undefined && (wordEnd >= text.length || !isWordUnit(text.charCodeAt(wordEnd)))) {
      out.push({ start: i, end: wordEnd, entry: defined, defined: true });
      pending.push(false);
      i = wordEnd;
      continue;
    }
    const match = longest(table, text, i, limit);
    if (match) {
      const hit = match.hit;
      const common = (hit.flags & COMMON) !== 0;
      if (!common || !proseNext(text, match.end, limit)) {
        out.push({ start: i, end: match.end, entry: hit.entry });
        pending.push(common);
        if (!common) evidence++;
        const short = shortFormAfter(text, i, match.end, limit) ?? shortFormAfter(text, wordsBefore(text, i, 3, from), match.end, limit);
        if (short) (abbreviations ??= new Map()).set(text.slice(short[0], short[1]), hit.entry);
      }
      i = match.end;
      continue;
    }
    if (evidence < EVIDENCE && wordEnd - i >= 2 && wordEnd - i <= 14 && CUES.has(text.slice(i, wordEnd).toLowerCase())) evidence++;
    i = wordEnd;
  }
  if (evidence >= EVIDENCE) return;
  // No evidence: the terms that are English words go.
  let n = first;
  for (let k = first; k < out.length; k++) {
    const m = out[k];
    if (m && !pending[k - first]) out[n++] = m;
  }
  out.length = n;
}

/** The next word after `end` is one that makes an English-word term prose. */
function proseNext(text: string, end: number, limit: number): boolean {
  let i = end;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < limit && isWordUnit(text.charCodeAt(j))) j++;
  return j > i && PROSE_NEXT.has(text.slice(i, j).toLowerCase());
}

/** The longest table term starting at `start` (a word start) and ending before `limit`. */
function longest(table: MeshTable, text: string, start: number, limit: number): { end: number; hit: NonNullable<ReturnType<MeshTable['hits']['get']>> } | undefined {
  let key = '';
  let space = false;
  let j = start;
  let best: { end: number; hit: NonNullable<ReturnType<MeshTable['hits']['get']>> } | undefined;
  let newlines = 0;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isSeparator(c)) {
      if (c === 10 && ++newlines > 1) break;
      space = true;
      j++;
      continue;
    }
    const piece = keyPiece(c);
    let unit: string;
    if (piece !== undefined) {
      unit = piece;
      j++;
    } else if (isWordUnit(c)) {
      let k = j + 1;
      while (k < limit && isWordUnit(text.charCodeAt(k))) k++;
      unit = text.slice(j, k).toLowerCase();
      j = k;
    } else {
      unit = c === 0x2212 ? '-' : String.fromCharCode(c);
      j++;
    }
    key = space ? `${key} ${unit}` : key + unit;
    space = false;
    if (j >= text.length || !isWordUnit(text.charCodeAt(j))) {
      const hit = table.hits.get(key);
      if (hit && (hit.shaped === undefined || shapedKey(text.slice(start, j)) === hit.shaped)) best = { end: j, hit };
    }
    if (!table.prefixes.has(key)) break;
  }
  return best;
}

/** Mention-like spans of the main scan: what the table's matches must not overlap. */
interface Span {
  start: number;
  end: number;
  kind: string;
  known: boolean;
}

/**
 * `existing` (sorted) with the matches added where they overlap nothing, in order. A match that covers a gene known
 * only from the gene table, and is longer or a short form the paragraph defines, replaces it. `make` turns a kept match into a mention.
 */
export function mergeMesh<M extends Span>(existing: M[], matches: readonly MeshMatch[], make: (m: MeshMatch) => M): M[] {
  if (matches.length === 0) return existing;
  const out: M[] = [];
  let e = 0;
  for (const m of matches) {
    while (e < existing.length && (existing[e]?.end ?? 0) <= m.start) out.push(existing[e++] as M);
    // Existing mentions overlapping the match: all table genes inside it (then replaced), or the match goes.
    let k = e;
    let replace = true;
    while (k < existing.length && (existing[k]?.start ?? 0) < m.end) {
      const x = existing[k] as M;
      if (x.kind !== 'gene' || x.known || x.start < m.start || x.end > m.end || (x.end - x.start === m.end - m.start && !m.defined)) replace = false;
      k++;
    }
    if (k === e) out.push(make(m));
    else if (replace) {
      e = k;
      out.push(make(m));
    }
  }
  while (e < existing.length) out.push(existing[e++] as M);
  return out;
}
