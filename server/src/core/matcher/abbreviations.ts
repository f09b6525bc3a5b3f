// Abbreviations a text defines, "long form (SHORT)", found as Schwartz & Hearst (PSB 2003) find them: a short form
// in parentheses, and the long form before it whose words hold the short form's letters in order, its first letter
// at a word start. A linear scan; no regular expression runs over the text.
// What matters here is what a gene symbol or alias is defined as:
// - a gene: the long form is a candidate gene's full name ("nicotinamide riboside kinase 2 (NRK2)": NMRK2), or the
//   gene named right before it, when the short form is one of that gene's texts ("CDKN1A (p21)"), or when that gene
//   is named by its full name and the short form abbreviates it ("calcium sensing receptor (CSR)": CASR, though the
//   table gives CSR to two other genes), even a short form the table lacks;
// - something that is no gene: the long form holds no word that names gene products (protein, kinase, factor,
//   receptor, a word in -ase or -in...) and shares no two words with a candidate's name ("calorie restriction (CR)",
//   "hepatocellular carcinoma (HCC)");
// - anything else says nothing.
import type { GeneLexicon } from '../lexicon/geneLexicon';
import type { Mention } from '../types';

/** Short forms: 2 to 10 characters, at most two words, starting with a letter or digit, holding a letter. */
const MAX_SHORT = 10;
/** How far back the long form is looked for, in code units (and never past a line break or a sentence's end). */
const MAX_LONG = 160;

/** Words that name gene products in a long form. */
const GENE_PRODUCT_WORDS = new Set([
  'gene', 'genes', 'protein', 'proteins', 'factor', 'factors', 'receptor', 'receptors', 'ligand', 'antigen', 'hormone',
  'channel', 'transporter', 'cytokine', 'chemokine', 'interleukin', 'interferon', 'subunit', 'domain', 'homolog',
  'homologue', 'enzyme', 'peptide', 'globulin', 'molecule', 'regulator', 'activator', 'suppressor', 'oncogene',
  'binding', 'finger', 'member', 'family', 'complex', 'isoform', 'like', 'target', 'associated', 'inhibitor',
  'repressor', 'coactivator', 'adaptor', 'adapter', 'cluster', 'differentiation', 'transcript', 'antibody',
]);

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
const isDigitUnit = (c: number): boolean => c >= 48 && c <= 57;
const lower = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/** Whether the words of a long form (foldName's) name gene products: "factor", "receptor", a word in -ase or -in. */
export function namesProducts(words: readonly string[]): boolean {
  for (const w of words) {
    if (GENE_PRODUCT_WORDS.has(w)) return true;
    if (w.length >= 5 && !NOT_PRODUCTS.has(w) && (w.endsWith('ase') || w.endsWith('ases') || w.endsWith('in') || w.endsWith('ins'))) return true;
  }
  return false;
}

/** Text folded for comparing names: lower case, runs of spaces, hyphens and commas as one space. */
export function foldName(text: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWord(c)) {
      if (space && out.length > 0) out += ' ';
      space = false;
      out += String.fromCharCode(lower(c));
    } else space = true;
  }
  return out;
}

export interface Definition {
  /** The short form as written. */
  short: string;
  /** The entity id of the gene it is defined as, or null: defined as something that is no gene. */
  gene: string | null;
}

const NO_ROWS: readonly number[] = [];

/**
 * The definitions of gene symbols and aliases in `text` (mentions: the matcher's, in the same offsets, sorted).
 * Only short forms that are gene table texts are looked at.
 */
