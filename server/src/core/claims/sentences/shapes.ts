// What the sentence splitter asks of a stretch of text, answered by one pass over its UTF-16 code units without
// building strings: where sentences end inside a unit, whether a line looks like a heading, whether what is open ends
// like a sentence. Each test matches exactly the regular expression it stands for (`\s` is JavaScript's white space
// and line terminators, the set String.prototype.trim removes).
import type { SpanList } from './spanList';

/** A stretch of the document the splitter cuts into sentences: a paragraph, heading, list item or table cell. */
export interface Unit {
  start: number;
  end: number;
}

const ABBREVIATIONS = [
  'e.g', 'eg', 'i.e', 'ie', 'al', 'fig', 'figs', 'vs', 'approx', 'cf', 'etc', 'dr', 'mr', 'mrs', 'ms', 'prof', 'no',
  'nos', 'ref', 'refs', 'eq', 'eqs', 'sec', 'ch', 'vol', 'pp', 'p', 'ca', 'sp', 'spp', 'st', 'inc', 'ltd', 'jr', 'sr',
  'resp', 'incl', 'esp', 'viz', 'suppl', 'tab', 'chr', 'nat', 'commun', 'biol', 'med', 'sci', 'proc', 'natl', 'acad',
];

/** A word of at most 6 letters and dots as a number (base 28, case folded), so it is looked up without a string. */
function wordCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    code = code * 28 + (c === 46 ? 27 : (c | 32) - 96);
  }
  return code;
}

const ABBREVIATION_CODES = new Set(ABBREVIATIONS.map((w) => wordCode(w, 0, w.length)));

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'by', 'in', 'on', 'at', 'for', 'from', 'with', 'and', 'or',
  'is', 'are', 'was', 'were', 'be', 'that', 'which', 'as', 'than', 'into', 'not']);

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first offset in [from, to) that is not white space, or `to`. */
export function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** The end of [from, to) without its trailing white space. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True when nothing is open (`start` < 0), or what is open, [start, end), ends like a sentence:
 * `/[.!?:]["'”’)\]]*$/` after trimming.
 */
export function endsSentence(text: string, start: number, end: number): boolean {
  if (start < 0) return true;
  let e = trimEnd(text, start, end);
  for (;;) {
    const c = text.charCodeAt(e - 1);
    if (e > start && (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93)) e--;
    else break;
  }
  if (e <= start) return false;
  const c = text.charCodeAt(e - 1);
  return c === 46 || c === 33 || c === 63 || c === 58;
}

/**
 * Short and without closing punctuation (`/[.!?:;,]["')\]]*$/`), at most `maxWords` words, not ending in a function
 * word; with `title`, also no word in lower case but function words after the first.
 */
function headingShape(text: string, from: number, to: number, maxWords: number, title: boolean): boolean {
  const a = skipSpace(text, from, to);
  const b = trimEnd(text, a, to);
  let k = b;
  for (;;) {
    const c = text.charCodeAt(k - 1);
    if (k > a && (c === 34 || c === 39 || c === 41 || c === 93)) k--;
    else break;
  }
  if (k > a) {
    const c = text.charCodeAt(k - 1);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 44) return false;
  }
  let words = 0;
  let last = a;
  let i = a;
  while (i < b) {
    const start = i;
    while (i < b && !isSpace(text.charCodeAt(i))) i++;
    if (++words > maxWords) return false;
    const c = text.charCodeAt(start);
    if (title && c >= 97 && c <= 122 && (words === 1 || !FUNCTION_WORDS.has(text.slice(start, i)))) return false;
    last = start;
    while (i < b && isSpace(text.charCodeAt(i))) i++;
  }
  return !FUNCTION_WORDS.has(text.slice(last, b).toLowerCase());
}

/** A short line without closing punctuation that does not end in a function word. */
export function isHeadingLike(text: string, from: number, to: number): boolean {
  return headingShape(text, from, to, 8, false);
}

/** "Downstream Targets", "SIRT1 / SIRT3 Activates", "Role in Aging": short, capitalised words, no closing punctuation. */
export function isTitleLine(text: string, from: number, to: number): boolean {
  return headingShape(text, from, to, 6, true);
}

/** `/^\s*[A-Z0-9]/` on the line starting at `from`. */
export function lineStartsCapital(text: string, from: number): boolean {
  let i = from;
  let c = text.charCodeAt(i);
  while (c !== 10 && isSpace(c)) c = text.charCodeAt(++i);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Characters after a sentence's closing mark that still belong to it: `["'’”)\]*_]`. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 41 || c === 93 || c === 42 || c === 95;
}

/** Characters a new sentence may start with: `[A-Z0-9"'“‘([*_]`. */
function canStartSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 ||
    c === 40 || c === 91 || c === 42 || c === 95;
}

/**
 * Where the next '.', '!' or '?' is, for positions asked in increasing order: each character is searched for once
 * per text, however many units it is cut into.
 */
export class Terminators {
  private dot = -1;
  private bang = -1;
  private question = -1;
  constructor(private readonly text: string) {}

  /** The first offset at or after `i` holding '.', '!' or '?', or the text's length. */
  next(i: number): number {
    if (this.dot < i) this.dot = this.find('.', i);
    if (this.bang < i) this.bang = this.find('!', i);
    if (this.question < i) this.question = this.find('?', i);
    return Math.min(this.dot, this.bang, this.question);
  }

  private find(ch: string, from: number): number {
    const at = this.text.indexOf(ch, from);
    return at < 0 ? this.text.length : at;
  }
}

/**
 * Cuts the unit [from, to) into sentences at '.', '!' and '?' followed by white space and a capital, skipping
 * abbreviations, and appends them to `out`. `text` may be a piece of the document starting at offset `base` (the unit
 * and the sentences are in document offsets); `terminators` (over `text`) may be shared by calls that cut its units in
 * order.
 */
export function splitUnit(text: string, from: number, to: number, out: SpanList, base = 0, terminators = new Terminators(text)): void {
  let start = from - base;
  const end = to - base;
  for (let i = terminators.next(start); i < end; i = terminators.next(i + 1)) {
    const ch = text.charCodeAt(i);
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) continue; // "3.5", "e.g.x", "NAD+."
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k < end && !canStartSentence(text.charCodeAt(k))) continue; // next word in lower case
    if (ch === 46 && isAbbreviation(text, i, start)) continue;
    push(text, start, j, out, base);
    start = k;
    i = k - 1;
  }
  push(text, start, end, out, base);
}

/** Whether the letters and dots before the '.' at `dot` (not before `from`) are an initial or an abbreviation. */
function isAbbreviation(text: string, dot: number, from: number): boolean {
  let b = dot;
  for (;;) {
    const c = text.charCodeAt(b - 1);
    if (b > from && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) b--;
    else break;
    if (dot - b > 6) return false; // longer than any abbreviation
  }
  if (dot - b === 1) {
    const c = text.charCodeAt(b);
    if (c >= 65 && c <= 90) return true; // an initial: "J. Smith"
  }
  return dot - b <= 6 && ABBREVIATION_CODES.has(wordCode(text, b, dot));
}

function push(text: string, start: number, end: number, out: SpanList, base: number): void {
  start = skipSpace(text, start, end);
  end = trimEnd(text, start, end);
  for (let i = start; i < end; i++) {
    if (isAsciiAlnum(text.charCodeAt(i))) {
      out.push(start + base, end + base);
      return;
    }
  }
}
