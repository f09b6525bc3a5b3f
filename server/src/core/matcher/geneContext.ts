// Whether a gene symbol or alias that also reads as ordinary prose (SET, MAX, CAT, REST, IMPACT, CLOCK, "Yes", and
// every text of three characters or fewer) is used as a gene where it stands. It is when the text around it is about
// genes:
// - gene markup: italics (*SET*, _SET_, <i>SET</i>, \textit{SET}, \emph{SET}, {\it SET}) or \gene{SET};
// - a gene word within a few words in the same sentence (gene, protein, expression, knockout, mutation, allele,
//   variant, mRNA, locus, kinase, ...), or knockout notation right after it (SET-/-, SET+/-);
// - another gene in the same sentence that needed no such context (or a profiled gene, complex or variant).
// Anything else, "a CAT scan", "SET the value", "MAX dose", "REST API", is ordinary prose. The sentence never reaches
// past a blank line, so the decision depends on the paragraph alone (incremental analysis relies on it).
import type { Mention } from '../types';

const GENE_WORDS = new Set([
  'gene', 'genetic', 'genetically', 'genome', 'genomic', 'protein', 'expression', 'expressed', 'express', 'expressing',
  'overexpression', 'overexpressed', 'overexpressing', 'coexpression', 'coexpressed', 'knockout', 'knockdown',
  'knock-in', 'knockin', 'mutation', 'mutant', 'mutated', 'allele', 'allelic', 'variant', 'polymorphism', 'snp',
  'mrna', 'sirna', 'shrna', 'mirna', 'lncrna', 'cdna', 'transcript', 'transcription', 'transcriptional', 'locus',
  'loci', 'kinase', 'phosphatase', 'ligase', 'synthase', 'receptor', 'enzyme', 'isoform', 'promoter', 'enhancer',
  'exon', 'intron', 'oncogene', 'homolog', 'homologue', 'ortholog', 'orthologue', 'paralog', 'paralogue', 'encode',
  'encodes', 'encoded', 'encoding', 'haplotype', 'genotype', 'genotyped', 'heterozygous', 'homozygous', 'transgenic',
  'deficient', 'upregulated', 'downregulated', 'upregulation', 'downregulation', 'silencing', 'silenced',
  'phosphorylation', 'phosphorylates', 'phosphorylated', 'ubiquitination', 'subunit', 'crispr', 'missense',
  'frameshift', 'splicing', 'germline', 'gwas', 'eqtl', 'qpcr', 'rt-qpcr', 'wild-type', 'wildtype', 'knocked',
  'signaling', 'signalling', 'pathway', 'inhibitor', 'amplification', 'amplified', 'methylation', 'acetylation',
  'deacetylase', 'cytokine', 'oncogenic', 'tumor-suppressor', 'immunostaining', 'immunoblot', 'antibody',
]);

/** Gene words written in capitals. */
const GENE_ACRONYMS = new Set(['SNP', 'GWAS', 'CRISPR', 'EQTL', 'QPCR', 'RT-QPCR', 'CDNA']);

/** Words looked at on each side. */
const WINDOW = 3;

/** A cheap first test of a word: its length and lower-cased first letter must be those of some gene word. */
const MIN_WORD = Math.min(...[...GENE_WORDS].map((w) => w.length));
const MAX_WORD = Math.max(...[...GENE_WORDS].map((w) => w.length)) + 1;
const FIRST_LETTERS = new Uint8Array(128);
for (const w of [...GENE_WORDS, ...[...GENE_ACRONYMS].map((a) => a.toLowerCase())]) FIRST_LETTERS[w.charCodeAt(0)] = 1;
/** How far a sentence is followed, in code units, each way. */
const MAX_REACH = 400;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127;

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;
/** Closing quotes and brackets that may follow a sentence's stop: `joy."`, `(see above).)`. */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;

/** Whether a sentence ends at the stop at `i` (". ", '." ', ".) ", or the end of the text). */
function endsSentence(text: string, i: number): boolean {
  if (!isStop(text.charCodeAt(i))) return false;
  let j = i + 1;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  return j >= text.length || isSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 10;
}

/** Start of the sentence holding `at`: after a sentence stop or a blank line, at most MAX_REACH back. */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_REACH);
  for (let i = at - 1; i >= limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let j = i - 1;
      while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
      if (j < 0 || text.charCodeAt(j) === 10) return i + 1;
    } else if (isStop(c) && endsSentence(text, i)) return i + 1;
  }
  return limit;
}

/** End of the sentence holding `at` (exclusive). */
function sentenceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_REACH);
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (j >= text.length || text.charCodeAt(j) === 10) return i;
    } else if (isStop(c) && endsSentence(text, i)) return i;
  }
  return limit;
}

