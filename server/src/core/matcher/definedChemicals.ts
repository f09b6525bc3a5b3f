// Chemicals a text names by a name or a code that no table has, where the text itself says it is one (the corpora
// annotate them; PubTator gives most no id, or a MeSH record newer than ours):
// - a name defined with a short form, "thioperamide (THP)", "4-diphenylacetoxy-N-methylpiperidine (4-DAMP)", "otilonium
//   bromide (OB)": a long form of one to four words (Schwartz & Hearst: abbreviations.ts longForm) whose last word ends
//   as chemists' names end (-ine, -ide, -ate, -ol, -one, -ane, -yl, -ium, "acid"...) and that holds a chemist's
//   morpheme (methyl, chloro, phenyl, amino, thio, phosph, benz...) or a locant ("4-", "N,N'-"), or ends as a drug's
//   name does (-azole, -mycin, -statin, -olol...): no English phrase, disease or protein ("linkage disequilibrium",
//   "midline", "polypeptide");
// - a drug code, two to five letters then three digits or more ("LY294002", "SSR103800", "SB 202190", "MK-801"), that
//   the words next to it call a drug: after "inhibitor", "antagonist", "agonist" or "blocker" that follows a mention
//   ("the PI3K inhibitor LY294002"), before ", a ... inhibitor" ("SSR103800, a GlyT1 inhibitor"), or before a dose in
//   brackets ("MK-486 (25 mg/kg)").
// Each such name, its short form and each code is then a chemical at its other uses in the paragraph (paragraphs alone,
// as meshScan.ts reads them: an edit's window gets the same result). The mention's entity is the name as written
// (DEFINED_PREFIX + name): GeneLens has no MeSH or ChEBI id for it, and invents none.
// Cost: one search of the text for "(", a look at the few words after each mention found; per paragraph that defines
// something, one search of it per form (at most MAX_FORMS).
import type { TextRegion } from '../markup/regions';
import { covered, longForm } from './abbreviations';
import { doseAt } from './abbreviationDefs';
import { paragraphEnd } from './meshScan';

/** The entity id prefix of a chemical named only by the text: "text:LY294002". */
export const DEFINED_PREFIX = 'text:';

/** A chemical the text names and defines: text[start, end), named `name` (its long form or code). */
export interface DefinedChemical {
  start: number;
  end: number;
  name: string;
}

/** Forms looked for per paragraph (each one search of it): the work stays linear in the paragraph. */
const MAX_FORMS = 8;
/** Short forms: 2 to 12 characters. */
const MAX_SHORT = 12;
/** How far back a long form is looked for. */
const MAX_LONG = 120;
/** Words of a long form. */
const MAX_LONG_WORDS = 4;

