// Abbreviations defined in the text: "doxorubicin (DOX)" makes DOX mean doxorubicin for the rest of the paragraph.
// Shared by any recognizer that finds a long form and wants its short form: given where a long form ends, reads a
// parenthesised short form right after it and checks it against the long form (Schwartz & Hearst, PSB 2003: each
// character of the short form appears in the long form in order, the first one at the start of a word).
import { isWordUnit } from '../lexicon/meshKey';

/**
 * The short form right after text[longStart, longEnd) — "(DOX)", or one that a comma, semicolon or colon, or a space
 * before a number, ends inside the brackets: "(DEN: 10 mg/kg)", "(ALF, 0.5 mg/kg)", "(PCPA 100 mg/kg)" — as [start,
 * end), or undefined.
 */
export function shortFormAfter(text: string, longStart: number, longEnd: number, limit: number): [number, number] | undefined {
  const short = bracketedAfter(text, longEnd, limit);
  return short && short[1] - short[0] >= 2 && fitsLongForm(text.slice(short[0], short[1]), text.slice(longStart, longEnd)) ? short : undefined;
}

/**
 * A drug's code or abbreviation right after its name, whether or not its letters are the name's: "zidovudine (AZT)",
 * "tacrolimus (FK506)", "glutathione (GSH)", "ammonium acetate (NH4Ac)"; a single capital only when it is the name's
 * initial: "testosterone (T)". A code is one word of letters and digits with two capitals, or a capital and a digit; or
 * a formula: "superoxide (O2-)", "hydrogen peroxide (H2O2)".
 */
export function codeAfter(text: string, longStart: number, longEnd: number, limit: number): [number, number] | undefined {
  const short = bracketedAfter(text, longEnd, limit);
  if (!short) return undefined;
  if (short[1] - short[0] === 1) return text.charCodeAt(short[0]) === (text.charCodeAt(longStart) & ~32) && text.charCodeAt(short[0]) >= 65 && text.charCodeAt(short[0]) <= 90 ? short : undefined;
  return isCode(text, short[0], short[1]) || isFormula(text, short[0], short[1]) ? short : undefined;
}

/** The symbols of the elements (those a formula in an abstract may hold). */
const ELEMENTS: ReadonlySet<string> = new Set(('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se ' +
  'Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Gd Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po Rn Ra Th U Pu').split(' '));

/**
 * Whether text[start, end) is a chemical formula: element symbols, each with a count, and a charge at the end ("O2-",
 * "H2O2", "NH4+", "Ca2+"); two symbols at least, or one with a count or a charge.
 */
export function isFormula(text: string, start: number, end: number): boolean {
  let k = start;
  let symbols = 0;
  let counted = false;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) break;
    const d = text.charCodeAt(k + 1);
    const two = k + 1 < end && d >= 97 && d <= 122;
    if (!ELEMENTS.has(text.slice(k, two ? k + 2 : k + 1))) return false;
    k += two ? 2 : 1;
    symbols++;
    while (k < end && isDigit(text.charCodeAt(k))) {
      k++;
      counted = true;
    }
  }
  const charged = k < end && (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45);
  if (charged) {
    k++;
    counted = true;
  }
  return k === end && symbols > 0 && (symbols >= 2 || counted);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A drug's code written before its name in brackets, "FK506 (tacrolimus)", "AZT (zidovudine)": the word before "(" as
 * [start, end) when text[start, end) is the bracket's whole content (its ")", or a comma or semicolon after it, follows),
 * and the word is a code as codeAfter reads one (no single letter); else undefined.
 */
export function codeBefore(text: string, start: number, end: number, floor: number): [number, number] | undefined {
  const close = text.charCodeAt(end);
  if (start - 3 < floor || text.charCodeAt(start - 1) !== 40 || text.charCodeAt(start - 2) !== 32 || (close !== 41 && close !== 44 && close !== 59)) return undefined;
  const e = start - 2;
  let s = e;
  while (s > floor && e - s < 12 && (isWordUnit(text.charCodeAt(s - 1)) || (text.charCodeAt(s - 1) === 45 && s - 1 > floor && isWordUnit(text.charCodeAt(s - 2))))) s--;
  if (e - s < 2 || e - s > 10 || (s > floor && !isBoundary(text.charCodeAt(s - 1)))) return undefined;
  return isCode(text, s, e) ? [s, e] : undefined;
}

