// The genes an enumeration names: "ERK1/2" is ERK1 and ERK2 (MAPK3, MAPK1), "caspase-3/7" caspase-3 and caspase-7,
// "PAK1/2/3" three genes, "Mcm2-7" six. Writers shorten a list of numbered genes this way; the corpora annotate the
// mention with every gene's id. A mention stays one mention (a family, or its first gene); this is what an exchange
// format that gives ids per mention is given (the PubTator output), as familyNamesake.ts does for a family's text.
// Each expanded name must name one gene (or one that dominates by PubMed articles); a range spans at most MAX_RANGE.
// A coordination that shares the name is one too: "GATA-4, -5, -6", "hHR23A and -B", "TGF-beta1 and -beta2" (the part
// after the hyphen replaces the name's part after its last hyphen, or its last letters or digits), "STAT3 and 5",
// "SERCA1, 2, and 3" (numbers replace the name's last digits), "CDKN2A/B", "IL-1alpha/beta", "ROCK-I/II" (after "/", a
// part replaces the name's last runs of letters or digits of its shape).
import type { Lexicon } from '../types';
import { writtenGene } from './familyNamesake';

const MAX_RANGE = 12;
/** How far past the mention an enumeration may run ("PAK1" then "/2/3"). */
const MAX_TAIL = 24;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The numbers of "/2/3" or "-7" at the start of `s`, after `first`; undefined when it is no enumeration. */
function numbersAfter(s: string, first: number): number[] | undefined {
  const numbers = [first];
  let k = 0;
  if (s.charCodeAt(0) === 45) {
    let j = 1;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (j === 1 || j > 3 || (j < s.length && !boundary(s.charCodeAt(j)))) return undefined;
    const last = Number(s.slice(1, j));
    if (last <= first || last - first > MAX_RANGE) return undefined;
    for (let n = first + 1; n <= last; n++) numbers.push(n);
    return numbers;
  }
  while (k < s.length && s.charCodeAt(k) === 47) {
    let j = k + 1;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (j === k + 1 || j - k > 3) break;
    numbers.push(Number(s.slice(k + 1, j)));
    k = j;
  }
  if (numbers.length < 2 || (k < s.length && !boundary(s.charCodeAt(k)))) return undefined;
  return numbers;
}

/** What may follow an enumeration: not a letter or digit ("ERK1/2-dependent", "caspase-3/7 activity"). */
const boundary = (c: number): boolean => !(isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));

/**
 * The entity ids of the genes the enumeration at text[start, end) names (it may run past `end`: "PAK1" of
 * "PAK1/2/3"), in order; undefined when the text there is no enumeration of at least two genes the table knows.
 */
export function enumeratedGenes(lexicon: Lexicon, text: string, start: number, end: number): string[] | undefined {
  return numberedGenes(lexicon, text, start, end) ?? coordinatedGenes(lexicon, text, start, end);
}

/** How far a coordination may run past the name it shares ("GATA-4" then ", -5, and -6"). */
const MAX_COORDINATION = 40;
/** How long a coordinated part may be ("B", "5", "beta2", "T2"). */
const MAX_PART = 8;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** Where the run of letters or digits (the kind of the unit before `end`) that ends at `end` starts in `name`. */
function lastRun(name: string, end: number): number {
  const digit = isDigit(name.charCodeAt(end - 1));
  let k = end;
  while (k > 0 && (digit ? isDigit(name.charCodeAt(k - 1)) : isLetter(name.charCodeAt(k - 1)))) k--;
  return k;
}

/**
 * The name a coordinated part makes with the shared name: after a hyphen, the part replaces what follows the name's
 * last hyphen ("LERK-2", "-5": LERK-5), or, without one, the name's last run of the part's kind ("hHR23A", "-B":
 * hHR23B); without a hyphen, digits replace the name's last digits ("STAT3", "5": STAT5). Undefined when it cannot.
 */
function partName(name: string, part: string, hyphen: boolean): string | undefined {
  const digits = isDigit(part.charCodeAt(0));
  if (!hyphen) {
    if (!digits || part.length > 2 || !isDigit(part.charCodeAt(part.length - 1)) || !isDigit(name.charCodeAt(name.length - 1))) return undefined;
    return name.slice(0, lastRun(name, name.length)) + part;
  }
  const dash = name.lastIndexOf('-');
  if (dash > 0) return name.slice(0, dash + 1) + part;
  const last = name.charCodeAt(name.length - 1);
  if (digits !== isDigit(last) || part.length > 2) return undefined;
  const k = lastRun(name, name.length);
  return k > 0 ? name.slice(0, k) + part : undefined;
}

/** The class of a code unit: 1 a capital, 2 a small letter, 3 a digit, 0 anything else. */
const unitClass = (c: number): number => (isUpper(c) ? 1 : c >= 97 && c <= 122 ? 2 : isDigit(c) ? 3 : 0);

/** The runs of classes of s (capitals, small letters, digits), as a string of class numbers: "A8" is "13". */
function shapeOf(s: string): string {
  let shape = '';
  let last = -1;
  for (let k = 0; k < s.length; k++) {
    const c = unitClass(s.charCodeAt(k));
    if (c !== last) shape += String(c);
    last = c;
  }
  return shape;
}

