// Which species a gene mention names, from the words around it (speciesWords.ts: mice, rats, flies, yeast,
// zebrafish... and the people a study is about: "human", "patients", "cancer"):
// - a species word in the mention's sentence decides (the nearest one). In a sentence that compares genes across
//   species ("the human homologue of yeast RAD23, HHR23A") a species word names only the gene written right after it;
//   in a paragraph about another species, "cancer" qualifying a noun ("breast cancer cell lines") names no patients;
// - else the paragraph's: the one species its title names (a first line that is one sentence: "Sox8 in mouse
//   development." over a paragraph that names patients more often), else the species it names most, unless it names
//   humans as often ("Fuss interacts with Rpd3" in a paragraph about Drosophila); a rodent named as the host of human
//   cells ("xenografts in nude mice", "mice transplanted with ...") is no species studied; a paragraph that names no
//   species but spells its genes the rodent way ("Lyl1, Gas5, Pim3 and Trib3": a capital, then no other) is about mice.
// The paragraph never reaches past a blank line, so the answer depends on the paragraph alone (incremental analysis
// relies on it). Words are read without a string made for each; only paragraphs holding a gene are read.
import type { Mention } from '../types';
import { VIRUSES } from '../lexicon/taxa';
import { firstStartingAt } from './abbreviations';
import { HUMAN, MAX_WORD, MIN_WORD, MOUSE, RAT, isSpeciesLetter, isSpeciesWordUnit, mayStartSpeciesWord, nonHumanWords, speciesOfWord } from './speciesWords';

export { MOUSE, RAT } from './speciesWords';

/** How far from the start of a virus word its gene may start: "HIV-1 gp120", "HBV X". */
const VIRUS_REACH = 7;

const isLetter = isSpeciesLetter;
/** Letters and digits: a word of the species scan ("C57BL" is one). */
const isWordUnit = isSpeciesWordUnit;
const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63;

/**
 * Words that make a rodent the host of another species' cells, not the species studied: "xenografts in nude mice",
 * "athymic rats", "SCID mice", "NSG mice", "mice transplanted with ... cells" carry human tumours (any case; linear).
 */
const HOST = /\b(?:nude|athymic|scid|nsg|xenograft|xenografts|xenografted|xenotransplanted|immunodeficient|transplanted|implanted|engrafted)\b/i;
/** How far from a rodent word a host word is looked for, each way, in code units. */
const HOST_REACH = 40;

/** The species words of a paragraph, in order: where each starts and ends, and its species. */
interface Words {
  at: number[];
  end: number[];
  species: string[];
}

/** Species words in text[from, to): their starts, ends and species, in order. */
function speciesWords(text: string, from: number, to: number): Words {
  const at: number[] = [];
  const end: number[] = [];
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
      if (s && !((s === MOUSE || s === RAT) && HOST.test(text.slice(Math.max(from, i - HOST_REACH), Math.min(to, j + HOST_REACH))))) {
        at.push(i);
        end.push(j);
        species.push(s);
      }
    }
    i = j;
  }
  return { at, end, species };
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

/** How far back the sentence before a mention is looked for, in code units. */
const PREVIOUS_REACH = 2000;

/** How many species words are read each way from a mention for the nearest one in its sentence. */
const SIDE_WORDS = 64;

/**
 * Whether species word w is no evidence for a gene near it: "cancer" qualifying a noun in a paragraph about another
 * species (`verdict` not ''). "Cancer" names patients' tumours, but there it names the disease studied in that species
 * ("IL-6 in breast cancer cell lines" in an abstract about a mouse model of breast cancer, "of use in cancer
 * treatment"). "TP53 was mutated in colon cancer" stays human.
 */
function discounted(text: string, words: Words, w: number, verdict: string, to: number): boolean {
  return verdict !== '' && words.species[w] === HUMAN && isCancer(text, words.at[w] ?? 0, words.end[w] ?? 0) && CANCER_HEADS.has(wordAt(text, words.end[w] ?? 0, to));
}

/** What may join two species words of one coordination: spaces, commas, "/", "and", "or" ("human, mouse and rat"). */
function joins(text: string, from: number, to: number): boolean {
  if (to - from > 7 || to <= from) return false;
  let a = from;
  let b = to;
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 44)) a++;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  const n = b - a;
  if (n === 0) return true;
  if (n === 1) return text.charCodeAt(a) === 47 || text.charCodeAt(a) === 38;
  return (n === 3 && text.startsWith('and', a)) || (n === 2 && text.startsWith('or', a));
}

