// Splits prose into sentences, aware of markup: headings, list items and table cells are units of their own;
// abbreviations ("e.g.", "et al.", "Fig.") and decimals do not end a sentence; code, URLs and comments
// (excludedRegions) are blanked out first, so they neither hold claims nor end sentences. Offsets are the document's.
import { excludedRegions } from '../markup/regions';
import type { LanguageKind } from '../types';

export interface Sentence {
  start: number;
  end: number;
}

/** Blanks the excluded regions (keeping line breaks), so offsets stay the document's. */
export function maskExcluded(text: string, regions: readonly { start: number; end: number }[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of [...regions].sort((a, b) => a.start - b.start)) {
    const start = Math.max(r.start, at);
    const end = Math.min(Math.max(r.end, start), text.length);
    if (start >= end) continue;
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Sentences of a document: excluded regions blanked, then split. */
export function splitSentences(text: string, language: LanguageKind): Sentence[] {
  return splitMasked(maskExcluded(text, excludedRegions(text, language)), language, text);
}

const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'al', 'fig', 'figs', 'vs', 'approx', 'cf', 'etc', 'dr', 'mr', 'mrs', 'ms', 'prof', 'no',
  'nos', 'ref', 'refs', 'eq', 'eqs', 'sec', 'ch', 'vol', 'pp', 'p', 'ca', 'sp', 'spp', 'st', 'inc', 'ltd', 'jr', 'sr',
  'resp', 'incl', 'esp', 'viz', 'suppl', 'tab', 'chr', 'nat', 'commun', 'biol', 'med', 'sci', 'proc', 'natl', 'acad',
]);

interface Unit {
  start: number;
  end: number;
}

const MD_HEADING = /^ {0,3}#{1,6}(?=\s|$)/;
const MD_SETEXT = /^ {0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•‣◦–]|\d{1,3}[.)]|[a-z][.)])\s+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TEX_HEADING = /^\s*\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph|caption|title|item)\b/;
const TEX_ENV = /^\s*\\(?:begin|end)\b/;

/** Splits already-masked text. `original` (the unmasked text) is only read to recognise LaTeX structure lines. */
export function splitMasked(masked: string, language: LanguageKind, original: string = masked): Sentence[] {
  const units: Unit[] = [];
  let current: Unit | undefined;
  const close = () => {
    if (current) units.push(current);
    current = undefined;
  };
  const add = (start: number, end: number) => {
    if (start >= end) return;
    if (current) current.end = end;
    else current = { start, end };
  };

  let lineStart = 0;
  const lines = masked.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] ?? '';
    const from = lineStart;
    lineStart += line.length + 1;
    if (line.trim() === '') {
      close();
      continue;
    }
    if (language === 'markdown') {
      if (MD_SETEXT.test(line) || TABLE_SEPARATOR.test(line)) {
        close();
        continue;
      }
      const quote = /^\s*(?:>\s?)+/.exec(line);
      const body = quote ? quote[0].length : 0;
      const rest = line.slice(body);
      const heading = MD_HEADING.exec(rest);
      if (heading) {
        close();
        add(from + body + heading[0].length, from + line.length);
        close();
        continue;
      }
      if (rest.trimStart().startsWith('|') || (rest.match(/\|/g)?.length ?? 0) >= 2) {
        close();
        splitCells(rest, from + body, '|').forEach((c) => units.push(c));
        continue;
      }
      const item = LIST_ITEM.exec(rest);
      if (item) {
        close();
        add(from + body + item[0].length, from + line.length);
        continue;
      }
      // A Title Case line without closing punctuation, after a finished sentence and before a capitalised line, is a
      // heading written without "#" (pasted from a web page): "Downstream Targets", "NAD+ Activates".
      if (endsSentence(masked, current) && isTitleLine(rest) && /^\s*[A-Z0-9]/.test(lines[li + 1] ?? '')) {
        close();
        add(from + body, from + line.length);
        close();
        continue;
      }
      add(from + body, from + line.length);
      continue;
    }
    if (language === 'latex') {
      const originalLine = original.slice(from, from + line.length);
      if (TEX_ENV.test(originalLine)) {
        close();
        continue;
      }
      if (TEX_HEADING.test(originalLine)) close();
      // Table cells (&) and rows (\\) are units.
      let at = 0;
      const cellBreak = /&|\\\\/g;
      let m: RegExpExecArray | null;
      while ((m = cellBreak.exec(line)) !== null) {
        if (original[from + m.index - 1] === '\\') continue; // \& is a literal ampersand
        add(from + at, from + m.index);
        close();
        at = m.index + m[0].length;
      }
      add(from + at, from + line.length);
      if (/^\s*\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph|caption|title)\b/.test(originalLine)) close();
      continue;
    }
    // plain text
    const item = LIST_ITEM.exec(line);
    const body = item ? line.slice(item[0].length) : line;
    const next = lines[li + 1];
    // A short line without closing punctuation, after a finished sentence and before a capitalised line, is a heading.
    const afterSentence = endsSentence(masked, current);
    if (item) close();
    if (afterSentence && isHeadingLike(body) && (next === undefined || /^\s*(?:[A-Z•]|[-*+•]\s)/.test(next))) {
      close();
      add(from + (item ? item[0].length : 0), from + line.length);
      close();
      continue;
    }
    add(from + (item ? item[0].length : 0), from + line.length);
  }
  close();

  const sentences: Sentence[] = [];
  for (const unit of units) splitUnit(masked, unit, sentences);
  return sentences;
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'by', 'in', 'on', 'at', 'for', 'from', 'with', 'and', 'or',
  'is', 'are', 'was', 'were', 'be', 'that', 'which', 'as', 'than', 'into', 'not']);