/**
 * The name a part after "/" makes: it replaces the name's last runs of the same shape, which must start a run and
 * leave some of the name before them ("CDKN2A/B": CDKN2B, "IL-1alpha/beta": IL-1beta, "ROCK-I/II": ROCK-II, "S100A7/A8":
 * S100A8); not a whole other name ("p21/p27", "CD4/CD8": two names, each a mention).
 */
function sameShape(name: string, part: string): string | undefined {
  const shape = shapeOf(part);
  if (shape === '' || shape.includes('0')) return undefined;
  let k = name.length;
  let runs = '';
  while (k > 0 && runs.length < shape.length) {
    const c = unitClass(name.charCodeAt(k - 1));
    if (c === 0) return undefined;
    let j = k - 1;
    while (j > 0 && unitClass(name.charCodeAt(j - 1)) === c) j--;
    runs = String(c) + runs;
    k = j;
  }
  return runs === shape && k > 0 ? name.slice(0, k) + part : undefined;
}

/**
 * The genes of a coordination that shares the name at text[start, ...): the name (letters, digits and inner hyphens),
 * then parts after ", ", " and ", " or ", " & " or "/" ("GATA-4, -5, -6", "STAT3 and 5", "CDKN2A/B"), each naming a gene.
 */
function coordinatedGenes(lexicon: Lexicon, text: string, start: number, end: number): string[] | undefined {
  let k = start;
  while (k < end && (isLetter(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && k > start && k + 1 < end))) k++;
  const name = text.slice(start, k);
  let marked = false;
  for (let c = 0; c < name.length && !marked; c++) marked = isDigit(name.charCodeAt(c)) || isUpper(name.charCodeAt(c));
  if (name.length < 2 || !marked) return undefined;
  const limit = Math.min(text.length, k + MAX_COORDINATION);
  const names = [name];
  // Numbers after commas only ("p53, 21 cells") are no parts until a conjunction or a hyphen confirms the list.
  let confirmed = 1;
  for (;;) {
    let j = k;
    let conjunction = false;
    let comma = false;
    // The separator: "/" (a capital after a name ending in a capital after a digit: "CDKN2A/B"), or commas, spaces,
    // "and", "or", "&".
    let slash = false;
    if (text.charCodeAt(j) === 47) {
      slash = true;
      j++;
    } else {
      const from = j;
      while (j < limit && (text.charCodeAt(j) === 44 || text.charCodeAt(j) === 32)) j++;
      comma = text.charCodeAt(from) === 44;
      conjunction = true;
      if (text.startsWith('and ', j)) j += 4;
      else if (text.startsWith('or ', j)) j += 3;
      else if (text.startsWith('& ', j)) j += 2;
      else conjunction = false;
      if (j === from || text.charCodeAt(j - 1) !== 32) break;
    }
    const hyphen = !slash && text.charCodeAt(j) === 45;
    if (hyphen) j++;
    const partStart = j;
    while (j < limit && j - partStart <= MAX_PART && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
    const part = text.slice(partStart, j);
    if (part === '' || j - partStart > MAX_PART || (j < text.length && !boundary(text.charCodeAt(j)) && text.charCodeAt(j) !== 47)) break;
    let made: string | undefined;
    if (slash) made = sameShape(name, part);
    else if (!hyphen && comma && conjunction && names.length === 1) {
      // "MSH2, and 3 control probes": a count after the name's sentence part, not a list that shares it.
      made = undefined;
    } else made = partName(name, part, hyphen);
    if (made === undefined) break;
    names.push(made);
    if (slash || hyphen || conjunction) confirmed = names.length;
    k = j;
  }
  names.length = confirmed;
  if (names.length < 2) return undefined;
  const ids: string[] = [];
  for (const n of names) {
    const id = writtenGene(lexicon, n);
    if (id === undefined) return undefined;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.length >= 2 ? ids : undefined;
}

/** The genes of an enumeration of numbers: "ERK1/2", "caspase-3/7", "PAK1" of "PAK1/2/3", "Mcm2-7". */
function numberedGenes(lexicon: Lexicon, text: string, start: number, end: number): string[] | undefined {
  const whole = text.slice(start, Math.min(text.length, end + MAX_TAIL));
  // The first "/" or a "-" between digits, after the mention's first letter.
  let at = -1;
  for (let k = 1; k < whole.length; k++) {
    const c = whole.charCodeAt(k);
    if (c === 47 || (c === 45 && isDigit(whole.charCodeAt(k - 1)) && isDigit(whole.charCodeAt(k + 1)))) {
      at = k;
      break;
    }
    if (k >= end - start && !isDigit(c)) return undefined;
  }
  if (at < 0 || !isDigit(whole.charCodeAt(at - 1))) return undefined;
  let digits = at - 1;
  while (digits > 0 && isDigit(whole.charCodeAt(digits - 1))) digits--;
  if (digits === 0 || at - digits > 2) return undefined;
  const base = whole.slice(0, digits);
  const numbers = numbersAfter(whole.slice(at), Number(whole.slice(digits, at)));
  if (!numbers) return undefined;
  const ids: string[] = [];
  for (const n of numbers) {
    const id = writtenGene(lexicon, `${base}${n}`);
    if (id === undefined) return undefined;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.length >= 2 ? ids : undefined;
}
