// Inline regions of one Markdown paragraph: code spans, link destinations and labels, autolinks, HTML tags and
// comments, bare URLs and e-mail addresses. Everything stays inside [start, end): a paragraph never leaks.
import type { RegionList } from './regionList';
import { bareLinkAt, isAsciiAlnum, Stops, URL_START } from './links';

/** Where the inline scanner stops: escapes, code spans, tags and autolinks, link labels, e-mail addresses, URLs. */
const INLINE_STOPS = new RegExp(`[\\\\\`<\\]@]|${URL_START}`, 'gi');

/** The stops of a document's inline scan, shared by the paragraphs of one pass over it (read in order). */
export function inlineStops(text: string): Stops {
  return new Stops(text, INLINE_STOPS);
}

/** How far a link destination, title, label or HTML tag may run: keeps pathological input linear. */
const MAX_SPAN = 4096;

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isSpaceOrControl(c: number): boolean {
  return c <= 32 || c === 0xa0;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Skips spaces and tabs and at most one line break. */
function skipWs(text: string, j: number, end: number): number {
  let breaks = 0;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9) j++;
    else if ((c === 10 || c === 13) && breaks === 0) {
      breaks++;
      j += c === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
    } else break;
  }
  return j;
}

/** End (after the `)`) of an inline link destination and title opened by the `(` at `p`, or -1. */
function linkDestEnd(text: string, p: number, end: number): number {
  const cap = Math.min(end, p + MAX_SPAN);
  let j = skipWs(text, p + 1, cap);
  if (text.charCodeAt(j) === 60 /* < */) {
    j++;
    while (j < cap) {
      const c = text.charCodeAt(j);
      if (c === 62) break;
      if (c === 60 || c === 10 || c === 13) return -1;
      j += c === 92 ? 2 : 1;
    }
    if (j >= cap) return -1;
    j++;
  } else {
    let depth = 0;
    while (j < cap) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (isSpaceOrControl(c)) break;
      else if (c === 40) {
        depth++;
        j++;
      } else if (c === 41) {
        if (depth === 0) break;
        depth--;
        j++;
      } else j++;
    }
    if (depth !== 0 || j >= cap) return -1;
  }
  j = skipWs(text, j, cap);
  const q = text.charCodeAt(j);
  if (q === 34 || q === 39 || q === 40) {
    const close = q === 40 ? 41 : q;
    j++;
    while (j < cap && text.charCodeAt(j) !== close) j += text.charCodeAt(j) === 92 ? 2 : 1;
    if (j >= cap) return -1;
    j = skipWs(text, j + 1, cap);
  }
  return j < cap && text.charCodeAt(j) === 41 ? j + 1 : -1;
}

/** End (after the `]`) of a link label opened by the `[` at `p` (`[text][label]`), or -1. */
function labelEnd(text: string, p: number, end: number): number {
  const cap = Math.min(end, p + 1000);
  for (let j = p + 1; j < cap; j++) {
    const c = text.charCodeAt(j);
    if (c === 93) return j + 1;
    if (c === 91 || c === 10 || c === 13) return -1;
    if (c === 92) j++;
  }
  return -1;
}

/** End of an autolink `<scheme:...>` / `<a@b.c>` or an HTML tag starting at the `<` at `p`, or -1. */
function angleEnd(text: string, p: number, end: number): number {
  const cap = Math.min(end, p + MAX_SPAN);
  let j = p + 1;
  const first = text.charCodeAt(j);
  if (first === 47 /* / */) j++;
  if (!isLetter(text.charCodeAt(j))) return -1;
  // Autolink: no white space up to '>', and a scheme "x+:" or an '@'.
  let k = j;
  let schemeEnd = -1;
  let at = false;
  while (k < cap) {
    const c = text.charCodeAt(k);
    if (c === 62 || c === 60 || isSpaceOrControl(c)) break;
    if (c === 58 && schemeEnd < 0) schemeEnd = k;
    if (c === 64) at = true;
    k++;
  }
  if (first !== 47 && k < cap && text.charCodeAt(k) === 62 && ((schemeEnd > p + 2 && schemeEnd <= p + 33) || at)) {
    return k + 1;
  }
  // HTML tag: name, then white space, '/' or '>'; attributes may quote '>' and '<'.
  k = j;
  while (k < cap && (isAsciiAlnum(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k++;
  const after = text.charCodeAt(k);
  if (!(after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13)) return -1;
  let quote = 0;
  while (k < cap) {
    const c = text.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k + 1;
    else if (c === 60) return -1;
    k++;
  }
  return -1;
}

/** Adds the inline regions of the paragraph [start, end). `stops`: from inlineStops(text), shared in document order. */
export function inlineRegions(text: string, start: number, end: number, out: RegionList, stops = inlineStops(text)): void {
  // Backtick run lengths known to have no closing run before `end`: each length is searched for at most once.
  let noCloser: Set<number> | undefined;
  // Where the last `-->` search from inside this paragraph ended: a comment never re-scans.
  let commentFrom = -1;
  let commentEnd = -1;
  let i = start;
  while ((i = stops.next(i)) < end) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i += i + 1 < end && isAsciiPunct(text.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    if (c === 96 /* ` */) {
      let run = 1;
      while (i + run < end && text.charCodeAt(i + run) === 96) run++;
      let closer = -1;
      if (!noCloser?.has(run)) {
        let j = i + run;
        while (j < end) {
          if (text.charCodeAt(j) !== 96) {
            j++;
            continue;
          }
          let r = 1;
          while (j + r < end && text.charCodeAt(j + r) === 96) r++;
          if (r === run) {
            closer = j + r;
            break;
          }
          j += r;
        }
        if (closer < 0) (noCloser ??= new Set()).add(run);
      }
      if (closer > 0) {
        out.add(i, closer);
        i = closer;
      } else i += run;
      continue;
    }
    if (c === 60 /* < */) {
      let e = -1;
      if (text.startsWith('<!--', i)) {
        if (commentFrom < 0 || commentEnd < i + 4) {
          commentFrom = i + 4;
          const f = text.indexOf('-->', commentFrom);
          commentEnd = f < 0 || f + 3 > end ? end + 1 : f;
        }
        if (commentEnd <= end - 3) e = commentEnd + 3;
      } else e = angleEnd(text, i, end);
      if (e > i) {
        out.add(i, e);
        i = e;
        continue;
      }
    } else if (c === 93 /* ] */) {
      const n = text.charCodeAt(i + 1);
      const e = n === 40 ? linkDestEnd(text, i + 1, end) : n === 91 ? labelEnd(text, i + 1, end) : -1;
      if (e > i) {
        out.add(i + 1, e);
        i = e;
        continue;
      }
    } else {
      const after = bareLinkAt(text, i, start, end, out);
      if (after >= 0) {
        i = after;
        continue;
      }
    }
    i++;
  }
}
