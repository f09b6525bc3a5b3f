// The characters of a chemical or disease key, the same for the table's terms and the document's text (meshHash.ts
// walks them): letters folded to lower case, Greek letters spelled out ("α-methyldopa" = "alpha-methyldopa"), every
// run of white space or hyphens one space ("beta blocker" = "beta-blocker"), other punctuation kept ("NAD(+)",
// "Ca2+"). The shaped key keeps the case of the words whose case carries meaning ("NAD", "vitamin D", "FK866") and
// folds the others (lower-case and Capitalized words), so "Vitamin D" and "vitamin D" agree but "nad" is not "NAD".

const GREEK: Readonly<Record<number, string>> = {
  0x3b1: 'alpha', 0x3b2: 'beta', 0x3b3: 'gamma', 0x3b4: 'delta', 0x3b5: 'epsilon', 0x3ba: 'kappa', 0x3bb: 'lambda',
  0x3bc: 'mu', 0x3c9: 'omega', 0x391: 'alpha', 0x392: 'beta', 0x393: 'gamma', 0x394: 'delta',
};

/** One character of a key: its text, or "" for a separator (white space, hyphen, dash). */
export function keyPiece(c: number): string | undefined {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return '';
  return c < 0x391 || c > 0x3c9 ? undefined : GREEK[c];
}

/** A letter or digit (Latin, Latin-1 and other scripts above U+00C0, not Greek letters, which keys spell out). */
export function isWordUnit(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x391 && c <= 0x3c9) return false;
  return c < 0x2000;
}

/** What a code unit is to a key (KEY_UNITS): punctuation (a unit of its own), a letter or digit, a Greek letter, a separator. */
export const KEY_OTHER = 0;
export const KEY_WORD = 1;
export const KEY_GREEK = 2;
export const KEY_SEPARATOR = 3;

/** Per code unit, KEY_WORD (isWordUnit), KEY_GREEK (keyPiece spells it out), KEY_SEPARATOR (keyPiece ''), else KEY_OTHER: one look-up per unit in a scan. */
export const KEY_UNITS: Uint8Array = ((): Uint8Array => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const piece = keyPiece(c);
    t[c] = isWordUnit(c) ? KEY_WORD : piece === '' ? KEY_SEPARATOR : piece !== undefined ? KEY_GREEK : KEY_OTHER;
  }
  return t;
})();
