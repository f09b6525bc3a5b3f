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
//   meshAcronyms.ts); a cancer named by its site is the site's neoplasm descriptor ("ovarian carcinoma":
//   meshNeoplasms.ts).
// Cost: the main scan (scanner.ts) reads every word once for both scans: it learns with each word what this scan's
// per-word tests say of it (WordVerdicts, by the word's hash: starts a term, may be a cue word, may name a species) and
// lists only the words this scan has work at, with both hashes, and the spans where the two scans' words may differ
// or it jumped over words (meshWords.ts); this scan reads the list, and the spans unit by unit (SCAN_UNITS: per unit
// one look-up, a letter or digit folded, a Greek letter, or nothing; per word one hash and one WordVerdicts look-up).
// More only while the words read so far are a prefix of some term (meshWordMemo.ts for the first word, then the keys'
// continuation set, meshHash.ts, before the next word is read). The regions before a paragraph are skipped once for the
// whole scan. It reads the matcher's copy of the code units (units.ts), not charCodeAt; the rules after a match ask
// their word lists about the text itself (foldedWords.ts); its match objects are reused from scan to scan, and the
// merge into the main scan's mentions is done in place.
import type { TextRegion } from '../markup/regions';
import { H2_START, KeyWalk, mix } from '../lexicon/meshHash';
import { COMMON, SHAPED, type MeshTable } from '../lexicon/meshTable';
import { isWordUnit, KEY_UNITS, KEY_WORD, keyPiece } from '../lexicon/meshKey';
import { FNV_START, fnv, hasFirstWord } from '../text/wordHash';
import { codeAfter, codeBefore, shortFormAfter, wordsBefore } from './abbreviationDefs';
import { MeshWordMemo } from './meshWordMemo';
import { addDiseaseAcronyms } from './meshAcronyms';
import { addDefinedForms } from './meshShortForms';
import { inducedForms } from './meshInduced';
import { siteNeoplasms } from './meshNeoplasms';
import { siteStart } from './diseaseSites';
import { mayNameSpecies, type SpeciesStarts } from './speciesStarts';
import { diseaseHeadEnd, diseaseNotNamed, enzymeWord, sequenceUnit } from './meshRules';
import { FoldedWords, hashLower } from './foldedWords';
import { GREEK_UNIT, type MeshVerdict, type MeshWords, SCAN_UNITS, SPAN } from './meshWords';

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
const PROSE_NEXT = new FoldedWords(['to', 'standard', 'standards', 'bridge', 'bridges']);

/**
 * Words after which a chemical's name is part of a sequence's description ("amino acid substitution", "tyrosine
 * residues") or of a protein's name ("serotonin transporter", and an enzyme's head word in -ase: "nitric oxide
 * synthase", "superoxide dismutase"), and words joined to it by a hyphen that make it part of a protein's name
 * ("insulin-like growth factor", "glucose-regulated protein", "glucocorticoid-inducible kinase"): the chemical is not
 * named there. (A chemical before "receptor" or "channel" stays: corpora differ on it, BC5CDR annotates "dopamine" in
 * "dopamine receptor".)
 */
