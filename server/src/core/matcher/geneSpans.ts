// The extent of a gene mention as annotators (and readers) take it, decided after the scan on the matches it kept
// (found.ts), so the pass costs nothing per word, only per gene match followed by one of these:
// - "X receptor(s)": the receptor of X is a gene of its own, named by the table as X + "R" ("CNTF receptor": CNTFR,
//   "NK-3 receptor": NK3R, TACR3; "CB1 receptor": CNR1) or by one of its names ("thyrotropin receptor"); the mention
//   becomes that gene. Where no gene of the table reads so, the mention stays X (the ligand) as written.
// - "X antigen" ("the E48 antigen", "Fas antigen"): one mention of X, the protein's name, unless a measure follows
//   ("PAI-1 antigen levels").
// - A Greek letter after the name, apart ("NRG-1 beta", "GR alpha", "E1 beta"): the isoform or subunit, one mention
//   naming the gene, as the corpora annotate it (where the table has no text that long: "IL-1 beta" is IL1B).
// - A coordination that shares the name ("Smad1/5/8", "S100A7/A8/A9", "CDKN2A/B", "gp120/160", "GalNAc-T1 and -T2", "TGF-beta1 and
//   -beta2"): one mention, as the annotated corpora (GNormPlus, BioRED, NLM-Gene) take it, naming the first gene.
// - A name before "family" or "superfamily" ("the EPH family"): the family, no gene; "p" or "q" and digits written as
//   a chromosome band ("p21.3", "2p15-p16", "(q31;p21)"): no gene.
// - A name that is part of another protein's ("EGF-like domain", "CRF-binding protein", "TNFR-associated factor 2",
//   "TNF receptor-associated factor", "plasminogen activator inhibitor", "PGC coactivator 1a") or of a domain's
//   ("pleckstrin homology domain"): no mention of that gene.
// - A prefix joined by a hyphen that makes one of the table's texts with the gene after it ("GM-CSF": GMCSF, CSF2;
//   "G-CSF": CSF3): one mention of that gene, not "GM" and the ambiguous "CSF".
// A widened mention swallows the matches inside its new end. Everything here reads code units: no string but the few
// looked up for a receptor.
import type { GeneLexicon } from '../lexicon/geneLexicon';
import { DROPPED, type Found } from './found';
import { GENE } from './scanner';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** Greek letters' names that mark an isoform or subunit after a gene ("NRG-1 beta", "GR alpha"), and the letters. */
const GREEK_NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'kappa'];
const GREEK_LETTERS = new Set([0x3b1, 0x3b2, 0x3b3, 0x3b4, 0x3b5, 0x3ba]);

/** A unit that may start a Greek letter or its name: a, b, g, d, e, k, or α β γ δ ε κ. */
const isGreekStart = (c: number): boolean => c === 97 || c === 98 || c === 103 || c === 100 || c === 101 || c === 107 || GREEK_LETTERS.has(c);
const isWordUnit = (c: number): boolean => isDigit(c) || isUpper(c) || isLower(c) || c > 127;

/** " receptor" or " receptors" at `at`, ending at a word boundary: the end of the word, else -1. */
function receptorAfter(u: Uint16Array, at: number, to: number): number {
  if (u[at] !== 32) return -1;
  const word = 'receptor';
  let k = at + 1;
  for (let n = 0; n < word.length; n++, k++) if (k >= to || u[k] !== word.charCodeAt(n)) return -1;
  if (k < to && u[k] === 115 /* s */) k++;
  if (k < to && isWordUnit(u[k] ?? 0)) return -1;
  // "TNF receptor-associated protein", "TNF receptor 1": a name that goes on, the receptor's own.
  if (u[k] === 45 || (u[k] === 32 && isDigit(u[k + 1] ?? 0))) return -1;
  return k;
}

/**
 * The end of the coordinated parts after a gene ending at `end` ("/5/8", "/B", " and -T2"), or -1. A part after "/" is
 * a number of up to three digits where the name ends in a digit, one capital where it ends in a capital after a digit
 * ("CDKN2A/B"); a part with letters and digits is another name ("TP53/p73", "p65/p50"). A part after " and -" is up
 * to eight letters and digits.
 */
