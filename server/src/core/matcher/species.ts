// Which species a gene mention names, from the words around it: in a paragraph about mice or rats ("mice", "mouse",
// "murine", "rat", "rats") a gene is the rodent's, unless the text says human ("human", "patients", "women") nearer:
// - a species word in the mention's sentence decides (the nearest one);
// - else the paragraph's: rodent words and no human word make every gene the rodent's (the more frequent rodent);
//   with both, only a gene spelled the rodent way ("Nampt", "Sirt3", "Slc12a8": a capital, then no other) is.
// The paragraph never reaches past a blank line, so the answer depends on the paragraph alone (incremental analysis
// relies on it). A text with no rodent word costs a few string searches.
import type { Mention } from '../types';

export const MOUSE = '10090';
export const RAT = '10116';
const HUMAN = '9606';

const WORDS = new Map<string, string>([
  ['mice', MOUSE], ['mouse', MOUSE], ['murine', MOUSE], ['rat', RAT], ['rats', RAT],
  ['human', HUMAN], ['humans', HUMAN], ['patient', HUMAN], ['patients', HUMAN], ['women', HUMAN], ['individuals', HUMAN],
]);
const MAX_WORD = 11;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;

/** Species words in text[from, to): their starts and species, in order. */
function speciesWords(text: string, from: number, to: number): { at: number[]; species: string[] } {
  const at: number[] = [];
  const species: string[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isLetter(text.charCodeAt(j))) j++;
    const first = c | 32;
    if (j - i <= MAX_WORD && (first === 109 || first === 114 || first === 104 || first === 112 || first === 119 || first === 105)) {
      const s = WORDS.get(text.slice(i, j).toLowerCase());
      if (s) {
        at.push(i);
        species.push(s);
      }
    }
    i = j;
  }
  return { at, species };
}

/**
 * Rodent words, as they start in prose (the probes): lower case and capitalised, mice, mouse, murine, rat. A text
 * holding none needs no more work. One regular expression finds them all in one pass (no repeat: linear).
 */
const PROBES = /[Mm](?:ice|ouse|urine)|[Rr]at/g;
/** The longest probe. */
const PROBE_LENGTH = 6;

/**
 * Whether the text holds a rodent word in [from, to) (a cheap first test: "rate" and "separate" are no rats): a probe
 * that starts there after no letter, a three-letter one ("rat") followed by no letter or by "s". One search for all
 * the probes (a search per probe was eight passes over the text), over [from, to) and the probe's length past it.
 */
function mayHoldRodents(text: string, from: number, to: number): boolean {
  const whole = from === 0 && to >= text.length;
  const part = whole ? text : text.slice(from, Math.min(text.length, to + PROBE_LENGTH));
  const re = PROBES;
  re.lastIndex = 0;
  try {
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      const at = from + m.index;
      if (at >= to) return false;
      const probe = re.lastIndex - m.index;
      re.lastIndex = m.index + 1;
      if (at > 0 && isLetter(text.charCodeAt(at - 1))) continue;
      const after = text.charCodeAt(at + probe);
      if (probe > 3 || !isLetter(after) || after === 115 /* rats */) return true;
    }
    return false;
  } finally {
    re.lastIndex = 0;
  }
}

/** End of the paragraph holding `at` (a blank line or `to`), and its start (after a blank line, or `from`). */
function paragraphOf(text: string, at: number, from: number, to: number): [number, number] {
  let start = at;
  while (start > from) {
    if (text.charCodeAt(start - 1) === 10 && blankBefore(text, start - 1, from)) break;
    start--;
  }
  let end = at;
  while (end < to) {
    if (text.charCodeAt(end) === 10 && blankAfter(text, end + 1, to)) break;
    end++;
  }
  return [start, end];
}

/** Whether only spaces stand between the line break at `nl` and a line break before it. */
function blankBefore(text: string, nl: number, from: number): boolean {
  let k = nl - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k--;
  return k >= from && text.charCodeAt(k) === 10;
}

function blankAfter(text: string, k: number, to: number): boolean {
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
  return k < to && text.charCodeAt(k) === 10;
}

/** Whether a stop that ends a sentence lies in text[a, b). */
function sentenceBreak(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (isStop(text.charCodeAt(k)) && (k + 1 >= text.length || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 10)) return true;
  }
  return false;
}

/** A rodent's way of writing a symbol: a capital, then lower-case letters and digits ("Nampt", "Sirt3"). */
function rodentSpelled(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || text.length < 3) return false;
  let lower = false;
  for (let k = 1; k < text.length; k++) {
    const x = text.charCodeAt(k);
    if (x >= 97 && x <= 122) lower = true;
    else if (!(x >= 48 && x <= 57)) return false;
  }
  return lower;
}

/**
 * Sets `species` on the gene mentions of text[from, to) (sorted) that name a rodent's gene; returns how many. The
 * mentions it sets get a property more than the others: the caller makes them as such (mentionPool.ts keeps one shape).
 */
export function speciesOfMentions(text: string, from: number, to: number, mentions: readonly Mention[], set: (index: number, species: string) => void): number {
  if (mentions.length === 0 || !mayHoldRodents(text, from, to)) return 0;
  let count = 0;
  let pStart = -1;
  let pEnd = -1;
  let words: { at: number[]; species: string[] } = { at: [], species: [] };
  let verdict = '';
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.kind !== 'gene') continue;
    if (!(m.start >= pStart && m.end <= pEnd)) {
      [pStart, pEnd] = paragraphOf(text, m.start, from, to);
      words = speciesWords(text, pStart, pEnd);
      let mice = 0;
      let rats = 0;
      let humans = 0;
      for (const s of words.species) {
        if (s === MOUSE) mice++;
        else if (s === RAT) rats++;
        else humans++;
      }
      verdict = mice + rats === 0 ? '' : humans > 0 ? 'mixed' : mice >= rats ? MOUSE : RAT;
    }
    if (verdict === '') continue;
    // The nearest species word in the sentence.
    let near = '';
    let distance = Infinity;
    for (let w = 0; w < words.at.length; w++) {
      const at = words.at[w] ?? 0;
      const d = at < m.start ? m.start - at : at - m.end;
      if (d >= distance || sentenceBreak(text, Math.min(at, m.end), Math.max(at, m.start))) continue;
      distance = d;
      near = words.species[w] ?? '';
    }
    let species = near;
    if (species === '') species = verdict === 'mixed' ? (rodentSpelled(m.text) ? paragraphRodent(words.species) : '') : verdict;
    if (species !== '' && species !== HUMAN) {
      set(k, species);
      count++;
    }
  }
  return count;
}

/** The more frequent rodent of a paragraph's species words. */
function paragraphRodent(species: readonly string[]): string {
  let mice = 0;
  let rats = 0;
  for (const s of species) {
    if (s === MOUSE) mice++;
    else if (s === RAT) rats++;
  }
  return mice >= rats ? MOUSE : RAT;
}
