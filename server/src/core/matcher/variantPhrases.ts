// Variants written in words, the forms tmVar 3 annotates besides notations (variants.ts): residue changes named in
// full ("arginine 150 proline", "serine by proline at codon 1235", "proline to serine substitution at codon 38") and
// nucleotide changes without a position ("C to T transitions", "a G/A polymorphism", "G-->A"). Each read is bounded
// (at most MAX_SPAN units past its start) and compares fixed words: no regular expression.
// A phrase is taken only when it says it is a change: a position ("at codon 38"), a word after it (substitution,
// transition, polymorphism...), or "substitution of" / "replacement of" before it. "Conversion of glutamine to
// glutamate" stays prose.

const MAX_SPAN = 120;

/** Residue names and their three-letter codes; longer names first where one starts another. */
const NAMES: readonly (readonly [string, string])[] = [
  ['alanine', 'Ala'], ['arginine', 'Arg'], ['asparagine', 'Asn'], ['aspartic acid', 'Asp'], ['aspartate', 'Asp'],
  ['cysteine', 'Cys'], ['glutamine', 'Gln'], ['glutamic acid', 'Glu'], ['glutamate', 'Glu'], ['glycine', 'Gly'],
  ['histidine', 'His'], ['isoleucine', 'Ile'], ['leucine', 'Leu'], ['lysine', 'Lys'], ['methionine', 'Met'],
  ['phenylalanine', 'Phe'], ['proline', 'Pro'], ['serine', 'Ser'], ['threonine', 'Thr'], ['tryptophan', 'Trp'],
  ['tyrosine', 'Tyr'], ['valine', 'Val'],
  // Nucleotides: "thymidine to cytosine mutation at position 28".
  ['adenine', 'A'], ['guanine', 'G'], ['cytosine', 'C'], ['thymidine', 'T'], ['thymine', 'T'], ['adenosine', 'A'],
  ['guanosine', 'G'], ['cytidine', 'C'],
];
/** Names by their first letter (a-z). */
const BY_LETTER: (readonly (readonly [string, string])[])[] = Array.from({ length: 26 }, (_, k) =>
  NAMES.filter(([n]) => n.charCodeAt(0) === 97 + k),
);
const POSITION_WORDS = ['the nucleotide position ', 'nucleotide position ', 'nucleotide ', 'amino acid position ', 'amino-acid position ', 'amino acid ', 'amino-acid ', 'codon ', 'position ', 'residue '];
const CHANGE_WORDS = [' substitution', ' mutation', ' change', ' exchange', ' replacement', ' transition', ' transversion'];
const NUC_AFTER = ['transition', 'transversion', 'substitution', 'mutation', 'polymorphism', 'change', 'allele', 'SNP', 'single', 'nucleotide', 'variant', 'conversion', 'point'];
const NUC_CHANGE = [' at ', ' polymorphism at ', ' substitution at ', ' transition at ', ' transversion at ', ' mutation at ', ' point mutation at ', ' substitution in ', ' transition in ', ' transversion in ', ' mutation in '];
const NUC_PLACE = ['nucleotide position ', 'nucleotide ', 'cDNA base ', 'cDNA position ', 'base ', 'position ', 'codon '];
const BEFORE = ['substitution of ', 'replacement of ', 'substitution from ', 'change from ', 'exchange of '];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNuc = (c: number): boolean => c === 65 || c === 67 || c === 71 || c === 84;

function at(u: Uint16Array, k: number, lim: number, s: string): boolean {
  if (k < 0 || k + s.length > lim) return false;
  for (let n = 0; n < s.length; n++) if (u[k + n] !== s.charCodeAt(n)) return false;
  return true;
}

export class VariantPhrases {
  id = '';
  private lim = 0;

  constructor(private readonly word: Uint8Array) {}

  /** The first words of the residue names: a phrase read by `residues` starts with one of them. */
  static firstWords(): string[] {
    return NAMES.map(([name]) => name.split(' ')[0] ?? name);
  }

