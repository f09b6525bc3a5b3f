// Chemicals and diseases of the MeSH tables (lexicon/meshTable.ts) in a document's prose, after the main scan: the
// profiles' terms and genes found there take precedence (a table term overlapping one is dropped, except a longer term
// over a gene known only from the gene table: "von Willebrand disease"). Paragraph by paragraph (blank lines), so an
// edit's window (whole paragraphs) gets the same result as a full analysis:
// - at each word start, the longest table term whose key (meshKey.ts) matches and whose shaped words match in case;
// - a term that is one English word ("lead", "cold", "iron") is kept only when the paragraph is about biomedicine (it
//   names two other chemicals or diseases, or cue words such as "patients" or "dose", near it; or four strong signals
//   anywhere) and is not followed by a word that makes it prose ("lead to", "gold standard", "salt bridge");
// - a chemical joined to a protein word ("insulin-like") or before "substitution"/"residues" is not named there, nor a
//   disease before "gene" or "virus", "cell death", or "655 amino acids" (meshRules.ts);
// - a short form defined right after a term ("doxorubicin (DOX)", "alfentanil (ALF, 0.5 mg/kg)", "cyclosporine A
//   (CsA)") names the same entry in the rest of the paragraph;
// - a general disease word takes the body site before it, any disease a word of its kind ("liver fibrosis",
//   "congestive heart failure": diseaseSites.ts);
// - the initials of a disease the paragraph names in words name it there too ("overactive bladder ... OAB":
//   meshAcronyms.ts).
// Cost: one hash and a bit test per word (a Map look-up only for a word that may be a cue word), more only while the
// words read so far are a prefix of some term; the regions before a paragraph are skipped once for the whole scan. It
// reads the matcher's copy of the code units (units.ts) and a unit's kind in one table (meshKey.ts KEY_UNITS), not
// charCodeAt, and makes no object but for a term kept.
import type { TextRegion } from '../markup/regions';
import { H2_START, KeyWalk, mix } from '../lexicon/meshHash';
import { COMMON, SHAPED, type MeshTable } from '../lexicon/meshTable';
import { isWordUnit, KEY_GREEK, KEY_UNITS, KEY_WORD, keyPiece } from '../lexicon/meshKey';
import { FirstWordCache, FNV_START, fnv } from '../text/wordHash';
import { codeAfter, codeBefore, shortFormAfter, wordsBefore } from './abbreviationDefs';
import { MeshWordMemo } from './meshWordMemo';
import { addDiseaseAcronyms } from './meshAcronyms';
import { addDefinedForms } from './meshShortForms';
import { inducedForms } from './meshInduced';
import { siteStart } from './diseaseSites';
import type { SpeciesStarts } from './speciesStarts';
import { diseaseHeadEnd, diseaseNotNamed, enzymeWord, sequenceUnit } from './meshRules';

/** A table match: text[start, end) names entry `entry`. */
export interface MeshMatch {
  start: number;
  end: number;
  entry: number;
  /** A short form the paragraph defines ("DOX"): it wins over a gene alias written the same. */
  defined?: boolean;
  /** Signals it needs near it (during the scan only): 2 for an English word, 1 for any other term. */
  need?: number;
  /** A disease's name: it wins over a profile's chemical or hormone inside it ("insulin resistance", "iron overload"). */
  disease?: boolean;
}

/**
 * Words that tell a passage is about biomedicine, so a table term that is an English word may be taken for one. Strong
 * ones belong to the literature (patients, mg/kg, in vivo); weak ones are also the words of a joke about doctors or
 * chemistry (dose, toxicity, cells), so an English-word term needs a strong signal beside them.
 */
const STRONG_CUE_WORDS = ('patients patient clinical mice rats rat mouse mg kg dosage administered administration injection ' +
  'vivo vitro serum plasma incidence randomized cohort subjects mutation mutations polymorphism polymorphisms allele alleles ' +
  'haplotype haplotypes genotype genotypes susceptibility placebo pharmacological pharmacokinetic pharmacokinetics intraperitoneal ' +
  'preclinical metabolite metabolites apoptosis').split(' ');
const WEAK_CUE_WORDS = ('treatment treated therapy dose doses induced syndrome tumors toxicity concentrations concentration receptor ' +
  'receptors inhibitor inhibitors protein proteins gene genes expression mortality metabolism metabolic cells drug drugs users ' +
  'exposure intake consumption agonist agonists antagonist antagonists pregnancy').split(' ');