/** How many species words of one coordination are read each way ("human, mouse, rat and ..."). */
const COORDINATION = 16;

/**
 * Whether the species word w is coordinated with a word naming humans ("human and mouse", "mice and humans", "human,
 * rat and mouse"): the sentence is about the genes of both.
 */
function withHumans(text: string, words: Words, w: number): boolean {
  let first = w;
  while (first > 0 && w - first < COORDINATION && joins(text, words.end[first - 1] ?? 0, words.at[first] ?? 0)) first--;
  let last = w;
  while (last + 1 < words.at.length && last - w < COORDINATION && joins(text, words.end[last] ?? 0, words.at[last + 1] ?? 0)) last++;
  for (let k = first; k <= last; k++) if (words.species[k] === HUMAN) return true;
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

/** How long a paragraph's first line may be to be read as its title, in code units. */
const TITLE_REACH = 400;

/**
 * The one species a paragraph's title names ('' for human), or undefined when it has no title or its title names no
 * species or several (viruses aside). The title is the paragraph's first line when that line is one sentence, ended by
 * its stop ("Sox8 is expressed in mouse embryos.\nThe abstract..."): a line of wrapped prose ends mid-sentence.
 */
function titleSpecies(text: string, words: Words, counts: readonly boolean[], pStart: number, pEnd: number): string | undefined {
  if (words.at.length === 0 || (words.at[0] ?? pEnd) - pStart > TITLE_REACH) return undefined;
  const nl = text.indexOf('\n', pStart);
  if (nl < 0 || nl >= pEnd || nl - pStart > TITLE_REACH) return undefined;
  let last = nl - 1;
  while (last > pStart && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 13)) last--;
  if (!isStop(text.charCodeAt(last)) || sentenceBreak(text, pStart, last)) return undefined;
  let named: string | undefined;
  for (let w = 0; w < words.at.length && (words.at[w] ?? nl) < nl; w++) {
    const s = words.species[w] ?? '';
    if (!counts[w] || VIRUSES.has(s)) continue;
    if (named !== undefined && named !== s) return undefined;
    named = s;
  }
  return named === HUMAN ? '' : named;
}

/** Words that make a sentence compare genes across species ("the human homologue of yeast RAD23"). */
const HOMOLOGY = /homolog|ortholog|paralog|counterpart|identity|similarity/i;
/** How far from a mention its sentence's bounds are looked for, each way, in code units. */
const HOMOLOGY_REACH = 400;

/** Whether the sentence holding text[at] compares genes across species (HOMOLOGY; read HOMOLOGY_REACH each way). */
function homologySentence(text: string, at: number, from: number, to: number): boolean {
  let a = at;
  while (a > from && at - a < HOMOLOGY_REACH && !stopAt(text, a - 1)) a--;
  let b = at;
  while (b < to && b - at < HOMOLOGY_REACH && !stopAt(text, b)) b++;
  return HOMOLOGY.test(text.slice(a, b));
}

/**
 * Whether a species word ending at `end` is written before the gene at `at` as its own ("yeast RAD23", "mouse Nkx6-2
 * protein", "the murine Ly-6 gene"): at most 30 code units apart, with no comma, colon, preposition, conjunction or verb
 * between ("human homologs of yeast RAD23, HHR23A": "yeast" is RAD23's, not HHR23A's).
 */
function writtenBefore(text: string, end: number, at: number): boolean {
  if (end > at) return false;
  if (at - end > 30) return false;
  const between = text.slice(end, at);
  return !/[,;:]|\b(?:of|to|with|and|or|from|in|by|for|as|than|is|are|was|were|has|have)\b/i.test(between);
}

/**
 * What a paragraph's species words say of its genes: the species most named, or '' for human. In a tie the spelling
 * of the paragraph's genes decides (`rodentSpelling`): the other species where they are written the rodent way at
 * least as often as in capitals ("Pim1, Socs3" against "PIM1"), else human.
 */