/** True when nothing is open, or what is open ends like a sentence. */
function endsSentence(masked: string, current: Unit | undefined): boolean {
  return current === undefined || /[.!?:]["'”’)\]]*$/.test(masked.slice(current.start, current.end).trimEnd());
}

/** "Downstream Targets", "SIRT1 / SIRT3 Activates", "Role in Aging": short, capitalised words, no closing punctuation. */
function isTitleLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (!isHeadingLike(line) || words.length > 6) return false;
  return words.every((w, i) => !/^[a-z]/.test(w) || (i > 0 && FUNCTION_WORDS.has(w)));
}

function isHeadingLike(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return !/[.!?:;,]["')\]]*$/.test(t) && words.length <= 8 && !FUNCTION_WORDS.has(last);
}

function splitCells(line: string, offset: number, sep: string): Unit[] {
  const cells: Unit[] = [];
  let at = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || (line[i] === sep && line[i - 1] !== '\\')) {
      if (line.slice(at, i).trim()) cells.push({ start: offset + at, end: offset + i });
      at = i + 1;
    }
  }
  return cells;
}

function splitUnit(text: string, unit: Unit, out: Sentence[]): void {
  let start = unit.start;
  for (let i = unit.start; i < unit.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < unit.end && /["'’”)\]*_]/.test(text[j] ?? '')) j++;
    if (j < unit.end && !/\s/.test(text[j] ?? '')) continue; // "3.5", "e.g.x", "NAD+."
    let k = j;
    while (k < unit.end && /\s/.test(text[k] ?? '')) k++;
    if (k < unit.end && !/[A-Z0-9"'“‘([*_]/.test(text[k] ?? '')) continue; // next word in lower case
    if (ch === '.' && isAbbreviation(text, i, start)) continue;
    push(text, start, j, out);
    start = k;
    i = k - 1;
  }
  push(text, start, unit.end, out);
}

function isAbbreviation(text: string, dot: number, from: number): boolean {
  let b = dot;
  while (b > from && /[A-Za-z.]/.test(text[b - 1] ?? '')) b--;
  const word = text.slice(b, dot);
  if (/^[A-Z]$/.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start && /[A-Za-z0-9]/.test(text.slice(start, end))) out.push({ start, end });
}