/** The cue words by their hash (FNV-1a over lower-case code units), so a word is checked without copying it: 2 strong. */
const CUES: ReadonlyMap<number, number> = new Map([...WEAK_CUE_WORDS.map((w) => [hashLower(w, 0, w.length), 1] as const), ...STRONG_CUE_WORDS.map((w) => [hashLower(w, 0, w.length), 2] as const)]);
/** A filter over the cue words' hashes (low bits), checked before the Map: most words are no cue. */
const CUE_FILTER_MASK = 1023;
const CUE_FILTER = new Uint8Array(CUE_FILTER_MASK + 1);
for (const h of CUES.keys()) CUE_FILTER[h & CUE_FILTER_MASK] = 1;
/** How many signals (cue words, terms that are not English words) near a term make its passage about biomedicine. */
const EVIDENCE = 2;
/** `MeshMatch.need` of a term the evidence rule drops (during the scan only). */
const DROPPED = -1;
/** Strong signals (terms that are no English word, strong cue words) that make a whole paragraph about biomedicine. */
const PARAGRAPH_EVIDENCE = 4;
/** How near (in code units, either side, within the paragraph) a signal must be. */
const NEAR = 400;
/** Words after which a table term that is an English word is prose: "lead to", "gold standard", "salt bridge". */
const PROSE_NEXT: ReadonlySet<string> = new Set(['to', 'standard', 'standards', 'bridge', 'bridges']);
/** Bit n set: some word of PROSE_NEXT is n code units long. */
const PROSE_NEXT_LENGTHS = [...PROSE_NEXT].reduce((bits, w) => bits | (1 << w.length), 0);

/**
 * Words after which a chemical's name is part of a sequence's description ("amino acid substitution", "tyrosine
 * residues") or of a protein's name ("serotonin transporter", and an enzyme's head word in -ase: "nitric oxide
 * synthase", "superoxide dismutase"), and words joined to it by a hyphen that make it part of a protein's name
 * ("insulin-like growth factor", "glucose-regulated protein", "glucocorticoid-inducible kinase"): the chemical is not
 * named there. (A chemical before "receptor" or "channel" stays: corpora differ on it, BC5CDR annotates "dopamine" in
 * "dopamine receptor".)
 */
const PROTEIN_NEXT: ReadonlySet<string> = new Set(['substitution', 'substitutions', 'residue', 'residues', 'sequence', 'sequences', 'transporter', 'transporters']);
const PROTEIN_JOINED: ReadonlySet<string> = new Set(['like', 'regulated', 'inducible', 'binding', 'responsive', 'gated', 'activated', 'sensing']);

/** FNV-1a of text[from, to) with ASCII capitals folded: the hash keys and first words share. */
function hashLower(text: string, from: number, to: number): number {
  let h = FNV_START;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    h = fnv(h, c >= 65 && c <= 90 ? c + 32 : c);
  }
  return h;
}

/** Signals of the paragraph being scanned: positions, and the entry of a term (or a cue word's strength). Reused. */
const WEAK_CUE = -1;
const STRONG_CUE = -2;
let signals = new Int32Array(64);
let signalEntries = new Int32Array(64);
/** How many signals the paragraph being scanned has so far. */
let nSignals = 0;

/** Records a signal at `at`: a term's entry, or WEAK_CUE / STRONG_CUE (a function of its own: no closure per paragraph). */
function signal(at: number, entry: number): void {
  if (nSignals === signals.length) {
    const grown = new Int32Array(signals.length * 2);
    grown.set(signals);
    signals = grown;
    const entries = new Int32Array(grown.length);
    entries.set(signalEntries);
    signalEntries = entries;
  }
  signalEntries[nSignals] = entry;
  signals[nSignals++] = at;
}

/**
 * The matches in text[from, to) outside `regions` (sorted). `u` holds the text's code units (matcher/units.ts): the scan
 * reads them rather than charCodeAt, which costs more on the strings documents are made of. With `species`, the words
 * it hashes that may name a species other than human are noted there, and the words inside its terms (the words
 * inside regions are the caller's to note).
 */
