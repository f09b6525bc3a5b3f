// Which species a gene mention names, from the words around it (speciesWords.ts: mice, rats, flies, yeast,
// zebrafish... and the people a study is about: "human", "patients", "cancer"):
// - a species word in the mention's sentence decides (the nearest one);
// - else the paragraph's: species words and no human word make every gene the most named species' ("Fuss interacts
//   with Rpd3" in a paragraph about Drosophila); with both human and rodent words, only a gene spelled the rodent way
//   ("Nampt", "Sirt3", "Slc12a8": a capital, then no other) is the rodent's.
// The paragraph never reaches past a blank line, so the answer depends on the paragraph alone (incremental analysis
// relies on it). Words are read without a string made for each; only paragraphs holding a gene are read.
import type { Mention } from '../types';
import { VIRUSES } from '../lexicon/taxa';
import { HUMAN, MAX_WORD, MIN_WORD, MOUSE, RAT, mayStartSpeciesWord, nonHumanWords, speciesOfWord } from './speciesWords';

export { MOUSE, RAT } from './speciesWords';

/** How far from the start of a virus word its gene may start: "HIV-1 gp120", "HBV X". */
const VIRUS_REACH = 7;

/** A paragraph's verdict when it names human and rodent both: the prefix of the species most named. */
const MIXED = 'mixed:';

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
/** Letters and digits: a word of the species scan ("C57BL" is one). */
const isWordUnit = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;