/** Last words of chemists' names. */
const CHEMICAL_END = /(?:ines?|ides?|ates?|ols?|ones?|anes?|enes?|yl|ium|acid|ester|ether|oside|ose)$/;
/** What a chemist writes inside a name: a morpheme, a locant ("4-", "-2-", "N,N"), a bracketed locant. */
const CHEMICAL_PART = /methyl|ethyl|propyl|butyl|chlor|fluor|brom|iod|phenyl|amino|amido|hydroxy|oxy|benz|pyr|azol|azin|thio|sulf|phosph|nitro|carb|piperid|piperaz|indol|quinol|imid|guanid|aden|uracil|uridin|purin|cyclo|acet|glyc|tetrazol|morphol|naphth|xanth|\d['′]?-[A-Za-z]|[A-Za-z]-\d|[NO],[NO]|\d,\d|\(\d/i;
/** Endings of drugs' names (INN stems). */
const DRUG_END = /(?:amide|amine|azole|mycin|micin|cillin|platin|pril|sartan|statin|oxacin|vir|caine|profen|parin|olol|dipine|tidine|setron|triptan|zepam|zolam|oxetine|afil|lukast|tinib|gliptin|fibrate|dronate|barbital|tadine)$/;
/** Words that make a phrase a disease's, a protein's, a cell's or a process's, not a chemical's. */
const NOT_CHEMICAL = /(?:itis|osis|oma|emia|aemia|pathy|ase|ases|tion|sion|ment|ness|ity|ing)$|^(?:cells?|proteins?|genes?|receptors?|kinases?|factors?|diseases?|syndromes?|patients?|disorders?|domains?|regions?|sequences?|antibod(?:y|ies)|peptides?|polypeptides?|nucleotides?)$/i;

/** Whether the long form text[start, end) reads as a chemical's name. */
export function chemicalName(text: string, start: number, end: number): boolean {
  const long = text.slice(start, end);
  const words = long.split(/\s+/);
  if (words.length > MAX_LONG_WORDS) return false;
  for (const w of long.split(/[\s-]+/)) if (NOT_CHEMICAL.test(w)) return false;
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (DRUG_END.test(last)) return true;
  return CHEMICAL_END.test(last) && CHEMICAL_PART.test(long);
}

/** Words that call the code next to them a drug (and their plurals). */
const DRUG_WORDS = ['inhibitor', 'antagonist', 'agonist', 'blocker'];
/** How many words after a mention a drug word is looked for ("dopamine D4 receptor antagonist"). */
const DRUG_WORD_REACH = 3;
/** Longest word read on the way. */
const LONGEST_WORD = 24;

/**
 * Where a drug word (DRUG_WORDS, or its plural) starts among the DRUG_WORD_REACH words after `end` (each after one
 * space or hyphen), or -1; the words before it being short ("D4", "6") or a protein's head word ("receptor",
 * "transporter"). Reads the text's units, no copy, and each word only as far as it may be one of those: most mentions
 * are followed by a word told apart at its first or second letter.
 */
function drugWordAfter(text: string, end: number, to: number): number {
  let i = end;
  // The rest of a word the mention ends inside ("5-HT" of "5-HT6").
  while (i < to && i - end <= LONGEST_WORD && isWordUnit(text.charCodeAt(i))) i++;
  for (let k = 0; k < DRUG_WORD_REACH; k++) {
    const gap = text.charCodeAt(i);
    if (i >= to || !(gap === 32 || gap === 45)) return -1;
    i++;
    const first = text.charCodeAt(i);
    if (isDigit(first) || (first >= 65 && first <= 90)) {
      // A short token ("D4", "6"): three units at most.
      let j = i + 1;
      while (j < to && j - i <= 3 && isWordUnit(text.charCodeAt(j))) j++;
      if (j - i > 3) return -1;
      i = j;
      continue;
    }
    // Drug words start with a, b or i; the protein head words let through with r or t.
    if (!(first === 97 || first === 98 || first === 105 || first === 114 || first === 116)) return -1;
    for (const w of DRUG_WORDS) if (wordAt(text, i, to, w)) return i;
    const head = wordAt(text, i, to, 'receptor') || wordAt(text, i, to, 'transporter');
    if (head === 0) return -1;
    i += head;
  }
  return -1;
}
/** The length of `word` (or its plural) written at `at` as a whole word (lower case), or 0. */
function wordAt(text: string, at: number, to: number, word: string): number {
  if (at + word.length > to) return 0;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return 0;
  let n = word.length;
  if (text.charCodeAt(at + n) === 115) n++;
  return isWordUnit(text.charCodeAt(at + n)) ? 0 : n;
}

/**
 * The chemicals text[from, to) names by a name or code no table has and defines as one (see the header), outside
 * `regions` (sorted) and overlapping none of `taken` (the mentions found, sorted by start), in order.
 */
export function definedChemicals(text: string, from: number, to: number, regions: readonly TextRegion[], taken: readonly { start: number; end: number }[]): DefinedChemical[] {
  const defs: { at: number; forms: [string, string][] }[] = [];
  const note = (at: number, form: string, name: string): void => {
    const last = defs[defs.length - 1];
    if (last && last.at === at) last.forms.push([form, name]);
    else defs.push({ at, forms: [[form, name]] });
  };
  // Definitions and doses: at each "(".
  for (let p = text.indexOf('(', from); p >= 0 && p < to; p = text.indexOf('(', p + 1)) {
    const close = isWordUnit(text.charCodeAt(p + 1)) ? shortEnd(text, p + 1, to) : -1;
    if (close >= 0 && shortShaped(text, p + 1, close)) {
      const short = text.slice(p + 1, close).trim();
      let end = p;
      while (end > from && text.charCodeAt(end - 1) === 32) end--;
      const back = Math.max(from, p - MAX_LONG);
      const found = longForm(text, back, end, short);
      const long = found === undefined ? undefined : locantStart(text, found, from);
      if (long !== undefined && long < end && lineStart(text, long, end) === long && chemicalName(text, long, end) && !covered(taken, long, end)) {
        const name = text.slice(long, end);
        note(long, name, name);
        note(long, short, name);
      }
    }
    // "MK-486 (25 mg/kg)": a code before a dose.
    if (doseAt(text, p + 1, to)) {
      let e = p;
      while (e > from && text.charCodeAt(e - 1) === 32) e--;
      const s = codeStartBefore(text, e, from);
      if (s >= 0) note(s, text.slice(s, e), text.slice(s, e));
    }
  }
  // Codes the drug words call drugs, where a drug word follows a mention within DRUG_WORD_REACH words ("the PI3K
  // inhibitor LY294002", "a dopamine D4 receptor antagonist, NRA0160"): read from the mentions found, not searched for
  // in the whole text.
  let lastWord = -1;
  for (const m of taken) {
    if (m.start < from || m.end > to) continue;
    const p = drugWordAfter(text, m.end, to);
    if (p < 0 || p === lastWord) continue;
    lastWord = p;
    // "inhibitor LY294002", "antagonists, MK-801"
    let k = p;
    while (k < to && isLetter(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 44) k++;
    if (text.charCodeAt(k) === 32) {
      const codeEnd = codeEndAt(text, k + 1, to);
      if (codeEnd > 0) note(k + 1, text.slice(k + 1, codeEnd), text.slice(k + 1, codeEnd));
    }
    // "SSR103800, a GlyT1 inhibitor"
    const s = codeBeforeArticle(text, p, from);
    if (s >= 0) {
      const codeEnd = codeEndAt(text, s, to);
      if (codeEnd > 0) note(s, text.slice(s, codeEnd), text.slice(s, codeEnd));
    }
  }
  if (defs.length === 0) return [];
  defs.sort((a, b) => a.at - b.at);
  // Each paragraph's forms, at their uses in that paragraph.
  const out: DefinedChemical[] = [];
  let p = from;
  let d = 0;
  let r = 0;
  while (p < to && d < defs.length) {
    const end = paragraphEnd(text, p, to);
    const forms = new Map<string, string>();
    for (; d < defs.length && (defs[d]?.at ?? to) < end; d++) {
      for (const [form, name] of defs[d]?.forms ?? []) if (forms.size < MAX_FORMS && !forms.has(form)) forms.set(form, name);
    }
    while (r < regions.length && (regions[r]?.end ?? 0) <= p) r++;
    const found: DefinedChemical[] = [];
    for (const [form, name] of forms) {
      for (let at = text.indexOf(form, p); at >= 0 && at + form.length <= end; at = text.indexOf(form, at + 1)) {
        const stop = at + form.length;
        if ((at > 0 && isNamePart(text.charCodeAt(at - 1))) || isNamePart(text.charCodeAt(stop))) continue;
        if (covered(taken, at, stop) || inRegion(regions, r, at, stop)) continue;
        found.push({ start: at, end: stop, name });
      }
    }
    // In order; of two that overlap, the first (the longer where both start together).
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = -1;
    for (const f of found) {
      if (f.start < last) continue;
      out.push(f);
      last = f.end;
    }
    p = end;
  }
  return out;
}

/** Where a name starting at `start` starts with the locant written before it ("2-chloro...", "4,4'-di..."), or `start`. */
function locantStart(text: string, start: number, floor: number): number {
  if (start - 2 < floor || text.charCodeAt(start - 1) !== 45) return start;
  let s = start - 1;
  let digits = 0;
  while (s > floor && start - s < 12) {
    const c = text.charCodeAt(s - 1);
    if (isDigit(c)) digits++;
    else if (c !== 44 && c !== 39 && c !== 0x2032) break;
    s--;
  }
  return digits > 0 && (s === floor || !isNamePart(text.charCodeAt(s - 1))) ? cationStart(text, s, floor) : start;
}
/** The cation named before a salt's name ("sodium 2-mercaptoethane sulphonate"): where it starts, or `start`. */
const CATION_WORDS = ['sodium ', 'potassium ', 'calcium ', 'magnesium ', 'lithium '];
function cationStart(text: string, start: number, floor: number): number {
  for (const w of CATION_WORDS) {
    const s = start - w.length;
    if (s >= floor && text.startsWith(w, s) && (s === floor || !isNamePart(text.charCodeAt(s - 1)))) return s;
  }
  return start;
}

/** Where the short form in brackets starting at `from` ends (its ")"), or -1: within MAX_SHORT, no bracket inside. */
function shortEnd(text: string, from: number, to: number): number {
  for (let q = from; q < to && q - from <= MAX_SHORT; q++) {
    const c = text.charCodeAt(q);
    if (c === 41) return q;
    if (c === 40 || c === 10 || c === 44 || c === 59) return -1;
  }
  return -1;
}

/**
 * A short form text[start, end): a letter first or a digit (the caller's test), a letter in it, at most two words, no
 * point or equals sign.
 */
function shortShaped(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let letter = false;
  let spaces = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isLetter(c)) letter = true;
    else if (c === 32 && k > start && text.charCodeAt(k - 1) !== 32) spaces++;
    // "(Fig. 2)", "(e.g.", "(n = 40)": no short form.
    else if (c === 46 || c === 61) return false;
  }
  return letter && spaces <= 1;
}

