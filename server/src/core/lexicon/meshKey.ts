// The key a chemical or disease term is looked up by, the same for the table's terms and the document's text:
// letters folded to lower case, Greek letters spelled out ("α-methyldopa" = "alpha-methyldopa"), every run of white
// space or hyphens one space ("beta blocker" = "beta-blocker"), other punctuation kept ("NAD(+)", "Ca2+").
// `shapedKey` keeps the case of the words whose case carries meaning ("NAD", "vitamin D", "FK866") and folds the
// others (lower-case and Capitalized words), so "Vitamin D" and "vitamin D" agree but "nad" is not "NAD".

const GREEK: Readonly<Record<number, string>> = {
  0x3b1: 'alpha', 0x3b2: 'beta', 0x3b3: 'gamma', 0x3b4: 'delta', 0x3b5: 'epsilon', 0x3ba: 'kappa', 0x3bb: 'lambda',
  0x3bc: 'mu', 0x3c9: 'omega', 0x391: 'alpha', 0x392: 'beta', 0x393: 'gamma', 0x394: 'delta',
};

/** One character of a key: its text, or "" for a separator (white space, hyphen, dash). */
export function keyPiece(c: number): string | undefined {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return '';
  return GREEK[c];
}

function build(text: string, shaped: boolean): string {
  let out = '';
  let space = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const piece = keyPiece(c);
    if (piece === '') {
      space = out.length > 0;
      i++;
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (piece !== undefined) {
      out += piece;
      i++;
      continue;
    }
    // A word (a run of letters and digits) or one punctuation character.
    let j = i;
    while (j < text.length && isWordUnit(text.charCodeAt(j))) j++;
    if (j === i) {
      out += text[i] === '\u2212' ? '-' : (text[i] ?? '');
      i++;
      continue;
    }
    const word = text.slice(i, j);
    out += shaped && !foldable(word) ? word : word.toLowerCase();
    i = j;
  }
  return out;
}

export const meshKey = (text: string): string => build(text, false);
export const shapedKey = (text: string): string => build(text, true);

/** A word whose case carries no meaning: all lower case, or Capitalized, of at least three letters ("Mg" is not "mg"). */
export function foldable(word: string): boolean {
  const first = word.charCodeAt(0);
  const startsUpper = first >= 65 && first <= 90;
  if (startsUpper && word.length < 3) return false;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return false;
  }
  return startsUpper || (first >= 97 && first <= 122) || first >= 0xc0;
}

/** A letter or digit (Latin, Latin-1 and other scripts above U+00C0, not Greek letters, which keys spell out). */
export function isWordUnit(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x391 && c <= 0x3c9) return false;
  return c < 0x2000;
}