export function scanMesh(table: MeshTable, text: string, u: Uint16Array, from: number, to: number, regions: readonly TextRegion[], species?: SpeciesStarts): MeshMatch[] {
  const out: MeshMatch[] = [];
  let p = from;
  // The first region not before the paragraph: carried on from one paragraph to the next (paragraphs come in order).
  let r = 0;
  while (p < to) {
    const end = paragraphEnd(text, p, to);
    while (r < regions.length && (regions[r]?.end ?? 0) <= p) r++;
    scanParagraph(table, text, u, p, end, regions, r, out, species);
    p = end;
  }
  return out;
}

/**
 * Where the paragraph starting at `from` ends: after the next blank line or line of punctuation only ("%", "---",
 * "* * *": a break between entries or a rule), or at `to`.
 */
function paragraphEnd(text: string, from: number, to: number): number {
  let i = text.indexOf('\n', from);
  while (i >= 0 && i < to) {
    let j = i + 1;
    let marks = 0;
    for (; j < to; j++) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9 || c === 13) continue;
      if (c === 37 || c === 45 || c === 42 || c === 61 || c === 95 || c === 126) marks++;
      else break;
    }
    if (j < to && text.charCodeAt(j) === 10 && marks <= 80) return j + 1;
    i = text.indexOf('\n', j);
  }
  return to;
}

