// Where a table term (meshScan.ts) is not the chemical or disease it names, read from the words around it, once per
// match (never per word; the word lists are asked about the text itself, FoldedWords: no copies):
// - a disease's name before "gene", "virus" or "protein" names that gene or virus ("the ALD gene", "hepatitis A
//   virus", "Becker muscular dystrophy gene"), and a disease word before "receptor", "domain" or "factor" a protein or
//   its part ("death receptor", "death domain", "necrosis factor");
// - death of cells is no one's death: "cell death", "neuronal death", "apoptotic death" are processes of the cell;
// - a head word after a disease's name belongs to it: "keloid disease", "HCC tumours", "depressive symptoms", "malaria
//   infection";
// - a chemical class word that counts a protein's or a gene's length or places a change in it is a unit, not a
//   substance: "655 amino acids", "at amino acid 223", "95% amino acid identity", "a nucleotide", "four nucleotides";
// - a chemical's name a word or two before an enzyme's or a transporter's head word is part of that protein's name:
//   "copper/zinc superoxide dismutase", "sodium/iodide symporter", "serine/threonine protein kinase" (right before it,
//   "nitric oxide synthase", meshScan.ts proteinNext reads it).
import { isWordUnit } from '../lexicon/meshKey';
import { FoldedWords } from './foldedWords';

/** Words after a disease's name that make it part of the name of a gene, virus or protein. */
const DISEASE_NAMES_NEXT = new FoldedWords(['gene', 'genes', 'virus', 'viruses', 'protein', 'proteins', 'receptor', 'receptors', 'domain', 'domains', 'factor']);
/** Words before "death" that make it the death of cells. */
const CELL_WORDS = new FoldedWords(['cell', 'cells', 'cellular', 'neuronal', 'neuron', 'apoptotic', 'necrotic', 'programmed', 'hepatocyte', 'myocyte', 'cardiomyocyte']);
/** Chemical class words that count or place residues of a sequence. */
const SEQUENCE_UNITS = new FoldedWords(['amino acid', 'amino acids', 'amino-acid', 'amino-acids', 'nucleotide', 'nucleotides']);
/** Words after such a unit that make it a sequence's: "amino acid identity", "amino acid position 58". */
const SEQUENCE_NEXT = new FoldedWords(['position', 'positions', 'identity', 'identities', 'similarity', 'homology', 'change', 'changes', 'exchange', 'exchanges', 'polymorphism', 'polymorphisms', 'fixation', 'level', 'long', 'stretch', 'insertion', 'deletion', 'duplication']);
/** Number words before a unit ("four nucleotides", "a single amino acid"). */
const NUMBER_WORDS = new FoldedWords(['a', 'an', 'one', 'single', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'several', 'few']);
/** Head words after a disease's name that are part of it. */
const DISEASE_HEADS_NEXT = new FoldedWords(['disease', 'diseases', 'tumor', 'tumors', 'tumour', 'tumours', 'symptoms', 'lesions', 'infection', 'infections']);

/** Where the disease name text[.., end) ends with a head word after it ("keloid disease"): past it, or `end`. */
export function diseaseHeadEnd(text: string, end: number, limit: number): number {
  if (text.charCodeAt(end) !== 32) return end;
  const next = wordAfter(text, end, limit);
  return next >= 0 && DISEASE_HEADS_NEXT.has(text, afterStart, next) ? end + 1 + (next - afterStart) : end;
}

/** Longest word looked at (longer ones are none of these lists'). */
const LONGEST = 14;

/** Whether the disease term text[start, end) is not a disease there. */
export function diseaseNotNamed(text: string, start: number, end: number, floor: number, limit: number): boolean {
  const next = wordAfter(text, end, limit);
  if (next >= 0 && DISEASE_NAMES_NEXT.has(text, afterStart, next)) return true;
  if (DEATH.has(text, start, end)) {
    const w = wordStart(text, start, floor);
    return w >= 0 && CELL_WORDS.has(text, w, wordEnd(text, w, start));
  }
  return false;
}
const DEATH = new FoldedWords(['death', 'deaths']);

/**
 * Whether the chemical term text[start, end) counts or places residues of a sequence, or is part of a protein's name
 * further on (inProteinName).
 */
export function sequenceUnit(text: string, start: number, end: number, floor: number, limit: number): boolean {
  if (!SEQUENCE_UNITS.has(text, start, end)) return inProteinName(text, end, limit);
  const next = wordAfter(text, end, limit);
  if (next >= 0 && (SEQUENCE_NEXT.has(text, afterStart, next) || isDigit(text.charCodeAt(afterStart)))) return true;
  // A number before it, or one word before it: "655 amino acids", "the final 20 amino acids", "11 novel amino acids".
  let at = start;
  for (let k = 0; k < 2; k++) {
    const w = wordStart(text, at, floor);
    if (w < 0) return false;
    const e = wordEnd(text, w, at);
    if ((e > w && isDigit(text.charCodeAt(w))) || NUMBER_WORDS.has(text, w, e)) return true;
    at = w;
  }
  return false;
}