const PROTEIN_NEXT = new FoldedWords(['substitution', 'substitutions', 'residue', 'residues', 'sequence', 'sequences', 'transporter', 'transporters']);
const PROTEIN_JOINED = new FoldedWords(['like', 'regulated', 'inducible', 'binding', 'responsive', 'gated', 'activated', 'sensing']);

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
 * The match objects of the scans, reused from scan to scan (tens of thousands per megabyte, each living until the merge:
 * made anew, they were the scan's main garbage); all of one shape. A scan's matches hold until the next scan.
 */
const pool: MeshMatch[] = [];
/** At most this many are kept (past them, a scan makes its own). */
const POOL_SIZE = 8192;
/** How many of the pool the scan under way has taken. */
let pooled = 0;

function meshMatch(start: number, end: number, entry: number, defined: boolean | undefined, need: number | undefined, disease: boolean | undefined): MeshMatch {
  let m = pool[pooled];
  if (m === undefined) {
    m = { start, end, entry, defined, need, disease };
    if (pool.length < POOL_SIZE) pool.push(m);
  } else {
    m.start = start;
    m.end = end;
    m.entry = entry;
    m.defined = defined;
    m.need = need;
    m.disease = disease;
  }
  pooled++;
  return m;
}

/**
 * The matches in text[from, to) outside `regions` (sorted). They are valid until the next scan (their objects are
 * reused). `u` holds the text's code units (matcher/units.ts): the scan
 * reads them rather than charCodeAt, which costs more on the strings documents are made of. With `species`, the words
 * it hashes that may name a species other than human are noted there, and the words inside its terms (the words
 * inside regions are the caller's to note). With `words`, the gene scan's list of the words of [from, to) outside the
 * regions that the MeSH scan has work at (meshWords.ts), the scan reads those and the spans listed, not every unit.
 */
export function scanMesh(table: MeshTable, text: string, u: Uint16Array, from: number, to: number, regions: readonly TextRegion[], species?: SpeciesStarts, words?: MeshWords): MeshMatch[] {
  const out: MeshMatch[] = [];
  pooled = 0;
  listed = words;
  cursor = 0;
  let p = from;
  // The first region not before the paragraph: carried on from one paragraph to the next (paragraphs come in order).
  let r = 0;
  try {
    while (p < to) {
      const end = paragraphEnd(text, p, to);
      while (r < regions.length && (regions[r]?.end ?? 0) <= p) r++;
      scanParagraph(table, text, u, p, end, regions, r, out, species);
      p = end;
    }
  } finally {
    listed = undefined;
  }
  return out;
}

/** The word verdicts of `table` (WordVerdicts bits but KNOWN) by a word's hash: what meshWords.ts lists a word for. */
export function meshVerdicts(table: MeshTable): MeshVerdict {
  return (h) => verdicts.of(table.firstWords, h) & ~KNOWN;
}

/** The gene scan's list of words of the scan under way (meshWords.ts), or undefined: every unit is read. */
let listed: MeshWords | undefined;
/** The first entry of `listed` the paragraphs read so far have not read whole. */
let cursor = 0;

/**
 * Where the paragraph starting at `from` ends: after the next blank line or line of punctuation only ("%", "---",
 * "* * *": a break between entries or a rule), or at `to`.
 */
export function paragraphEnd(text: string, from: number, to: number): number {
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

/** The short forms the paragraph being scanned defines (by text: the entry, or -1 - entry for one that does not win over a gene). */
let abbreviations: Map<string, number> | undefined;
/** Bit n set: some short form in `abbreviations` is n code units long (n < 32). */
let abbreviationLengths = 0;

function scanParagraph(table: MeshTable, text: string, units: Uint16Array, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: MeshMatch[], species: SpeciesStarts | undefined): void {
  const first = out.length;
  nSignals = 0;
  abbreviations = undefined;
  abbreviationLengths = 0;
  if (listed) scanListed(listed, table, text, units, from, to, regions, firstRegion, out, species);
  else scanUnits(table, text, units, from, from, to, to, regions, firstRegion, out, species);
  settleParagraph(table, text, from, to, regions, firstRegion, out, first);
}

/**
 * The paragraph text[from, to) read from the gene scan's list (meshWords.ts): each word listed as the loop of scanUnits
 * reads it, each span by scanUnits; after a short form is defined, the rest of the paragraph by scanUnits (any word may
 * then be it).
 */
function scanListed(list: MeshWords, table: MeshTable, text: string, units: Uint16Array, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: MeshMatch[], species: SpeciesStarts | undefined): void {
  const { starts, ends, hashes, seconds, kinds, count } = list;
  let r = firstRegion;
  let region = regions[r];
  let i = from;
  let c = cursor;
  for (; c < count; c++) {
    const start = starts[c] ?? 0;
    if (start >= to) break;
    const wordEnd = ends[c] ?? 0;
    const verdict = kinds[c] ?? 0;
    if (verdict === SPAN) {
      if (wordEnd > i) i = scanUnits(table, text, units, from, Math.max(start, i), Math.min(wordEnd, to), to, regions, r, out, species);
      // The rest of a span past the paragraph is the next one's.
      if (wordEnd > to) break;
    } else {
      if (start < i) continue;
      while (region !== undefined && region.end <= start) region = regions[++r];
      const limit = region !== undefined && region.start < to ? region.start : to;
      const h = hashes[c] ?? 0;
      if ((verdict & MAY_NAME_SPECIES) !== 0) species?.word(start, wordEnd - start, h);
      if ((verdict & STARTS_TERMS) !== 0 && longest(table, units, start, limit, wordEnd < limit ? wordEnd : -1, h, seconds[c] ?? 0)) {
        const next = takeMatch(table, text, units, start, limit, from, out);
        if (species && next > wordEnd) species.addWords(units, wordEnd, next, from, to);
        i = next;
      } else {
        const length = wordEnd - start;
        if ((verdict & MAY_BE_CUE) !== 0 && length >= 2 && length <= 14) {
          const cue = CUES.get(h);
          if (cue !== undefined) signal(start, cue === 2 ? STRONG_CUE : WEAK_CUE);
        }
        i = wordEnd;
        continue;
      }
    }
    if (abbreviations !== undefined) {
      scanUnits(table, text, units, from, i, to, to, regions, r, out, species);
      // Past the paragraph's entries, but a span that goes on into the next.
      while (c < count && (starts[c] ?? 0) < to && (ends[c] ?? 0) <= to) c++;
      break;
    }
  }
  cursor = c;
}

/**
 * Reads the words of the paragraph text[from, to) that start in [start, stop) unit by unit (`firstRegion`: the first
 * region not before `start`'s paragraph); where it stopped (past `stop`, or past a match that ends after it).
 */
function scanUnits(table: MeshTable, text: string, units: Uint16Array, from: number, start: number, stop: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: MeshMatch[], species: SpeciesStarts | undefined): number {
  const words = table.firstWords;
  let r = firstRegion;
  while (r < regions.length && (regions[r]?.end ?? 0) <= start) r++;
  let region = regions[r];
  /** Where the words end: the next region's start, or the paragraph's end. */
  let limit = region !== undefined && region.start < to ? region.start : to;
  let bound = limit < stop ? limit : stop;
  let i = start;
  for (;;) {
    // Units that start nothing (space, punctuation) are skipped before anything else.
    let f = 0;
    const skipFrom = i;
    while (i < bound && (f = SCAN_UNITS[units[i] ?? 0] ?? 0) === 0) i++;
    if (i >= bound) {
      if (i >= stop || region === undefined || limit >= to) break;
      // The region: skipped whole.
      i = Math.max(i, region.end);
      region = regions[++r];
      limit = region !== undefined && region.start < to ? region.start : to;
      bound = limit < stop ? limit : stop;
      continue;
    }
    // Inside a word (after a region or a match that ends in one, or a Greek letter right after a word): on to its end.
    // (After a unit that starts nothing, never: no such unit is a letter or digit.)
    if (i === skipFrom && i > 0 && KEY_UNITS[units[i - 1] ?? 0] === KEY_WORD) {
      i++;
      continue;
    }
    // The word's end and its hash (hashLower) in one pass; a Greek letter is a word of its own, hashed spelled out.
    let wordEnd = i + 1;
    let h: number;
    if (f !== GREEK_UNIT) {
      h = fnv(FNV_START, f);
      while (wordEnd < limit) {
        const w = SCAN_UNITS[units[wordEnd] ?? 0] ?? 0;
        if (w < 48) break;
        h = fnv(h, w);
        wordEnd++;
      }
    } else {
      const piece = keyPiece(units[i] ?? 0) ?? '';
      h = hashLower(piece, 0, piece.length);
    }
    // What the word's hash may be (recent answers: the same words come again and again).
    const verdict = verdicts.of(words, h);
    if ((verdict & MAY_NAME_SPECIES) !== 0 && f !== GREEK_UNIT) species?.word(i, wordEnd - i, h);
    const length = wordEnd - i;
    // A short form defined in the paragraph wins over the table: "tamoxifen (TAM)". Copied only at a length one has.
    const defs = abbreviations as Map<string, number> | undefined;
    if (defs !== undefined && (length > 31 || (abbreviationLengths & (1 << length)) !== 0)) {
      const defined = defs.get(text.slice(i, wordEnd));
      if (defined !== undefined) {
        out.push(defined >= 0 ? meshMatch(i, wordEnd, defined, true, undefined, undefined) : meshMatch(i, wordEnd, -1 - defined, undefined, undefined, undefined));
        i = wordEnd;
        continue;
      }
    }
    // Only a word that starts some term is read further (one hash, no copy).
    if ((verdict & STARTS_TERMS) !== 0 && longest(table, units, i, limit, f !== GREEK_UNIT && wordEnd < limit ? wordEnd : -1, h)) {
      const next = takeMatch(table, text, units, i, limit, from, out);
      // The words inside the term are not hashed here: read for species words.
      if (species && next > wordEnd) species.addWords(units, wordEnd, next, from, to);
      i = next;
      continue;
    }
    if ((verdict & MAY_BE_CUE) !== 0 && length >= 2 && length <= 14) {
      const cue = CUES.get(h);
      if (cue !== undefined) signal(i, cue === 2 ? STRONG_CUE : WEAK_CUE);
    }
    i = wordEnd;
  }
  return i;
}

/**
 * The table term `longest` found at `i` (a word start) kept, with the rules that read around it, or not; where the
 * scan goes on (past the term, or past what was kept).
 */
function takeMatch(table: MeshTable, text: string, units: Uint16Array, i: number, limit: number, from: number, out: MeshMatch[]): number {
  const match = longestMatch;
  const flags = table.keys.flags[match.slot] ?? 0;
  const entry = table.keys.value[match.slot] ?? 0;
  const common = (flags & COMMON) !== 0;
  const kind = table.kindOf(entry);
  const prose = common ? proseNext(text, units, match.end, limit) : personName(units, i, match.end, limit);
  if (!prose && !shouted(units, i, match.end, (flags & SHAPED) !== 0) && !(kind === 'chemical' && proteinNext(text, units, match.end, limit)) && !notNamedHere(kind, text, i, match.end, from, limit)) {
    // A chemical's name takes its locant ("5-fluorouracil", "17beta-estradiol"), its salt after it ("diclofenac
    // sodium", "bupropion HCl") and a cation named just before it ("sodium nitroprusside"): one compound.
    let start = i;
    let end = match.end;
    if (kind === 'disease') {
      // "liver fibrosis", "congestive heart failure": the body site or kind before it (diseaseSites.ts).
      const site = siteStart(text, i, end, from);
      if (site < i && (out[out.length - 1]?.end ?? 0) <= site) start = site;
      end = diseaseHeadEnd(text, end, limit);
    } else if (kind === 'chemical') {
      start = locantStart(units, i, from);
      end = saltEnd(text, units, end, limit);
      const prev = out[out.length - 1];
      if (prev && prev.end + 1 === start && text.charCodeAt(prev.end) === 32 && CATIONS.has(text, prev.start, prev.end)) {
        out.pop();
        start = prev.start;
      }
      // A code written before the name in brackets, "FK506 (tacrolimus)", names the drug (not over a gene).
      const code = codeBefore(text, start, end, from);
      if (code && (out[out.length - 1]?.end ?? from) <= code[0]) {
        out.push(meshMatch(code[0], code[1], entry, undefined, undefined, undefined));
        (abbreviations ??= new Map()).set(text.slice(code[0], code[1]), -1 - entry);
        const n = code[1] - code[0];
        if (n <= 31) abbreviationLengths |= 1 << n;
      }
    }
    out.push(meshMatch(start, end, entry, undefined, common ? EVIDENCE : 1, kind === 'disease'));
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
      : shortFormAfterWord(text, units, start, end, limit);
    if (!short && opens && kind === 'chemical') {
      short = codeAfter(text, start, end, limit);
      wins = false;
    }
    if (short) {
      (abbreviations ??= new Map()).set(text.slice(short[0], short[1]), wins ? entry : -1 - entry);
      const n = short[1] - short[0];
      if (n <= 31) abbreviationLengths |= 1 << n;
    }
  }
  return Math.max(match.end, out[out.length - 1]?.end ?? 0);
}

/** After the word loop: the evidence each term needs, one sense per paragraph, short forms used before their definition, disease initials. */
function settleParagraph(table: MeshTable, text: string, from: number, to: number, regions: readonly TextRegion[], firstRegion: number, out: MeshMatch[], first: number): void {
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
  if (dropped) keptEntries.start(table.entryCount);
  if (dropped) for (let k = first; k < out.length; k++) if (out[k] && out[k]?.need !== DROPPED) keptEntries.add(out[k]?.entry ?? -1);
  let n = first;
  for (let k = first; k < out.length; k++) {
    const m = out[k];
    if (!m) continue;
    if (m.need === DROPPED) {
      if (!keptEntries.has(m.entry)) continue;
      m.need = undefined;
    }
    out[n++] = m;
  }
  if (n !== out.length) out.length = n;
  // A code defined after its first use ("AZT-induced ... zidovudine (AZT)") names the drug there too (meshShortForms.ts).
  if (abbreviations) addDefinedForms(text, from, to, regions, firstRegion, out, first, abbreviations);
  addDiseaseAcronyms(table, text, from, to, regions, firstRegion, out, first);
  // A disease the paragraph says a chemical induced takes MeSH's drug-induced descriptor (meshInduced.ts).
  inducedForms(table, text, from, to, out, first);
  // A cancer named by its site is the site's neoplasm descriptor (meshNeoplasms.ts).
  siteNeoplasms(table, text, out, first);
}

/** A set of entries, emptied in O(1) (a stamp per entry): the entries a paragraph keeps. Reused: no Set per paragraph. */
class EntrySet {
  private stamps = new Int32Array(0);
  private stamp = 0;

  /** Empties the set, for entries under `count`. */
  start(count: number): void {
    if (this.stamps.length < count || this.stamp === 0x7fffffff) {
      this.stamps = new Int32Array(Math.max(count, this.stamps.length));
      this.stamp = 0;
    }
    this.stamp++;
  }

  add(entry: number): void {
    if (entry >= 0 && entry < this.stamps.length) this.stamps[entry] = this.stamp;
  }

  has(entry: number): boolean {
    return entry >= 0 && entry < this.stamps.length && this.stamps[entry] === this.stamp;
  }
}
const keptEntries = new EntrySet();

/**
 * A capitalised one-word term beside another capitalised word that starts no term: a person's or place's name ("Buzz
 * Aldrin", "Aneurin Bevan").
 */
function personName(u: Uint16Array, start: number, end: number, limit: number): boolean {
  if (!isCapitalized(u, start, end)) return false;
  for (let k = start; k < end; k++) if (!isWordUnit(u[k] ?? 0)) return false;
  const j = end;
  if (j < limit && (u[j] ?? 0) === 32) {
    let e = j + 1;
    while (e < limit && isWordUnit(u[e] ?? 0)) e++;
    if (isCapitalized(u, j + 1, e)) return true;
  }
  const b = start - 1;
  if (b > 0 && (u[b] ?? 0) === 32) {
    let s = b;
    while (s > 0 && isWordUnit(u[s - 1] ?? 0)) s--;
    if (isCapitalized(u, s, b)) {
      // Not when that word starts a sentence: "Aspirin" after "The" is no name.
      let p = s - 1;
      while (p >= 0 && (u[p] ?? 0) === 32) p--;
      const before = p < 0 ? 46 : (u[p] ?? 0);
      if (before !== 46 && before !== 10 && before !== 58 && before !== 33 && before !== 63) return true;
    }
  }
  return false;
}

/** text[start, end) is a word of at least two letters, the first a capital and the rest lower case. */
function isCapitalized(u: Uint16Array, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const c = u[start] ?? 0;
  if (c < 65 || c > 90) return false;
  for (let k = start + 1; k < end; k++) {
    const d = u[k] ?? 0;
    if (d < 97 || d > 122) return false;
  }
  return true;
}

/** The term text[start, end) is not the chemical or disease it names there (meshRules.ts): "cell death", "655 amino acids". */
function notNamedHere(kind: string, text: string, start: number, end: number, floor: number, limit: number): boolean {
  return kind === 'disease' ? diseaseNotNamed(text, start, end, floor, limit) : kind === 'chemical' && sequenceUnit(text, start, end, floor, limit);
}

/** The last text seen per key (a key slot, a word's hash: by a hash of it), as written and lower-cased. */
const TERM_CACHE_BITS = 10;
/** Texts of at most this many code units are kept (V8 copies a slice this short). */
const SHORT_TEXT = 12;
const termsSeen: string[] = new Array<string>(1 << TERM_CACHE_BITS).fill('');
const termsLower: string[] = new Array<string>(1 << TERM_CACHE_BITS).fill('');

/** text.slice(start, end).toLowerCase(), the same string as last time when the key's text was written the same (no copy). */
function lowerText(text: string, start: number, end: number, key: number): string {
  const n = end - start;
  // A longer slice may be a view on the document: never kept.
  if (n > SHORT_TEXT) return text.slice(start, end).toLowerCase();
  const at = Math.imul(key, 0x9e3779b1) >>> (32 - TERM_CACHE_BITS);
  const seen = termsSeen[at] ?? '';
  if (seen.length === n) {
    let k = 0;
    while (k < n && seen.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === n) return termsLower[at] ?? '';
  }
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  termsSeen[at] = raw;
  termsLower[at] = lower;
  return lower;
}

/** A term written in capitals that MeSH writes in lower case ("POLYVINYL CHLORIDE"): shouting, not a name. */
function shouted(u: Uint16Array, start: number, end: number, shaped: boolean): boolean {
  if (shaped || end - start < 5) return false;
  for (let k = start; k < end; k++) {
    const c = u[k] ?? 0;
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

/** The next word after `end` is one that makes an English-word term prose (no copy). */
function proseNext(text: string, u: Uint16Array, end: number, limit: number): boolean {
  let i = end;
  while (i < limit && (u[i] ?? 0) === 32) i++;
  let j = i;
  while (j < limit && isWordUnit(u[j] ?? 0)) j++;
  return PROSE_NEXT.has(text, i, j, u);
}

/** The word after `end` (past spaces, or a hyphen) makes a chemical's name part of a protein's (PROTEIN_NEXT). */
function proteinNext(text: string, u: Uint16Array, end: number, limit: number): boolean {
  let i = end;
  const hyphen = i < limit && (u[i] ?? 0) === 45;
  if (hyphen) i++;
  else while (i < limit && (u[i] ?? 0) === 32) i++;
  let j = i;
  while (j < limit && isWordUnit(u[j] ?? 0)) j++;
  if (j === i || j - i > 18) return false;
  return (hyphen && PROTEIN_JOINED.has(text, i, j, u)) || PROTEIN_NEXT.has(text, i, j, u) || enzymeAt(text, u, i, j);
}

/**
 * enzymeWord of text[i, j) lower-cased; copied only when it ends in "ase" or "ases" (any case), which enzymeWord asks
 * of the word first (toLowerCase makes no other unit one of those letters).
 */
function enzymeAt(text: string, u: Uint16Array, i: number, j: number): boolean {
  const e = ((u[j - 1] ?? 0) | 32) === 115 ? j - 1 : j;
  if (e - i < 3 || ((u[e - 1] ?? 0) | 32) !== 101 || ((u[e - 2] ?? 0) | 32) !== 115 || ((u[e - 3] ?? 0) | 32) !== 97) return false;
  return enzymeWord(lowerText(text, i, j, hashLower(text, i, j)));
}

/**
 * A short form after one more short word that belongs to the name: "cyclosporine A (CsA)", "vitamin E (VE)"; the
 * short form must fit the name with that word.
 */
function shortFormAfterWord(text: string, u: Uint16Array, start: number, end: number, limit: number): [number, number] | undefined {
  if ((u[end] ?? 0) !== 32) return undefined;
  let j = end + 1;
  while (j < limit && isWordUnit(u[j] ?? 0)) j++;
  return j > end + 1 && j - end <= 4 ? shortFormAfter(text, start, j, limit) : undefined;
}

/** Salts and esters written after a drug's name, and cations written before it: parts of the compound's name. */
const SALTS = new FoldedWords(('sodium potassium hydrochloride hcl sulfate sulphate acetate diacetate citrate maleate ' +
  'mesylate fumarate tartrate succinate besylate bromide mofetil dipropionate propionate phosphate hemisuccinate').split(' '));
const CATIONS = new FoldedWords(['sodium', 'potassium', 'lithium', 'magnesium']);

/** Where a chemical's name starts with its locant: "5-" or "17beta-" right before `start` (after no letter or digit). */
function locantStart(u: Uint16Array, start: number, floor: number): number {
  if (start - 2 < floor || (u[start - 1] ?? 0) !== 45) return start;
  let k = start - 2;
  let letters = 0;
  while (k >= floor && letters < 5 && isLower(u[k] ?? 0)) {
    k--;
    letters++;
  }
  let digits = 0;
  while (k >= floor && digits < 3 && isDigit(u[k] ?? 0)) {
    k--;
    digits++;
  }
  if (digits === 0 || (k >= floor && (isWordUnit(u[k] ?? 0) || (u[k] ?? 0) === 44 || (u[k] ?? 0) === 45))) return start;
  return k + 1;
}

/** Where a chemical's name ends with a salt written after it ("diclofenac sodium"): past that word, or `end`. */
function saltEnd(text: string, u: Uint16Array, end: number, limit: number): number {
  if ((u[end] ?? 0) !== 32) return end;
  let j = end + 1;
  while (j < limit && isWordUnit(u[j] ?? 0)) j++;
  return j - end - 1 >= 3 && j - end - 1 <= 13 && SALTS.has(text, end + 1, j, u) ? j : end;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Bits of a word verdict (WordVerdicts): known, starts some term, may be a cue word, may name a species. */
const KNOWN = 1;
const STARTS_TERMS = 2;
const MAY_BE_CUE = 4;
const MAY_NAME_SPECIES = 8;
const VERDICT_BITS = 14;

/**
 * The per-word tests that depend on the word's hash alone, by hash, for the words met last: the first-word set's
 * answer (table.firstWords) and the cue and species filters' (checked further when set). Nothing changes but the cost:
 * one look-up per word instead of three. It starts over for another first-word set.
 */
class WordVerdicts {
  private set: Int32Array | undefined;
  private readonly hashes = new Int32Array(1 << VERDICT_BITS);
  private readonly verdicts = new Uint8Array(1 << VERDICT_BITS);

  of(set: Int32Array, h: number): number {
    if (set !== this.set) {
      this.set = set;
      this.verdicts.fill(0);
    }
    const at = Math.imul(h, 0x9e3779b1) >>> (32 - VERDICT_BITS);
    const known = this.verdicts[at] ?? 0;
    if (known !== 0 && this.hashes[at] === h) return known;
    const verdict = KNOWN | (hasFirstWord(set, h) ? STARTS_TERMS : 0) | (CUE_FILTER[h & CUE_FILTER_MASK] === 1 ? MAY_BE_CUE : 0) | (mayNameSpecies(h) ? MAY_NAME_SPECIES : 0);
    this.hashes[at] = h;
    this.verdicts[at] = verdict;
    return verdict;
  }
}
const verdicts = new WordVerdicts();

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
function longest(table: MeshTable, units: Uint16Array, start: number, limit: number, wordEnd: number, h: number, second?: number): boolean {
  const { keys, prefixes, continuations } = table;
  let bestEnd = -1;
  let bestSlot = -1;
  // A second hash of the word as written (meshHash.ts mix, as KeyWalk's h2): with h, what meshWordMemo.ts knows it by
  // (the gene scan's, when it listed the word).
  let g = H2_START;
  if (second !== undefined) g = second;
  else if (wordEnd >= 0) for (let k = start; k < wordEnd; k++) g = mix(g, units[k] ?? 0);
  const memo = wordEnd >= 0 ? wordMemo.find(table, h, g, wordEnd - start) : NOT_LEARNT;
  /** The memo's slot to learn the first step into, or -1. */
  let learn = memo < 0 && memo !== NOT_LEARNT ? ~memo : -1;
  if (memo >= 0) {
    bestSlot = wordMemo.slot(memo);
    bestEnd = bestSlot >= 0 ? wordEnd : -1;
    if (!wordMemo.goesOn(memo)) return found(bestEnd, bestSlot);
    wordMemo.resume(memo, walk, units, wordEnd, limit);
  } else walk.reset(units, start, limit);
  // A unit after the first that no key goes on with is not read (the continuation set).
  while (walk.next(continuations)) {
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

/** Kept matches of mergeMesh: where each goes in `existing` and how many mentions there it replaces. Reused. */
let keptAt: Int32Array = new Int32Array(256);
let keptReplaces: Int32Array = new Int32Array(256);
/** The mentions made for the kept matches, in order (emptied after each merge: it holds no mention between scans). */
const made: unknown[] = [];

/**
 * `existing` (sorted) with the matches added where they overlap nothing, in order. A match that covers a gene known
 * only from the gene table, and is longer or a short form the paragraph defines, replaces it; so does a disease's name
 * that covers a profile's chemical or hormone ("insulin resistance"). `make` turns a kept match into a mention (called
 * in order). Merged in place: `existing` itself is returned, grown by the matches kept (an array of more than ~16K
 * elements lives in V8's large-object space, fresh memory each time: a second one per scan cost more than the merge;
 * given room beyond its length, `existing` grows without a copy).
 */
export function mergeMesh<M extends Span>(existing: M[], matches: readonly MeshMatch[], make: (m: MeshMatch) => M): M[] {
  if (matches.length === 0) return existing;
  // First pass, in order: which matches stay, where, over which mentions (the mentions made here, in order).
  let kept = 0;
  let removed = 0;
  let e = 0;
  const count = existing.length;
  // An indexed loop: `for...of` here was left to the iterator protocol (an object per match).
  for (let q = 0; q < matches.length; q++) {
    const m = matches[q] as MeshMatch;
    while (e < count && (existing[e]?.end ?? 0) <= m.start) e++;
    // Existing mentions overlapping the match: all table genes inside it (then replaced), or the match goes.
    let k = e;
    let replace = true;
    while (k < count && (existing[k]?.start ?? 0) < m.end) {
      const x = existing[k] as M;
      if (x.start < m.start || x.end > m.end || (x.end - x.start === m.end - m.start && !m.defined) || !(x.kind === 'gene' ? !x.known : m.disease === true && (x.kind === 'chemical' || x.kind === 'hormone'))) replace = false;
      k++;
    }
    if (k !== e && !replace) continue;
    if (kept === keptAt.length) {
      keptAt = grown(keptAt);
      keptReplaces = grown(keptReplaces);
    }
    keptAt[kept] = e;
    keptReplaces[kept] = k - e;
    made[kept++] = make(m);
    removed += k - e;
    e = k;
  }
  if (kept === 0) return existing;
  // The mentions replaced go first: the rest move down over them, in order (a rare case: few matches replace any).
  let remaining = count;
  if (removed > 0) {
    let write = keptAt[0] ?? 0;
    let read = write;
    for (let q = 0; q < kept; q++) {
      const at = keptAt[q] ?? 0;
      while (read < at) existing[write++] = existing[read++] as M;
      read = at + (keptReplaces[q] ?? 0);
      keptAt[q] = write;
    }
    while (read < count) existing[write++] = existing[read++] as M;
    remaining = write;
  }
  // Then from the end: the mentions after each kept match move up to their place, the match goes before them.
  const length = remaining + kept;
  if (length > count) existing.length = length;
  let write = length - 1;
  let read = remaining - 1;
  for (let q = kept - 1; q >= 0; q--) {
    const at = keptAt[q] ?? 0;
    while (read >= at) existing[write--] = existing[read--] as M;
    existing[write--] = made[q] as M;
  }
  if (length < count) existing.length = length;
  made.length = 0;
  return existing;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