function scanParagraph(table: MeshTable, text: string, units: Uint16Array, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: MeshMatch[], species: SpeciesStarts | undefined): void {
  const first = out.length;
  nSignals = 0;
  let abbreviations: Map<string, number> | undefined;
  /** Bit n set: some short form in `abbreviations` is n code units long (n < 32). */
  let abbreviationLengths = 0;
  let r = firstRegion;
  let i = from;
  while (i < to) {
    // A unit that is neither a letter or digit nor a Greek letter (space, punctuation) starts nothing: skipped before
    // anything else (a region it is in is skipped at the next word all the same).
    const c = units[i] ?? 0;
    const kind = KEY_UNITS[c] ?? 0;
    if (kind !== KEY_WORD && kind !== KEY_GREEK) {
      i++;
      continue;
    }
    const region = regions[r];
    if (region && i >= region.start) {
      i = Math.max(i, region.end);
      r++;
      continue;
    }
    const limit = Math.min(to, region ? region.start : to);
    if (i > 0 && KEY_UNITS[units[i - 1] ?? 0] === KEY_WORD) {
      i++;
      continue;
    }
    // The word's end and its hash (hashLower) in one pass.
    let wordEnd = i + 1;
    let h: number;
    /** A second hash of the word as written (meshHash.ts mix, as KeyWalk's h2; for meshWordMemo.ts), 0 for a Greek letter. */
    let g = 0;
    if (kind === KEY_WORD) {
      h = fnv(FNV_START, c >= 65 && c <= 90 ? c + 32 : c);
      g = mix(H2_START, c);
      while (wordEnd < limit) {
        const w = units[wordEnd] ?? 0;
        if (KEY_UNITS[w] !== KEY_WORD) break;
        h = fnv(h, w >= 65 && w <= 90 ? w + 32 : w);
        g = mix(g, w);
        wordEnd++;
      }
      species?.word(i, wordEnd - i, h);
    } else {
      const piece = keyPiece(c) ?? '';
      h = hashLower(piece, 0, piece.length);
    }
    // A short form defined in the paragraph wins over the table: "tamoxifen (TAM)". Copied only at a length one has.
    const length = wordEnd - i;
    const defined = abbreviations && (length > 31 || (abbreviationLengths & (1 << length)) !== 0) ? abbreviations.get(text.slice(i, wordEnd)) : undefined;
    if (defined !== undefined) {
      out.push(defined >= 0 ? { start: i, end: wordEnd, entry: defined, defined: true } : { start: i, end: wordEnd, entry: -1 - defined });
      i = wordEnd;
      continue;
    }
    // Only a word that starts some term is read further (one hash, no copy).
    if (firstWords.has(table.firstWords, h) && longest(table, units, i, limit, kind === KEY_WORD && wordEnd < limit ? wordEnd : -1, h, g)) {
      const match = longestMatch;
      const flags = table.keys.flags[match.slot] ?? 0;
      const entry = table.keys.value[match.slot] ?? 0;
      const common = (flags & COMMON) !== 0;
      const prose = common ? proseNext(text, match.end, limit) : personName(text, i, match.end, limit);
      if (!prose && !shouted(text, i, match.end, (flags & SHAPED) !== 0) && !(table.kindOf(entry) === 'chemical' && proteinNext(text, match.end, limit)) && !notNamedHere(table.kindOf(entry), text, i, match.end, from, limit)) {
        // A chemical's name takes its locant ("5-fluorouracil", "17beta-estradiol"), its salt after it ("diclofenac
        // sodium", "bupropion HCl") and a cation named just before it ("sodium nitroprusside"): one compound.
        let start = i;
        let end = match.end;
        if (table.kindOf(entry) === 'disease') {
          // "liver fibrosis", "congestive heart failure": the body site or kind before it (diseaseSites.ts).
          const site = siteStart(text, i, end, from);
          if (site < i && (out[out.length - 1]?.end ?? 0) <= site) start = site;
          end = diseaseHeadEnd(text, end, limit);
        } else if (table.kindOf(entry) === 'chemical') {
          start = locantStart(text, i, from);
          end = saltEnd(text, end, limit);
          const prev = out[out.length - 1];
          if (prev && prev.end + 1 === start && text.charCodeAt(prev.end) === 32 && CATIONS.has(text.slice(prev.start, prev.end).toLowerCase())) {
            out.pop();
            start = prev.start;
          }
          // A code written before the name in brackets, "FK506 (tacrolimus)", names the drug (not over a gene).
          const code = codeBefore(text, start, end, from);
          if (code && (out[out.length - 1]?.end ?? from) <= code[0]) {
            out.push({ start: code[0], end: code[1], entry });
            (abbreviations ??= new Map()).set(text.slice(code[0], code[1]), -1 - entry);
            const n = code[1] - code[0];
            if (n <= 31) abbreviationLengths |= 1 << n;
          }
        }
        out.push({ start, end, entry, need: common ? EVIDENCE : 1, disease: table.kindOf(entry) === 'disease' });
        if (!common) signal(i, entry);
        // Both read the "(" after the term: looked for first (most terms have none), then the long form may start before
        // it; with no "(" right after, one more word of the name may come first ("cyclosporine A (CsA)").
        // A short form after one more word ("cathepsin E (CTSE)", "presenilin 1 (PS1)") may name a gene of that family:
        // it is kept as -1 - entry, and does not win over a gene written the same.
        // A drug's code whose letters are not its name's ("zidovudine (AZT)", "tacrolimus (FK506)") does not win over a
        // gene written the same either ("growth hormone (GH1)").
        const opens = openAfter(units, end, limit);
        let wins = opens;
        let short = opens
          ? (shortFormAfter(text, start, end, limit) ?? shortFormAfter(text, wordsBefore(text, start, 3, from), end, limit))
          : shortFormAfterWord(text, start, end, limit);
        if (!short && opens && table.kindOf(entry) === 'chemical') {
          short = codeAfter(text, start, end, limit);
          wins = false;
        }
        if (short) {
          (abbreviations ??= new Map()).set(text.slice(short[0], short[1]), wins ? entry : -1 - entry);
          const n = short[1] - short[0];
          if (n <= 31) abbreviationLengths |= 1 << n;
        }
      }
      const next = Math.max(match.end, out[out.length - 1]?.end ?? 0);
      // The words inside the term are not hashed here: read for species words.
      if (species && next > wordEnd) species.addWords(units, wordEnd, next, from, to);
      i = next;
      continue;
    }
    if (length >= 2 && length <= 14 && CUE_FILTER[h & CUE_FILTER_MASK] === 1) {
      const cue = CUES.get(h);
      if (cue !== undefined) signal(i, cue === 2 ? STRONG_CUE : WEAK_CUE);
    }
    i = wordEnd;
  }
  // A term stays only with enough signals near it, not of its own entry: one; two for an English word, one of them a
  // term that is no English word or a strong cue (weak cues alone do not make "oxygen" or "cancer" in a joke a chemical
  // or disease). A paragraph with PARAGRAPH_EVIDENCE strong signals is about biomedicine throughout: an English word in
  // it needs one signal near it, of any kind.
  let strongInParagraph = 0;
  for (let s = 0; s < nSignals; s++) if ((signalEntries[s] ?? -1) >= 0 || signalEntries[s] === STRONG_CUE) strongInParagraph++;
  const biomedical = strongInParagraph >= PARAGRAPH_EVIDENCE;
  // First pass: each term with its evidence, or marked DROPPED.
  let lo = 0;
  let dropped = false;
  for (let k = first; k < out.length; k++) {
    const m = out[k];
    if (!m) continue;
    const need = m.need ?? 0;
    if (need > 0) {
      while (lo < nSignals && (signals[lo] ?? 0) < m.start - NEAR) lo++;
      let near = 0;
      let strong = 0;
      for (let s = lo; s < nSignals && (signals[s] ?? 0) <= m.end + NEAR; s++) {
        const e = signalEntries[s] ?? -1;
        if (e === m.entry) continue;
        near++;
        if (e >= 0 || e === STRONG_CUE) strong++;
      }
      const kept = biomedical ? near >= 1 : near >= need && (need === 1 || strong > 0);
      m.need = kept ? undefined : DROPPED;
      if (!kept) dropped = true;
    }
  }
  // One sense per paragraph: a term dropped for want of evidence stays when its entry is kept elsewhere in the paragraph
  // ("cocaine" with evidence once names cocaine at each use there).
  const keptEntries = dropped ? new Set<number>() : undefined;
  if (keptEntries) for (let k = first; k < out.length; k++) if (out[k] && out[k]?.need !== DROPPED) keptEntries.add(out[k]?.entry ?? -1);
  let n = first;
  for (let k = first; k < out.length; k++) {
    const m = out[k];
    if (!m) continue;
    if (m.need === DROPPED) {
      if (!keptEntries?.has(m.entry)) continue;
      m.need = undefined;
    }
    out[n++] = m;
  }
  out.length = n;
  // A code defined after its first use ("AZT-induced ... zidovudine (AZT)") names the drug there too (meshShortForms.ts).
  if (abbreviations) addDefinedForms(text, from, to, regions, firstRegion, out, first, abbreviations);
  addDiseaseAcronyms(table, text, from, to, regions, firstRegion, out, first);
  // A disease the paragraph says a chemical induced takes MeSH's drug-induced descriptor (meshInduced.ts).
  inducedForms(table, text, from, to, out, first);
}

