// How a gene name is written, reduced to a key that other spellings of it share (the habit of GNormPlus and Gilda):
// letter case folded, Greek letters and their spelled names to one Latin letter (α, alpha, ALPHA -> a; β, beta -> b),
// a hyphen or space dropped where it separates runs of different kinds (letters | digits, or a Greek letter) and one
// space where it separates runs of one kind: "IL-1β", "IL-1beta", "IL 1 beta", "IL1B" -> "il1b"; "caspase-9",
// "caspase 9" -> "caspase9"; "HIF-1α", "HIF1A" -> "hif1a"; "TNFalpha", "TNF-α" -> "tnfa"; "vitamin D receptor" and
// "CAP-E" ("cap e") keep a space. In a text, a hyphen between runs of one kind may also be left out ("Bcl-G": BCLG).
// One function reads a unit of the text (unitAt): the lexicon's keys are made with it (variantKey) and the matcher's
// walk (matcher/variantWalker.ts) reads the text with it, so both sides reduce a spelling the same way.
import { type CharTables, charTables } from '../matcher/chars';

/** Kinds of units (the high bits of unitAt's result). */
export const SEPARATOR = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const GREEK = 3;
/** Any other unit: punctuation, symbols; kept as written (folded). */
export const OTHER = 4;
/** A line break: a separator, at most one inside a name. */
export const BREAK = 5;

/** Greek letters (both cases) to a Latin letter. */
const GREEK_LATIN = 'abgdezetiklmnxoprsstufcyo';
const GREEK_LOWER = 'αβγδεζηθικλμνξοπρςστυφχψω';
/** Spelled names of Greek letters that a name may hold ("IL-1beta"); the short ones (mu, pi, eta...) read as letters. */
// Each stands for its first letter.
const GREEK_NAMES: readonly string[] = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta', 'iota', 'kappa', 'lambda', 'sigma', 'omega'];

/** GREEK_NAMES by their first letter (a-z); no two share one. */
const GREEK_BY_LETTER: (string | undefined)[] = Array.from({ length: 26 }, (_, k) => GREEK_NAMES.find((name) => name.charCodeAt(0) === 97 + k));

/** Whether a spelled Greek letter's name starts with the lower-case ASCII letter c. */
export function greekNameFirst(c: number): boolean {
  return c >= 97 && c <= 122 && GREEK_BY_LETTER[c - 97] !== undefined;
}

let greek: Uint16Array | undefined;
let tables: CharTables | undefined;