/** Head words of a transporter's name (an enzyme's: enzymeWord). */
const TRANSPORTER_HEADS = new FoldedWords(['symporter', 'symporters', 'cotransporter', 'cotransporters', 'transporter', 'transporters', 'exchanger', 'exchangers', 'antiporter', 'antiporters']);
/** How many words after a chemical's name are read for a protein's head word. */
const PROTEIN_WORDS = 3;

/**
 * Whether one of the PROTEIN_WORDS words after `end` (each after one space, "/" or hyphen; "+" kept in a word, "Na+/K+
 * ATPase") is an enzyme's or a transporter's head word, the words between being no verb (-s, -ing, -ed) or function
 * word: the chemical names part of a protein.
 */
function inProteinName(text: string, end: number, limit: number): boolean {
  let i = end;
  for (let k = 0; k < PROTEIN_WORDS; k++) {
    const gap = text.charCodeAt(i);
    if (i >= limit || !(gap === 32 || gap === 47 || gap === 45)) return false;
    i++;
    let j = i;
    while (j < limit && j - i <= LONGEST + 6 && (isWordUnit(text.charCodeAt(j)) || text.charCodeAt(j) === 43)) j++;
    if (j === i || j - i > LONGEST + 6) return false;
    // Read by its last letters first: a transporter's head word ends in -er(s), an enzyme's in -ase(s) (copied only then).
    const stem = j - (lower(text, j - 1) === 115 ? 1 : 0);
    if (endsWith(text, stem, 'er') ? TRANSPORTER_HEADS.has(text, i, j) : endsWith(text, stem, 'ase') && enzymeWord(text.slice(i, j).toLowerCase())) return true;
    // A verb between ("daidzein activates choline acetyltransferase", "secretagogues activating phospholipase"):
    // the chemical acts on the enzyme.
    if (PROSE_WORDS.has(text, i, j) || verbEnding(text, j)) return false;
    i = j;
  }
  return false;
}
/** Whether text[.., end) ends with `s` (lower-case letters; the text's ASCII capitals folded). */
function endsWith(text: string, end: number, s: string): boolean {
  if (end < s.length) return false;
  for (let k = 0; k < s.length; k++) if (lower(text, end - s.length + k) !== s.charCodeAt(k)) return false;
  return true;
}
/** The code unit at `at`, an ASCII capital folded. */
function lower(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** A word ending at `end` in -s (not -ss), -ing or -ed: a verb's form, most likely, between two nouns. */
const verbEnding = (text: string, end: number): boolean => endsWith(text, end, 'ing') || endsWith(text, end, 'ed') || (endsWith(text, end, 's') && !endsWith(text, end, 'ss'));
/** Words that end a protein's name before its head word could come: "zinc and increases", "iron to the kinase". */
const PROSE_WORDS = new FoldedWords(['and', 'or', 'to', 'in', 'of', 'by', 'with', 'for', 'on', 'at', 'as', 'is', 'are', 'was', 'were', 'the', 'a', 'an', 'that', 'which']);

/** An enzyme's head word ("synthase", "dismutase", "aminotransferase", "kinases"), not an English word in -ase. */
export function enzymeWord(word: string): boolean {
  const n = word.length - (word.endsWith('s') ? 1 : 0);
  return n >= 6 && word.startsWith('ase', n - 3) && !NOT_ENZYMES.has(word.slice(0, n));
}
const NOT_ENZYMES: ReadonlySet<string> = new Set(['release', 'increase', 'decrease', 'disease', 'database', 'purchase', 'showcase']);

/** Where the word wordAfter found starts (read right after it: one scan at a time). */
let afterStart = 0;

/**
 * Where the word right after `end` (past spaces, or a hyphen) ends, its start in afterStart; -1 when there is none or
 * it is too long. The callers ask their word lists about text[afterStart, end) itself (FoldedWords: no copy).
 */
function wordAfter(text: string, end: number, limit: number): number {
  let i = end;
  if (i < limit && text.charCodeAt(i) === 45) i++;
  else while (i < limit && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < limit && j - i <= LONGEST && isWordUnit(text.charCodeAt(j))) j++;
  afterStart = i;
  return j > i && j - i <= LONGEST ? j : -1;
}

/**
 * Where the word before `start` starts: past one space, hyphen or "%" ("95% amino acid"), a word of letters, digits and
 * the commas and points of a number ("2,099"); -1 when there is none or it is too long.
 */
function wordStart(text: string, start: number, floor: number): number {
  let e = start - 1;
  if (e < floor) return -1;
  const gap = text.charCodeAt(e);
  if (gap !== 32 && gap !== 45) return -1;
  e--;
  if (e >= floor && text.charCodeAt(e) === 37) e--;
  let s = e + 1;
  while (s > floor && start - s <= LONGEST && (isWordUnit(text.charCodeAt(s - 1)) || ((text.charCodeAt(s - 1) === 44 || text.charCodeAt(s - 1) === 46) && s - 2 >= floor && isDigit(text.charCodeAt(s - 2))))) s--;
  return s <= e && start - s <= LONGEST ? s : -1;
}

/** Where the word starting at `w` ends (before `limit`). */
function wordEnd(text: string, w: number, limit: number): number {
  let j = w;
  while (j < limit && (isWordUnit(text.charCodeAt(j)) || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46)) j++;
  return j;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
