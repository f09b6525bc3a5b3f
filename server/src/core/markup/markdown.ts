// Markdown block structure, line by line: front matter, fenced and indented code, HTML comment blocks, reference
// definitions. Paragraph lines are gathered and handed to the inline scanner. Pragmatic CommonMark, not a parser:
// it only has to know what is not prose.
import type { RegionList } from './regionList';
import type { Stops } from './links';
import { inlineRegions, inlineStops } from './markdownInline';

/** End of the line at `pos` (before its line break). `lf` is true when the text has no lone CR line breaks. */
function lineEnd(text: string, pos: number, lf: boolean): number {
  if (lf) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return text.length;
    return nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  }
  const n = text.length;
  let i = pos;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    i++;
  }
  return n;
}

function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end + 1;
}

/** Offset after any block quote markers (`> > `) at the start of a line. */
function afterQuotes(text: string, pos: number, end: number): number {
  let i = pos;
  for (;;) {
    let k = i;
    while (k < end && k - i < 3 && text.charCodeAt(k) === 32) k++;
    if (k < end && text.charCodeAt(k) === 62) {
      i = k + 1;
      if (text.charCodeAt(i) === 32) i++;
    } else return i;
  }
}

/** The front matter's end (after its closing line) when the document opens with `---` or `+++`, else 0. */
function frontMatterEnd(text: string, lf: boolean): number {
  const marker = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : '';
  if (!marker) return 0;
  const first = lineEnd(text, 0, lf);
  if (text.slice(3, first).trim() !== '') return 0;
  let pos = nextLine(text, first);
  while (pos < text.length) {
    const e = lineEnd(text, pos, lf);
    const line = text.slice(pos, Math.min(e, pos + 8)).trimEnd();
    if (line === marker || (marker === '---' && line === '...')) return e;
    pos = nextLine(text, e);
  }
  return 0;
}

/** Length of a list item marker (`- `, `* `, `+ `, `1. `, `1) `) at `k`, or 0. */
function listMarker(text: string, k: number, end: number): number {
  const c = text.charCodeAt(k);
  let j = k;
  if (c === 45 || c === 42 || c === 43) j = k + 1;
  else {
    while (j < end && j - k < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === k) return 0;
    const d = text.charCodeAt(j);
    if (d !== 46 && d !== 41) return 0;
    j++;
  }
  if (j < end && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) return 0;
  return j - k + 1;
}

/** For a fence opener at `k` (``` or ~~~, three or more), its length, else 0. */
function fenceOpen(text: string, k: number, end: number): number {
  const c = text.charCodeAt(k);
  if (c !== 96 && c !== 126) return 0;
  let j = k;
  while (j < end && text.charCodeAt(j) === c) j++;
  const run = j - k;
  if (run < 3) return 0;
  if (c === 96) {
    for (let i = j; i < end; i++) if (text.charCodeAt(i) === 96) return 0;
  }
  return run;
}

/** Whether the line [pos, end) closes a fence of `run` × `ch`. */
function closesFence(text: string, pos: number, end: number, ch: number, run: number): boolean {
  let k = afterQuotes(text, pos, end);
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  let j = k;
  while (j < end && text.charCodeAt(j) === ch) j++;
  if (j - k < run) return false;
  while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  return j === end;
}

/** End of a reference definition's label (`[id]:`) at `k`: the offset after ':', or -1. */
function definitionColon(text: string, k: number, end: number): number {
  for (let j = k + 1; j < end && j - k < 1000; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 91) return -1;
    else if (c === 93) return j > k + 1 && text.charCodeAt(j + 1) === 58 ? j + 2 : -1;
  }
  return -1;
}

/** Scans the open paragraph [start, end), if any, for inline regions; returns -1 (no paragraph open). */
function flush(text: string, start: number, end: number, out: RegionList, stops: Stops): number {
  if (start >= 0) inlineRegions(text, start, end, out, stops);
  return -1;
}

export function markdownRegions(text: string, out: RegionList): void {
  const n = text.length;
  // Line breaks are LF or CRLF almost always; only a lone CR forces the slower character loop.
  const lf = !text.includes('\r') || !/\r(?!\n)/.test(text);
  const stops = inlineStops(text);
  let pos = frontMatterEnd(text, lf);
  if (pos > 0) {
    out.add(0, pos);
    pos = nextLine(text, pos);
  }
  let paraStart = -1;
  let paraEnd = -1;
  let prevBlank = true;
  let inList = false;
  let inIndented = false;
  while (pos < n) {
    const e = lineEnd(text, pos, lf);
    const next = nextLine(text, e);
    const q = afterQuotes(text, pos, e);
    let k = q;
    let col = 0;
    for (; k < e; k++) {
      const c = text.charCodeAt(k);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
    }
    if (k >= e) {
      paraStart = flush(text, paraStart, paraEnd, out, stops);
      prevBlank = true;
      pos = next;
      continue;
    }
    const marker = listMarker(text, k, e);
    if (prevBlank && col === 0 && marker === 0) inList = false;
    if (inIndented && col < 4) inIndented = false;
    if (inIndented || (col >= 4 && prevBlank && !inList)) {
      inIndented = true;
      out.add(k, e);
      prevBlank = false;
      pos = next;
      continue;
    }
    prevBlank = false;
    const fence = fenceOpen(text, k, e);
    if (fence > 0) {
      paraStart = flush(text, paraStart, paraEnd, out, stops);
      const ch = text.charCodeAt(k);
      let p = next;
      let close = n;
      while (p < n) {
        const pe = lineEnd(text, p, lf);
        if (closesFence(text, p, pe, ch, fence)) {
          close = pe;
          break;
        }
        p = nextLine(text, pe);
      }
      out.add(k, close);
      pos = close >= n ? n : nextLine(text, close);
      continue;
    }
    const c = text.charCodeAt(k);
    if (col <= 3 && c === 60 && text.startsWith('<!--', k)) {
      paraStart = flush(text, paraStart, paraEnd, out, stops);
      const f = text.indexOf('-->', k + 4);
      if (f < 0) {
        out.add(k, n);
        return;
      }
      out.add(k, f + 3);
      const rest = lineEnd(text, f + 3, lf);
      inlineRegions(text, f + 3, rest, out, stops);
      pos = nextLine(text, rest);
      continue;
    }
    if (col <= 3 && c === 91) {
      const colon = definitionColon(text, k, e);
      if (colon > 0) {
        paraStart = flush(text, paraStart, paraEnd, out, stops);
        // A footnote's text is prose: only its label is excluded. A link definition is all keys.
        if (text.charCodeAt(k + 1) === 94) {
          out.add(k, colon);
          paraStart = colon;
          paraEnd = e;
        } else out.add(k, e);
        pos = next;
        continue;
      }
    }
    if (col <= 3 && c === 35) {
      paraStart = flush(text, paraStart, paraEnd, out, stops);
      inlineRegions(text, k, e, out, stops);
      pos = next;
      continue;
    }
    if (marker > 0) inList = true;
    if (paraStart < 0) paraStart = q;
    paraEnd = e;
    pos = next;
  }
  flush(text, paraStart, paraEnd, out, stops);
}
