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
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032) return 39;
  return c;
}

export function charTables(): CharTables {
  if (tables) return tables;
  const canon = new Uint16Array(65536);
  const fold = new Uint16Array(65536);
  const word = new Uint8Array(65536);
  const isWord = /^[\p{L}\p{N}\p{M}]$/u;
  for (let c = 0; c < 65536; c++) {
    const k = canonical(c);
    canon[c] = k;
    if (c < 128) {
      fold[c] = k >= 65 && k <= 90 ? k + 32 : k;
      word[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      fold[c] = c;
    } else {
      const ch = String.fromCharCode(k);
      const lower = ch.toLowerCase();
      fold[c] = lower.length === 1 ? lower.charCodeAt(0) : k;
      word[c] = isWord.test(String.fromCharCode(c)) ? 1 : 0;
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
