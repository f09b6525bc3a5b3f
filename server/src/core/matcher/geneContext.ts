// Whether a gene symbol or alias that also reads as ordinary prose (SET, MAX, CAT, REST, IMPACT, CLOCK, "Yes", and
// every text of three characters or fewer) is used as a gene where it stands. It is when the text around it is about
// genes:
// - gene markup: italics (*SET*, _SET_, <i>SET</i>, \textit{SET}, \emph{SET}, {\it SET}) or \gene{SET};
// - a gene word within a few words in the same sentence (gene, protein, expression, knockout, mutation, allele,
//   variant, mRNA, locus, kinase, ...), knockout notation right after it (SET-/-, SET+/-), or marker notation after
//   a symbol with a digit (CD4+, CD8(+), Foxp3(-): not an ion's charge, Ca2+);
// - another gene close by in the same sentence (NEAR) that needed no such context (or a profiled gene, complex or
//   variant);
// - but a text rarely a gene in annotated abstracts (STRICT: T, P, CI, KO, RT; lexicon/geneStopwords.ts), or the
//   first part of a code ("UTF-16", "SHA-256"), or a part of a compound joined by a hyphen to a short code of capitals
//   ("NF-AT", "C2-H2") or of a numbered name written apart ("IFI 16"), only by markup: a gene word or a gene nearby is not enough ("T cell receptor", "P < 0.05 for
//   TP53").
// - a spelling written like a word that abstracts take as the gene wherever they write it so ("Bax", "Src": LOOSE),
//   another gene anywhere in the paragraph (within REPEAT code units);
// - the same text kept as a gene elsewhere in the paragraph (within REPEAT code units; not for STRICT texts): "the
//   pro-apoptotic molecule Bax" after "Bax expression" is the gene too (one sense per paragraph);
// Anything else, "a CAT scan", "SET the value", "MAX dose", "REST API", is ordinary prose. The sentence never reaches
// past a blank line, so the decision depends on the paragraph alone (incremental analysis relies on it).
// Works on the matcher's record of matches (found.ts) and reads the text's code units (units.ts); a gene word is
// recognised without a string made for it (but for words with non-ASCII letters, where case mapping is subtle).
import { DROPPED, EVIDENCE, type Found, LOOSE, PENDING, STRICT } from './found';
import { unitsAre } from './units';

const GENE_WORDS = new Set([
  'gene', 'genetic', 'genetically', 'genome', 'genomic', 'protein', 'expression', 'expressed', 'express', 'expressing',
  'overexpression', 'overexpressed', 'overexpressing', 'coexpression', 'coexpressed', 'knockout', 'knockdown',
  'knock-in', 'knockin', 'mutation', 'mutant', 'mutated', 'allele', 'allelic', 'variant', 'polymorphism', 'snp',
  'mrna', 'sirna', 'shrna', 'mirna', 'lncrna', 'cdna', 'transcript', 'transcription', 'transcriptional', 'locus',
  'loci', 'kinase', 'phosphatase', 'ligase', 'synthase', 'receptor', 'enzyme', 'isoform', 'promoter', 'enhancer',
  'exon', 'intron', 'oncogene', 'homolog', 'homologue', 'ortholog', 'orthologue', 'paralog', 'paralogue',
  'haplotype', 'genotype', 'genotyped', 'heterozygous', 'homozygous', 'transgenic',
  'deficient', 'upregulated', 'downregulated', 'upregulation', 'downregulation', 'silencing', 'silenced',
  'phosphorylation', 'phosphorylates', 'phosphorylated', 'ubiquitination', 'subunit', 'crispr', 'missense',
  'frameshift', 'splicing', 'germline', 'gwas', 'eqtl', 'qpcr', 'rt-qpcr', 'wild-type', 'wildtype', 'knocked',
  'signaling', 'signalling', 'pathway', 'inhibitor', 'amplification', 'amplified', 'methylation', 'acetylation',
  'deacetylase', 'cytokine', 'oncogenic', 'tumor-suppressor', 'immunostaining', 'immunoblot', 'antibody',
]);

