// The units the sentence splitter cuts into sentences: paragraphs (lines joined), Markdown headings, list items and
// table cells, LaTeX sections, items and cells. A blank line always closes a unit, so each stretch of text between
// blank lines can be read on its own.
//
// One pass over the lines without copying them: a line that starts like prose (a letter, not a list marker) and holds
// no table bar (LaTeX: no command, '&' or '\\') is read by character codes; only lines that may be markup are cut out
// and matched against the patterns.
import { isMarkdownKind, type LanguageKind } from '../../types';
import { endsSentence, isHeadingLike, isSpace, isTitleLine, lineStartsCapital, skipSpace } from './shapes';
import type { SpanList } from './spanList';

const MD_HEADING = /^ {0,3}#{1,6}(?=\s|$)/;
const MD_SETEXT = /^ {0,3}(=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•‣◦–]|\d{1,3}[.)]|[a-z][.)])\s+/;
const TEX_HEADING = /^\s*\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph|caption|title|item)\b/;
const TEX_CLOSING_HEADING = /^\s*\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph|caption|title)\b/;
const TEX_ENV = /^\s*\\(?:begin|end)\b/;

/** Whether a line whose first non-blank character is `c` (then `d`) may be a list item: `[-*+•‣◦–]`, a digit, `[a-z][.)]`. */
function mayBeListItem(c: number, d: number): boolean {
  return c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0x2023 || c === 0x25e6 || c === 0x2013 ||
    (c >= 48 && c <= 57) || (c >= 97 && c <= 122 && (d === 46 || d === 41));
}

/** Whether a Markdown line starting with `c` may be a setext underline, table separator, quote or heading. */
function mayBeMarkdownBlock(c: number): boolean {
  return c === 61 || c === 45 || c === 124 || c === 58 || c === 62 || c === 35;
}

/**
 * A Markdown table's separator row (`| --- | :--: |`, `---|---`): cells of two or more dashes with optional colons,
 * split at bars. Read by one split and a check per cell, so a line of any length is judged in linear time.
 */
export function isTableSeparator(line: string): boolean {
  // Only bars, dashes, colons and white space make one: any other character rules it out without a copy.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 124 && c !== 45 && c !== 58 && !isSpace(c)) return false;
  }
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|')) row = row.slice(0, -1);
  if (row === '') return false;
  for (const raw of row.split('|')) {
    const cell = raw.trim();
    const from = cell.startsWith(':') ? 1 : 0;
    const to = cell.length > from && cell.endsWith(':') ? cell.length - 1 : cell.length;
    if (to - from < 2) return false;
    for (let i = from; i < to; i++) if (cell.charCodeAt(i) !== 45) return false;
  }
  return true;
}

/** Answers "is there a `ch` in [from, to)?" for increasing ranges, searching the text once. */
export class NextChar {
  private at = -1;
  constructor(private readonly text: string, private readonly ch: string) {}
  before(from: number, to: number): boolean {
    if (this.at < from) {
      this.at = this.text.indexOf(this.ch, from);
      if (this.at < 0) this.at = this.text.length;
    }
    return this.at < to;
  }
}

/** The line starting at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const e = text.indexOf('\n', start);
  return text.slice(start, e < 0 ? text.length : e);
}

/** The unit being read (lines are added to it until something closes it) and the list closed units go to. */
class UnitBuilder {
  /** The open unit, [start, end) in the offsets of the text read; `start` is -1 when none is open. */
  start = -1;
  end = -1;
  /** `base`: the offset in the document of the text read (units are pushed in document offsets). */
  constructor(private readonly out: SpanList, private readonly base: number) {}

  add(start: number, end: number): void {
    if (start >= end) return;
    if (this.start < 0) this.start = start;
    this.end = end;
  }

  close(): void {
    if (this.start >= 0) this.out.push(this.start + this.base, this.end + this.base);
    this.start = -1;
  }

  /** A unit of its own (a table cell), pushed at once. */
  cell(start: number, end: number): void {
    this.out.push(start + this.base, end + this.base);
  }

  /** Whether nothing is open or what is open ends like a sentence. */
  endsSentence(text: string): boolean {
    return endsSentence(text, this.start, this.end);
  }
}

/** The searches for the characters that make a line markup: '|' (Markdown), '&' and '\\' (LaTeX). */
export interface Finders {
  bar: NextChar;
  amp: NextChar;
  backslash: NextChar;
}

/** Finders over `text`: share them between calls that read the same text in order, so it is searched once. */
export function finders(text: string): Finders {
  return { bar: new NextChar(text, '|'), amp: new NextChar(text, '&'), backslash: new NextChar(text, '\\') };
}

/**
 * Appends to `out` the units of the lines of `masked` (text with excluded regions blanked) that start in [from, to),
 * in document order. `masked` may be a piece of the document that starts at offset `base` (units are in document
 * offsets); it must reach to the end of the line after the last one read. `original` is the whole unmasked document,
 * only read to recognise LaTeX structure lines. `find`: finders over `masked` shared with earlier calls.
 */