export function findDefinitions(text: string, mentions: readonly Mention[], genes: GeneLexicon): Definition[] {
  const out: Definition[] = [];
  // A document repeats its bracketed texts ("(Fig. 2)", "(NAD+)"): each is looked up in the table once.
  const known = new Map<string, readonly number[]>();
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    // The short form: up to ")" (or ";" / "," after it), within MAX_SHORT.
    let q = p + 1;
    while (q < text.length && q - p <= MAX_SHORT + 1) {
      const c = text.charCodeAt(q);
      if (c === 41 || c === 59 || c === 44 || c === 40 || c === 10) break;
      q++;
    }
    const close = text.charCodeAt(q);
    if (close !== 41 && close !== 59 && close !== 44) continue;
    const short = text.slice(p + 1, q).trim();
    // The tests of the text alone, made once per text (a text that fails them has no rows).
    let rows = known.get(short);
    if (rows === undefined) {
      const shaped = short.length >= 2 && short.length <= MAX_SHORT && isWord(short.charCodeAt(0)) && /[A-Za-z]/.test(short) && short.split(' ').length <= 2;
      known.set(short, (rows = shaped ? rowsOf(genes, short) : NO_ROWS));
    }
    if (rows.length === 0) {
      // A short form the table lacks, after a gene's full name that it abbreviates: "fragile X mental retardation
      // protein (FMRP)" names FMR1 by every FMRP of the text.
      const named = short.length >= 2 && /[A-Z0-9]/.test(short) ? abbreviatedName(text, p, short, mentions) : undefined;
      if (named !== undefined) out.push({ short, gene: named });
      continue;
    }
    const gene = definedAs(text, p, short, rows, mentions, genes);
    if (gene !== undefined) out.push({ short, gene });
  }
  return out;
}

/**
 * The rows a short form names: as written, in upper case, and without hyphens ("NRK-2": NRK2), else as a spelling of
 * a table text ("HypoPP": HYPOKPP, geneVariants.ts).
 */
function rowsOf(genes: GeneLexicon, short: string): number[] {
  const rows: number[] = [];
  const bare = short.replace(/-/g, '');
  for (const form of new Set([short, short.toUpperCase(), bare, bare.toUpperCase()])) {
    const key = genes.terms.lookup(form);
    if (key >= 0) for (const r of genes.rowsOf(key)) if (!rows.includes(r)) rows.push(r);
  }
  if (rows.length > 0) return rows;
  const variants = genes.table.variants;
  const key = variants.lookup(short);
  if (key >= 0) {
    for (let i = 0, n = variants.size(key); i < n; i++) {
      const { row } = variants.termAt(key, i);
      if (!rows.includes(row)) rows.push(row);
    }
  }
  return rows;
}

/** Last words of a full name that say only what kind of product the gene makes. */
const KIND_WORDS = new Set(['kinase', 'protein']);

/** Words in -ase or -in that name no gene product. */
const NOT_PRODUCTS = new Set(['disease', 'diseases', 'within', 'origin', 'margin', 'skin', 'brain', 'vitamin']);