function coordinationAfter(u: Uint16Array, start: number, end: number, to: number): number {
  const last = u[end - 1] ?? 0;
  const before = u[end - 2] ?? 0;
  let e = -1;
  let k = end;
  if (u[k] === 47 /* / */) {
    while (u[k] === 47 && k + 1 < to) {
      let j = k + 1;
      if (isDigit(last)) {
        // "S100A7/A8/A9": the capital before the name's last digits may start each part.
        let d = end - 1;
        while (d > start && isDigit(u[d - 1] ?? 0)) d--;
        if (d > start && isUpper(u[d - 1] ?? 0) && u[j] === u[d - 1]) j++;
        const digits = j;
        while (j < to && isDigit(u[j] ?? 0)) j++;
        if (j === digits || j - digits > 3) break;
      } else if (isUpper(last) && isDigit(before)) {
        if (!isUpper(u[j] ?? 0)) break;
        j++;
      } else break;
      if (j < to && (isWordUnit(u[j] ?? 0) || u[j] === 45)) break;
      e = k = j;
    }
    return e;
  }
  // " and -X": the part shares the name before its hyphen.
  if (u[k] === 32 && u[k + 1] === 97 && u[k + 2] === 110 && u[k + 3] === 100 && u[k + 4] === 32 && u[k + 5] === 45 && end - start >= 2) {
    let j = k + 6;
    const from = j;
    while (j < to && j - from <= 8 && isWordUnit(u[j] ?? 0)) j++;
    if (j > from && j - from <= 8 && !(j < to && (isWordUnit(u[j] ?? 0) || u[j] === 45))) return j;
  }
  return -1;
}

/** The length of the Greek letter's name at u[k] ("alpha", "beta"...), or -1 (a loop: no closure per call). */
function greekNameAt(u: Uint16Array, k: number): number {
  for (let i = 0; i < GREEK_NAMES.length; i++) {
    const g = GREEK_NAMES[i]!;
    let n = 0;
    while (n < g.length && u[k + n] === g.charCodeAt(n)) n++;
    if (n === g.length) return n;
  }
  return -1;
}

/**
 * " alpha", " beta"... (or the Greek letter) after a gene at `at`, with an optional digit ("beta1"), ending at a word
 * boundary: the end, else -1.
 */
function greekAfter(u: Uint16Array, at: number, to: number): number {
  if (u[at] !== 32) return -1;
  let k = at + 1;
  if (GREEK_LETTERS.has(u[k] ?? 0)) k++;
  else {
    const name = greekNameAt(u, k);
    if (name < 0) return -1;
    k += name;
  }
  if (isDigit(u[k] ?? 0)) k++;
  return k > to || (k < to && (isWordUnit(u[k] ?? 0) || u[k] === 45)) ? -1 : k;
}

/**
 * The gene table key of the receptor of the gene text u[start, end), or -1: X + "R", X + "-R" and X without its
 * hyphens + "R" among the table's texts, else "X receptor" among its spellings and names (a variant key, offset by
 * `variantBase`).
 */
function receptorKey(text: string, start: number, end: number, genes: GeneLexicon, variantBase: number): number {
  const name = text.slice(start, end);
  const bare = name.split('-').join('');
  for (const form of [`${name}R`, `${name}-R`, `${bare}R`]) {
    const key = genes.terms.lookup(form);
    if (key >= 0 && genes.hitOf(key)) return key;
  }
  const spelled = genes.table.variants.lookup(`${name} receptor`);
  return spelled >= 0 ? variantBase + spelled : -1;
}

/** Whether the gene (or one of the genes) a key names is itself a receptor ("CB2", "Notch3", "C5L2": "X receptor"). */
function namesReceptor(genes: GeneLexicon, key: number): boolean {
  const hit = genes.hitOf(key);
  if (!hit) return false;
  for (const id of hit.candidates ?? [hit.id]) if ((genes.findById(id)?.name ?? '').toLowerCase().includes('receptor')) return true;
  return false;
}

/** What makes a gene's name part of another protein's after a hyphen: "TNF-related ligand", "CRF-binding protein". */
const RELATIONS = ['-related ', '-binding ', '-associated ', '-interacting ', '-inducible ', '-induced '];
const PRODUCTS = ['protein', 'factor', 'ligand', 'kinase', 'receptor', 'glycoprotein', 'peptide'];

/**
 * Whether the text after a gene's name at `end` makes it part of another protein's name: "-like" ("EGF-like domain",
 * "TNF-like ligand"), or a relation then a product word ("CRF-binding protein", "TNFR-associated factor 2",
 * "EPH-related receptor", "TNF-related ligands", "interferon gamma-inducible protein 10", "IFN-induced protein"),
 * which names another gene or a family; not "NF-kappaB-related genes"
 * nor "CFTR-related disorders", where the gene itself is meant.
 */
function namesAnother(text: string, u: Uint16Array, end: number, to: number): boolean {
  if (text.startsWith('-like', end)) return !isWordUnit(u[end + 5] ?? 0);
  for (const relation of RELATIONS) {
    if (!text.startsWith(relation, end)) continue;
    const at = end + relation.length;
    for (const product of PRODUCTS) {
      if (!text.startsWith(product, at)) continue;
      let k = at + product.length;
      if (u[k] === 115 /* s */) k++;
      if (k >= to || !isWordUnit(u[k] ?? 0)) return true;
    }
  }
  return false;
}