const LATEX_BEFORE = /(?:\\(?:textit|emph|textsl|mathit|gene)\s*\{|\{\\(?:it|em|itshape)\s+)$/;

/** Italic or gene markup right around text[start, end). */
function hasGeneMarkup(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if ((before === 42 || before === 95) && text.charCodeAt(end) === before) {
    let a = 0;
    while (start - 1 - a >= 0 && text.charCodeAt(start - 1 - a) === before) a++;
    let b = 0;
    while (text.charCodeAt(end + b) === before) b++;
    // Emphasis of the whole word: "*SET*", not "_H_arbour" (a letter spelled out inside a word).
    if (a === b && a % 2 === 1 && !isLetter(text.charCodeAt(start - 1 - a)) && !isLetter(text.charCodeAt(end + b))) return true;
  }
  if ((text.startsWith('<i>', start - 3) && text.startsWith('</i>', end)) || (text.startsWith('<em>', start - 4) && text.startsWith('</em>', end))) {
    return true;
  }
  return text.charCodeAt(end) === 125 /* } */ && LATEX_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** A gene word within WINDOW words before or after, inside [from, to). */
function hasGeneWordNear(text: string, start: number, end: number, from: number, to: number): boolean {
  if (text.startsWith('-/-', end) || text.startsWith('+/-', end) || text.startsWith('+/+', end)) return true;
  const check = (a: number, b: number): boolean => {
    if (b - a < MIN_WORD || b - a > MAX_WORD) return false;
    const c0 = text.charCodeAt(a) | 32;
    if (c0 >= 128 || !FIRST_LETTERS[c0]) return false;
    const written = text.slice(a, b);
    // A word in capitals ("EXPRESS OR IMPLIED") is a heading or legal text, unless it is one of the acronyms.
    if (b - a > 1 && written === written.toUpperCase()) return GENE_ACRONYMS.has(written) || GENE_ACRONYMS.has(written.replace(/S$/, ''));
    let word = written.toLowerCase();
    if (GENE_WORDS.has(word)) return true;
    if (word.endsWith('s') && GENE_WORDS.has((word = word.slice(0, -1)))) return true;
    return false;
  };
  // Backwards.
  let i = start;
  for (let n = 0; n < WINDOW && i > from; n++) {
    while (i > from && !isLetter(text.charCodeAt(i - 1))) i--;
    const b = i;
    while (i > from && (isLetter(text.charCodeAt(i - 1)) || (text.charCodeAt(i - 1) === 45 && isLetter(text.charCodeAt(i - 2))))) i--;
    if (b > i && check(i, b)) return true;
  }
  // Forwards.
  i = end;
  for (let n = 0; n < WINDOW && i < to; n++) {
    while (i < to && !isLetter(text.charCodeAt(i))) i++;
    const a = i;
    while (i < to && (isLetter(text.charCodeAt(i)) || (text.charCodeAt(i) === 45 && isLetter(text.charCodeAt(i + 1))))) i++;
    if (i > a && check(a, i)) return true;
  }
  return false;
}

/** First index in `mentions` (sorted by start) whose start is >= offset. */
function firstFrom(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Keeps, of the mentions marked `pending` (indices into `mentions`, sorted by start), those used as genes; the others
 * are dropped. Mentions not pending count as evidence when they are a gene, complex or variant.
 */
export function confirmPending(text: string, mentions: Mention[], pending: readonly number[]): Mention[] {
  if (pending.length === 0) return mentions;
  // 1: pending, 2: pending and dropped. Pending mentions are few: evidence is searched near each, the rest untouched.
  const state = new Uint8Array(mentions.length);
  for (const p of pending) state[p] = 1;
  let dropped = 0;
  // Several pending mentions often share a sentence: its bounds are found once.
  let from = -1;
  let to = -1;
  for (const p of pending) {
    const m = mentions[p];
    if (!m) continue;
    if (hasGeneMarkup(text, m.start, m.end)) continue;
    if (!(m.start >= from && m.end <= to)) {
      from = sentenceStart(text, m.start);
      to = sentenceEnd(text, m.end);
    }
    if (hasGeneWordNear(text, m.start, m.end, from, to)) continue;
    let evidence = false;
    for (let k = firstFrom(mentions, from); k < mentions.length; k++) {
      const other = mentions[k];
      if (!other || other.start >= to) break;
      if (state[k] !== 0 || other.end > to) continue;
      if (other.kind === 'gene' || other.kind === 'complex' || other.kind === 'variant') {
        evidence = true;
        break;
      }
    }
    if (!evidence) {
      state[p] = 2;
      dropped++;
    }
  }
  if (dropped === 0) return mentions;
  let w = 0;
  for (let r = 0; r < mentions.length; r++) {
    if (state[r] === 2) continue;
    const m = mentions[r];
    if (m) mentions[w++] = m;
  }
  mentions.length = w;
  return mentions;
}