function paragraphVerdict(species: readonly string[], counts: readonly boolean[], rodentSpelling: () => boolean): string {
  let humans = 0;
  // How often each other species is named, in the order first named (a tie goes to the one named first).
  const named = new Map<string, number>();
  for (let i = 0; i < species.length; i++) {
    if (!counts[i]) continue;
    const s = species[i] ?? '';
    if (s === HUMAN) humans++;
    else if (!VIRUSES.has(s)) named.set(s, (named.get(s) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [s, n] of named) {
    if (n > most) {
      most = n;
      best = s;
    }
  }
  return most > humans || (most > 0 && most === humans && rodentSpelling()) ? best : '';
}

/**
 * Words after "human" that make it the kind of a disease, not the species studied: "the human disease", "a human
 * pathogen", "human congenital anomalies" in an abstract about mice.
 */
const DISEASE_KINDS = new Set(['disease', 'diseases', 'pathogen', 'pathogens', 'disorder', 'disorders', 'syndrome', 'syndromes', 'condition', 'conditions', 'pathology', 'pathologies', 'health', 'congenital', 'malformation', 'malformations']);
/** Words after "human <disease>" that make it human material after all: "human leukemia cells", "human ... xenografts". */
const MATERIAL = new Set(['cell', 'cells', 'xenograft', 'xenografts', 'tissue', 'tissues', 'sample', 'samples', 'specimen', 'specimens', 'line', 'lines', 'patient', 'patients']);

/** The lower-cased run of ASCII letters at text[k] (after spaces), at most 16 of them; '' when none. */
function wordAt(text: string, k: number, to: number): string {
  while (k < to && text.charCodeAt(k) === 32) k++;
  let j = k;
  while (j < to && j - k < 16 && isLetter(text.charCodeAt(j)) && text.charCodeAt(j) < 128) j++;
  return text.slice(k, j).toLowerCase();
}

/** Nouns that "cancer" qualifies as a kind of disease, not as patients' tumours ("cancer cells", "cancer treatment"). */
const CANCER_HEADS = new Set(['cell', 'cells', 'line', 'lines', 'stem', 'treatment', 'treatments', 'therapy', 'therapies', 'therapeutics', 'model', 'models', 'research', 'progression', 'growth', 'metastasis', 'development', 'risk', 'drug', 'drugs', 'chemotherapy', 'prevention', 'biology']);

/** Whether a word of the species list is "cancer" or "cancers" (the human words that name patients' tumours). */
function isCancer(text: string, at: number, end: number): boolean {
  return (end - at === 6 || end - at === 7) && (text.charCodeAt(at) | 32) === 99 && text.slice(at, at + 6).toLowerCase() === 'cancer';
}

/** Whether a disease's name reads as a cancer ("breast cancer", "glioma", "tumours"): human material, not a kind. */
function cancerLike(name: string): boolean {
  const n = name.toLowerCase();
  return n.includes('cancer') || n.includes('tumor') || n.includes('tumour') || n.includes('carcinoma') || n.endsWith('oma') || n.endsWith('omas');
}

/**
 * Whether only spaces and capitalised words (a genus, "Saccharomyces"; "S." abbreviated) stand in text[end, at): one
 * naming in two words. "patients and healthy donors" names people twice.
 */
function sameNaming(text: string, end: number, at: number): boolean {
  if (at - end > 16) return false;
  let wordStart = true;
  for (let k = end; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) wordStart = true;
    else if (isLetter(c) || c === 46) {
      if (wordStart && !(c >= 65 && c <= 90)) return false;
      wordStart = false;
    } else return false;
  }
  return true;
}

/**
 * Which species words of a paragraph count toward its verdict. Not counted: a second word of one naming ("yeast
 * Saccharomyces cerevisiae" is one yeast); "human" as the kind of a disease ("a mouse model of the human disease",
 * "human hyper-IgD syndrome": a disease mention right after it that is no cancer and no human material); "cancer" in
 * a sentence that names another species ("a mouse model of breast cancer"), or qualifying a noun in a paragraph that
 * names one ("cancer therapy", "breast cancer cell lines": the disease, not patients).
 */
function countedWords(text: string, words: Words, mentions: readonly Mention[], to: number): boolean[] {
  const n = words.at.length;
  const counts = new Array<boolean>(n).fill(true);
  // Sentence numbers of the words, in one pass.
  const sentence = new Array<number>(n).fill(0);
  for (let w = 1; w < n; w++) sentence[w] = (sentence[w - 1] ?? 0) + (sentenceBreak(text, words.end[w - 1] ?? 0, words.at[w] ?? 0) ? 1 : 0);
  const otherIn = new Set<number>();
  for (let w = 0; w < n; w++) if (words.species[w] !== HUMAN && !VIRUSES.has(words.species[w] ?? '')) otherIn.add(sentence[w] ?? 0);
  for (let w = 0; w < n; w++) {
    // One naming in two words: "the yeast Saccharomyces cerevisiae", "human HeLa cells".
    if (w > 0 && words.species[w] === words.species[w - 1] && sameNaming(text, words.end[w - 1] ?? 0, words.at[w] ?? 0)) {
      counts[w] = false;
      continue;
    }
    if (words.species[w] !== HUMAN) continue;
    const at = words.at[w] ?? 0;
    const end = words.end[w] ?? 0;
    if (isCancer(text, at, end)) {
      counts[w] = !otherIn.has(sentence[w] ?? 0) && !(otherIn.size > 0 && CANCER_HEADS.has(wordAt(text, end, to)));
      continue;
    }
    if (!(end - at === 5 || end - at === 6) || (text.charCodeAt(at) | 32) !== 104) continue;
    const word = text.slice(at, end).toLowerCase();
    if (word !== 'human' && word !== 'humans') continue;
    if (DISEASE_KINDS.has(wordAt(text, end, to))) {
      counts[w] = false;
      continue;
    }
    let next = end;
    while (next < to && text.charCodeAt(next) === 32) next++;
    const d = mentions[firstStartingAt(mentions, next)];
    if (d?.start === next && d.kind === 'disease' && !cancerLike(d.text) && !MATERIAL.has(wordAt(text, d.end, to))) counts[w] = false;
  }
  return counts;
}

/** Whether the gene mentions of mentions[k, ...) up to `end` are written the rodent way at least as often as in capitals. */
function rodentWay(mentions: readonly Mention[], k: number, end: number): boolean {
  let rodent = 0;
  let capitals = 0;
  for (let j = k; j < mentions.length && (mentions[j]?.start ?? end) < end; j++) {
    const m = mentions[j]!;
    if (m.kind !== 'gene') continue;
    if (rodentSpelled(m.text)) rodent++;
    else if (inCapitals(m.text)) capitals++;
  }
  return rodent > 0 && rodent >= capitals;
}

/** Whether a text's letters (two or more) are all capitals ("NAMPT", "IL-6"). */
function inCapitals(text: string): boolean {
  let letters = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** How many genes a paragraph without species words must spell the rodent way ("Pim1", "Socs3") to be about mice. */
const RODENT_SPELLED = 3;

/**
 * Whether the paragraph of mentions[k, ...) up to `end` spells its genes the rodent way: at least RODENT_SPELLED
 * genes, and half of its genes, written a capital then lower-case letters and digits ("Lyl1, Gas5, Pim3, Trib3").
 * Rodent nomenclature in a paragraph that names no species is a rodent paper's (mouse, the one most studied).
 */
function spelledAsRodents(mentions: readonly Mention[], k: number, end: number): boolean {
  const genes = new Set<string>();
  const rodent = new Set<string>();
  for (let j = k; j < mentions.length && (mentions[j]?.start ?? end) < end; j++) {
    const m = mentions[j]!;
    if (m.kind !== 'gene') continue;
    genes.add(m.entityId);
    if (rodentSpelled(m.text)) rodent.add(m.entityId);
  }
  return rodent.size >= RODENT_SPELLED && rodent.size * 2 >= genes.size;
}

/**
 * Sets `species` on the gene, family and hormone mentions of text[from, to) (sorted) that name another species' genes
 * or gene products (insulin in a paragraph about mice is the mouse's); returns how many. The mentions it sets get a
 * property more than the others: the caller makes them as such (mentionPool.ts keeps one shape). `starts`, when the
 * caller has them (speciesStarts.ts), are where a word naming another species may start in text[from, to), sorted,
 * every such word's start among them; else they are searched for here.
 */
export function speciesOfMentions(text: string, from: number, to: number, mentions: readonly Mention[], set: (index: number, species: string) => void, starts?: ArrayLike<number>): number {
  if (mentions.length === 0) return 0;
  // Without a word naming another species, every paragraph's verdict is '' (human, or nothing to say).
  const others = starts ?? otherSpeciesStarts(text, from, to);
  // ... unless it spells its genes the rodent way (spelledAsRodents).
  const spelled = mentions.some((m) => m.kind === 'gene' && rodentSpelled(m.text));
  if (others.length === 0 && !spelled) return 0;
  let other = 0;
  const none: Words = { at: [], end: [], species: [] };
  let count = 0;
  let pStart = -1;
  let pEnd = -1;
  let words = none;
  let verdict = '';
  /** Whether the paragraph names a species other than human (else its sentences need no reading). */
  let nonHuman = false;
  /** The sentence-end after the last mention asked about homology (-1: none yet in this paragraph), and the answer. */
  let homologyAt = -1;
  let homology = false;
  /** The first species word at or after the mention. */
  let wp = 0;
  /** How far the stops of the paragraph have been read, and the last two stops before `scan`. */
  let scan = -1;
  let lastStop = -1;
  let prevStop = -1;
  /** The first stop at or after `nextFrom` (pEnd: none). */
  let nextFrom = -1;
  let nextStop = -1;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.kind !== 'gene' && m?.kind !== 'family' && m?.kind !== 'hormone') continue;
    if (!(m.start >= pStart && m.end <= pEnd)) {
      [pStart, pEnd] = paragraphOf(text, m.start, from, to);
      // Paragraphs come in order: skip the starts before this one.
      while (other < others.length && (others[other] ?? 0) < pStart) other++;
      words = other < others.length && (others[other] ?? 0) < pEnd ? speciesWords(text, pStart, pEnd) : none;
      const first = k;
      const counts = countedWords(text, words, mentions, pEnd);
      verdict = titleSpecies(text, words, counts, pStart, pEnd) ?? paragraphVerdict(words.species, counts, () => rodentWay(mentions, first, pEnd));
      homologyAt = -1;
      nonHuman = words.species.some((s) => s !== HUMAN);
      wp = 0;
      scan = pStart;
      lastStop = -1;
      prevStop = -1;
      nextFrom = -1;
      nextStop = -1;
      if (spelled && words.species.length === 0 && spelledAsRodents(mentions, k, pEnd) && speciesWords(text, pStart, pEnd).species.length === 0) verdict = MOUSE;
    }
    if (verdict === '' && !nonHuman) continue;
    // The stops before the mention (the last two), and the first after it: which words share its sentence.
    while (scan < m.start) {
      if (stopAt(text, scan)) {
        prevStop = lastStop;
        lastStop = scan;
      }
      scan++;
    }
    if (!(m.end >= nextFrom && m.end <= nextStop)) {
      nextFrom = m.end;
      nextStop = m.end;
      while (nextStop < pEnd && !stopAt(text, nextStop)) nextStop++;
    }
    while (wp < words.at.length && (words.at[wp] ?? 0) < m.start) wp++;
    // The nearest species word in the sentence: the nearest before it (after the last stop) or after it (up to the
    // next stop), SIDE_WORDS at most each way.
    let near = '';
    let nearest = -1;
    /** The last species word before the mention (no virus). */
    let before = -1;
    for (let w = wp - 1; w >= 0 && wp - w <= SIDE_WORDS; w--) {
      const at = words.at[w] ?? 0;
      if (discounted(text, words, w, verdict, pEnd) || VIRUSES.has(words.species[w] ?? '')) {
        // A virus names the gene written right after it ("HIV-1 gp120", "HBV X protein"), no other.
        if (nearest < 0 && at > lastStop && VIRUSES.has(words.species[w] ?? '') && m.start - at <= VIRUS_REACH) nearest = w;
        continue;
      }
      before = w;
      if (nearest < 0 && at > lastStop) nearest = w;
      break;
    }
    for (let w = wp; w < words.at.length && w - wp < SIDE_WORDS && (words.at[w] ?? 0) <= nextStop; w++) {
      if (discounted(text, words, w, verdict, pEnd) || VIRUSES.has(words.species[w] ?? '')) continue;
      if (nearest < 0 || (words.at[w] ?? 0) - m.end < m.start - (words.at[nearest] ?? 0)) nearest = w;
      break;
    }
    if (nearest >= 0) near = words.species[nearest] ?? '';
    // "the two human homologs of yeast RAD23, HHR23A and HHR23B": "yeast" is RAD23's alone; "NAMPT shares 90% identity
    // with mouse Nampt": "mouse" is Nampt's.
    if (near !== '' && near !== HUMAN && !VIRUSES.has(near) && !writtenBefore(text, words.end[nearest] ?? 0, m.start)) {
      if (homologyAt < m.start) {
        homology = homologySentence(text, m.start, pStart, pEnd);
        homologyAt = m.start;
        while (homologyAt < pEnd && !stopAt(text, homologyAt)) homologyAt++;
      }
      if (homology) {
        near = '';
        nearest = -1;
      }
    }
    // "in human and mouse tissues", "mice and humans": the genes of both, the human one among them.
    if (near !== '' && near !== HUMAN && withHumans(text, words, nearest)) near = HUMAN;
    // A sentence that names no species, in a paragraph about another species, goes on with the species the sentence
    // before it names last ("Mice lacking SIRT3 were studied. In human cells, SIRT1 was silenced. NAMPT fell.").
    if (near === '' && verdict !== '' && before >= 0) {
      // One stop between the word and the mention: the sentence before.
      const end = words.end[before] ?? 0;
      if (m.start - end <= PREVIOUS_REACH && lastStop >= end && prevStop < end) near = words.species[before] ?? '';
    }
    const species = near === '' ? verdict : near;
    if (species !== '' && species !== HUMAN) {
      set(k, species);
      count++;
    }
  }
  return count;
}