  /** The end of a residue name at k (with " residue" or " (Xxx)" after it) and its code in `code`, or -1. */
  private code = '';
  private residue(u: Uint16Array, k: number): number {
    const c = u[k] ?? 0;
    const names = c >= 97 && c <= 122 ? BY_LETTER[c - 97] : undefined;
    if (!names) return -1;
    for (const [name, code] of names) {
      if (!at(u, k, this.lim, name) || this.word[u[k + name.length] ?? 0]) continue;
      let e = k + name.length;
      // " residue" belongs to the phrase when a position or another residue follows ("glutamic acid 333 by
      // aspartic acid residue (E333D)" ends at "acid").
      if (at(u, e, this.lim, ' residue ') && (at(u, e + 9, this.lim, 'at ') || at(u, e + 9, this.lim, 'for ') || at(u, e + 9, this.lim, 'by '))) e += 8;
      else if (u[e] === 32 && u[e + 1] === 40 && u[e + 5] === 41) e += 6; // " (Val)"
      else if (u[e] === 32 && u[e + 1] === 40 && u[e + 3] === 41 && code.length === 1) e += 4; // " (A)"
      this.code = code;
      return e;
    }
    return -1;
  }

  /** The end of digits at k, or k. */
  private digits(u: Uint16Array, k: number): number {
    while (k < this.lim && isDigit(u[k] ?? 0)) k++;
    return k;
  }

  /** The id of a DNA change at `pos`: c.1836T>G, or "codon 23 GTT>GCT" (a codon's number is no c. position). */
  dnaId(change: string): string {
    return this.atCodon ? `codon ${this.pos} ${change}` : `c.${this.pos}${change}`;
  }

  /** " at codon 38", " at amino acid position 401", " of nucleotide -308": its end, the position in `pos`; or -1. */
  pos = '';
  /** Whether `pos` (of position or placeAfter) is a codon's number. */
  private atCodon = false;
  private position(text: string, u: Uint16Array, k: number): number {
    if (!at(u, k, this.lim, ' at ') && !at(u, k, this.lim, ' of ')) return -1;
    for (const w of POSITION_WORDS) {
      const s = k + 4 + w.length;
      if (!at(u, k + 4, this.lim, w)) continue;
      this.atCodon = w === 'codon ';
      const sign = u[s] === 45 || u[s] === 43 ? 1 : 0;
      const e = this.digits(u, s + sign);
      if (e === s + sign || this.word[u[e] ?? 0]) return -1;
      this.pos = text.slice(s, e);
      return e;
    }
    return -1;
  }

  /** A residue change in words at the word u[i, ...), or -1 (`id` set). */
  residues(text: string, u: Uint16Array, i: number, to: number): number {
    this.lim = Math.min(to, i + MAX_SPAN);
    const a = this.residue(u, i);
    if (a < 0) return -1;
    const ref = this.code;
    // "arginine 150 proline", "glutamic acid 333 by aspartic acid"
    if (u[a] === 32 && isDigit(u[a + 1] ?? 0)) {
      const d = this.digits(u, a + 1);
      let k = d + 1;
      if (u[d] !== 32) return -1;
      // "adenine 474 deletion"
      const ev = ref.length !== 1 ? '' : at(u, k, this.lim, 'deletion') ? 'deletion' : at(u, k, this.lim, 'insertion') ? 'insertion' : '';
      if (ev !== '' && !this.word[u[k + ev.length] ?? 0]) {
        this.id = `c.${text.slice(a + 1, d)}${ev.slice(0, 3)}${ref}`;
        return k + ev.length;
      }
      if (at(u, k, this.lim, 'to ')) k += 3;
      else if (at(u, k, this.lim, 'by ')) k += 3;
      const b = this.residue(u, k);
      if (b < 0) return -1;
      this.id = `p.${ref}${text.slice(a + 1, d)}${this.code}`;
      return b;
    }
    let k = a;
    let reversed = false;
    if (at(u, k, this.lim, ' to ') || at(u, k, this.lim, ' by ') || at(u, k, this.lim, '-to-')) k += 4;
    else if (at(u, k, this.lim, ' with ')) k += 6;
    else if (at(u, k, this.lim, ' for ')) {
      k += 5;
      reversed = true;
    } else return -1;
    const b = this.residue(u, k);
    if (b < 0) return -1;
    const alt = this.code;
    if ((alt.length === 1) !== (ref.length === 1)) return -1; // a residue and a nucleotide
    const [from, into] = reversed ? [alt, ref] : [ref, alt];
    const prefix = alt.length === 1 ? 'c.' : 'p.';
    let e = b;
    for (const w of CHANGE_WORDS) {
      if (at(u, b, this.lim, w) && !this.word[u[b + w.length] ?? 0]) {
        const p = this.position(text, u, b + w.length);
        if (p > 0) {
          this.id = prefix === 'c.' ? this.dnaId(`${from}>${into}`) : `p.${from}${this.pos}${into}`;
          return p;
        }
        e = -2; // a change word after it: the phrase ends at the residue
        break;
      }
    }
    const p = this.position(text, u, b);
    if (p > 0) {
      this.id = prefix === 'c.' ? this.dnaId(`${from}>${into}`) : `p.${from}${this.pos}${into}`;
      return p;
    }
    if (e !== -2 && !BEFORE.some((w) => at(u, i - w.length, i, w))) return -1;
    this.id = prefix === 'c.' ? `${from}>${into}` : `p.${from}>${into}`;
    return b;
  }