/** Where the line holding `end` starts, not before `back` (a long form stays on its line). */
function lineStart(text: string, back: number, end: number): number {
  let k = end;
  while (k > back && text.charCodeAt(k - 1) !== 10) k--;
  return k;
}

/** A drug code: two to five letters (a capital first), a hyphen or space or none, three digits or more, a letter. */
const CODE = /^[A-Z][A-Za-z]{1,4}[- ]?\d{3,}[A-Za-z]?$/;
/** Where a code ending at `end` starts (its letters, a hyphen or a space, its digits), or -1. */
function codeStartBefore(text: string, end: number, floor: number): number {
  let s = end;
  while (s > floor && isDigitOrLetter(text.charCodeAt(s - 1)) && end - s < 12) s--;
  // A space or a hyphen between the letters and the digits ("SB 202190", "MK-801").
  if (s > floor + 1 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 45) && isDigit(text.charCodeAt(s)) && isLetter(text.charCodeAt(s - 2))) {
    let t = s - 1;
    while (t > floor && isLetter(text.charCodeAt(t - 1)) && s - t < 7) t--;
    if (t === floor || !isNamePart(text.charCodeAt(t - 1))) s = t;
  }
  if (s > floor && isNamePart(text.charCodeAt(s - 1))) return -1;
  return code(text, s, end) ? s : -1;
}
/**
 * Whether text[start, end) is a drug code; one with a space after its letters has capitals only ("SB 202190", not "Day
 * 180").
 */