/** A unit a word may follow: a space, a bracket or a line break, not a hyphen or a letter. */
const isBoundary = (c: number): boolean => c === 32 || c === 40 || c === 10 || c === 9 || c === 91;

/**
 * Whether text[start, end) is a code: letters and digits, with two capitals, or a capital and a digit; one hyphen may
 * join two parts ("MK-801", "SM-5887").
 */
function isCode(text: string, start: number, end: number): boolean {
  let capitals = 0;
  let digits = 0;
  let hyphens = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals++;
    else if (c >= 48 && c <= 57) digits++;
    else if (c === 45 && k > start && k < end - 1 && hyphens++ === 0) continue;
    else if (!(c >= 97 && c <= 122)) return false;
  }
  return capitals >= 2 || (capitals >= 1 && digits >= 1);
}

/**
 * The text in brackets right after `longEnd` (past spaces), or before a comma, semicolon or colon, or a space before a
 * digit, that ends it inside the brackets, as [start, end): one to twelve units with no space, starting with a letter or digit, with a letter.
 */
function bracketedAfter(text: string, longEnd: number, limit: number): [number, number] | undefined {
  let i = longEnd;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 40 /* ( */) return undefined;
  const start = i + 1;
  let end = start;
  let closed = false;
  while (end < limit && end - start <= 12) {
    const c = text.charCodeAt(end);
    if (c === 41 /* ) */) {
      closed = true;
      break;
    }
    // Or a dose after a space: "(PCPA 100 mg/kg)".
    if (((c === 59 || c === 44 || c === 58) && text.charCodeAt(end + 1) === 32) || (c === 32 && doseAt(text, end + 1, limit))) {
      closed = true;
      break;
    }
    // A comma between digits is a locant's ("5,7-DHT").
    if (c === 32 || c === 40 || c === 59 || c === 10 || (c === 44 && !(isDigit(text.charCodeAt(end - 1)) && isDigit(text.charCodeAt(end + 1))))) return undefined;
    end++;
  }
  if (!closed || end - start < 1 || end - start > 12) return undefined;
  if (!isWordUnit(text.charCodeAt(start))) return undefined;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return [start, end];
  }
  return undefined;
}

/** A dose: a number (or a range), then a unit of mass, amount or volume ("25 mg/kg", "0.5 microM", "10-20 µM", "2 ml"). */
const DOSE = /^ ?\d+(?:\.\d+)?(?: ?(?:-|–|or|to) ?\d+(?:\.\d+)?)? ?(?:mg|g|µg|μg|ug|microg|mM|µM|μM|uM|nM|pM|microM|mmol|µmol|μmol|micromol|nmol|mol|ng|ml|mL|µl|μl|µL|μL|IU)\b/;

/**
 * Whether a dose starts at `at` (after one space at most): not a code's number ("FK 506)", "HOE 140;") nor a count ("25
 * patients").
 */
export function doseAt(text: string, at: number, limit: number): boolean {
  // Most brackets hold no number: read without a copy first.
  const c = text.charCodeAt(at);
  if (!isDigit(c) && !(c === 32 && isDigit(text.charCodeAt(at + 1)))) return false;
  return DOSE.test(text.slice(at, Math.min(limit, at + 24)));
}

/** Schwartz & Hearst's test: the short form's letters and digits appear in the long form, in order, the first at a word start. */
export function fitsLongForm(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  for (let si = s.length - 1; si >= 0; si--) {
    const c = s.charCodeAt(si);
    if (!isWordUnit(c)) continue;
    while (li >= 0 && (l.charCodeAt(li) !== c || (si === 0 && li > 0 && isWordUnit(l.charCodeAt(li - 1))))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * Where the `n`th word before `start` begins (not before `floor`, nor across a sentence end or a bracket): the long form
 * of "heparin-induced thrombocytopenia (HIT)" starts before the term "thrombocytopenia".
 */
export function wordsBefore(text: string, start: number, n: number, floor: number): number {
  let at = start;
  let i = start - 1;
  for (let words = 0; words < n && i >= floor; ) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 40 || c === 41 || c === 59 || c === 58 || c === 10) break;
    if (isWordUnit(c) && (i === floor || !isWordUnit(text.charCodeAt(i - 1)))) {
      words++;
      at = i;
    }
    i--;
  }
  return at;
}
