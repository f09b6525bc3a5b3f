// Sequence variants written in prose, the forms tmVar 3 recognizes (Wei et al., Bioinformatics 2022), found by a
// hand-written scan over code units at a word start: no regular expression, and a scan never reads more than
// MAX_SPAN units past its start, so the cost over a text stays linear.
// - HGVS: c./g./m./n./r. positions (c.35G>A, c.2398+1G>C, c.-930A>G, c.399_402delAGAG, c.474delA, c.429_452dup)
//   and p. changes (p.Val600Glu, p.(Arg72Pro), p.R34X, p.Ser119fsX, p.Asp46_Gln48delinsGlu, p.Thr26);
// - legacy DNA changes: 1799T>A, -930A>G, 2398+1G>C, 1494del6, 3020insC, 35 delG, IVS4-9A>G, IVS9 + 9C > T;
//   signed promoter alleles (-31T/C, -511CC, -930G);
// - protein changes: Arg399Gln, Pro75Ala, V600E, R72P, E333D, Y329fs, R34X, F508del, C105Vfs114X, Arg-->Gln;
// - deletions by size: "13-bp deletion", "3.5-kb gene deletion", "deletion of 54 Mbp", dup24bp, Delta32 (Δ32).
// Guards, so that ordinary prose and identifiers stay clean: a protein change needs two residues around a position
// (one-letter residues: a position of two digits or more, and not a known cell line or S100 protein: "A1", "E2F",
// "T47D", "S100A" stay prose); a DNA change needs a change (">", del, ins, dup), except a signed promoter position.
// Each match gets an id: its HGVS form where the text gives one (V600E → p.Val600Glu, 1799T>A → c.1799T>A,
// A118G → c.118A>G when both letters are nucleotides), else the text with its spaces and arrows tidied.

import { VariantPhrases } from './variantPhrases';

/** The longest variant read, in code units. */
const MAX_SPAN = 96;

const AA3 = ['Ala', 'Arg', 'Asn', 'Asp', 'Cys', 'Gln', 'Glu', 'Gly', 'His', 'Ile', 'Leu', 'Lys', 'Met', 'Phe', 'Pro', 'Ser', 'Thr', 'Trp', 'Tyr', 'Val', 'Sec', 'Pyl', 'Ter'];
const AA1 = 'ARNDCQEGHILKMFPSTWYVUOX';
/** Three-letter code by one-letter code ("X" and "*" are Ter). */
const THREE_OF = new Map<number, string>();
for (let k = 0; k < AA1.length; k++) THREE_OF.set(AA1.charCodeAt(k), AA3[k] ?? 'Ter');
THREE_OF.set(42, 'Ter');
/** Three-letter codes by their three units packed ((c0 << 16) | (c1 << 8) | c2). */
const AA3_KEYS = new Map<number, string>();
for (const a of AA3) AA3_KEYS.set((a.charCodeAt(0) << 16) | (a.charCodeAt(1) << 8) | a.charCodeAt(2), a);

/** One-letter residues that may start a bare protein change (B, J, O, U, X and Z do not). */
const REF1 = new Uint8Array(128);
for (const c of 'ARNDCQEGHILKMFPSTWYV') REF1[c.charCodeAt(0)] = 1;
/** Nucleotides (upper case; r. writes lower case, as some IVS forms do: IVS64+5g->a). */
const NUC = new Uint8Array(128);
for (const c of 'ACGT') NUC[c.charCodeAt(0)] = 1;
const RNA = new Uint8Array(128);
for (const c of 'acgut') RNA[c.charCodeAt(0)] = 1;

/** Size units, longer first where one starts another (unit()). */
const UNITS = ['base pairs', 'base pair', 'base-pairs', 'base-pair', 'basepairs', 'basepair', 'bases', 'base', 'bp', 'kbp', 'kb', 'Kb', 'kB', 'Mbp', 'Mb', 'nucleotides', 'nucleotide', 'nt', 'amino acids', 'amino acid'];

/** Words between a size and its event: "3.5-kb gene deletion", "22-bp tandem duplication". */
const MODIFIERS = ['contiguous gene ', 'gene ', 'tandem ', 'inframe ', 'in-frame ', 'homozygous ', 'heterozygous ', 'interstitial ', 'genomic ', 'nucleotide '];

/**
 * Events after a size ("13-bp deletion", "28-bp tandem repeat"), longer first where one starts another; not plural
 * ("single-nucleotide deletions, one in exon 9 and one in exon 12" are several variants).
 */
const SIZED_EVENTS = ['insertion/deletion', 'deletion/insertion', 'deletion', 'insertion', 'insert', 'duplication', 'indel', 'repeats', 'repeat'];