/**
 * A capitalised one-word term beside another capitalised word that starts no term: a person's or place's name ("Buzz
 * Aldrin", "Aneurin Bevan").
 */
function personName(text: string, start: number, end: number, limit: number): boolean {
  if (!isCapitalized(text, start, end)) return false;
  for (let k = start; k < end; k++) if (!isWordUnit(text.charCodeAt(k))) return false;
  const j = end;
  if (j < limit && text.charCodeAt(j) === 32) {
    let e = j + 1;
    while (e < limit && isWordUnit(text.charCodeAt(e))) e++;
    if (isCapitalized(text, j + 1, e)) return true;
  }
  const b = start - 1;
  if (b > 0 && text.charCodeAt(b) === 32) {
    let s = b;
    while (s > 0 && isWordUnit(text.charCodeAt(s - 1))) s--;
    if (isCapitalized(text, s, b)) {
      // Not when that word starts a sentence: "Aspirin" after "The" is no name.
      let p = s - 1;
      while (p >= 0 && text.charCodeAt(p) === 32) p--;
      const before = p < 0 ? 46 : text.charCodeAt(p);
      if (before !== 46 && before !== 10 && before !== 58 && before !== 33 && before !== 63) return true;
    }
  }
  return false;
}

/** text[start, end) is a word of at least two letters, the first a capital and the rest lower case. */
function isCapitalized(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  for (let k = start + 1; k < end; k++) {
    const u = text.charCodeAt(k);
    if (u < 97 || u > 122) return false;
  }
  return true;
}

/** The term text[start, end) is not the chemical or disease it names there (meshRules.ts): "cell death", "655 amino acids". */
function notNamedHere(kind: string, text: string, start: number, end: number, floor: number, limit: number): boolean {
  const term = end - start <= 12 ? text.slice(start, end).toLowerCase() : '';
  return kind === 'disease' ? diseaseNotNamed(text, term, start, end, floor, limit) : kind === 'chemical' && sequenceUnit(text, term, start, end, floor, limit);
}

