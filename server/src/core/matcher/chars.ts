// Per-code-unit tables the matcher and the lexicon share, built once on first use (65,536 entries each):
// - canon: typographic variants to their plain form (NBSP and other spaces -> ' ', U+2010/U+2011 -> '-', curly
//   apostrophes -> "'"); a case-sensitive term compares against canon;
// - fold: canon, then lower case when that is one code unit (so offsets never shift);
// - word: letters, digits and combining marks (any script); surrogates count as non-word.

export interface CharTables {
  readonly canon: Uint16Array;
  readonly fold: Uint16Array;
  readonly word: Uint8Array;
}

let tables: CharTables | undefined;

function canonical(c: number): number {
  if (c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return 32;
  if (c === 0x202f || c === 0x205f || c === 0x3000) return 32;
  if (c === 0x2010 || c === 0x2011) return 45;
  if (c === 0x2018 || c === 0x2019 || c === 0x2032) return 39;
  return c;
}

/** The string of these code units (no lone surrogates among them): decoded natively where the host is little-endian
 * (String.fromCharCode over 63,488 spread arguments took ~20 ms at start-up). */
function unitsText(codes: Uint16Array): string {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return new TextDecoder('utf-16le').decode(codes);
  let all = '';
  for (let at = 0; at < codes.length; at += 8192) all += String.fromCharCode(...codes.subarray(at, at + 8192));
  return all;
}

export function charTables(): CharTables {
  if (tables) return tables;
  const canon = new Uint16Array(65536);
  const fold = new Uint16Array(65536);
  const word = new Uint8Array(65536);
  // Letters, digits and marks of the whole BMP (surrogates left out) in one regular expression pass: every other
  // unit becomes NUL.
  const codes = new Uint16Array(65536 - 0x800);
  for (let c = 0; c < codes.length; c++) codes[c] = c < 0xd800 ? c : c + 0x800;
  const all = unitsText(codes);
  const marked = all.replace(/[^\p{L}\p{N}\p{M}]/gu, '\0');
  for (let k = 0; k < marked.length; k++) {
    if (marked.charCodeAt(k) !== 0) word[k < 0xd800 ? k : k + 0x800] = 1;
  }
  for (let c = 0; c < 65536; c++) {
    const k = canonical(c);
    canon[c] = k;
    if (k < 128) fold[c] = k >= 65 && k <= 90 ? k + 32 : k;
    else if (!word[k] || (k >= 0x3400 && k <= 0x9fff) || (k >= 0xac00 && k <= 0xd7a3) || (k >= 0xd800 && k <= 0xf8ff)) {
      fold[c] = k; // not a letter, or a script without case (CJK, Hangul), surrogates, private use
    } else {
      const lower = String.fromCharCode(k).toLowerCase();
      fold[c] = lower.length === 1 ? lower.charCodeAt(0) : k;
    }
  }
  tables = { canon, fold, word };
  return tables;
}

/** Printable ASCII words with single spaces between them: already canonical. */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** A term's canonical text: canon per code unit, white space runs (line breaks too) collapsed, trimmed. */
export function canonicalTerm(text: string): string {
  if (PLAIN.test(text)) return text;
  const { canon } = charTables();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = canon[c] ?? c;
    if (k === 32 || c === 10 || c === 13) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += String.fromCharCode(k);
  }
  return out;
}

/** `canonicalTerm` folded to lower case per code unit: the trie key and the case-insensitive lookup key. */
export function foldedTerm(text: string): string {
  const canonText = canonicalTerm(text);
  if (ASCII.test(canonText)) return canonText.toLowerCase();
  const { fold } = charTables();
  let out = '';
  for (let i = 0; i < canonText.length; i++) {
    const c = canonText.charCodeAt(i);
    out += String.fromCharCode(fold[c] ?? c);
  }
  return out;
}
