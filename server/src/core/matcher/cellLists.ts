// Lists of cell lines' names, which a gene's alias may spell ("HuH-7", "HLF", "AsPC-1", "MIA PaCa-2"): the names
// listed after "cell line(s)" ("the HCC cell lines (HuH-7, Li-7, HLF and HLE)", "cell lines HepG2, HuH-7 and
// PLC/PRF/5") and before it ("AsPC-1, PANC-1 and MIA PaCa-2 cell lines"). documentGenes.ts reads a gene mention
// inside such a list as the name of cells, as it reads "HuH-7 cells". Only lists joined to "cell line(s)" are read:
// "CD4+ and CD8+ T cells" names cells by their markers, which the corpora annotate as genes.

/** How far a list may reach from "cell line(s)", in code units. */
const REACH = 160;
/** Words in one listed name at most ("MIA PaCa-2", "Hs 766T"). */
const NAME_WORDS = 3;

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
const isCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * The spans [start, end) of the lists of cell lines' names in `text`, as pairs in one array (start, end, start,
 * end...), in order; empty when the text writes no "cell line".
 */
export function cellLists(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('cell line'); at >= 0; at = text.indexOf('cell line', at + 9)) {
    if (at > 0 && isWord(text.charCodeAt(at - 1))) continue;
    let end = at + 9;
    if (text.charCodeAt(end) === 115 /* s */) end++;
    if (isWord(text.charCodeAt(end))) continue;
    const before = listBefore(text, at);
    if (before < at) out.push(before, at);
    const after = listAfter(text, end);
    if (after > end) out.push(end, after);
  }
  return out;
}

/** Whether text[a, b) (trimmed) is a listed name: one to NAME_WORDS words, each holding a capital or a digit. */
function isName(text: string, a: number, b: number): boolean {
  while (a < b && text.charCodeAt(a) === 32) a++;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  if (a >= b) return false;
  let words = 1;
  let code = false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (!code) return false;
      words++;
      code = false;
    } else if (isCode(c)) code = true;
    else if (!isWord(c) && c !== 45 && c !== 47 && c !== 46) return false;
  }
  return code && words <= NAME_WORDS;
}

/** Whether the unit at k ends a clause for a list: a bracket, a semicolon, a colon, or a sentence's stop. */
function isBreak(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 40 || c === 41 || c === 59 || c === 58 || c === 10 || (c === 46 && !isWord(text.charCodeAt(k + 1)));
}

/** The items of text[a, b), parted by ",", " and ", " or " (with spaces around), as [start, end] pairs. */
function items(text: string, a: number, b: number): number[] {
  const out: number[] = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    let sep = 0;
    if (k === b) sep = 1;
    else if (text.charCodeAt(k) === 44) sep = 1;
    else if (text.startsWith(' and ', k) && k + 5 <= b) sep = 5;
    else if (text.startsWith(' or ', k) && k + 4 <= b) sep = 4;
    if (sep === 0) continue;
    out.push(s, k);
    k += sep - 1;
    s = k + 1;
    // ", and": the word after the comma is the separator's.
    while (s < b && text.charCodeAt(s) === 32) s++;
    if (text.startsWith('and ', s)) s += 4;
    else if (text.startsWith('or ', s)) s += 3;
    k = s - 1;
  }
  return out;
}

/** The start of the list of names ending right before `at` ("AsPC-1, PANC-1 and MIA PaCa-2 cell lines"), or `at`. */
function listBefore(text: string, at: number): number {
  let a = at;
  const limit = Math.max(0, at - REACH);
  while (a > limit && !isBreak(text, a - 1)) a--;
  const parts = items(text, a, at);
  let start = at;
  for (let i = parts.length - 2; i >= 0; i -= 2) {
    if (!isName(text, parts[i]!, parts[i + 1]!)) {
      // The first item's last word may be the name ("in pancreatic cancer AsPC-1, PANC-1 ...").
      return nameSuffix(text, parts[i]!, parts[i + 1]!) ?? start;
    }
    start = parts[i]!;
  }
  return start;
}

/** The start of the last word of text[a, b) when it makes a name (isName), else undefined. */
function nameSuffix(text: string, a: number, b: number): number | undefined {
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  let w = b;
  while (w > a && text.charCodeAt(w - 1) !== 32) w--;
  return w < b && isName(text, w, b) ? w : undefined;
}

/** The end of the list of names right after `from` ("cell lines (HuH-7, HLF and HLE)", "cell lines, HepG2 and HuH-7"). */
function listAfter(text: string, from: number): number {
  let k = from;
  if (text.charCodeAt(k) === 44 || text.charCodeAt(k) === 58) k++;
  while (text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) === 40) k++;
  let b = k;
  const limit = Math.min(text.length, from + REACH);
  while (b < limit && !isBreak(text, b)) b++;
  const parts = items(text, k, b);
  let end = from;
  for (let i = 0; i < parts.length; i += 2) {
    if (!isName(text, parts[i]!, parts[i + 1]!)) break;
    end = parts[i + 1]!;
  }
  return end;
}

/**
 * Whether the gene mention text[start, end), inside a list of cellLists', is a whole listed name: "HuH-7", "HLF"; not
 * a gene in a cell's description ("HER2-positive SKBR3", "p53-null H1299"), nor the first part of a name ("MEG" of
 * "MEG-01": a text may name the gene elsewhere in the document, "PTPase MEG").
 */
export function wholeName(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return !(start > 0 && (isWord(before) || before === 45)) && !isWord(after) && after !== 45;
}