/**
 * After a gene's name and a space, what makes it part of a domain's name: "pleckstrin homology domain" (and a
 * numbered one: "Src homology 2 domain").
 */
const DOMAIN_AFTER = [' homology domain', ' homology region'];
/**
 * After a gene's name and a space, what makes it part of another protein's name: "plasminogen activator inhibitor",
 * "tissue-type plasminogen activator", "Cdk5 activator", "PPAR-gamma coactivator 1a" name other genes.
 */
const PRODUCT_AFTER = [' activator', ' coactivator'];

/**
 * Whether the words after a gene's name at `end` (a space) make it part of another name: a domain named after it
 * ("pleckstrin homology domain") or a protein related to its receptor ("tumor necrosis factor receptor-associated
 * factor", "TNF receptor-related protein").
 */
function namesAnotherApart(text: string, u: Uint16Array, end: number, to: number): boolean {
  for (const domain of DOMAIN_AFTER) if (text.startsWith(domain, end) && !isWordUnit(u[end + domain.length] ?? 0)) return true;
  // A numbered homology domain: "Src homology 2 domains", "Src homology (SH)2", "Bcl-2 homology 3".
  if (text.startsWith(' homology ', end) && (isDigit(u[end + 10] ?? 0) || u[end + 10] === 40)) return true;
  for (const product of PRODUCT_AFTER) if (text.startsWith(product, end) && !isWordUnit(u[end + product.length] ?? 0)) return true;
  return text.startsWith(' receptor-', end) && namesAnother(text, u, end + 9, to);
}

/**
 * Whether u[start, end), "p" or "q" and one or two digits, is a chromosome band written apart from its chromosome: a
 * sub-band after it ("p21.3"), a range ("2p15-p14", "p16-p15"), a translocation's other band ("(q31;p21.3)"): not the
 * protein of that size (p21, p16), which is no band.
 */
function chromosomeBand(u: Uint16Array, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 3) return false;
  for (let k = start + 1; k < end; k++) if (!isDigit(u[k] ?? 0)) return false;
  const after = u[end] ?? 0;
  if (after === 46 && isDigit(u[end + 1] ?? 0)) return true;
  if (after === 45 && (u[end + 1] === 112 || u[end + 1] === 113) && isDigit(u[end + 2] ?? 0)) return true;
  const before = u[start - 1] ?? 0;
  return before === 59 || (before === 45 && isDigit(u[start - 2] ?? 0));
}

/** Words after "X antigen" that make the antigen a measured quantity, not the protein's name: "PAI-1 antigen levels". */
const MEASURES = [' level', ' concentration', ' content'];

/**
 * " antigen" after a gene at `at` ("the E48 antigen", "Fas antigen"): the protein's name, one mention, as GNormPlus
 * annotates it; the end, else -1. Not before a measure ("PAI-1 antigen levels": the gene, then a quantity).
 */
function antigenAfter(text: string, u: Uint16Array, at: number, to: number): number {
  if (!text.startsWith(' antigen', at)) return -1;
  let k = at + 8;
  if (u[k] === 115 /* s */) k++;
  if (k > to || (k < to && (isWordUnit(u[k] ?? 0) || u[k] === 45))) return -1;
  for (const measure of MEASURES) if (text.startsWith(measure, k)) return -1;
  return k;
}

/** After a name and a space, the words that make it a family's name: "the SCAD family", "the TNF receptor superfamily". */
const FAMILY_AFTER = [' family', ' superfamily', ' subfamily', ' gene family'];

/**
 * Whether the words after a gene's name at `end` (a space) make it the name of its family ("a member of the EPH
 * family", "the P-450 superfamily", "the ICE/Ced-3 gene family"): the family is meant, not the gene, as the annotated
 * corpora take it. Not "RP10 families" (the families of patients), nor "ELOVL family member 6" (a gene's own name).
 */
function namesFamily(text: string, u: Uint16Array, end: number): boolean {
  for (const after of FAMILY_AFTER) {
    if (!text.startsWith(after, end)) continue;
    const k = end + after.length;
    if (isWordUnit(u[k] ?? 0)) return false;
    return !(text.startsWith(' member ', k) && isDigit(u[k + 8] ?? 0));
  }
  return false;
}

/** How many letters a prefix joined by a hyphen may have ("GM-CSF", "G-CSF"). */
const MAX_PREFIX = 4;

/**
 * A gene match k after a prefix and a hyphen ("GM-CSF", "G-CSF", "M-CSF") whose letters and the match's text make one
 * of the table's texts naming one gene (GMCSF: CSF2): the match becomes that gene from the prefix on (kept even where
 * the shorter text was dropped as prose, unless the longer one needs context too), and a match inside the prefix
 * ("GM") goes. Returns the change in the count of dropped matches.
 */