/** Gene words written in capitals. */
const GENE_ACRONYMS = new Set(['SNP', 'GWAS', 'CRISPR', 'EQTL', 'QPCR', 'RT-QPCR', 'CDNA']);
/** The acronyms by length. */
const ACRONYMS_BY_LENGTH: string[][] = [];
for (const a of GENE_ACRONYMS) (ACRONYMS_BY_LENGTH[a.length] ??= []).push(a);

/** Words looked at on each side. */
const WINDOW = 3;
/**
 * How near another gene must be, in code units each way within the sentence, to count as evidence: a gene listed next
 * to it ("BAX, BCL2 and p21"), not any gene of a long sentence. Measured with `npm run eval` on the training corpora:
 * 30 gave higher document-level F1 on all three gene corpora than the whole sentence (and than 60, or none at all).
 */
const NEAR = 30;

/** A cheap first test of a word: its length and lower-cased first letter must be those of some gene word. */
const MIN_WORD = Math.min(...[...GENE_WORDS].map((w) => w.length));
const MAX_WORD = Math.max(...[...GENE_WORDS].map((w) => w.length)) + 1;
const FIRST_LETTERS = new Uint8Array(128);
for (const w of [...GENE_WORDS, ...[...GENE_ACRONYMS].map((a) => a.toLowerCase())]) FIRST_LETTERS[w.charCodeAt(0)] = 1;
/** How far a sentence is followed, in code units, each way. */
const MAX_REACH = 400;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;
/** Closing quotes and brackets that may follow a sentence's stop: `joy."`, `(see above).)`. */
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;

/** Whether a sentence ends at the stop at `i` (". ", '." ', ".) ", or the end of the text). */
function endsSentence(u: Uint16Array, i: number): boolean {
  if (!isStop(u[i] ?? -1)) return false;
  let j = i + 1;
  while (j < u.length && isCloser(u[j] ?? -1)) j++;
  return j >= u.length || isSpace(u[j] ?? -1) || (u[j] ?? -1) === 10;
}

/** Start of the sentence holding `at`: after a sentence stop or a blank line, at most MAX_REACH back. */
function sentenceStart(u: Uint16Array, at: number): number {
  const limit = Math.max(0, at - MAX_REACH);
  for (let i = at - 1; i >= limit; i--) {
    const c = u[i] ?? -1;
    if (c === 10) {
      let j = i - 1;
      while (j >= 0 && isSpace(u[j] ?? -1)) j--;
      if (j < 0 || (u[j] ?? -1) === 10) return i + 1;
    } else if (isStop(c) && endsSentence(u, i)) return i + 1;
  }
  return limit;
}

/** End of the sentence holding `at` (exclusive). */
function sentenceEnd(u: Uint16Array, at: number): number {
  const limit = Math.min(u.length, at + MAX_REACH);
  for (let i = at; i < limit; i++) {
    const c = u[i] ?? -1;
    if (c === 10) {
      let j = i + 1;
      while (j < u.length && isSpace(u[j] ?? -1)) j++;
      if (j >= u.length || (u[j] ?? -1) === 10) return i;
    } else if (isStop(c) && endsSentence(u, i)) return i;
  }
  return limit;
}