/** What the short form in parentheses at `open` is defined as: a gene's id, null (no gene), undefined (unsaid). */
function definedAs(text: string, open: number, short: string, rows: readonly number[], mentions: readonly Mention[], genes: GeneLexicon): string | null | undefined {
  // The text before, back to a line break or a sentence's end, at most MAX_LONG.
  let from = open;
  while (from > 0 && open - from < MAX_LONG) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(from) === 32)) break;
    from--;
  }
  let end = open;
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  const before = foldName(text.slice(from, end));
  // A candidate's full name right before: that gene. Also its name without a last word that only says what kind of
  // product it is ("mechanistic target of rapamycin (mTOR)": MTOR is "mechanistic target of rapamycin kinase").
  for (const row of rows) {
    const name = foldName(genes.record(row).name);
    // A locus named after its disease ("IgA nephropathy (IgAN)": IGAN1, of unknown product) is the disease there.
    if (name.length > 0 && (before === name || before.endsWith(` ${name}`))) return genes.table.index.typeAt(row) === 'unknown' ? null : genes.idOf(row);
    const cut = name.lastIndexOf(' ');
    const head = cut > 0 && KIND_WORDS.has(name.slice(cut + 1)) ? name.slice(0, cut) : '';
    if (head.includes(' ') && (before === head || before.endsWith(` ${head}`))) return genes.idOf(row);
  }
  // The gene named right before, when the short form is one of its texts: "CDKN1A (p21)".
  const m = mentionEndingAt(mentions, end);
  if (m && m.kind === 'gene' && (m.candidates === undefined || m.candidates.length < 2)) {
    for (const row of rows) if (genes.idOf(row) === m.entityId) return m.entityId;
  }
  // A gene's full name right before that the short form abbreviates: "interleukin-1 receptor antagonist (IL-1Ra)" is
  // IL1RN, whatever other gene the table gives IL-1Ra as an alias.
  const named = abbreviatedName(text, open, short, mentions);
  if (named !== undefined) return named;
  const long = longForm(text, from, end, short);
  if (long === undefined) return undefined;
  const words = foldName(text.slice(long, end)).split(' ');
  if (namesProducts(words)) return undefined;
  for (const row of rows) {
    const name = new Set(foldName(genes.record(row).name).split(' ').filter((w) => w.length >= 4));
    if (words.filter((w) => name.has(w)).length >= 2) return undefined;
  }
  // A gene mention inside the long form: it may be a gene's name the table writes otherwise. (Only the mentions from
  // the long form's start on are looked at: a document defines more short forms the longer it is.)
  for (let k = firstStartingAt(mentions, long); k < mentions.length && mentions[k]!.start <= end; k++) {
    const x = mentions[k]!;
    if (x.kind === 'gene' && x.end <= end) return undefined;
  }
  // A gene's approved symbol with a number, as written: the gene named after its disease or by an older name
  // ("neurofibromatosis type 2 (NF2)", "Bicaudal D2 (BICD2)"), which papers about it write so. (Without a number the
  // short form is as often an acronym of something else: "minor allele frequency (MAF)".)
  if (isDigitUnit(short.charCodeAt(short.length - 1))) for (const row of rows) if (genes.table.index.symbolAt(row) === short) return undefined;
  return null;
}

/**
 * The gene whose full name (a mention of one gene by its name) ends right before the parenthesis at `open`, when the
 * short form abbreviates it (Schwartz & Hearst's letters, found inside the name): "fragile X mental retardation
 * protein (FMRP)"; else undefined.
 */
function abbreviatedName(text: string, open: number, short: string, mentions: readonly Mention[]): string | undefined {
  let end = open;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const m = mentionEndingAt(mentions, end);
  if (!m || m.kind !== 'gene' || m.via !== 'name' || (m.candidates !== undefined && m.candidates.length > 1)) return undefined;
  return longForm(text, m.start, end, short) === undefined ? undefined : m.entityId;
}

/** Whether a span of `spans` (sorted by start, not overlapping) overlaps [start, end). */
export function covered(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const before = spans[firstStartingAt(spans, end) - 1];
  return before !== undefined && before.end > start;
}

/** The index of the first span (sorted by start) that starts at or after `at`. */
export function firstStartingAt(spans: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention ending at `end` (mentions sorted by start), if any. */
function mentionEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  const lo = firstStartingAt(mentions, end);
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (mentions[k]?.end === end) return mentions[k];
  return undefined;
}

/**
 * Schwartz & Hearst: the start of the long form for `short` in text[from, end), or undefined. Each letter or digit of
 * the short form, right to left, is found right to left in the text; the first one must start a word. At most
 * min(|short| + 5, 2 |short|) words.
 */
export function longForm(text: string, from: number, end: number, short: string): number | undefined {
  let s = short.length - 1;
  let l = end - 1;
  while (s >= 0) {
    const c = lower(short.charCodeAt(s));
    if (!isWord(c)) {
      s--;
      continue;
    }
    while (l >= from && (lower(text.charCodeAt(l)) !== c || (s === 0 && l > from && isWord(text.charCodeAt(l - 1))))) l--;
    if (l < from) return undefined;
    l--;
    s--;
  }
  const start = l + 1;
  let words = 1;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 32) words++;
  const n = short.length;
  return words <= Math.min(n + 5, 2 * n) ? start : undefined;
}