/** Species words in text[from, to): their starts and species, in order. */
function speciesWords(text: string, from: number, to: number): { at: number[]; species: string[] } {
  const at: number[] = [];
  const species: string[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // A word starts with a letter, or with a digit after no letter or digit ("3T3", "1p36").
    if (!isLetter(c) && !(c >= 48 && c <= 57 && (i === from || !isWordUnit(text.charCodeAt(i - 1))))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isWordUnit(text.charCodeAt(j))) j++;
    if (j - i >= MIN_WORD && j - i <= MAX_WORD && mayStartSpeciesWord(c)) {
      const s = speciesOfWord(text, i, j);
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
 * End of the paragraph holding `at` (a blank line or `to`), and its start (after a blank line, or `from`). The line
 * breaks are found by indexOf (a native search), not by a loop over every unit.
 */
function paragraphOf(text: string, at: number, from: number, to: number): [number, number] {
  let start = at > from ? from : at;
  for (let nl = at > from ? text.lastIndexOf('\n', at - 1) : -1; nl >= from; nl = nl > 0 ? text.lastIndexOf('\n', nl - 1) : -1) {
    if (blankBefore(text, nl, from)) {
      start = nl + 1;
      break;
    }
  }
  let end = at < to ? to : at;
  for (let nl = at < to ? text.indexOf('\n', at) : -1; nl >= 0 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    if (blankAfter(text, nl + 1, to)) {
      end = nl;
      break;
    }
  }
  return [start, end];
}

/** Words that name a species other than human, as written anywhere (any case; the alternation is linear). */
const OTHER_SPECIES = nonHumanWords().join('|');
/** Where such a word may start a word: after no letter, digit or _ ... */
const AT_WORD = new RegExp(`\\b(?:${OTHER_SPECIES})`, 'gi');
/** ... or after a digit or _ (a paragraph's species words are runs of letters: "2mice"). */
const AFTER_DIGIT = new RegExp(`[0-9_](?:${OTHER_SPECIES})`, 'gi');

/**
 * Where a word naming a species other than human may start in text[from, to), sorted: every such word of a paragraph
 * (speciesWords) starts at one of them (a run of letters after no letter starts at a word boundary or after a digit
 * or _). Two native searches: a paragraph with none of them has no verdict, and its words need not be read.
 */
function otherSpeciesStarts(text: string, from: number, to: number): number[] {
  const part = from === 0 && to >= text.length ? text : text.slice(from, to);
  const starts: number[] = [];
  for (const [re, skip] of [[AT_WORD, 0], [AFTER_DIGIT, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) starts.push(from + m.index + skip);
    re.lastIndex = 0;
  }
  return starts.sort((a, b) => a - b);
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

/** Whether text[k] is a stop that ends a sentence: before a space, a line break or the end. */
function stopAt(text: string, k: number): boolean {
  return isStop(text.charCodeAt(k)) && (k + 1 >= text.length || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 10);
}

/** Whether a stop that ends a sentence lies in text[a, b). */
function sentenceBreak(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (stopAt(text, k)) return true;
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
 * What a paragraph's species words say of its genes: the species most named ('' for human, which wins a tie), or
 * 'mixed:' and it when human and rodent words both are (then a gene spelled the rodent way is the rodent's).
 */
function paragraphVerdict(species: readonly string[]): string {
  let humans = 0;
  let rodents = 0;
  let best = '';
  let most = 0;
  for (let i = 0; i < species.length; i++) {
    const s = species[i] ?? '';
    if (s === HUMAN) {
      humans++;
      continue;
    }
    if (s === MOUSE || s === RAT) rodents++;
    if (s === best || VIRUSES.has(s)) continue;
    let n = 0;
    for (let k = i; k < species.length; k++) if (species[k] === s) n++;
    if (n > most) {
      most = n;
      best = s;
    }
  }
  if (most <= humans) best = '';
  return humans > 0 && rodents > 0 ? `${MIXED}${best}` : best;
}

/**
 * Sets `species` on the gene and family mentions of text[from, to) (sorted) that name another species' genes; returns
 * how many. The mentions it sets get a property more than the others: the caller makes them as such (mentionPool.ts
 * keeps one shape).
 */
export function speciesOfMentions(text: string, from: number, to: number, mentions: readonly Mention[], set: (index: number, species: string) => void): number {
  if (mentions.length === 0) return 0;
  // Without a word naming another species, every paragraph's verdict is '' (human, or nothing to say).
  const others = otherSpeciesStarts(text, from, to);
  if (others.length === 0) return 0;
  let other = 0;
  const none: { at: number[]; species: string[] } = { at: [], species: [] };
  let count = 0;
  let pStart = -1;
  let pEnd = -1;
  let words = none;
  let verdict = '';
  let virus = false;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.kind !== 'gene' && m?.kind !== 'family') continue;
    if (!(m.start >= pStart && m.end <= pEnd)) {
      [pStart, pEnd] = paragraphOf(text, m.start, from, to);
      // Paragraphs come in order: skip the starts before this one.
      while (other < others.length && (others[other] ?? 0) < pStart) other++;
      words = other < others.length && (others[other] ?? 0) < pEnd ? speciesWords(text, pStart, pEnd) : none;
      verdict = paragraphVerdict(words.species);
      virus = words.species.some((s) => VIRUSES.has(s));
    }
    if (verdict === '' && !virus) continue;
    // The nearest species word in the sentence.
    let near = '';
    let distance = Infinity;
    for (let w = 0; w < words.at.length; w++) {
      const at = words.at[w] ?? 0;
      const d = at < m.start ? m.start - at : at - m.end;
      if (d >= distance || sentenceBreak(text, Math.min(at, m.end), Math.max(at, m.start))) continue;
      // A virus names the gene written right after it ("HIV-1 gp120", "HBV X protein"), no other.
      if (VIRUSES.has(words.species[w] ?? '') && !(at < m.start && m.start - at <= VIRUS_REACH)) continue;
      distance = d;
      near = words.species[w] ?? '';
    }
    let species = near;
    if (species === '') {
      const mixed = verdict.startsWith(MIXED);
      species = mixed && rodentSpelled(m.text) ? paragraphRodent(words.species) : mixed ? verdict.slice(MIXED.length) : verdict;
    }
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

/**
 * Drops (in place) the species mentions of `mentions` (sorted, in text[from, to)) whose sentence names nothing else:
 * "mice" and "patients" are mentions where a sentence is about genes, chemicals, diseases or variants ("patients with
 * type 2 diabetes", "Sirt3 in mice"), not in ordinary prose ("men", "dogs", "the human heart", "nth-child"). Depends
 * on the sentence alone, as incremental analysis needs.
 */
export function dropLoneSpecies(text: string, mentions: Mention[]): void {
  let any = false;
  for (let k = 0; k < mentions.length && !any; k++) any = mentions[k]?.kind === 'species';
  if (!any) return;
  let n = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'species' || inSentenceWithOther(text, mentions, k)) mentions[n++] = m;
  }
  mentions.length = n;
}

/** How far a species word's sentence is read each way: a longer sentence is read no further. */
const SENTENCE_REACH = 600;

/** Whether text[k] ends a sentence: a stop before a space or line break, or a line break before a blank line. */
function breakAt(text: string, k: number): boolean {
  return stopAt(text, k) || (text.charCodeAt(k) === 10 && blankAfter(text, k + 1, Math.min(text.length, k + 64)));
}

/** Whether a mention other than a species one shares the sentence of mentions[k] (read SENTENCE_REACH each way). */
function inSentenceWithOther(text: string, mentions: readonly Mention[], k: number): boolean {
  const m = mentions[k]!;
  let start = m.start;
  while (start > 0 && m.start - start < SENTENCE_REACH && !breakAt(text, start - 1)) start--;
  let end = m.end;
  while (end < text.length && end - m.end < SENTENCE_REACH && !breakAt(text, end)) end++;
  for (let j = k - 1; j >= 0 && (mentions[j]?.start ?? -1) >= start; j--) if (mentions[j]?.kind !== 'species') return true;
  for (let j = k + 1; j < mentions.length && (mentions[j]?.start ?? end) < end; j++) if (mentions[j]?.kind !== 'species') return true;
  return false;
}