  /**
   * "cytosine insertion at position 3020", "adenine deletion at nucleotide 202": a base named in full, then its event
   * and its place ("the guanine insertion polymorphism" names no one variant), or -1 (`id` set).
   */
  baseEvent(text: string, u: Uint16Array, i: number, to: number): number {
    this.lim = Math.min(to, i + MAX_SPAN);
    const a = this.residue(u, i);
    if (a < 0 || this.code.length !== 1) return -1;
    const base = this.code;
    for (const ev of [' deletion', ' insertion', ' duplication']) {
      if (!at(u, a, this.lim, ev) || this.word[u[a + ev.length] ?? 0]) continue;
      const e = a + ev.length;
      const p = this.placeAfter(text, u, e, this.lim);
      if (p < 0) return -1;
      this.id = this.dnaId(`${ev.slice(1, 4)}${base}`);
      return p;
    }
    return -1;
  }

  /**
   * "codon 358, tyrosine to histidine", "codon 26, GAG-->GCG", "codon 787 CAG/CAA", "codon 104 G --> A": a change
   * after a codon's number (a word starting with c), or -1 (`id` set).
   */
  codon(text: string, u: Uint16Array, i: number, to: number): number {
    this.lim = Math.min(to, i + MAX_SPAN);
    if (!at(u, i, this.lim, 'codon ')) return -1;
    let k = i + 6;
    // "codon (CD)26": a short name in parentheses
    if (u[k] === 40 && u[k + 3] === 41) k += 4;
    const d = this.digits(u, k);
    if (d === k) return -1;
    const pos = text.slice(k, d);
    if (at(u, d, this.lim, ' deletion') && !this.word[u[d + 9] ?? 0]) {
      // codon 138 deletion
      this.id = `codon ${pos} del`;
      return d + 9;
    }
    let s = u[d] === 44 ? d + 1 : d;
    if (u[s] !== 32) return -1;
    s++;
    const a = this.residue(u, s);
    if (a > 0 && this.code.length === 3) {
      const ref = this.code;
      const b = at(u, a, this.lim, ' to ') ? this.residue(u, a + 4) : -1;
      if (b < 0 || this.code.length !== 3) return -1;
      this.id = `p.${ref}${pos}${this.code}`;
      return b;
    }
    const e = this.codonChange(u, s);
    if (e < 0) return -1;
    this.id = `codon ${pos} ${this.change}`;
    return e;
  }

  /** "GAG-->GCG", "CAG/CAA", "G --> A" at s: one base or a codon changed (`change` set: GAG>GCG); its end, or -1. */
  private change = '';
  private codonChange(u: Uint16Array, s: number): number {
    let r = s;
    while (r < s + 3 && isNuc(u[r] ?? 0)) r++;
    const n = r - s;
    if ((n !== 1 && n !== 3) || this.word[u[r] ?? 0]) return -1;
    const op = [' --> ', '-->', '->', ' > ', '>', '/', '\u2192'].find((o) => at(u, r, this.lim, o));
    if (op === undefined) return -1;
    const c = r + op.length;
    for (let m = 0; m < n; m++) if (!isNuc(u[c + m] ?? 0)) return -1;
    if (this.word[u[c + n] ?? 0]) return -1;
    this.change = `${String.fromCharCode(...u.subarray(s, r))}>${String.fromCharCode(...u.subarray(c, c + n))}`;
    return c + n;
  }

