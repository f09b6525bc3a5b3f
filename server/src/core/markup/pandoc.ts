// Quarto (.qmd) and R Markdown (.Rmd): Pandoc Markdown with code chunks. The Markdown scanner already finds what
// they share with Markdown (YAML front matter, ```{r} and ```{python} chunks as fenced code, inline code such as
// `r x` and `{r} x` as code spans); this adds what Pandoc has beyond it, in the prose the Markdown scanner left:
// citations ([@smith2020], @smith2020), cross-references (@fig-x, \@ref(fig:x)), TeX math ($x$, $$x$$), attributes
// ({#fig-x .class}), div fences (::: {.callout}) and Quarto shortcodes ({{< include x >}}). One pass over the prose,
// each construct bounded by its line or paragraph, so the whole stays linear.
import { isAsciiAlnum } from './links';
import { markdownRegions } from './markdown';
import type { RegionList, TextRegion } from './regionList';

/** How far a bracketed citation, an attribute block or a shortcode may run. */
const MAX_SPAN = 1000;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A character a citation key may start with (Pandoc: a letter, digit or _). */
function isKeyStart(c: number): boolean {
  return isAsciiAlnum(c) || c === 95;
}

/** A character inside a citation key (Pandoc also allows :.#$%&-+?<>~/ when a key character follows). */
function isKeyInner(c: number): boolean {
  return isKeyStart(c) || c === 58 || c === 46 || c === 35 || c === 36 || c === 37 || c === 38 || c === 45 || c === 43 ||
    c === 63 || c === 60 || c === 62 || c === 126 || c === 47;
}

/** End of the citation key after the `@` at `at` (punctuation at its end is the sentence's), or -1. */
function keyEnd(text: string, at: number, limit: number): number {
  let j = at + 1;
  if (j >= limit) return -1;
  if (text.charCodeAt(j) === 123 /* @{key} */) {
    const close = text.indexOf('}', j);
    return close > j + 1 && close < Math.min(limit, j + MAX_SPAN) ? close + 1 : -1;
  }
  if (!isKeyStart(text.charCodeAt(j))) return -1;
  let lastKey = j;
  while (j < limit && j - at < MAX_SPAN && isKeyInner(text.charCodeAt(j))) {
    if (isKeyStart(text.charCodeAt(j))) lastKey = j;
    j++;
  }
  return lastKey + 1;
}

/** End of the line holding `i` (before its line break), at most `limit`. */
function lineEndFrom(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    j++;
  }
  return j;
}

/** Offset of `c` in [i, limit) on the same line, or -1. */
function onLine(text: string, c: number, i: number, limit: number): number {
  for (let j = i; j < limit && j - i < MAX_SPAN; j++) {
    const d = text.charCodeAt(j);
    if (d === c) return j;
    if (d === 10 || d === 13) return -1;
  }
  return -1;
}

/** End (after the `]`) of a bracketed citation `[see @a, p. 3; -@b]` whose `[` is at `open`, or -1. */
function citationBracketEnd(text: string, open: number, limit: number): number {
  const close = onLine(text, 93, open + 1, limit);
  if (close < 0) return -1;
  const next = text.charCodeAt(close + 1);
  // A link or a span ([text](url), [text][ref], [text]{.class}) is not a citation.
  if (next === 40 || next === 91 || next === 123) return -1;
  for (let j = open + 1; j < close; j++) {
    if (text.charCodeAt(j) !== 64) continue;
    const before = text.charCodeAt(j - 1);
    if (j === open + 1 || isSpace(before) || before === 45 || before === 59 || before === 91) {
      if (keyEnd(text, j, close) > 0) return close + 1;
    }
  }
  return -1;
}

/**
 * End of the TeX math opened by the `$` at `i` ($x$ or $$x$$, Pandoc's rules: no space just inside inline math, no
 * digit just after it, so "$5 and $10" stays prose; no blank line inside), or -1.
 */
function mathEnd(text: string, i: number, limit: number): number {
  const display = text.charCodeAt(i + 1) === 36;
  let j = i + (display ? 2 : 1);
  if (!display && (j >= limit || isSpace(text.charCodeAt(j)))) return -1;
  let newlines = 0;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === 92) {
      j += 2;
      continue;
    }
    if (c === 10) {
      if (!display || ++newlines > 200 || text.charCodeAt(skipBlank(text, j + 1, limit)) === 10) return -1;
    } else if (c === 36) {
      if (display) return text.charCodeAt(j + 1) === 36 ? j + 2 : -1;
      const after = text.charCodeAt(j + 1);
      if (isSpace(text.charCodeAt(j - 1)) || (after >= 48 && after <= 57)) return -1;
      return j + 1;
    } else if (!display && j - i > MAX_SPAN) return -1;
    j++;
  }
  return -1;
}

function skipBlank(text: string, j: number, limit: number): number {
  while (j < limit && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  return j;
}

/** End of an attribute block `{#id .class key=value}` or `{-}` opened at `i`, or -1. */
function attributesEnd(text: string, i: number, limit: number): number {
  const first = text.charCodeAt(i + 1);
  const shortcode = first === 123 && text.charCodeAt(i + 2) === 60; // {{< name args >}}
  if (!shortcode && first !== 35 && first !== 46 && first !== 45 && first !== 61) return -1;
  const close = onLine(text, 125, i + 1, limit);
  if (close < 0) return -1;
  return shortcode ? (text.charCodeAt(close + 1) === 125 ? close + 2 : -1) : close + 1;
}

/** Adds the Pandoc regions of the prose [start, end) (no Markdown region inside it). */
function pandocProse(text: string, start: number, end: number, out: RegionList): void {
  let lineStart = start === 0 || text.charCodeAt(start - 1) === 10;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (lineStart && c === 58 && text.startsWith(':::', i)) {
      // A div fence: the colons and the attributes after them; the div's content is prose.
      const e = lineEndFrom(text, i, end);
      out.add(i, e);
      i = e;
      continue;
    }
    lineStart = c === 10 || (lineStart && (c === 32 || c === 9 || c === 13 || c === 62));
    let e = -1;
    if (c === 92 /* \ */) {
      const n = text.charCodeAt(i + 1);
      if (n === 64 && text.startsWith('ref(', i + 2)) {
        const close = onLine(text, 41, i + 6, end);
        e = close > 0 ? close + 1 : -1;
      } else if (n === 36 || n === 64 || n === 91 || n === 123) {
        i += 2;
        continue;
      }
    } else if (c === 64 /* @ */) {
      const before = i > start ? text.charCodeAt(i - 1) : 32;
      if (!isAsciiAlnum(before) && before !== 95 && before !== 46) e = keyEnd(text, i, end);
    } else if (c === 91 /* [ */) e = citationBracketEnd(text, i, end);
    else if (c === 36 /* $ */) e = mathEnd(text, i, end);
    else if (c === 123 /* { */) e = attributesEnd(text, i, end);
    if (e > i) {
      out.add(i, e);
      i = e;
    } else i++;
  }
}

/** The regions of a Quarto or R Markdown document: Markdown's, then Pandoc's in the prose between them. */
export function pandocRegions(text: string, out: RegionList): void {
  markdownRegions(text, out);
  const markdown: TextRegion[] = out.regions.slice();
  if (markdown.some((r, k) => k > 0 && r.start < (markdown[k - 1]?.start ?? 0))) markdown.sort((a, b) => a.start - b.start);
  let from = 0;
  for (const r of markdown) {
    if (r.start > from) pandocProse(text, from, r.start, out);
    from = Math.max(from, r.end);
  }
  if (from < text.length) pandocProse(text, from, text.length, out);
}
