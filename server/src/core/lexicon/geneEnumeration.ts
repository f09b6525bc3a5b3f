// The genes an enumeration names: "ERK1/2" is ERK1 and ERK2 (MAPK3, MAPK1), "caspase-3/7" caspase-3 and caspase-7,
// "PAK1/2/3" three genes, "Mcm2-7" six. Writers shorten a list of numbered genes this way; the corpora annotate the
// mention with every gene's id. A mention stays one mention (a family, or its first gene); this is what an exchange
// format that gives ids per mention is given (the PubTator output), as familyNamesake.ts does for a family's text.
// Each expanded name must name one gene (or one that dominates by PubMed articles); a range spans at most MAX_RANGE.
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