export function sentenceUnits(masked: string, language: LanguageKind, original: string, out: SpanList, base = 0, from = 0, to = masked.length, find = finders(masked)): void {
  const units = new UnitBuilder(out, base);
  const { bar, amp, backslash } = find;
  const n = masked.length;
  let a = from;
  for (;;) {
    const nl = masked.indexOf('\n', a);
    const last = nl < 0;
    const e = last ? n : nl;
    const next = e + 1;
    const f = skipSpace(masked, a, e);
    if (f === e) units.close();
    else if (isMarkdownKind(language)) {
      const c = masked.charCodeAt(f);
      if (mayBeMarkdownBlock(c) || mayBeListItem(c, masked.charCodeAt(f + 1)) || bar.before(a, e)) {
        markdownLine(masked, a, e, last ? undefined : lineAt(masked, next), units);
      } else if (units.endsSentence(masked) && isTitleLine(masked, a, e) && !last && lineStartsCapital(masked, next)) {
        // A Title Case line without closing punctuation, after a finished sentence and before a capitalised line, is a
        // heading written without "#" (pasted from a web page): "Downstream Targets", "NAD+ Activates".
        units.close();
        units.add(a, e);
        units.close();
      } else units.add(a, e);
    } else if (language === 'latex') {
      const o = skipSpace(original, a + base, e + base);
      if (original.charCodeAt(o) !== 92 && !amp.before(a, e) && !backslash.before(a, e)) units.add(a, e);
      else latexLine(masked, original, base, a, e, units);
    } else {
      const item = mayBeListItem(masked.charCodeAt(f), masked.charCodeAt(f + 1)) ? LIST_ITEM.exec(masked.slice(a, e)) : null;
      const body = a + (item ? item[0].length : 0);
      // A short line without closing punctuation, after a finished sentence and before a capitalised line, is a heading.
      const afterSentence = units.endsSentence(masked);
      if (item) units.close();
      const after = !afterSentence || !isHeadingLike(masked, body, e) ? '' : last ? undefined : lineAt(masked, next);
      if (after === undefined || (after !== '' && /^\s*(?:[A-Z•]|[-*+•]\s)/.test(after))) {
        units.close();
        units.add(body, e);
        units.close();
      } else units.add(body, e);
    }
    if (last || next >= to) break;
    a = next;
  }
  units.close();
}

/** A Markdown line that may be markup: quote, heading, setext underline, table, list item. */
function markdownLine(masked: string, from: number, e: number, next: string | undefined, units: UnitBuilder): void {
  const line = masked.slice(from, e);
  if (MD_SETEXT.test(line) || isTableSeparator(line)) {
    units.close();
    return;
  }
  const quote = /^\s*(?:>\s?)+/.exec(line);
  const body = quote ? quote[0].length : 0;
  const rest = line.slice(body);
  const heading = MD_HEADING.exec(rest);
  if (heading) {
    units.close();
    units.add(from + body + heading[0].length, e);
    units.close();
    return;
  }
  if (rest.trimStart().startsWith('|') || (rest.match(/\|/g)?.length ?? 0) >= 2) {
    units.close();
    splitCells(rest, from + body, '|', units);
    return;
  }
  const item = LIST_ITEM.exec(rest);
  if (item) {
    units.close();
    units.add(from + body + item[0].length, e);
    return;
  }
  if (units.endsSentence(masked) && isTitleLine(masked, from + body, e) && /^\s*[A-Z0-9]/.test(next ?? '')) {
    units.close();
    units.add(from + body, e);
    units.close();
    return;
  }
  units.add(from + body, e);
}

/** A LaTeX line that may hold structure: \begin/\end, a sectioning command, table cells (&) or rows (\\). */
function latexLine(masked: string, original: string, base: number, from: number, e: number, units: UnitBuilder): void {
  const line = masked.slice(from, e);
  const originalLine = original.slice(from + base, e + base);
  if (TEX_ENV.test(originalLine)) {
    units.close();
    return;
  }
  if (TEX_HEADING.test(originalLine)) units.close();
  let at = 0;
  const cellBreak = /&|\\\\/g;
  let m: RegExpExecArray | null;
  while ((m = cellBreak.exec(line)) !== null) {
    if (original[base + from + m.index - 1] === '\\') continue; // \& is a literal ampersand
    units.add(from + at, from + m.index);
    units.close();
    at = m.index + m[0].length;
  }
  units.add(from + at, e);
  if (TEX_CLOSING_HEADING.test(originalLine)) units.close();
}

/** The non-blank cells of a table row, each a unit of its own. */
function splitCells(line: string, offset: number, sep: string, units: UnitBuilder): void {
  let at = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || (line[i] === sep && line[i - 1] !== '\\')) {
      if (line.slice(at, i).trim()) units.cell(offset + at, offset + i);
      at = i + 1;
    }
  }
}