  /** "stop codon at position 372", "termination at codon 1524", "stop at codon 1129" (a word starting with s or t). */
  stop(text: string, u: Uint16Array, i: number, to: number): number {
    this.lim = Math.min(to, i + MAX_SPAN);
    for (const w of ['stop codon', 'termination codon', 'stop', 'termination']) {
      if (!at(u, i, this.lim, w) || this.word[u[i + w.length] ?? 0]) continue;
      const p = this.position(text, u, i + w.length);
      if (p < 0) return -1;
      this.id = `p.${this.pos}*`;
      return p;
    }
    return -1;
  }

  /** Whether the last `nucleotides` read took the "(" before its start: "(G-->A) at nucleotide position 2141". */
  paren = false;

  /**
   * "C to T", "CC to TT", "G-->A", "G > C", "G/A", "C-to-T" before a word that says it is a change, or -1; codons
   * ("GTT-->GCT transition at codon 23") and changes in parentheses (`paren`: "(G --> C) substitution at position
   * 1201") only with their position.
   */
  nucleotides(text: string, u: Uint16Array, i: number, to: number, paren: boolean): number {
    this.lim = Math.min(to, i + MAX_SPAN);
    this.paren = false;
    let r = i;
    while (r < i + 3 && isNuc(u[r] ?? 0)) r++;
    if (r === i || this.word[u[r] ?? 0]) return -1;
    let a = -1;
    for (const op of [' to ', '-to-', '-->', '->', ' > ', '>', '/', ' --> ', '\u2192']) {
      if (at(u, r, this.lim, op)) {
        a = r + op.length;
        break;
      }
    }
    if (a < 0) return -1;
    const n = r - i;
    for (let k = 0; k < n; k++) if (!isNuc(u[a + k] ?? 0)) return -1;
    const e = a + n;
    if (this.word[u[e] ?? 0] || text.slice(i, r) === text.slice(a, e)) return -1;
    const change = `${text.slice(i, r)}>${text.slice(a, e)}`;
    const lim = this.lim;
    const closed = paren && u[e] === 41;
    // "G>T substitution at nucleotide c.898", "T to G transversion at nucleotide 1836": the position is part of it.
    const w = NUC_CHANGE.find((x) => at(u, closed ? e + 1 : e, lim, x));
    const d = w === undefined ? -1 : this.placeAfter(text, u, (closed ? e + 1 : e) + w.length - 4, lim);
    if (d > 0) {
      this.id = this.dnaId(change);
      this.paren = closed;
      // "A to G transition at codon 557 (AAG-->GAG)": the codons after it
      const c = u[d] === 32 && u[d + 1] === 40 ? this.codonChange(u, d + 2) : -1;
      return c > 0 && u[c] === 41 ? c + 1 : d;
    }
    if (n > 2) return -1;
    this.lim = lim;
    const arrow = u[r] === 62 || u[r] === 0x2192 || u[r + 1] === 62 || u[r + 2] === 62 || u[r + 3] === 62;
    // An arrow says it; "to" and "/" need a word after ("transitions", "polymorphism", "single nucleotide ...").
    if (!arrow || n > 1) {
      let k = e;
      if (u[k] === 32) k++;
      if (!NUC_AFTER.some((w) => at(u, k, this.lim, w))) return -1;
    }
    this.id = change;
    return e;
  }

  /** " at nucleotide 888", " at the nucleotide position +387", " at 5063" from k: its end (`pos` set), or -1. */
  placeAfter(text: string, u: Uint16Array, k: number, lim: number): number {
    this.lim = Math.min(lim, k + MAX_SPAN);
    // " in codon 241" (a codon only), " at ..."
    const inCodon = at(u, k, this.lim, ' in codon ');
    if (!inCodon && !at(u, k, this.lim, ' at ')) return -1;
    k += 4;
    if (at(u, k, this.lim, 'the ')) k += 4;
    const place = NUC_PLACE.find((p) => at(u, k, this.lim, p));
    if (place !== undefined) k += place.length;
    if (at(u, k, this.lim, 'c.')) k += 2;
    const s = k;
    if (u[k] === 45 || u[k] === 43) k++;
    const d = this.digits(u, k);
    // Without a place word ("at 5063", "at -31") a short number may be anything ("at 10 years").
    if (d === k || this.word[u[d] ?? 0] || (place === undefined && d - k < 3 && k === s)) return -1;
    this.pos = text.slice(s, d);
    this.atCodon = inCodon || place === 'codon ';
    return d;
  }
}
