// LaTeX regions: comments, command names, the arguments of commands whose arguments are keys (labels, citations,
// files, URLs, environment names) and verbatim-like environments. The text argument of \textbf{...} stays prose.
import type { RegionList } from './regionList';
import { bareLinkAt, Stops, URL_START } from './links';

/** Where the scanner stops: comments, commands, e-mail addresses, URLs. */
const STOPS = new RegExp(`[%\\\\@]|${URL_START}`, 'gi');

/** Commands whose arguments are all keys: optional [..] arguments, then this many {..} arguments. */
const KEY_ARGS = new Map<string, number>([
  ['label', 1], ['ref', 1], ['eqref', 1], ['autoref', 1], ['cref', 1], ['Cref', 1], ['pageref', 1], ['nameref', 1],
  ['vref', 1], ['Vref', 1], ['cpageref', 1], ['Cpageref', 1], ['labelcref', 1], ['autopageref', 1],
  ['input', 1], ['include', 1], ['includeonly', 1], ['usepackage', 1], ['RequirePackage', 1],
  ['documentclass', 1], ['LoadClass', 1], ['bibliography', 1], ['bibliographystyle', 1], ['addbibresource', 1],
  ['url', 1], ['href', 1], ['includegraphics', 1], ['bibitem', 1], ['graphicspath', 1], ['lstinputlisting', 1],
  ['inputminted', 2], ['subfile', 1], ['import', 2], ['subimport', 2], ['externaldocument', 1],
  ['begin', 1], ['end', 1], ['newcounter', 1], ['setcounter', 1], ['addtocounter', 1], ['hypersetup', 1],
]);

/** Environments whose body is never prose. */
const VERBATIM = new Set([
  'verbatim', 'verbatim*', 'Verbatim', 'Verbatim*', 'BVerbatim', 'LVerbatim', 'spverbatim', 'lstlisting', 'minted',
  'comment', 'filecontents', 'filecontents*',
]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64;
}

function isTokenEnd(c: number): boolean {
  return c <= 32 || c === 123 || c === 125 || c === 37 || c === 92;
}

function lineEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
    i++;
  }
  return n;
}

/** Whether the line break at `i` ends a paragraph (the next line is blank or the text ends). */
function endsParagraph(text: string, i: number): boolean {
  let j = i + 1;
  if (text.charCodeAt(i) === 13 && text.charCodeAt(j) === 10) j++;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Skips spaces, tabs and one line break (not a paragraph break). */
function skipSpace(text: string, i: number): number {
  let breaks = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if ((c === 10 || c === 13) && breaks === 0 && !endsParagraph(text, i)) {
      breaks++;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else return i;
  }
}

/**
 * End (after the closer) of a balanced group opened at `i`, honouring `\` escapes. An unclosed group ends where
 * its paragraph ends, as LaTeX's "Runaway argument" does.
 */
function groupEnd(text: string, i: number, open: number, close: number): number {
  const n = text.length;
  let depth = 0;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else {
      if (c === open) depth++;
      else if (c === close) {
        depth--;
        if (depth === 0) return j + 1;
      } else if ((c === 10 || c === 13) && endsParagraph(text, j)) return j;
      j++;
    }
  }
  return n;
}

/** End of `\verb|...|` style content whose delimiter is at `i` (the line's end when unclosed). */
function delimitedEnd(text: string, i: number): number {
  const d = text.charCodeAt(i);
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === d) return j + 1;
    if (c === 10 || c === 13) return j;
  }
  return text.length;
}

/** Handles the command whose name ends at `j` (after any star); returns where its excluded part ends. */
function commandEnd(text: string, name: string, j: number): number {
  const n = text.length;
  if (name === 'verb' || name === 'lstinline' || name === 'mintinline') {
    let k = j;
    if (name === 'lstinline' && text.charCodeAt(k) === 91) k = groupEnd(text, k, 91, 93);
    if (name === 'mintinline' && text.charCodeAt(k) === 123) k = groupEnd(text, k, 123, 125);
    const d = text.charCodeAt(k);
    if (k >= n || d === 32 || d === 10 || d === 13 || isLetter(d)) return j;
    return d === 123 && name !== 'verb' ? groupEnd(text, k, 123, 125) : delimitedEnd(text, k);
  }
  const cite = name.toLowerCase().includes('cite');
  const args = cite ? 1 : KEY_ARGS.get(name);
  if (args === undefined) return j;
  let k = j;
  if (name !== 'begin' && name !== 'end') {
    for (let p = skipSpace(text, k); text.charCodeAt(p) === 91; p = skipSpace(text, k)) k = groupEnd(text, p, 91, 93);
  }
  for (let a = 0; a < args; a++) {
    const p = skipSpace(text, k);
    if (text.charCodeAt(p) !== 123) {
      // `\input file` without braces: one token.
      if (a === 0 && (name === 'input' || name === 'include')) {
        let t = p;
        while (t < n && !isTokenEnd(text.charCodeAt(t))) t++;
        if (t > p && p === k + 1) return t;
      }
      break;
    }
    const argEnd = groupEnd(text, p, 123, 125);
    if (name === 'begin') {
      const env = text.slice(p + 1, argEnd - 1).trim();
      if (VERBATIM.has(env)) {
        const closing = `\\end{${env}}`;
        const f = text.indexOf(closing, argEnd);
        return f < 0 ? n : f + closing.length;
      }
    }
    k = argEnd;
  }
  return k;
}

export function latexRegions(text: string, out: RegionList): void {
  const n = text.length;
  const stops = new Stops(text, STOPS);
  let i = 0;
  while ((i = stops.next(i)) < n) {
    const c = text.charCodeAt(i);
    if (c === 37 /* % */) {
      const e = lineEnd(text, i);
      out.add(i, e);
      i = e;
      continue;
    }
    if (c === 92 /* \ */) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      if (j === i + 1) {
        // A control symbol: \%, \\, \{, \$ ...
        const e = Math.min(n, i + 2);
        out.add(i, e);
        i = e;
        continue;
      }
      const name = text.slice(i + 1, j);
      if (text.charCodeAt(j) === 42 /* * */) j++;
      const e = Math.max(j, commandEnd(text, name, j));
      out.add(i, e);
      i = e;
      continue;
    }
    const after = bareLinkAt(text, i, 0, n, out);
    i = after >= 0 ? after : i + 1;
  }
}