/** Greek letter units to their Latin letter (0 for any other unit). */
function greekTable(): Uint16Array {
  if (greek) return greek;
  const table = new Uint16Array(65536);
  for (let k = 0; k < GREEK_LOWER.length; k++) {
    const latin = GREEK_LATIN.charCodeAt(k);
    const lower = GREEK_LOWER.charCodeAt(k);
    table[lower] = latin;
    const upper = GREEK_LOWER.charAt(k).toUpperCase().charCodeAt(0);
    if (upper !== lower) table[upper] = latin;
  }
  greek = table;
  return table;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiLetter = (c: number): boolean => isUpper(c) || isLower(c);

/**
 * A spelled Greek letter at u[j]: its length, or 0. Read as one where a run of ASCII letters starts (or a lower-case
 * name after a capital: "TNFalpha", "NFkappaB") and the name ends the run (or, written in lower case, is followed by
 * a capital: "NFkappaB").
 */
export function greekNameAt(u: Uint16Array, j: number, to: number): number {
  const c = u[j] ?? 0;
  const first = c | 32;
  // The one name that starts with this letter (no two names share a first letter), if any.
  const name = first >= 97 && first <= 122 ? GREEK_BY_LETTER[first - 97] : undefined;
  if (name === undefined) return 0;
  const prev = j > 0 ? (u[j - 1] ?? 0) : 0;
  const lower = isLower(c);
  if (isAsciiLetter(prev) && !(lower && isUpper(prev))) return 0;
  const n = name.length;
  if (j + n > to) return 0;
  for (let k = 1; k < n; k++) {
    const x = u[j + k] ?? 0;
    if ((lower ? x : x | 32) !== name.charCodeAt(k)) return 0;
  }
  const next = j + n < to ? (u[j + n] ?? 0) : 0;
  return (lower ? !isLower(next) : !isAsciiLetter(next)) ? n : 0;
}

/**
 * The last unit greekNameAt(u, j, to) reads past j (j itself when none), or `to` when its answer depends on where the
 * text ends there: what a walk that read a unit there has read.
 */
export function greekNameRead(u: Uint16Array, j: number, to: number): number {
  const c = u[j] ?? 0;
  const first = c | 32;
  const name = first >= 97 && first <= 122 ? GREEK_BY_LETTER[first - 97] : undefined;
  if (name === undefined) return j;
  const prev = j > 0 ? (u[j - 1] ?? 0) : 0;
  const lower = isLower(c);
  if (isAsciiLetter(prev) && !(lower && isUpper(prev))) return j;
  const n = name.length;
  if (j + n >= to) return to;
  for (let k = 1; k < n; k++) {
    const x = u[j + k] ?? 0;
    if ((lower ? x : x | 32) !== name.charCodeAt(k)) return j + k;
  }
  return j + n;
}

/**
 * The unit of `u` at j (j < to), reduced: (kind << 24) | (length << 16) | unit, where length is the number of code
 * units read (a spelled Greek letter is several) and unit what the key holds (0 for a separator or a line break).
 */
export function unitAt(u: Uint16Array, j: number, to: number): number {
  const { canon, fold, word } = (tables ??= charTables());
  const c = u[j] ?? 0;
  const k = canon[c] ?? c;
  if (k === 45) return (SEPARATOR << 24) | (1 << 16) | 45;
  if (c === 10 || c === 13) return (BREAK << 24) | ((c === 13 && (u[j + 1] ?? 0) === 10 ? 2 : 1) << 16);
  const f = fold[c] ?? c;
  if (f === 32) return (SEPARATOR << 24) | (1 << 16) | 32;
  if (k >= 48 && k <= 57) return (DIGIT << 24) | (1 << 16) | k;
  if (isAsciiLetter(k)) {
    const n = greekNameAt(u, j, to);
    if (n > 0) return (GREEK << 24) | (n << 16) | (k | 32);
    return (LETTER << 24) | (1 << 16) | f;
  }
  const latin = (greek ?? greekTable())[c] ?? 0;
  if (latin !== 0) return (GREEK << 24) | (1 << 16) | latin;
  return ((word[c] ? LETTER : OTHER) << 24) | (1 << 16) | f;
}

/**
 * Whether a separator run between units of kinds a and b stays in the key as one space: between two runs of one kind
 * (a hyphen too: "CAP-E" is "cap e", never the word "Cape"). Elsewhere it is dropped ("IL-2", "IL 2", "IL2").
 */
export function keepsSpace(a: number, b: number): boolean {
  return a === b && a !== GREEK;
}

/** The key of a written name (see the header); '' when nothing is left. */
export function variantKey(text: string): string {
  return reduce(text);
}

/**
 * The key of a written name, and where in it a word of text may end (after a dropped separator, where the kind of
 * unit changes, and at its end; up to the first space or other unit: a word holds neither) and which of its units
 * were Greek letters: the ways its first word may be written (geneVariants.ts).
 */
export function variantKeyCuts(text: string): { key: string; cuts: number[]; greek: number[] } {
  const cuts: number[] = [];
  const greekAt: number[] = [];
  const key = reduce(text, cuts, greekAt);
  return { key, cuts, greek: greekAt };
}

/** Buffers reused from key to key: the text's units and the key's (a key is made flat in one step). */
let inBuf = new Uint16Array(256);
let outBuf = new Uint16Array(256);

function reduce(text: string, cuts?: number[], greekAt?: number[]): string {
  const n = text.length;
  if (inBuf.length < n + 1) {
    inBuf = new Uint16Array(2 * n + 1);
    outBuf = new Uint16Array(2 * n + 1);
  }
  const u = inBuf;
  for (let i = 0; i < n; i++) u[i] = text.charCodeAt(i);
  u[n] = 0;
  const out = outBuf;
  let length = 0;
  let prevKind = -1;
  let pending = false;
  let inFirstWord = true;
  for (let j = 0; j < n; ) {
    const r = unitAt(u, j, n);
    const kind = r >>> 24;
    j += (r >>> 16) & 0xff;
    if (kind === SEPARATOR || kind === BREAK) {
      pending = true;
      continue;
    }
    if (length > 0 && inFirstWord && (pending || kind !== prevKind)) cuts?.push(length);
    if (pending && length > 0 && keepsSpace(prevKind, kind)) {
      out[length++] = 32;
      inFirstWord = false;
    }
    if (kind === OTHER) inFirstWord = false;
    pending = false;
    if (kind === GREEK) greekAt?.push(length);
    out[length++] = r & 0xffff;
    prevKind = kind;
  }
  if (inFirstWord && length > 0) cuts?.push(length);
  return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
}

/** Per code unit, what a variant key holds for it as a single unit: folded, a Greek letter as its Latin letter. */
export function variantFoldTable(): Uint16Array {
  const table = (tables ??= charTables()).fold.slice();
  const g = greek ?? greekTable();
  for (let c = 0; c < 65536; c++) if (g[c]) table[c] = g[c] ?? c;
  return table;
}

/** Bits of the set of first-word prefixes (variantPrefixBit). */
const PREFIX_BITS = 18;

/** Bit of a word starting with the key units c0 c1 c2 (0 past the word's end) in a set of first-word prefixes. */
export function variantPrefixBit(c0: number, c1: number, c2: number): number {
  return ((c0 & 63) << 12) | ((c1 & 63) << 6) | (c2 & 63);
}

/** An empty set of first-word prefixes. */
export function variantPrefixSet(): Int32Array {
  return new Int32Array(1 << (PREFIX_BITS - 5));
}