function code(text: string, start: number, end: number): boolean {
  const c = text.slice(start, end);
  return CODE.test(c) && !(c.includes(' ') && /[a-z]/.test(c));
}
/** Where a code starting at `start` ends, or -1. */
function codeEndAt(text: string, start: number, to: number): number {
  let e = start;
  while (e < to && isLetter(text.charCodeAt(e)) && e - start < 6) e++;
  if (e < to && (text.charCodeAt(e) === 45 || text.charCodeAt(e) === 32) && isDigit(text.charCodeAt(e + 1))) e++;
  while (e < to && isDigit(text.charCodeAt(e)) && e - start < 14) e++;
  if (e < to && isLetter(text.charCodeAt(e)) && !isNamePart(text.charCodeAt(e + 1))) e++;
  if (e < to && isNamePart(text.charCodeAt(e))) return -1;
  return code(text, start, e) ? e : -1;
}
/**
 * "SSR103800, a GlyT1 inhibitor": where the code before ", a" or ", an", at most five words before the drug word at
 * `word`, starts; or -1.
 */
function codeBeforeArticle(text: string, word: number, floor: number): number {
  let i = word;
  for (let k = 0; k < 6 && i > floor; k++) {
    // The word before i (past one space).
    if (text.charCodeAt(i - 1) !== 32) return -1;
    let s = i - 1;
    while (s > floor && !isSpace(text.charCodeAt(s - 1))) s--;
    const w = text.slice(s, i - 1);
    if ((w === 'a' || w === 'an') && s >= floor + 2 && text.charCodeAt(s - 1) === 32 && text.charCodeAt(s - 2) === 44) return codeStartBefore(text, s - 2, floor);
    i = s;
  }
  return -1;
}

/** Whether a region from index `first` on (sorted) overlaps [start, end). */
function inRegion(regions: readonly TextRegion[], first: number, start: number, end: number): boolean {
  for (let k = first; k < regions.length; k++) {
    const x = regions[k];
    if (!x || x.start >= end) return false;
    if (x.end > start) return true;
  }
  return false;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitOrLetter = (c: number): boolean => isDigit(c) || isLetter(c);
const isWordUnit = (c: number): boolean => isDigitOrLetter(c) || c > 127;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
/** A unit that makes a form part of a longer word ("MK-801" inside "des-MK-801", "THP" inside "THP1"). */
const isNamePart = (c: number): boolean => isWordUnit(c) || c === 45;

/** `mentions` (sorted by start) with a mention made of each of `found` (sorted, overlapping none of them) merged in. */
export function withDefinedChemicals<M extends { start: number }>(mentions: M[], found: readonly DefinedChemical[], make: (d: DefinedChemical) => M): M[] {
  if (found.length === 0) return mentions;
  const out: M[] = [];
  let k = 0;
  for (const d of found) {
    while (k < mentions.length && (mentions[k]?.start ?? 0) < d.start) out.push(mentions[k++] as M);
    out.push(make(d));
  }
  while (k < mentions.length) out.push(mentions[k++] as M);
  return out;
}