/** A term written in capitals that MeSH writes in lower case ("POLYVINYL CHLORIDE"): shouting, not a name. */
function shouted(text: string, start: number, end: number, shaped: boolean): boolean {
  if (shaped || end - start < 5) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Whether "(" follows text[.., end) after spaces, before `limit` (where shortFormAfter looks for a short form). */
function openAfter(units: Uint16Array, end: number, limit: number): boolean {
  let i = end;
  while (i < limit && units[i] === 32) i++;
  return i < limit && units[i] === 40;
}

/** The next word after `end` is one that makes an English-word term prose (a copy only at the length of one). */
function proseNext(text: string, end: number, limit: number): boolean {
  let i = end;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < limit && isWordUnit(text.charCodeAt(j))) j++;
  return j > i && j - i <= 31 && (PROSE_NEXT_LENGTHS & (1 << (j - i))) !== 0 && PROSE_NEXT.has(text.slice(i, j).toLowerCase());
}

/** The word after `end` (past spaces, or a hyphen) makes a chemical's name part of a protein's (PROTEIN_NEXT). */
function proteinNext(text: string, end: number, limit: number): boolean {
  let i = end;
  const hyphen = i < limit && text.charCodeAt(i) === 45;
  if (hyphen) i++;
  else while (i < limit && text.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < limit && isWordUnit(text.charCodeAt(j))) j++;
  if (j === i || j - i > 18) return false;
  const word = text.slice(i, j).toLowerCase();
  return (hyphen && PROTEIN_JOINED.has(word)) || PROTEIN_NEXT.has(word) || enzymeWord(word);
}


/**
 * A short form after one more short word that belongs to the name: "cyclosporine A (CsA)", "vitamin E (VE)"; the
 * short form must fit the name with that word.
 */
function shortFormAfterWord(text: string, start: number, end: number, limit: number): [number, number] | undefined {
  if (text.charCodeAt(end) !== 32) return undefined;
  let j = end + 1;
  while (j < limit && isWordUnit(text.charCodeAt(j))) j++;
  return j > end + 1 && j - end <= 4 ? shortFormAfter(text, start, j, limit) : undefined;
}

/** Salts and esters written after a drug's name, and cations written before it: parts of the compound's name. */
const SALTS: ReadonlySet<string> = new Set(('sodium potassium hydrochloride hcl sulfate sulphate acetate diacetate citrate maleate ' +
  'mesylate fumarate tartrate succinate besylate bromide mofetil dipropionate propionate phosphate hemisuccinate').split(' '));
const CATIONS: ReadonlySet<string> = new Set(['sodium', 'potassium', 'lithium', 'magnesium']);

/** Where a chemical's name starts with its locant: "5-" or "17beta-" right before `start` (after no letter or digit). */
function locantStart(text: string, start: number, floor: number): number {
  if (start - 2 < floor || text.charCodeAt(start - 1) !== 45) return start;
  let k = start - 2;
  let letters = 0;
  while (k >= floor && letters < 5 && isLower(text.charCodeAt(k))) {
    k--;
    letters++;
  }
  let digits = 0;
  while (k >= floor && digits < 3 && isDigit(text.charCodeAt(k))) {
    k--;
    digits++;
  }
  if (digits === 0 || (k >= floor && (isWordUnit(text.charCodeAt(k)) || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 45))) return start;
  return k + 1;
}