/**
 * Drops (in place) the species mentions of `mentions` (sorted, in text[from, to)) whose sentence names nothing else:
 * "mice" and "patients" are mentions where a sentence is about genes, chemicals, diseases or variants ("patients with
 * type 2 diabetes", "Sirt3 in mice"), not in ordinary prose ("men", "dogs", "the human heart", "nth-child"). Depends
 * on the sentence alone, as incremental analysis needs.
 */
export function dropLoneSpecies(u: Uint16Array, mentions: Mention[]): void {
  let any = false;
  for (let k = 0; k < mentions.length && !any; k++) any = mentions[k]?.kind === 'species';
  if (!any) return;
  let n = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'species' || inSentenceWithOther(u, mentions, k)) mentions[n++] = m;
  }
  mentions.length = n;
}

/** How far a species word's sentence is read each way: a longer sentence is read no further. */
const SENTENCE_REACH = 600;

/**
 * Whether u[k] ends a sentence: a stop before a space or line break (or the end), or a line break before a blank line
 * within 64 units. Reads the text's code units (units.ts): cheaper than charCodeAt on a document's string.
 */
function breakAt(u: Uint16Array, k: number): boolean {
  const c = u[k] ?? 0;
  if (isStop(c)) return k + 1 >= u.length || u[k + 1] === 32 || u[k + 1] === 10;
  if (c !== 10) return false;
  const to = Math.min(u.length, k + 64);
  let j = k + 1;
  while (j < to && (u[j] === 32 || u[j] === 9 || u[j] === 13)) j++;
  return j < to && u[j] === 10;
}

/**
 * Whether a mention other than a species one shares the sentence of mentions[k] (read SENTENCE_REACH each way). Only
 * the text between mentions[k] and its nearest other mention on each side is read: that mention shares the sentence
 * when it is within reach and no sentence ends between them.
 */
function inSentenceWithOther(u: Uint16Array, mentions: readonly Mention[], k: number): boolean {
  const m = mentions[k]!;
  let j = k - 1;
  while (j >= 0 && mentions[j]?.kind === 'species') j--;
  const before = mentions[j];
  if (before && m.start - before.start <= SENTENCE_REACH && noBreak(u, before.start, m.start)) return true;
  j = k + 1;
  while (j < mentions.length && mentions[j]?.kind === 'species') j++;
  const after = mentions[j];
  return after !== undefined && (after.start < m.end || (after.start - m.end < SENTENCE_REACH && after.start < u.length && noBreak(u, m.end, after.start + 1)));
}

/** Whether no sentence ends at any of u[from, to). */
function noBreak(u: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (breakAt(u, i)) return false;
  return true;
}