function joinPrefix(text: string, u: Uint16Array, found: Found, k: number, genes: GeneLexicon): number {
  const { starts, ends, refs, flags } = found;
  const start = starts[k] ?? 0;
  let p = start - 1;
  while (p > 0 && start - 1 - p < MAX_PREFIX && (isUpper(u[p - 1] ?? 0) || isLower(u[p - 1] ?? 0))) p--;
  if (p === start - 1 || (p > 0 && (isWordUnit(u[p - 1] ?? 0) || u[p - 1] === 45))) return 0;
  const joined = text.slice(p, start - 1) + text.slice(start, ends[k] ?? start);
  let key = genes.terms.lookup(joined);
  if (key < 0) key = genes.terms.lookup(joined.toUpperCase());
  const hit = key >= 0 ? genes.hitOf(key) : null;
  if (!hit || hit.candidates) return 0;
  let change = 0;
  if (((flags[k] ?? 0) & DROPPED) !== 0) {
    if (hit.needsContext) return 0;
    flags[k] = (flags[k] ?? 0) & ~DROPPED;
    change--;
  }
  refs[k] = (key << 2) | GENE;
  starts[k] = p;
  for (let j = k - 1; j >= 0 && (ends[j] ?? 0) > p; j--) {
    if (((flags[j] ?? 0) & DROPPED) === 0) {
      flags[j] = (flags[j] ?? 0) | DROPPED;
      change++;
    }
  }
  return change;
}

/**
 * Widens the gene matches of `found` (in text order; after geneContext.ts has dropped those that read as prose) to the
 * receptor or coordination after them; returns how many other matches it dropped (inside a widened one). `to` is where
 * the scanned text ends.
 */
export function widenGeneSpans(text: string, u: Uint16Array, found: Found, genes: GeneLexicon | undefined, to: number): number {
  if (!genes) return 0;
  const { starts, ends, refs, flags, count } = found;
  const variantBase = genes.terms.keyCount;
  let dropped = 0;
  for (let k = 0; k < count; k++) {
    if (((refs[k] ?? 0) & 3) !== GENE) continue;
    if (u[(starts[k] ?? 0) - 1] === 45) dropped += joinPrefix(text, u, found, k, genes);
    if (((flags[k] ?? 0) & DROPPED) !== 0) continue;
    const start = starts[k] ?? 0;
    const end = ends[k] ?? 0;
    const next = u[end] ?? 0;
    if (next === 45 && namesAnother(text, u, end, to)) {
      flags[k] = (flags[k] ?? 0) | DROPPED;
      dropped++;
      continue;
    }
    if ((u[start] === 112 || u[start] === 113) && chromosomeBand(u, start, end)) {
      flags[k] = (flags[k] ?? 0) | DROPPED;
      dropped++;
      continue;
    }
    if (next === 32 && (u[end + 1] === 102 || u[end + 1] === 115 || u[end + 1] === 103) && namesFamily(text, u, end)) {
      flags[k] = (flags[k] ?? 0) | DROPPED;
      dropped++;
      continue;
    }
    if (next === 32 && (u[end + 1] === 104 || u[end + 1] === 114 || u[end + 1] === 97 || u[end + 1] === 99) && namesAnotherApart(text, u, end, to)) {
      flags[k] = (flags[k] ?? 0) | DROPPED;
      dropped++;
      continue;
    }
    let wide = -1;
    if (next === 32) {
      const r = u[end + 1] === 114 ? receptorAfter(u, end, to) : -1;
      if (r > 0) {
        const key = receptorKey(text, start, end, genes, variantBase);
        if (key >= 0) {
          refs[k] = (key << 2) | GENE;
          wide = r;
        } else if (!namesReceptor(genes, (refs[k] ?? 0) >> 2)) {
          // "the keratinocyte growth factor receptor", "CD40 ligand receptors": the receptor is meant, a gene the
          // table does not name so; the ligand X is no mention of its own.
          flags[k] = (flags[k] ?? 0) | DROPPED;
          dropped++;
          continue;
        }
      } else wide = isGreekStart(u[end + 1] ?? 0) ? greekAfter(u, end, to) : coordinationAfter(u, start, end, to);
      if (wide < 0 && u[end + 1] === 97) wide = antigenAfter(text, u, end, to);
      if (wide < 0 && u[end + 1] === 97) wide = coordinationAfter(u, start, end, to);
    } else if (next === 47) wide = coordinationAfter(u, start, end, to);
    if (wide <= end) continue;
    ends[k] = wide;
    for (let j = k + 1; j < count && (starts[j] ?? 0) < wide; j++) {
      if (((flags[j] ?? 0) & DROPPED) === 0) {
        flags[j] = (flags[j] ?? 0) | DROPPED;
        dropped++;
      }
    }
  }
  return dropped;
}