/** Where a chemical's name ends with a salt written after it ("diclofenac sodium"): past that word, or `end`. */
function saltEnd(text: string, end: number, limit: number): number {
  if (text.charCodeAt(end) !== 32) return end;
  let j = end + 1;
  while (j < limit && isWordUnit(text.charCodeAt(j))) j++;
  return j - end - 1 >= 3 && j - end - 1 <= 13 && SALTS.has(text.slice(end + 1, j).toLowerCase()) ? j : end;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The first-word tests of the scans (the same words come again and again). */
const firstWords = new FirstWordCache();

/** The walk `longest` reuses (no allocation per word). */
const walk = new KeyWalk();

/** The last match `longest` found (reused: no object per match). */
const longestMatch = { end: -1, slot: -1 };

/** What `longest` learnt at first words (kept from scan to scan). */
const wordMemo = new MeshWordMemo();
/** `longest` at a word it does not learn (not a run of letters and digits, or cut by a region). */
const NOT_LEARNT = -(1 << 30);

/**
 * Whether a table term starts at `start` (a word start) and ends before `limit`; the longest one's end and slot in
 * `table.keys` are then in longestMatch. `wordEnd`: the end of the word at `start` when it is a run of letters and
 * digits that ends before `limit` (its first step is then the word alone: learnt per word, by its hashes h and g, in
 * wordMemo), else -1.
 */
function longest(table: MeshTable, units: Uint16Array, start: number, limit: number, wordEnd: number, h: number, g: number): boolean {
  const { keys, prefixes } = table;
  let bestEnd = -1;
  let bestSlot = -1;
  const memo = wordEnd >= 0 ? wordMemo.find(table, h, g, wordEnd - start) : NOT_LEARNT;
  /** The memo's slot to learn the first step into, or -1. */
  let learn = memo < 0 && memo !== NOT_LEARNT ? ~memo : -1;
  if (memo >= 0) {
    bestSlot = wordMemo.slot[memo] ?? -1;
    bestEnd = bestSlot >= 0 ? wordEnd : -1;
    if (wordMemo.goesOn[memo] !== 1) return found(bestEnd, bestSlot);
    walk.resume(units, wordEnd, limit, wordMemo.h1[memo] ?? 0, wordMemo.h2[memo] ?? 0, wordMemo.hs[memo] ?? 0, wordMemo.keyLength[memo] ?? 0);
  } else walk.reset(units, start, limit);
  while (walk.next()) {
    const j = walk.end;
    if (j >= units.length || KEY_UNITS[units[j] ?? 0] !== KEY_WORD) {
      const slot = keys.findRecent(walk.h1, walk.h2);
      if (slot >= 0 && ((keys.flags[slot] ?? 0) & SHAPED) === 0 ? true : slot >= 0 && keys.shape[slot] === walk.hs) {
        bestEnd = j;
        bestSlot = slot;
      }
    }
    const goesOn = prefixes.findRecent(walk.h1, walk.h2) >= 0;
    if (learn >= 0) {
      // The first step, over the word alone: learnt.
      wordMemo.learn(learn, h, g, wordEnd - start, bestSlot, goesOn, walk.h1, walk.h2, walk.hs, walk.length);
      learn = -1;
    }
    if (!goesOn) break;
  }
  return found(bestEnd, bestSlot);
}

/** Sets longestMatch; whether it holds a match. */
function found(end: number, slot: number): boolean {
  longestMatch.end = end;
  longestMatch.slot = slot;
  return slot >= 0;
}

/** Mention-like spans of the main scan: what the table's matches must not overlap. */
interface Span {
  start: number;
  end: number;
  kind: string;
  known: boolean;
}

/**
 * `existing` (sorted) with the matches added where they overlap nothing, in order. A match that covers a gene known
 * only from the gene table, and is longer or a short form the paragraph defines, replaces it; so does a disease's name
 * that covers a profile's chemical or hormone ("insulin resistance"). `make` turns a kept match into a mention.
 */
export function mergeMesh<M extends Span>(existing: M[], matches: readonly MeshMatch[], make: (m: MeshMatch) => M): M[] {
  if (matches.length === 0) return existing;
  // Sized once (growing a large array by push costs more than the merge), cut to what was kept at the end.
  const out = new Array<M>(existing.length + matches.length);
  let n = 0;
  let e = 0;
  for (const m of matches) {
    while (e < existing.length && (existing[e]?.end ?? 0) <= m.start) out[n++] = existing[e++] as M;
    // Existing mentions overlapping the match: all table genes inside it (then replaced), or the match goes.
    let k = e;
    let replace = true;
    while (k < existing.length && (existing[k]?.start ?? 0) < m.end) {
      const x = existing[k] as M;
      if (x.start < m.start || x.end > m.end || (x.end - x.start === m.end - m.start && !m.defined) || !(x.kind === 'gene' ? !x.known : m.disease === true && (x.kind === 'chemical' || x.kind === 'hormone'))) replace = false;
      k++;
    }
    if (k === e) out[n++] = make(m);
    else if (replace) {
      e = k;
      out[n++] = make(m);
    }
  }
  while (e < existing.length) out[n++] = existing[e++] as M;
  out.length = n;
  return out;
}