const LATEX_BEFORE = /(?:\\(?:textit|emph|textsl|mathit|gene)\s*\{|\{\\(?:it|em|itshape)\s+)$/;

/** Italic or gene markup right around text[start, end). */
function hasGeneMarkup(text: string, u: Uint16Array, start: number, end: number): boolean {
  const before = u[start - 1] ?? -1;
  if ((before === 42 || before === 95) && (u[end] ?? -1) === before) {
    let a = 0;
    while (start - 1 - a >= 0 && (u[start - 1 - a] ?? -1) === before) a++;
    let b = 0;
    while ((u[end + b] ?? -1) === before) b++;
    // Emphasis of the whole word: "*SET*", not "_H_arbour" (a letter spelled out inside a word).
    if (a === b && a % 2 === 1 && !isLetter(u[start - 1 - a] ?? -1) && !isLetter(u[end + b] ?? -1)) return true;
  }
  if ((u[end] ?? -1) === 60 /* < */) {
    if ((text.startsWith('<i>', start - 3) && text.startsWith('</i>', end)) || (text.startsWith('<em>', start - 4) && text.startsWith('</em>', end))) {
      return true;
    }
  }
  return (u[end] ?? -1) === 125 /* } */ && LATEX_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Gene words by length and first letter (a-z): (length << 5) | (letter - 96). */
const BY_SHAPE: string[][] = [];
for (const w of GENE_WORDS) (BY_SHAPE[(w.length << 5) | (w.charCodeAt(0) - 96)] ??= []).push(w);

/** Whether u[a, a + w.length) is `w` (lower case ASCII) in any case, for ASCII text. */
function equalsFolded(u: Uint16Array, a: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = u[a + k] ?? -1;
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== w.charCodeAt(k)) return false;
  }
  return true;
}

/** A gene word of `n` code units, lower case first letter `c0`, at u[a]: ASCII text only. */
function geneWordAt(u: Uint16Array, a: number, n: number, c0: number): boolean {
  const list = BY_SHAPE[(n << 5) | (c0 - 96)];
  if (list) for (const w of list) if (equalsFolded(u, a, w)) return true;
  return false;
}

/** Whether text[a, b) is a gene word ("Expression", "SNPs"); b - a >= 1. */
function isGeneWord(text: string, u: Uint16Array, a: number, b: number): boolean {
  const n = b - a;
  if (n < MIN_WORD || n > MAX_WORD) return false;
  const c0 = (u[a] ?? -1) | 32;
  if (c0 >= 128 || !FIRST_LETTERS[c0]) return false;
  let upper = true;
  for (let k = a; k < b; k++) {
    const c = u[k] ?? -1;
    if (c >= 128) return isGeneWordSlow(text, a, b);
    if (c >= 97 && c <= 122) upper = false;
  }
  // A word in capitals ("EXPRESS OR IMPLIED") is a heading or legal text, unless it is one of the acronyms.
  if (upper && n > 1) return acronymAt(u, a, n) || ((u[b - 1] ?? -1) === 83 && acronymAt(u, a, n - 1));
  if (geneWordAt(u, a, n, c0)) return true;
  return ((u[b - 1] ?? -1) | 32) === 115 && geneWordAt(u, a, n - 1, c0);
}

/** Whether u[a, a + n) is one of the gene acronyms, as written. */
function acronymAt(u: Uint16Array, a: number, n: number): boolean {
  const list = ACRONYMS_BY_LENGTH[n];
  if (list) {
    for (const w of list) {
      let k = 0;
      while (k < n && u[a + k] === w.charCodeAt(k)) k++;
      if (k === n) return true;
    }
  }
  return false;
}

/** isGeneWord for a word with non-ASCII code units: case mapping may change its length ("ß") or reach ASCII (K). */
function isGeneWordSlow(text: string, a: number, b: number): boolean {
  const written = text.slice(a, b);
  if (b - a > 1 && written === written.toUpperCase()) return GENE_ACRONYMS.has(written) || GENE_ACRONYMS.has(written.replace(/S$/, ''));
  let word = written.toLowerCase();
  if (GENE_WORDS.has(word)) return true;
  if (word.endsWith('s') && GENE_WORDS.has((word = word.slice(0, -1)))) return true;
  return false;
}

/**
 * Marker notation right after a symbol with a digit: "CD4+ T cells", "CD8(+)", "Foxp3(-)", then no letter or digit;
 * not an ion's charge, a capital, a small letter and a digit ("Ca2+", "Mg2+", "Zn2+").
 */
function markerSign(u: Uint16Array, start: number, end: number): boolean {
  let k = end;
  const open = u[k] === 40; /* ( */
  if (open) k++;
  const sign = u[k] ?? -1;
  if (sign !== 43 && sign !== 45 && sign !== 0x2212) return false;
  k++;
  if (open && u[k++] !== 41) return false;
  if (isLetter(u[k] ?? -1) || (sign === 45 && !open)) return false;
  if (!isDigit(u[end - 1] ?? -1) || end - start < 3) return false;
  const ion = end - start === 3 && (u[start] ?? 0) >= 65 && (u[start] ?? 0) <= 90 && (u[start + 1] ?? 0) >= 97 && (u[start + 1] ?? 0) <= 122;
  return !ion;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether u[start, end) is a part of a longer name: joined by a hyphen to a short code of capitals (a capital, then at
 * most two capitals or digits, then no letter or digit) on either side ("NF-AT", "C2-H2"), capitals followed by a
 * space and a number ("IFI 16", "SCA 2": a numbered name written apart), or a member's letter after a product word
 * ("esterase L1"); not a symbol of its own ("PI3K-Akt", "RAGE-Ras", "sTNF-R1" keep theirs).
 */
function partOfLongerName(u: Uint16Array, start: number, end: number): boolean {
  if ((u[end] ?? -1) === 32 && isDigit(u[end + 1] ?? -1) && isCapital(u[end - 1] ?? -1)) return true;
  if (memberLetter(u, start, end) && afterProductWord(u, start)) return true;
  if ((u[end] ?? -1) === 45 && isCapital(u[end + 1] ?? -1)) {
    let k = end + 2;
    while (k - end <= 3 && isCode(u[k] ?? -1)) k++;
    if (k - end <= 4 && !isLetter(u[k] ?? -1)) return true;
  }
  if ((u[start - 1] ?? -1) === 45 && isCode(u[start - 2] ?? -1)) {
    let k = start - 2;
    while (start - k <= 4 && isCode(u[k - 1] ?? -1)) k--;
    if (start - k <= 4 && isCapital(u[k] ?? -1) && !isLetter(u[k - 1] ?? -1)) return true;
  }
  return false;
}

const isCode = (c: number): boolean => isCapital(c) || isDigit(c);

/** A capital, then at most two digits ("L1", "B2", "C"): how a name tells one member of a class from another. */
function memberLetter(u: Uint16Array, start: number, end: number): boolean {
  if (!isCapital(u[start] ?? -1) || end - start > 3) return false;
  for (let k = start + 1; k < end; k++) if (!isDigit(u[k] ?? -1)) return false;
  return true;
}

/**
 * Whether the word before u[start] (then a space or a hyphen) names a class of products, an enzyme in -ase or one of
 * PRODUCT_WORDS: "esterase L1", "hydrolase-L1", "kinin receptors, B1 and B2" are one name, not the gene "L1" or "B2".
 */
function afterProductWord(u: Uint16Array, start: number): boolean {
  let k = start - 1;
  const sep = u[k] ?? -1;
  if (sep !== 32 && sep !== 45) return false;
  const end = k;
  while (k > 0 && isLowerAscii(u[k - 1] ?? -1)) k--;
  const n = end - k;
  if (n < 4) return false;
  if (u[end - 1] === 101 && u[end - 2] === 115 && u[end - 3] === 97) return true; // -ase
  for (const w of PRODUCT_WORDS) if (w.length === n && unitsAre(u, k, w)) return true;
  return false;
}

const PRODUCT_WORDS = ['protein', 'receptor', 'factor', 'antigen', 'subunit', 'channel'];
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** A gene word within WINDOW words before or after, inside [from, to). */
function hasGeneWordNear(text: string, u: Uint16Array, start: number, end: number, from: number, to: number): boolean {
  const after = u[end + 1] ?? -1;
  if (after === 47 && (text.startsWith('-/-', end) || text.startsWith('+/-', end) || text.startsWith('+/+', end))) return true;
  if (markerSign(u, start, end)) return true;
  // Backwards.
  let i = start;
  for (let n = 0; n < WINDOW && i > from; n++) {
    while (i > from && !isLetter(u[i - 1] ?? -1)) i--;
    const b = i;
    while (i > from && (isLetter(u[i - 1] ?? -1) || ((u[i - 1] ?? -1) === 45 && isLetter(u[i - 2] ?? -1)))) i--;
    if (b > i && isGeneWord(text, u, i, b)) return true;
  }
  // Forwards.
  i = end;
  for (let n = 0; n < WINDOW && i < to; n++) {
    while (i < to && !isLetter(u[i] ?? -1)) i++;
    const a = i;
    while (i < to && (isLetter(u[i] ?? -1) || ((u[i] ?? -1) === 45 && isLetter(u[i + 1] ?? -1)))) i++;
    if (i > a && isGeneWord(text, u, a, i)) return true;
  }
  return false;
}

/**
 * Marks DROPPED, of the matches marked PENDING (sorted by start), those not used as genes, and returns how many.
 * The matches marked EVIDENCE (and not pending) count as other genes in the sentence.
 */
export function confirmPending(text: string, u: Uint16Array, found: Found): number {
  const { starts, ends, flags, count } = found;
  let dropped = 0;
  // Several pending matches often share a sentence: its bounds are found once.
  let from = -1;
  let to = -1;
  // hasEvidence's first match at or after the window's start: the windows move forward with the pending matches.
  let first = 0;
  for (let p = 0; p < count; p++) {
    if (((flags[p] ?? 0) & PENDING) === 0) continue;
    const start = starts[p] ?? 0;
    const end = ends[p] ?? 0;
    if (hasGeneMarkup(text, u, start, end)) continue;
    // The first part of a longer code ("UTF-16", "SHA-256", "ISO-9001"): no gene, unless marked up.
    if (((flags[p] ?? 0) & STRICT) !== 0 || ((u[end] ?? -1) === 45 && isDigit(u[end + 1] ?? -1)) || partOfLongerName(u, start, end)) {
      flags[p] = (flags[p] ?? 0) | DROPPED;
      dropped++;
      continue;
    }
    if (!(start >= from && end <= to)) {
      from = sentenceStart(u, start);
      to = sentenceEnd(u, end);
    }
    if (hasGeneWordNear(text, u, start, end, from, to)) continue;
    const near = Math.max(from, start - NEAR);
    while (first < count && (starts[first] ?? 0) < near) first++;
    while (first > 0 && (starts[first - 1] ?? 0) >= near) first--;
    if (!hasEvidence(found, first, Math.min(to, end + NEAR)) && !((flags[p] ?? 0) & LOOSE && geneInParagraph(u, found, p))) {
      flags[p] = (flags[p] ?? 0) | DROPPED;
      dropped++;
    }
  }
  if (dropped > 0) dropped -= confirmRepeats(u, found);
  return dropped;
}

/**
 * Keeps a dropped match (not STRICT) whose text is kept as a gene elsewhere in its paragraph, within REPEAT code
 * units: a writer who names Bax as a gene once means the gene by every Bax of the paragraph. Returns how many.
 */
function confirmRepeats(u: Uint16Array, found: Found): number {
  const { starts, ends, refs, flags, count } = found;
  const table = keptRefs(found);
  if (!table) return 0;
  let kept = 0;
  for (let p = 0; p < count; p++) {
    const f = flags[p] ?? 0;
    if ((f & DROPPED) === 0 || (f & STRICT) !== 0) continue;
    const ref = refs[p] ?? 0;
    // Its text kept nowhere in the scan: no search (a match is kept again only after one of its text that was kept).
    if (table[refSlot(table, ref)] !== -1 - ref) continue;
    const start = starts[p] ?? 0;
    let other = -1;
    for (let k = p - 1; k >= 0 && start - (ends[k] ?? 0) <= REPEAT; k--) {
      if (refs[k] === ref && ((flags[k] ?? 0) & DROPPED) === 0) {
        other = ends[k] ?? 0;
        break;
      }
    }
    if (other >= 0 && blankLineIn(u, other, start)) other = -1;
    if (other < 0) {
      const end = ends[p] ?? 0;
      for (let k = p + 1; k < count && (starts[k] ?? 0) - end <= REPEAT; k++) {
        if (refs[k] === ref && ((flags[k] ?? 0) & DROPPED) === 0) {
          if (!blankLineIn(u, end, starts[k] ?? 0)) other = k;
          break;
        }
      }
    }
    if (other < 0) continue;
    flags[p] = f & ~DROPPED;
    kept++;
  }
  return kept;
}

/**
 * The refs of the dropped matches (not STRICT) that some match not dropped shares, in an open-addressing table: a slot
 * holds ref + 1 (0: empty), made -1 - ref when a match of that ref is kept. Undefined when no such match was dropped.
 * Reused from scan to scan.
 */
let refTable = new Int32Array(64);
function keptRefs(found: Found): Int32Array | undefined {
  const { refs, flags, count } = found;
  let dropped = 0;
  for (let p = 0; p < count; p++) if (((flags[p] ?? 0) & (DROPPED | STRICT)) === DROPPED) dropped++;
  if (dropped === 0) return undefined;
  let size = refTable.length;
  while (size < 2 * dropped) size *= 2;
  if (size !== refTable.length) refTable = new Int32Array(size);
  const table = refTable;
  table.fill(0);
  for (let p = 0; p < count; p++) {
    if (((flags[p] ?? 0) & (DROPPED | STRICT)) !== DROPPED) continue;
    const ref = refs[p] ?? 0;
    table[refSlot(table, ref)] = ref + 1;
  }
  for (let k = 0; k < count; k++) {
    if (((flags[k] ?? 0) & DROPPED) !== 0) continue;
    const ref = refs[k] ?? 0;
    const slot = refSlot(table, ref);
    if (table[slot] === ref + 1) table[slot] = -1 - ref;
  }
  return table;
}

/** The slot of `ref` in an open-addressing table of keptRefs (where it is, or the empty slot where it would go). */
function refSlot(table: Int32Array, ref: number): number {
  const mask = table.length - 1;
  let slot = (Math.imul(ref, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const v = table[slot] ?? 0;
    if (v === 0 || v === ref + 1 || v === -1 - ref) return slot;
    slot = (slot + 1) & mask;
  }
}

/** How far apart, in code units, two uses of one text may be for one to confirm the other. */
const REPEAT = 3000;

/** Whether a blank line (a line break, spaces, a line break) lies in u[a, b). */
function blankLineIn(u: Uint16Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (u[i] !== 10) continue;
    let j = i + 1;
    while (j < b && isSpace(u[j] ?? -1)) j++;
    if (j < b && u[j] === 10) return true;
  }
  return false;
}

/**
 * Whether a match of evidence lies in the paragraph of match p, within REPEAT code units: the nearest one each way,
 * with no blank line between.
 */
function geneInParagraph(u: Uint16Array, found: Found, p: number): boolean {
  const { starts, ends, flags, count } = found;
  const start = starts[p] ?? 0;
  const end = ends[p] ?? 0;
  for (let k = p - 1; k >= 0 && start - (ends[k] ?? 0) <= REPEAT; k--) {
    if (((flags[k] ?? 0) & (PENDING | EVIDENCE)) !== EVIDENCE) continue;
    if (!blankLineIn(u, ends[k] ?? 0, start)) return true;
    break;
  }
  for (let k = p + 1; k < count && (starts[k] ?? 0) - end <= REPEAT; k++) {
    if (((flags[k] ?? 0) & (PENDING | EVIDENCE)) !== EVIDENCE) continue;
    return !blankLineIn(u, end, starts[k] ?? 0);
  }
  return false;
}

/** Whether a match within [from, to) is evidence of genes; `first` is the first match whose start is >= from. */
function hasEvidence(found: Found, first: number, to: number): boolean {
  const { starts, ends, flags, count } = found;
  for (let k = first; k < count && (starts[k] ?? 0) < to; k++) {
    if (((flags[k] ?? 0) & (PENDING | EVIDENCE)) === EVIDENCE && (ends[k] ?? 0) <= to) return true;
  }
  return false;
}