/** Sizes in words: "a single base pair deletion", "a four-basepair deletion". */
const NUMBER_WORDS = ['single', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Bare one-letter forms that are names: cell lines (T47D, T98G) and the S100 proteins. */
const NAMES = new Set(['T47D', 'T98G', 'H142T', 'E11S', 'F11R']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether u[i, j) is all hexadecimal digits in upper case (a key or a hash, not a gene and a change). */
function hex(u: Uint16Array, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = u[k] ?? 0;
    if (!isDigit(c) && !(c >= 65 && c <= 70)) return false;
  }
  return true;
}
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * The lower-case words a variant read by `match` may start with, by first letter: the first words of the residue
 * names (variantPhrases.ts), "stop" and "termination", and the numbers in words; besides these, only words starting
 * with del, ins or dup (`event`) and a letter before a dot (c., p.) start one.
 */
const LOWER_STARTS: string[][] = Array.from({ length: 26 }, () => []);
/** The lengths of those words by first letter, as bits: most words of prose are rejected by their length. */
const LOWER_LENGTHS = new Int32Array(26);
for (const w of [...VariantPhrases.firstWords(), 'stop', 'termination', 'codon', ...NUMBER_WORDS]) {
  LOWER_STARTS[w.charCodeAt(0) - 97]?.push(w);
  LOWER_LENGTHS[w.charCodeAt(0) - 97] = (LOWER_LENGTHS[w.charCodeAt(0) - 97] ?? 0) | (1 << w.length);
}

/** Whether u[i, j) is the ASCII text s. */
function wordIs(u: Uint16Array, i: number, j: number, s: string): boolean {
  if (j - i !== s.length) return false;
  for (let n = 1; n < s.length; n++) if (u[i + n] !== s.charCodeAt(n)) return false;
  return true;
}

/**
 * Whether `match` may find a variant at the word u[i, wordEnd): false only where none of its reads can succeed, so
 * that most words of prose ("and", "NMRK1", "The") cost a few comparisons instead of a call per read. Each test below
 * is a condition the reads in `match` require of the word itself.
 */
export function mayStartVariant(u: Uint16Array, i: number, wordEnd: number): boolean {
  const c0 = u[i] ?? 0;
  if (isDigit(c0) || c0 === 0x394) return true;
  const n = wordEnd - i;
  const c1 = n > 1 ? (u[i + 1] ?? 0) : 0;
  if (isUpper(c0)) {
    // letterSigned and the one-letter forms; a protein change (a one-letter residue, then digits)
    if (n === 1 || isDigit(c1)) return true;
    // a repeat, a named event, nucleotides: the word is nucleotides only
    let k = i;
    while (k < wordEnd && NUC[u[k] ?? 0] === 1) k++;
    if (k === wordEnd) return true;
    // Rs702553, IVS4-9A>G, Delta32
    if ((c0 === 82 && c1 === 115 && isDigit(u[i + 2] ?? 0)) || (c0 === 73 && c1 === 86 && u[i + 2] === 83) || (c0 === 68 && n >= 5 && at(u, i, wordEnd, 'Delta'))) return true;
    // a three-letter residue, then digits (Arg399Gln) or an arrow (Arg-->Gln)
    return (n === 3 || (n > 3 && isDigit(u[i + 3] ?? 0))) && isLower(c1) && aa3At(u, i, wordEnd) !== undefined;
  }
  if (!isLower(c0)) return false;
  // c.35G>A, p.Val600Glu
  if (n === 1) return u[i + 1] === 46;
  // delTTCA, insC, dup24bp, "deletion of 54 Mbp", "ins/del 9 bp"
  if ((c0 === 100 && ((c1 === 101 && u[i + 2] === 108) || (c1 === 117 && u[i + 2] === 112))) || (c0 === 105 && c1 === 110 && u[i + 2] === 115)) return true;
  if (n > 31 || ((LOWER_LENGTHS[c0 - 97] ?? 0) & (1 << n)) === 0) return false;
  const starts = LOWER_STARTS[c0 - 97];
  if (starts) for (const w of starts) if (wordIs(u, i, wordEnd, w)) return true;
  return false;
}

/** The three-letter residue at u[k] (Ala, Arg, ..., Ter), or undefined. */
function aa3At(u: Uint16Array, k: number, lim: number): string | undefined {
  if (k + 3 > lim) return undefined;
  const a = u[k] ?? 0;
  if (!isUpper(a)) return undefined;
  return AA3_KEYS.get((a << 16) | ((u[k + 1] ?? 0) << 8) | (u[k + 2] ?? 0));
}

/** Whether u[k, k + s.length) is the ASCII text s. */
/** The events a DNA change names after its position (dnaChange), longer first where one starts another. */
const EVENTS = ['delins', 'del', 'ins', 'dup', 'inv'];

function at(u: Uint16Array, k: number, lim: number, s: string): boolean {
  if (k + s.length > lim) return false;
  for (let n = 0; n < s.length; n++) if (u[k + n] !== s.charCodeAt(n)) return false;
  return true;
}

function digitsEnd(u: Uint16Array, k: number, lim: number): number {
  while (k < lim && isDigit(u[k] ?? 0)) k++;
  return k;
}

/** The end of an arrow at k: ">", "->", "-->", "→" (one space allowed on either side when `spaced`), or -1. */
function arrowEnd(u: Uint16Array, k: number, lim: number, spaced: boolean): number {
  let e = k;
  if (spaced && u[e] === 32) e++;
  const c = u[e] ?? 0;
  if (c === 62 || c === 0x2192) e++;
  else if (c === 45 && u[e + 1] === 62) e += 2;
  else if (c === 45 && u[e + 1] === 45 && u[e + 2] === 62) e += 3;
  else return -1;
  if (e > lim) return -1;
  if (spaced && u[e] === 32) e++;
  return e;
}

/** A match: where it starts (before its word when a sign precedes) and its id. */
export class VariantRecognizer {
  start = 0;
  id = '';
  private text = '';
  private u: Uint16Array = new Uint16Array(0);
  private lim = 0;

  private readonly phrases: VariantPhrases;

  constructor(private readonly word: Uint8Array) {
    this.phrases = new VariantPhrases(word);
  }

  /**
   * The end of the variant starting at the word u[i, wordEnd) (or at a sign just before it), or -1. `from` is where
   * the prose gap starts (a sign before it is not read); `lastEnd` the end of the previous match.
   */
  match(text: string, u: Uint16Array, i: number, wordEnd: number, to: number, from: number, lastEnd: number): number {
    const c0 = u[i] ?? 0;
    const c1 = i + 1 < wordEnd ? (u[i + 1] ?? 0) : 0;
    this.text = text;
    this.u = u;
    this.lim = Math.min(to, i + MAX_SPAN);
    this.start = i;
    this.id = '';
    let end = -1;
    if (isDigit(c0)) {
      // A sign before the number: "-930A>G"; after a word ("IL1B-511CC") only for a change or a genotype.
      const signed = i - 1 >= from && i - 1 >= lastEnd && (u[i - 1] === 45 || u[i - 1] === 43);
      end = this.numbered(i, signed, signed && (i - 2 < 0 || !this.word[u[i - 2] ?? 0]));
      if (end > 0 && signed && this.id !== '' && !this.id.startsWith('p.')) {
        const sign = String.fromCharCode(u[i - 1] ?? 45);
        this.start = i - 1;
        this.id = this.id.startsWith('c.') ? `c.${sign}${this.id.slice(2)}` : `${sign}${this.id}`;
      } else if (end < 0) end = this.sized(i);
    } else if (wordEnd === i + 1 && u[i + 1] === 46) {
      if (c0 === 112) end = this.protein(i + 2, true, 'p.');
      else if (c0 === 99 || c0 === 103 || c0 === 109 || c0 === 110 || c0 === 114) {
        // "c. 1093-1G>T": one space after the dot
        const k = u[i + 2] === 32 && isDigit(u[i + 3] ?? 0) ? i + 3 : i + 2;
        end = this.dna(k, String.fromCharCode(c0), c0 === 114);
      }
    } else if (isUpper(c0)) {
      if (c0 === 82 && c1 === 115 && digitsEnd(u, i + 2, wordEnd) === wordEnd && wordEnd - i > 4) {
        // Rs702553 at a sentence start: an rs ID (three digits at least: "Rs2" may name a gene)
        this.id = `rs${this.slice(i + 2, wordEnd)}`;
        return wordEnd;
      }
      if (u[i - 1] === 40 && i - 1 >= from && i - 1 >= lastEnd) end = this.repeat(i, wordEnd);
      if (end < 0 && wordEnd === i + 1 && u[i + 1] === 45) end = this.letterSigned(i);
      if (end < 0 && (isDigit(c1) || isLower(c1))) end = this.protein(i, false, '');
      if (end < 0 && c0 === 73 && c1 === 86 && u[i + 2] === 83) end = this.ivs(i + 3);
      if (end < 0 && c0 === 68 && at(u, i, this.lim, 'Delta')) end = this.delta(i + 5);
      if (end < 0 && isLower(c1)) end = this.arrowChange(i);
      if (end < 0 && this.run(i, NUC) === wordEnd) end = this.namedEvent(i, wordEnd);
      if (end < 0 && wordEnd - i <= 3 && NUC[c0] && (c1 === 0 || NUC[c1])) {
        end = this.phrases.nucleotides(text, u, i, to, u[i - 1] === 40 && i - 1 >= from && i - 1 >= lastEnd);
        this.id = this.phrases.id;
        if (end > 0 && this.phrases.paren) this.start = i - 1;
      }
      if (end < 0 && wordEnd === i + 1 && NUC[c0]) end = this.alleleAt(i);
    } else if (c0 === 0x394) end = this.delta(i + 1);
    else if (isLower(c0)) {
      if (c0 === 100 || c0 === 105) end = this.event(i);
      if (end < 0) {
        end = this.phrases.residues(text, u, i, to);
        if (end < 0 && (c0 === 115 || c0 === 116)) end = this.phrases.stop(text, u, i, to);
        if (end < 0 && c0 === 99) end = this.phrases.codon(text, u, i, to);
        if (end < 0) end = this.phrases.baseEvent(text, u, i, to);
        if (end >= 0) this.id = this.phrases.id;
      }
      if (end < 0) {
        const w = this.numberWord(i);
        if (w > 0) end = this.sizedFrom(i, w);
      }
    }
    if (end < 0 || end > this.lim || this.word[u[end] ?? 0]) return -1;
    return end;
  }

  /**
   * A change at the end of a longer word, after a gene or a prefix that ends in a digit or a lower-case letter:
   * JAK2V617F, hGRalphaD401H, rtM204V, CCR5Delta32 (rDEN2Delta30-4995: with the range after it, up to `to`).
   * Returns the end (`start` set), or -1.
   */
  matchSuffix(text: string, u: Uint16Array, i: number, j: number, to: number): number {
    this.text = text;
    this.u = u;
    this.lim = j;
    const last = u[j - 1] ?? 0;
    const d = j - (isDigit(last) ? 1 : 2);
    let s = d;
    while (s > i && isDigit(u[s - 1] ?? 0)) s--;
    if (d + 1 - s < 2 || d + 1 - s > 5 || hex(u, i, j)) return -1;
    if (isDigit(last)) {
      const g = s - 5 > i && (at(u, s - 5, j, 'Delta') || at(u, s - 5, j, 'delta')) ? s - 5 : u[s - 1] === 0x394 && s - 1 > i ? s - 1 : -1;
      if (g < 0) return -1;
      this.start = g;
      // rDEN2Delta30-4995: a range after it
      const range = u[j] === 45 && isDigit(u[j + 1] ?? 0) ? digitsEnd(u, j + 1, Math.min(to, j + 12)) : j;
      const e = this.word[u[range] ?? 0] ? j : range;
      this.id = `Δ${this.slice(s, e)}`;
      return e;
    }
    const r = s - 1;
    const ref = u[r] ?? 0;
    const before = u[r - 1] ?? 0;
    if (r <= i || !REF1[ref] || !(isDigit(before) || isLower(before))) return -1;
    if (!(REF1[last] || last === 88)) return -1;
    this.start = r;
    this.id = `p.${THREE_OF.get(ref) ?? ''}${this.slice(s, j - 1)}${THREE_OF.get(last) ?? ''}`;
    return j;
  }

  /** TGAG deletion, TTAT insertion, GGCC duplication (two bases or more); CAG repeat, TTTA repeats (three or more). */
  private namedEvent(i: number, wordEnd: number): number {
    if (wordEnd - i >= 3) {
      for (const ev of [' repeats', ' repeat']) {
        if (!at(this.u, wordEnd, this.lim, ev) || this.word[this.u[wordEnd + ev.length] ?? 0]) continue;
        this.id = `(${this.slice(i, wordEnd)})n`;
        return wordEnd + ev.length;
      }
    }
    // TCT deletion/insertion, CGGGG insertion-deletion: an indel (two bases or more)
    for (const ev of [' deletion/insertion', ' insertion/deletion', ' insertion-deletion', ' deletion-insertion']) {
      if (wordEnd - i < 2 || !at(this.u, wordEnd, this.lim, ev) || this.word[this.u[wordEnd + ev.length] ?? 0]) continue;
      this.id = `indel${this.slice(i, wordEnd)}`;
      return wordEnd + ev.length;
    }
    for (const ev of [' deletion', ' insertion', ' duplication']) {
      if (at(this.u, wordEnd, this.lim, ev) && !this.word[this.u[wordEnd + ev.length] ?? 0]) {
        const e = wordEnd + ev.length;
        // "T deletion at 5063", "cytosine insertion at position 3020": one base needs its position.
        let p = this.phrases.placeAfter(this.text, this.u, e, this.lim);
        if (p < 0 && wordEnd - i < 2) return -1;
        // "T insertion at 7916 and 7917": between two positions
        const q = p > 0 && at(this.u, p, this.lim, ' and ') ? digitsEnd(this.u, p + 5, this.lim) : -1;
        if (q > p + 5 && !this.word[this.u[q] ?? 0]) p = q;
        this.id = `${ev.slice(1, 4)}${this.slice(i, wordEnd)}`;
        return p > 0 ? p : e;
      }
    }
    return -1;
  }

  /** "A allele of -588", "C allele at the -31", "A at position -1082": a base at a signed position, from the base at i. */
  private alleleAt(i: number): number {
    const { u, lim } = this;
    let k = i + 1;
    const allele = at(u, k, lim, ' allele of ') || at(u, k, lim, ' allele at ');
    if (allele) k += 11;
    else if (at(u, k, lim, ' at position ')) k += 13;
    else return -1;
    if (at(u, k, lim, 'the ')) k += 4;
    if (u[k] !== 45 && u[k] !== 43) return -1;
    const d = digitsEnd(u, k + 1, lim);
    // Without "allele", a position of two digits at least ("grade A at position -2" is prose).
    if (d - k - 1 < (allele ? 1 : 2)) return -1;
    this.id = `${this.slice(k, d)}${String.fromCharCode(u[i] ?? 0)}`;
    return d;
  }

  /** (CCTTT)14, (TTTA)n: a repeat; (TT) deletion, (TTAT) insertion: an event; from the word after "(". */
  private repeat(i: number, wordEnd: number): number {
    const { u, lim } = this;
    if (wordEnd - i < 2 || this.run(i, NUC) !== wordEnd || u[wordEnd] !== 41) return -1;
    for (const ev of [' deletion', ' insertion', ' duplication']) {
      if (!at(u, wordEnd + 1, lim, ev) || this.word[u[wordEnd + 1 + ev.length] ?? 0]) continue;
      this.start = i - 1;
      this.id = `${ev.slice(1, 4)}${this.slice(i, wordEnd)}`;
      return wordEnd + 1 + ev.length;
    }
    let e = digitsEnd(u, wordEnd + 1, lim);
    if (e === wordEnd + 1 && u[e] === 110 && !this.word[u[e + 1] ?? 0]) e++;
    if (e === wordEnd + 1 || u[e] === 40) return -1;
    this.start = i - 1;
    this.id = this.slice(i - 1, e);
    return e;
  }

  /** G-308A (a nucleotide before a promoter position), R-4Q (a propeptide residue). */
  private letterSigned(i: number): number {
    const { u, lim } = this;
    const d = digitsEnd(u, i + 2, lim);
    if (d === i + 2) return -1;
    const a = u[i] ?? 0;
    const b = u[d] ?? 0;
    if (NUC[a] && NUC[b]) {
      this.id = `c.-${this.slice(i + 2, d)}${String.fromCharCode(a)}>${String.fromCharCode(b)}`;
      return d + 1;
    }
    if (REF1[a] && (REF1[b] || b === 88)) {
      this.id = `p.${THREE_OF.get(a) ?? ''}-${this.slice(i + 2, d)}${THREE_OF.get(b) ?? ''}`;
      return d + 1;
    }
    return -1;
  }

  private slice(a: number, b: number): string {
    return this.text.slice(a, b);
  }

  /** A position as an id writes it (spaces dropped): made only for a variant found, most numbers in prose are none. */
  private positionText(a: number, b: number): string {
    return this.slice(a, b).replace(/ /g, '');
  }

  /** A position: digits, an intron offset (+1, -3, with one space before the sign when `spaced`), or -1. */
  private position(k: number, spaced: boolean): number {
    const { u, lim } = this;
    if (u[k] === 45 || u[k] === 42 || u[k] === 43) k++;
    const e = digitsEnd(u, k, lim);
    if (e === k) return -1;
    let s = e;
    if (spaced && u[s] === 32 && (u[s + 1] === 43 || u[s + 1] === 45)) s++;
    if (u[s] !== 43 && u[s] !== 45) return e;
    s++;
    if (spaced && u[s] === 32) s++;
    return isDigit(u[s] ?? 0) ? digitsEnd(u, s, lim) : e;
  }

  /** A DNA change at k (after its position): ref>alt, del, ins, dup, delins, inv. Sets `change`; returns its end. */
  private change = '';
  private dnaChange(k: number, rna: boolean, spaced: boolean): number {
    const { u, lim } = this;
    const nuc = rna ? RNA : NUC;
    const r = this.run(k, nuc);
    if (r > k) {
      const a = spaced && u[r] === 47 ? r + 1 : arrowEnd(u, r, lim, spaced);
      if (a < 0) return -1;
      const e = this.run(a, nuc);
      if (e === a) return -1;
      this.change = `${this.slice(k, r)}>${this.slice(a, e)}`;
      return e;
    }
    // Every event starts with "d" or "i": most numbers of prose are followed by neither.
    const c = u[k] ?? 0;
    if (c !== 100 && c !== 105) return -1;
    for (const op of EVENTS) {
      if (!at(u, k, lim, op)) continue;
      let e = k + op.length;
      let n = this.run(e, nuc);
      // "2238-9del AG": one space before the deleted bases.
      if (n === e && u[e] === 32 && op !== 'inv') {
        const m = this.run(e + 1, nuc);
        if (m - e > 2 && !this.word[u[m] ?? 0]) n = m;
      }
      // c.304ins(GCG)(7): a repeated unit
      if (n === e && u[e] === 40 && (op === 'ins' || op === 'dup')) n = Math.max(e, this.repeatUnit(e, nuc));
      e = n > e ? n : digitsEnd(u, e, lim);
      if (op === 'del' && at(u, e, lim, 'ins')) {
        const m = this.run(e + 3, nuc);
        if (m === e + 3) return -1;
        e = m;
      }
      if (op === 'ins' && e === k + 3) return -1;
      this.change = this.slice(k, e).replace(' ', '');
      return e;
    }
    return -1;
  }

  /** "(GCG)4GCA", "(GCG)(7)", "(CAG)n" at k (its "("): bases repeated a number of times, then bases maybe; its end or -1. */
  private repeatUnit(k: number, nuc: Uint8Array): number {
    const { u, lim } = this;
    const b = this.run(k + 1, nuc);
    if (b === k + 1 || u[b] !== 41) return -1;
    let e = b + 1;
    if (u[e] === 40) {
      const d = digitsEnd(u, e + 1, lim);
      if (d === e + 1 || u[d] !== 41) return -1;
      e = d + 1;
    } else if (u[e] === 110) e++;
    else {
      const d = digitsEnd(u, e, lim);
      if (d === e) return -1;
      e = d;
    }
    return this.run(e, nuc);
  }

  /** The end of a run of units marked in `table` (ASCII), from k. */
  private run(k: number, table: Uint8Array): number {
    const { u, lim } = this;
    while (k < lim && (table[u[k] ?? 0] ?? 0) === 1) k++;
    return k;
  }

  /** c./g./m./n./r. forms, from the position at k. */
  private dna(k: number, prefix: string, rna: boolean): number {
    const p = this.position(k, true);
    if (p < 0) return -1;
    let e = p;
    if (this.u[e] === 95) {
      e = this.position(e + 1, false);
      if (e < 0) return -1;
    }
    const pos = this.positionText(k, e);
    let c = this.dnaChange(e, rna, true);
    if (c < 0 && this.u[e] === 32) c = this.dnaChange(e + 1, rna, true);
    if (c < 0) return -1;
    this.id = `${prefix}.${pos}${this.change}`;
    return c;
  }

  /** Forms that start with a number: 1799T>A, 2398+1G>C, 1494del6, 3020insC, 35 delG, signed alleles, -31T/C. */
  private numbered(i: number, signed: boolean, bare: boolean): number {
    const { u, lim } = this;
    let e = this.position(i, true);
    if (e < 0) return -1;
    if (u[e] === 95 && isDigit(u[e + 1] ?? 0)) e = digitsEnd(u, e + 1, lim);
    let c = this.dnaChange(e, false, true);
    if (c < 0 && signed && u[e] === 32 && u[e + 1] === 40 && NUC[u[e + 2] ?? 0]) {
      const p = this.dnaChange(e + 2, false, true);
      if (p > 0 && u[p] === 41) c = p + 1;
    }
    if (c < 0 && signed && u[e] === 32 && NUC[u[e + 1] ?? 0] && !NUC[u[e + 2] ?? 0] && u[e + 2] !== 47) c = this.dnaChange(e + 1, false, true); // +25 G->A
    if (c < 0 && u[e] === 32 && (at(u, e + 1, lim, 'del') || at(u, e + 1, lim, 'ins'))) {
      c = this.dnaChange(e + 1, false, false);
      if (c >= 0 && !NUC[u[c - 1] ?? 0]) c = -1;
    }
    if (c < 0 && (u[e] === 45 || u[e] === 32) && u[e + 1] === 98) {
      // +14 bp C-to-T, -4-bp G-to-A: a position counted in base pairs, then its change
      const k = at(u, e + 1, lim, 'bp ') ? e + 4 : at(u, e + 1, lim, 'basepair ') ? e + 10 : -1;
      const t = k > 0 && NUC[u[k] ?? 0] && (at(u, k + 1, lim, '-to-') || at(u, k + 1, lim, ' to ')) ? k + 5 : -1;
      if (t > 0 && NUC[u[t] ?? 0] && u[t] !== u[k]) {
        this.change = `${String.fromCharCode(u[k] ?? 0)}>${String.fromCharCode(u[t] ?? 0)}`;
        c = t + 1;
      }
    }
    if (c >= 0 && this.word[u[c] ?? 0]) c = -1;
    if (c < 0 && u[e] === 100 && at(u, e, lim, 'del')) {
      // 9delMTTTVP: residues deleted.
      const r = this.run(e + 3, REF1);
      if (r > e + 3) {
        this.change = this.slice(e, r);
        c = r;
      }
    }
    if (c >= 0) {
      this.id = `c.${this.positionText(i, e)}${this.change}`;
      return c;
    }
    // An allele by position: "the 111G allele".
    if (!signed && e - i >= 2 && NUC[u[e] ?? 0] && (at(u, e + 1, lim, ' allele') || at(u, e + 1, lim, '-allele'))) {
      this.id = this.slice(i, e + 1);
      return e + 1;
    }
    // Protein alleles and genotypes by position: 192Q/R, 55M/L, 192RR.
    const p = u[e] ?? 0;
    const q = u[e + 2] ?? 0;
    if (!signed && e - i >= 2 && p < 128 && REF1[p]) {
      if (u[e + 1] === 47 && q < 128 && REF1[q] && q !== p) {
        this.id = `p.${THREE_OF.get(p) ?? ''}${this.positionText(i, e)}${THREE_OF.get(q) ?? ''}`;
        return e + 3;
      }
      if (u[e + 1] === p) {
        this.id = this.slice(i, e + 2);
        return e + 2;
      }
    }
    // HCN4-573X: a stop codon after a gene and a hyphen.
    if (signed && !bare && u[e] === 88 && e - i >= 2 && !this.word[u[e + 1] ?? 0]) {
      this.id = `p.${this.positionText(i, e)}*`;
      return e + 1;
    }
    if (!signed) return -1;
    // Promoter alleles: -31T/C, +9 T/G, -3279, A/C, -1082(G/A), -511CC, -3279 CC, -3279 AC+AA, -930G (one letter:
    // three digits at least, never a temperature), -6054 deletion/ATT.
    return this.genotype(i, e, undefined, 'c.', bare && e - i >= 3, e - i >= 3);
  }

  /**
   * An allele or genotype after a position (text[p, e), or `named` when given: "IVS9+459"): "T/C" (after a space,
   * ", " or "(" too), "CC" (after a space when `spaced`), "GA+GG", one base when `single`, "deletion/ATT". A change's
   * id is `hgvs`, the position, then the change; a genotype's the position then its bases. Returns its end (`id`
   * set), or -1. The position's text is made only for a match.
   */
  private genotype(p: number, e: number, named: string | undefined, hgvs: string, single: boolean, spaced: boolean): number {
    const { u, lim } = this;
    let k = e;
    const paren = u[k] === 40;
    if (u[k] === 44 && u[k + 1] === 32) k += 2;
    else if (u[k] === 32 || paren) k++;
    if (k > e && at(u, k, lim, 'deletion/')) {
      const r = this.run(k + 9, NUC);
      if (r === k + 9 || this.word[u[r] ?? 0]) return -1;
      this.id = `${hgvs}${named ?? this.positionText(p, e)}del${this.slice(k + 9, r)}`;
      return r;
    }
    const a = u[k] ?? 0;
    if (!NUC[a]) return -1;
    const b = u[k + 1] ?? 0;
    if (b === 47 && NUC[u[k + 2] ?? 0]) {
      let end = k + 3;
      if (paren) {
        if (u[end] !== 41) return -1;
        end++;
      }
      if (this.word[u[end] ?? 0]) return -1;
      this.id = `${hgvs}${named ?? this.positionText(p, e)}${String.fromCharCode(a)}>${String.fromCharCode(u[k + 2] ?? 0)}`;
      return end;
    }
    // Two bases after a space ("-3279 CC"), never after a comma or in parentheses.
    if (paren || (k > e && (!spaced || u[e] === 44))) return -1;
    if (NUC[b] && !this.word[u[k + 2] ?? 0]) {
      let end = k + 2;
      // GA+GG: genotypes taken together.
      while (u[end] === 43 && NUC[u[end + 1] ?? 0] && NUC[u[end + 2] ?? 0] && !this.word[u[end + 3] ?? 0]) end += 3;
      this.id = `${named ?? this.positionText(p, e)}${this.slice(k, end)}`;
      return end;
    }
    if (!single || k !== e || u[k + 1] === 0xb0 || this.word[b]) return -1;
    this.id = `${named ?? this.positionText(p, e)}${String.fromCharCode(a)}`;
    return k + 1;
  }

  /** A residue at k: three-letter, or one letter when `one` (X and * too when `alt`). Sets `aa`; returns its end. */
  private aa = '';
  private residue(k: number, one: boolean, alt: boolean): number {
    const { u, lim } = this;
    const three = aa3At(u, k, lim);
    if (three !== undefined && !(isLower(u[k + 3] ?? 0) && !at(u, k + 3, lim, 'fs') && !at(u, k + 3, lim, 'del'))) {
      this.aa = three;
      return k + 3;
    }
    if (!one) return -1;
    const c = u[k] ?? 0;
    if ((c < 128 && REF1[c]) || (alt && (c === 88 || c === 42))) {
      this.aa = THREE_OF.get(c) ?? 'Ter';
      return k + 1;
    }
    return -1;
  }

  /**
   * A protein change from k: ref position [_ref position] then a residue, fs, del, dup, ins, delins, "=" or nothing
   * (p. with a three-letter residue: p.Thr26). `prefixed` for p. forms (a one-digit position is allowed there).
   */
  private protein(k: number, prefixed: boolean, prefix: string): number {
    const { u, lim } = this;
    const paren = prefixed && u[k] === 40;
    if (paren) k++;
    const r = this.residue(k, true, false);
    if (r < 0) return -1;
    const oneLetter = r === k + 1;
    const ref = this.aa;
    // "Arg 3500 Gln": a three-letter residue, a space, its position (then a residue after a space too).
    const spacedRef = !prefixed && !oneLetter && u[r] === 32 && isDigit(u[r + 1] ?? 0);
    const p0 = spacedRef ? r + 1 : r;
    let e = digitsEnd(u, p0, lim);
    if (e === p0) return -1;
    // Positions of six digits and more only for two nucleotides (T1270533G: a genomic position).
    if ((!prefixed && oneLetter && e - p0 < 2) || e - p0 > (oneLetter && NUC[u[k] ?? 0] ? 9 : 5)) return -1;
    const longPosition = e - p0 > 5;
    let pos = `${ref}${this.slice(p0, e)}`;
    // A range: D487_S488_F489 (its first and last residues).
    let last = '';
    for (let n = 0; n < 4 && u[e] === 95; n++) {
      const r2 = this.residue(e + 1, true, false);
      const e2 = r2 < 0 ? -1 : digitsEnd(u, r2, lim);
      if (e2 <= r2) return -1;
      last = `_${this.aa}${this.slice(r2, e2)}`;
      e = e2;
    }
    pos += last;
    let alt = '';
    const a = this.residue(e, true, true);
    if (a > 0 && !(oneLetter && a === e + 3)) {
      alt = this.aa;
      e = a;
    } else if (a > 0 && oneLetter) {
      // V600Glu: mixed; read the one letter only, the boundary check then fails.
      alt = THREE_OF.get(u[e] ?? 0) ?? '';
      e++;
    } else if (at(u, e, lim, 'stop') || at(u, e, lim, 'Stop')) {
      alt = 'Ter';
      e += 4;
    }
    if (alt === '' && !prefixed && !oneLetter && u[e] === 32) {
      // Arg158 Pro, Glu29 to Lys, Glu 272 to stop: a space, "to" maybe, then a three-letter residue or "stop".
      const s = at(u, e + 1, lim, 'to ') ? e + 4 : e + 1;
      const b = at(u, s, lim, 'stop') ? s + 4 : this.residue(s, false, false);
      if (b > 0 && !this.word[u[b] ?? 0]) {
        alt = b === s + 4 ? 'Ter' : this.aa;
        e = b;
      }
    }
    if (spacedRef && alt === '') return -1;
    let tail = '';
    if (at(u, e, lim, 'fs')) {
      let f = e + 2;
      if (u[f] === 32 && (u[f + 1] === 88 || u[f + 1] === 42) && isDigit(u[f + 2] ?? 0)) f++;
      if (u[f] === 88 || u[f] === 42) f++;
      else if (at(u, f, lim, 'Ter')) f += 3;
      f = digitsEnd(u, f, lim);
      if (f > e + 2 && (u[f] === 88 || u[f] === 42)) f++;
      tail = this.slice(e, f).replace(' ', '').replace('X', '*');
      e = f;
    } else if (alt === '') {
      for (const op of ['delins', 'del', 'dup', 'ins']) {
        if (!at(u, e, lim, op)) continue;
        let f = e + op.length;
        let added = '';
        while (op.endsWith('ins') || op === 'delins') {
          const n = this.residue(f, true, true);
          if (n < 0) break;
          added += this.aa;
          f = n;
        }
        if (op.endsWith('ins') && added === '') return -1;
        tail = `${op}${added}`;
        e = f;
        break;
      }
      if (tail === '' && u[e] === 61) {
        tail = '=';
        e++;
      }
      // D487_S488_F489 deletion, F508 deletion
      if (tail === '' && at(u, e, lim, ' deletion') && !this.word[u[e + 9] ?? 0]) {
        tail = 'del';
        e += 9;
      }
    }
    if (alt === '' && tail === '') {
      // An allele (p.Thr26): prefixed three-letter only.
      if (!prefixed || oneLetter) return -1;
    }
    if (paren) {
      if (u[e] !== 41) return -1;
      e++;
    }
    if (!prefixed && oneLetter) {
      const name = this.slice(this.start, e);
      if (NAMES.has(name) || name.startsWith('S100')) return -1;
      // Two nucleotides around a position: a DNA change written the legacy way (A118G, C677T).
      const c0 = u[k] ?? 0;
      const c1 = u[e - 1] ?? 0;
      if (e === digitsEnd(u, r, lim) + 1 && NUC[c0] && NUC[c1]) {
        this.id = `c.${this.slice(r, e - 1)}${String.fromCharCode(c0)}>${String.fromCharCode(c1)}`;
        // G1915T/A: a third allele
        return u[e] === 47 && NUC[u[e + 1] ?? 0] && !this.word[u[e + 2] ?? 0] ? e + 2 : e;
      }
    }
    if (longPosition) return -1;
    const body = `${pos}${alt}${tail}`;
    this.id = `${prefix || 'p.'}${paren ? `(${body})` : body}`;
    return e;
  }

  /** IVS4-9A>G, IVS9 + 9C > T, IVS2+1delG (after "IVS"). */
  private ivs(k: number): number {
    const { u, lim } = this;
    if (u[k] === 45) k++;
    let n = digitsEnd(u, k, lim);
    if (n === k) while (n < k + 4 && (u[n] === 73 || u[n] === 86 || u[n] === 88)) n++; // IVSII-1
    if (n === k) return -1;
    let e = n;
    if (u[e] === 32) e++;
    if (u[e] !== 43 && u[e] !== 45) return -1;
    const sign = String.fromCharCode(u[e] ?? 43);
    e++;
    if (u[e] === 32) e++;
    let d = digitsEnd(u, e, lim);
    if (d === e) return -1;
    if (u[d] === 95 && isDigit(u[d + 1] ?? 0)) d = digitsEnd(u, d + 1, lim);
    const pos = `IVS${this.slice(k, n)}${sign}${this.slice(e, d)}`;
    let s = u[d] === 32 ? d + 1 : u[d] === 44 && u[d + 1] === 32 ? d + 2 : d;
    const paren = u[s] === 40;
    if (paren) s++;
    // IVS64+5g->a: bases in lower case too.
    let c = this.dnaChange(s, RNA[u[s] ?? 0] === 1, true);
    if (c < 0 || (paren && u[c] !== 41)) {
      // An allele or a genotype: IVS1-23T, IVS9 + 217T, IVS9+459 GG, IVS9+459, A/G.
      return this.genotype(d, d, pos, '', true, true);
    }
    if (paren) c++;
    this.id = `${pos}${this.change}`;
    return c;
  }

  /** Delta32, Δ32, ΔF508 (after "Delta" or "Δ"). */
  private delta(k: number): number {
    const { u, lim } = this;
    const d = digitsEnd(u, k, lim);
    // Δ9, Δ12: double bonds of fatty acids and steroids (a desaturase), not deletions.
    if (d - k >= 2 && Number(this.slice(k, d)) >= 16) {
      // Δ9-THC and the like; Delta32-CCR5 names its gene
      if (u[d] === 45 && !isDigit(u[d + 1] ?? 0) && !(isUpper(u[d + 1] ?? 0) && isUpper(u[d + 2] ?? 0))) return -1;
      const e = u[d] === 45 && isDigit(u[d + 1] ?? 0) ? digitsEnd(u, d + 1, lim) : d; // Delta30-4995
      this.id = `Δ${this.slice(k, e)}`;
      return e;
    }
    const c = u[k] ?? 0;
    if (c < 128 && REF1[c]) {
      const e = digitsEnd(u, k + 1, lim);
      if (e - k - 1 >= 2) {
        this.id = `p.${THREE_OF.get(c) ?? ''}${this.slice(k + 1, e)}del`;
        return e;
      }
    }
    return -1;
  }

  /** Arg-->Gln, Arg→Gln: a residue change without a position (three-letter codes only). */
  private arrowChange(k: number): number {
    const a = this.residue(k, false, false);
    if (a < 0) return -1;
    const ref = this.aa;
    const e = arrowEnd(this.u, a, this.lim, false);
    if (e < 0 || this.u[a] === 62) return -1;
    const b = this.residue(e, false, false);
    if (b < 0) return -1;
    this.id = `p.${ref}>${this.aa}`;
    return b;
  }

  /** delTTCA, insC, dup24bp, "deletion of 54 Mbp", "insertion of 9 amino acids" (a word starting with d or i). */
  private event(i: number): number {
    const { u, lim } = this;
    for (const op of ['del', 'ins', 'dup']) {
      if (!at(u, i, lim, op)) continue;
      const n = this.run(i + 3, NUC);
      if (n > i + 3 && !this.word[u[n] ?? 0]) {
        this.id = this.slice(i, n);
        return n;
      }
      const d = digitsEnd(u, i + 3, lim);
      if (d > i + 3 && at(u, d, lim, 'bp')) {
        this.id = this.slice(i, d + 2);
        return d + 2;
      }
    }
    if (at(u, i, lim, 'ins/del ')) {
      const n = this.number(i + 8);
      const e = n > 0 && u[n] === 32 ? this.unit(n + 1) : -1;
      if (e > 0) {
        this.id = this.slice(i, e);
        return e;
      }
    }
    if (at(u, i, lim, 'deletion of ') && NUC[u[i + 12] ?? 0] && u[i + 13] === 32) {
      // deletion of G at the nucleotide position 520
      const p = this.phrases.placeAfter(this.text, u, i + 13, lim);
      if (p > 0) {
        this.id = this.phrases.dnaId(`del${String.fromCharCode(u[i + 12] ?? 0)}`);
        return p;
      }
    }
    if (at(u, i, lim, 'deletion of a ') && NUC[u[i + 14] ?? 0] && at(u, i + 15, lim, ' nucleotide') && !this.word[u[i + 26] ?? 0]) {
      // deletion of a G nucleotide
      this.id = `del${String.fromCharCode(u[i + 14] ?? 0)}`;
      return i + 26;
    }
    if (at(u, i, lim, 'deletion (')) {
      // deletion (TGAG)
      const n = this.run(i + 10, NUC);
      if (n > i + 10 && u[n] === 41) {
        this.id = `del${this.slice(i + 10, n)}`;
        return n + 1;
      }
    }
    if (at(u, i, lim, 'deletion of amino acids ')) {
      // deletion of amino acids 809-852
      const a = digitsEnd(u, i + 24, lim);
      const b = a > i + 24 && u[a] === 45 ? digitsEnd(u, a + 1, lim) : -1;
      if (b > a + 1) {
        this.id = `p.${this.slice(i + 24, a)}_${this.slice(a + 1, b)}del`;
        return b;
      }
    }
    for (const ev of ['deletion of ', 'insertion of ', 'duplication of ']) {
      if (!at(u, i, lim, ev)) continue;
      const k = i + ev.length;
      // insertion of (GCG)4GCA
      const r = u[k] === 40 ? this.repeatUnit(k, NUC) : -1;
      if (r > 0) {
        this.id = `${ev.slice(0, 3)}${this.slice(k, r)}`;
        return r;
      }
      const n = this.number(k);
      if (n < 0 || u[n] !== 32) return -1;
      const e = this.unit(n + 1);
      if (e < 0) return -1;
      this.id = this.slice(i, e);
      // "deletion of 6 bp at position 1494": its place
      const p = this.phrases.placeAfter(this.text, u, e, lim);
      return p > 0 ? p : e;
    }
    return -1;
  }

  /** A number at k (37,410 or 3.5): its end, or -1. */
  private number(k: number): number {
    const { u, lim } = this;
    let e = digitsEnd(u, k, lim);
    if (e === k) return -1;
    if ((u[e] === 46 || u[e] === 44) && isDigit(u[e + 1] ?? 0)) e = digitsEnd(u, e + 1, lim);
    return e;
  }

  /** A size unit at k: bp, base pair(s), base-pair(s), base(s), kb, kbp, Mb, Mbp, nucleotide(s), nt, amino acids. */
  private unit(k: number): number {
    const { u, lim } = this;
    // Every unit starts with b, k, K, M, n or a: most numbers are followed by none ("90 %", "2)").
    const c = u[k] ?? 0;
    if (c !== 98 && c !== 107 && c !== 75 && c !== 77 && c !== 110 && c !== 97) return -1;
    for (const w of UNITS) {
      if (at(u, k, lim, w) && !this.word[u[k + w.length] ?? 0]) return k + w.length;
    }
    return -1;
  }

  /** "13-bp deletion", "3.5-kb gene deletion", "9 bp insertion/deletion", "13 base pair deletion" (from a number). */
  private sized(i: number): number {
    const n = this.number(i);
    return n < 0 ? -1 : this.sizedFrom(i, n);
  }

  /** The end of a number in words at i ("single", "four"), or -1. */
  private numberWord(i: number): number {
    for (const w of NUMBER_WORDS) if (at(this.u, i, this.lim, w) && !this.word[this.u[i + w.length] ?? 0]) return i + w.length;
    return -1;
  }

  /** A deletion by size from the number text[i, n). */
  private sizedFrom(i: number, n: number): number {
    const { u, lim } = this;
    let k = n;
    if (u[k] === 45 || u[k] === 32) k++;
    const e = this.unit(k);
    if (e < 0 || (u[e] !== 45 && u[e] !== 32)) return -1;
    let w = e + 1;
    // "4-Mb heterozygous interstitial deletion": two words at most
    for (let n = 0; n < 2; n++) {
      const m = MODIFIERS.find((x) => at(u, w, lim, x));
      if (m === undefined) break;
      w += m.length;
    }
    // "8-bp nucleotide (TTAAATGG) deletion", "32 base-pair (Δ32) deletion": a short name in parentheses before it.
    if (u[w] === 40) {
      let b = w + 1;
      let digit = false;
      while (b < w + 12 && this.word[u[b] ?? 0]) digit = isDigit(u[b++] ?? 0) || digit;
      // bases, or a name with a digit ("(nt)" is an abbreviation of the unit)
      if (b > w + 1 && u[b] === 41 && u[b + 1] === 32 && (digit || this.run(w + 1, NUC) === b)) w = b + 2;
    }
    for (const ev of SIZED_EVENTS) {
      if (at(u, w, lim, ev) && !this.word[u[w + ev.length] ?? 0]) {
        // "four bases deletion (TGAG)": the event with its bases, as "deletion (TGAG)" alone is read.
        const b = u[w + ev.length] === 32 && u[w + ev.length + 1] === 40 ? this.run(w + ev.length + 2, NUC) : -1;
        if (b > w + ev.length + 3 && u[b] === 41 && ev === 'deletion') {
          this.start = w;
          this.id = `del${this.slice(w + ev.length + 2, b)}`;
          return b + 1;
        }
        this.id = this.slice(i, w + ev.length).replace(/\s+/g, ' ');
        return w + ev.length;
      }
    }
    return -1;
  }
}
