// Bare URLs and e-mail addresses, as GitHub-flavoured Markdown's extended autolinks find them. Shared by every
// markup: in plain text they are the only regions.
import type { RegionList } from './regionList';

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `text` at `i` starts with the lower-case ASCII `prefix`, in any case. */
export function startsWithFolded(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    if (lower(text.charCodeAt(i + k)) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

/** Characters that end a bare URL: white space, and markup that never belongs to one. */
function endsUrl(c: number): boolean {
  return isSpace(c) || c === 60 /* < */ || c === 62 /* > */ || c === 96 /* ` */ || c === 34 /* " */ ||
    c === 123 /* { */ || c === 125 /* } */ || c === 92 /* \ */ || c === 124 /* | */ || c < 32;
}

/** Trailing characters a bare URL gives back to the sentence. */
function isTrailingPunct(c: number): boolean {
  return c === 63 || c === 33 || c === 46 || c === 44 || c === 58 || c === 42 || c === 95 || c === 126 ||
    c === 39 || c === 59;
}

/**
 * End of a bare URL (http://, https://, ftp:// or www.) starting at `i`, or -1. The caller checks that `i` is at a
 * word start.
 */
export function bareUrlEnd(text: string, i: number, limit: number): number {
  let j: number;
  if (startsWithFolded(text, i, 'http://')) j = i + 7;
  else if (startsWithFolded(text, i, 'https://')) j = i + 8;
  else if (startsWithFolded(text, i, 'ftp://')) j = i + 6;
  else if (startsWithFolded(text, i, 'www.')) j = i + 4;
  else return -1;
  if (j >= limit || !isAsciiAlnum(text.charCodeAt(j))) return -1;
  let open = 0;
  let close = 0;
  let square = 0;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (endsUrl(c)) break;
    if (c === 40) open++;
    else if (c === 41) close++;
    else if (c === 93) square++;
    j++;
  }
  // Give back trailing punctuation and unbalanced closing brackets: "(see https://x.org/a)." keeps "https://x.org/a".
  while (j > i) {
    const c = text.charCodeAt(j - 1);
    if (isTrailingPunct(c)) j--;
    else if (c === 41 && close > open) {
      close--;
      j--;
    } else if (c === 93 && square > 0) {
      square--;
      j--;
    } else break;
  }
  return j;
}

function isLocalPart(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 || c === 95;
}

/**
 * The e-mail address around the `@` at `at`, as [start, end], or undefined. The local part may not reach back
 * before `lower`; the domain needs a dot and ends before `limit`.
 */
export function emailAround(text: string, at: number, lower: number, limit: number): [number, number] | undefined {
  let s = at;
  while (s > lower && isLocalPart(text.charCodeAt(s - 1))) s--;
  while (s < at && text.charCodeAt(s) === 46) s++;
  if (s === at) return undefined;
  let j = at + 1;
  let dots = 0;
  let end = -1;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isDomainChar(c)) {
      j++;
      continue;
    }
    if (c === 46 && j + 1 < limit && isDomainChar(text.charCodeAt(j + 1)) && j > at + 1) {
      dots++;
      j++;
      continue;
    }
    break;
  }
  end = j;
  if (dots === 0 || end <= at + 1) return undefined;
  const last = text.charCodeAt(end - 1);
  if (last === 45 || last === 95) return undefined;
  return [s, end];
}

/** Whether a bare URL could start at `i`: the previous character is not a letter, digit or URL-ish joiner. */
export function canStartUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 104 && c !== 72 && c !== 102 && c !== 70 && c !== 119 && c !== 87) return false;
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return !isAsciiAlnum(p) && p !== 46 && p !== 47 && p !== 64 && p !== 45 && p !== 95;
}

/**
 * Where a scanner must stop next: the first match of a global regular expression at or after a position, for
 * positions asked in increasing order (a match found once answers every position up to it), so the native search
 * skips the prose between stops and the text is searched once. A position asked out of order searches again.
 */
export class Stops {
  private readonly re: RegExp;
  private asked = -1;
  private at = -1;

  constructor(private readonly text: string, pattern: RegExp) {
    this.re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  }

  /** The first stop at or after `i`, or the text's length. */
  next(i: number): number {
    if (i < this.asked || i > this.at) this.at = this.find(i);
    this.asked = i;
    return this.at;
  }

  /** The first match at or after `i`; a URL_START match ("://") stands for the scheme before it, when it is one. */
  private find(i: number): number {
    const { re, text } = this;
    re.lastIndex = i;
    for (;;) {
      const m = re.exec(text);
      if (!m) return text.length;
      const at = m.index;
      if (text.charCodeAt(at) !== 58 /* : */) return at;
      const scheme = schemeBefore(text, at);
      if (scheme >= i) return scheme;
      re.lastIndex = at + 1;
    }
  }
}

/**
 * Where a bare URL may start: "http://", "https://", "ftp://" (in any case), found by their "://" (Stops goes back to
 * the scheme: searching for the schemes themselves stopped at every "h", "f" and "w" of prose), or "www." (bareUrlEnd
 * checks the rest). Stops' patterns have no other ':'.
 */
export const URL_START = '://|www\\.';

/** The schemes a "://" may end, the longest first. */
const SCHEMES = ['https', 'http', 'ftp'];

/** Where "https", "http" or "ftp" (any case) ends right before text[at], the longest: its start, or -1. */
function schemeBefore(text: string, at: number): number {
  for (const scheme of SCHEMES) if (at >= scheme.length && startsWithFolded(text, at - scheme.length, scheme)) return at - scheme.length;
  return -1;
}

/** The stops of plain text: '@' and where a URL may start. */
const PLAIN_STOPS = new RegExp(`@|${URL_START}`, 'gi');

/**
 * The e-mail address around the '@' at i, or the bare URL that starts at i, added to `out` (an address starts at or
 * after `from`, the URL or address ends by `to`): where the scan goes on, or -1 when there is none. The step every
 * scanner (plain text, Markdown, LaTeX) takes at an '@' or a URL start.
 */
export function bareLinkAt(text: string, i: number, from: number, to: number, out: RegionList): number {
  if (text.charCodeAt(i) === 64 /* @ */) {
    const email = emailAround(text, i, Math.max(from, out.lastEnd), to);
    if (!email) return -1;
    out.add(email[0], email[1]);
    return email[1];
  }
  if (!canStartUrl(text, i)) return -1;
  const end = bareUrlEnd(text, i, to);
  if (end <= i) return -1;
  out.add(i, end);
  return end;
}

/** URLs and e-mail addresses in [from, to): the regions of plain text. */
export function plainRegions(text: string, from: number, to: number, out: RegionList): void {
  const stops = new Stops(text, PLAIN_STOPS);
  let i = from;
  while ((i = stops.next(i)) < to) {
    const after = bareLinkAt(text, i, from, to, out);
    i = after >= 0 ? after : i + 1;
  }
}
