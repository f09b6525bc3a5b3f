// The chemical and disease tables (data/lexicon/chemicals.tsv, diseases.tsv; made by scripts/build-mesh-lexicon.mjs)
// as the recognizer uses them: every term keyed by the hashes of its key (meshHash.ts: case folded, Greek letters
// spelled out, hyphens as spaces), the proper prefixes of those keys, the first words terms start with, and per entry
// where its line is (its id, ChEBI or DOID cross-reference and names are read from the line when asked for). No string
// is made per term at load, so loading takes one pass over the text. Loaded once per data folder and shared by every
// service after. Also added here, as writers use them: plurals of disease names ("tumors"), adjectives ("hypertensive")
// and ion forms of elements ("Ca(2+)"). A term that is one English word (flag `~w`) is marked COMMON, a short
// all-capital chemical name (DOM, LSD) too: the scan wants evidence for them.
import type { EntityKind } from '../profile';
import type { Entity } from './entities';
import { CONTINUATION_BITS, HashSlots, KeyWalk } from './meshHash';
import { decodeMeshIndex, encodeMeshIndex, meshFingerprint, type MeshArrays, type MeshTableInput } from './meshIndexBinary';

export type { MeshArrays, MeshTableInput } from './meshIndexBinary';
import { isWordUnit, keyPiece } from './meshKey';
import { firstWordBit, FIRST_WORD_BITS, fnv, FNV_START } from '../text/wordHash';


/** Flags of a key: an English word (needs evidence), a form added at load, a key whose case matters. */
export const COMMON = 1;
export const DERIVED = 2;
export const SHAPED = 4;

export interface MeshEntry {
  id: string;
  kind: EntityKind;
  /** ChEBI id of a chemical, DOID id of a disease, when known ("" otherwise). */
  xref: string;
  name: string;
  terms: readonly string[];
  uri: string;
  /** Zero-based line in the file, its length, and where the preferred name starts on it. */
  line: number;
  lineLength: number;
  nameColumn: number;
  /** The file's source lines (`#source`), for the hover. */
  sources: readonly string[];
}

export interface MeshTable {
  /** The keys: slot of a (h1, h2) pair, with the entry (`value`), flags and shaped hash of each. */
  readonly keys: HashSlots;
  /** The proper prefixes of the keys, where a unit ends. */
  readonly prefixes: HashSlots;
  /** Bit set of the hashes of the words terms start with (text/wordHash.ts): the scan reads further only from those. */
  readonly firstWords: Int32Array;
  /** Continuation set of the keys (meshHash.ts continuationBit): a walk stops before a unit no key goes on with. */
  readonly continuations: Int32Array;
  readonly entryCount: number;
  readonly termCount: number;
  entry(index: number): MeshEntry;
  /** The id of an entry ("MESH:D004317"), cheaply. */
  idOf(index: number): string;
  kindOf(index: number): EntityKind;
  /** The entry of an id ("MESH:D004317", "CHEBI:1234", "DOID:9351"), or -1. */
  find(id: string): number;
  /** The key of a whole text ("Ca(2+)"): its entry and flags, or undefined (for tests and tools). */
  lookup(text: string): { entry: number; flags: number } | undefined;
  /** Whether the text is a proper prefix of some key, read to the end of a unit ("mg(", "foo"). */
  hasPrefix(text: string): boolean;
  /** True when the arrays came from a prebuilt index. */
  readonly prebuilt: boolean;
  /** The arrays as a prebuilt index (meshIndexBinary.ts), for a host to save. */
  encodeIndex(): Uint8Array;
  /** Every term of the files (not the added forms) with its entry and whether it is an English word. */
  terms(): Iterable<{ text: string; entry: number; common: boolean; first: boolean }>;
  problems: readonly string[];
}

/** The entity of a table id ("MESH:D004317"), made on demand; undefined when the table has no such entry. */
export function meshEntity(table: MeshTable | undefined, id: string): Entity | undefined {
  const index = table?.find(id) ?? -1;
  if (!table || index < 0) return undefined;
  const e = table.entry(index);
  return { id: e.id, kind: e.kind, symbol: e.name, name: e.name };
}

export function isMeshTable(value: unknown): value is MeshTable {
  return typeof value === 'object' && value !== null && 'keys' in value && 'firstWords' in value;
}

const WORD = /^[a-z][a-z0-9'-]*$/;
const walk = new KeyWalk();

export interface TableFile {
  uri: string;
  kind: EntityKind;
  sources: string[];
  text: string;
}


/** The tables' files (their header lines read: kind, sources) and the stop lists' texts, in input order. */
function tableFiles(inputs: readonly MeshTableInput[]): { files: TableFile[]; stops: string[] } {
  const files: TableFile[] = [];
  const stops: string[] = [];
  for (const input of inputs) {
    const text = input?.text;
    if (typeof text !== 'string') continue;
    const file: TableFile = { uri: input.uri, kind: 'chemical', sources: [], text };
    let stop = false;
    for (let at = 0; at < text.length && text.charCodeAt(at) === 35 /* # */; ) {
      let eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length;
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < eol) {
        const key = text.slice(at + 1, tab);
        const value = text.slice(tab + 1, eol).trimEnd();
        if (key === 'kind' && (value === 'chemical' || value === 'disease')) file.kind = value;
        if (key === 'kind' && value === 'stop') stop = true;
        if (key === 'source' && value) file.sources.push(value);
      }
      at = eol + 1;
    }
    if (stop) stops.push(text);
    else files.push(file);
  }
  return { files, stops };
}

/**
 * Loads the tables; never throws (a bad line is skipped and noted). With `prebuiltIndex` (meshIndexBinary.ts, made
 * from the same texts) the arrays are views on its bytes and no term is read.
 */
export function loadMeshTable(inputs: readonly MeshTableInput[], prebuiltIndex?: Uint8Array): MeshTable {
  const { files, stops } = tableFiles(inputs);
  const fingerprint = meshFingerprint(inputs);
  if (prebuiltIndex) {
    const decoded = decodeMeshIndex(prebuiltIndex, fingerprint);
    if (typeof decoded !== 'string') return meshTableOf(decoded, files, fingerprint, true);
    const table = meshTableOf(buildMeshArrays(files, stops), files, fingerprint, false);
    (table.problems as string[]).push(`prebuilt chemical and disease index not used: ${decoded}`);
    return table;
  }
  return meshTableOf(buildMeshArrays(files, stops), files, fingerprint, false);
}

/** Reads every term of the tables into arrays. */
function buildMeshArrays(files: readonly TableFile[], stops: readonly string[]): MeshArrays {
  const size = files.reduce((n, file) => n + file.text.length, 0);
  const keys = new HashSlots(size / 24);
  const prefixes = new HashSlots(size / 40);
  const stop = new HashSlots(256);
  const firstWords = new Int32Array((1 << FIRST_WORD_BITS) >>> 5);
  const continuations = new Int32Array((1 << CONTINUATION_BITS) >>> 5);
  let entryFile: Uint8Array = new Uint8Array(1 << 14);
  let entryStart: Int32Array = new Int32Array(1 << 14);
  let entryLine: Int32Array = new Int32Array(1 << 14);
  let entryCount = 0;
  const problems: string[] = [];
  let termCount = 0;

  /** Adds the term text[from, to) (its key's hashes) for an entry; `short`: a key under 3 units may stay. */
  const add = (text: string, from: number, to: number, entry: number, flags: number, short = false): void => {
    walk.resetText(text, from, to);
    let units = 0;
    while (walk.next()) {
      units++;
      if (walk.end < to - from) prefixes.add(walk.h1, walk.h2);
      if (units > 1) continuations[walk.unitBit >>> 5] = (continuations[walk.unitBit >>> 5] ?? 0) | (1 << (walk.unitBit & 31));
    }
    if (units === 0 || (walk.length < 3 && !short && !hasDigit(text, from, to))) return;
    if (stop.find(walk.h1, walk.h2) >= 0) return;
    const slot = keys.add(walk.h1, walk.h2);
    if (slot < 0) return;
    const shaped = walk.hs !== walk.h1 || walk.length <= 3;
    keys.value[slot] = entry;
    keys.flags[slot] = flags | (shaped ? SHAPED : 0);
    keys.shape[slot] = walk.hs;
    termCount++;
    const bit = firstWordBit(firstWordHash(text, from, to));
    firstWords[bit >>> 5] = (firstWords[bit >>> 5] ?? 0) | (1 << (bit & 31));
  };

  // The stop list (data/lexicon/mesh-stoplist.tsv): texts that name a table entry but, in the literature, mostly do not.
  for (const text of stops) {
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      walk.resetText(line, 0, line.indexOf('\t') < 0 ? line.length : line.indexOf('\t'));
      while (walk.next());
      if (walk.length > 0) stop.add(walk.h1, walk.h2);
    }
  }

  files.forEach((file, f) => {
    const text = file.text;
    let at = 0;
    let line = 0;
    for (; at < text.length; line++) {
      let eol = text.indexOf('\n', at);
      if (eol < 0) eol = text.length;
      const lineStart = at;
      at = eol + 1;
      if (eol === lineStart || text.charCodeAt(lineStart) === 35 /* # */) continue;
      const t1 = text.indexOf('\t', lineStart);
      const t2 = t1 < 0 || t1 > eol ? -1 : text.indexOf('\t', t1 + 1);
      if (t2 < 0 || t2 > eol || !isTableId(text, lineStart, t1)) {
        problems.push(`${file.uri}:${line + 1}: not a table line`);
        continue;
      }
      if (entryCount === entryStart.length) {
        entryFile = grow8(entryFile);
        entryStart = grow32(entryStart);
        entryLine = grow32(entryLine);
      }
      const entry = entryCount++;
      entryFile[entry] = f;
      entryStart[entry] = lineStart;
      entryLine[entry] = line;
      let end = eol;
      if (text.charCodeAt(end - 1) === 13) end--;
      let from = t2 + 1;
      while (from < end) {
        let to = text.indexOf('|', from);
        if (to < 0 || to > end) to = end;
        const common = to - from > 2 && text.charCodeAt(to - 2) === 126 /* ~ */ && text.charCodeAt(to - 1) === 119; /* w */
        const termEnd = common ? to - 2 : to;
        if (termEnd > from) addTerm(text, from, termEnd, entry, file.kind, common);
        from = to + 1;
      }
    }
  });

  function addTerm(text: string, from: number, to: number, entry: number, kind: EntityKind, common: boolean): void {
    const n = to - from;
    // A disease's short all-capital name (BP, HIT, TAM) names many things: only a definition in the text makes it one;
    // one of four or five capitals that are its name's initials (AIDS, ADHD, SIADH) needs evidence, as an English word.
    if (kind === 'disease' && n <= 5 && allCapitals(text, from, to) && !(n >= 4 && lettersOnlyCapitals(text, from, to) && common)) return;
    // A chemical's short all-capital name (DOM, LSD, DDD) reads as an acronym of anything: it needs evidence too.
    const acronym = kind === 'chemical' && n <= 4 && lettersOnlyCapitals(text, from, to);
    add(text, from, to, entry, common || acronym ? COMMON : 0);
    if (kind === 'disease') {
      const last = lastWordStart(text, from, to);
      // Forms are made only for a last word of five letters or more: a string per such term.
      if (to - last >= 5) for (const form of diseaseForms(text.slice(from, to))) add(form, 0, form.length, entry, DERIVED | (common ? COMMON : 0));
    } else if (n <= 9) {
      const symbol = ELEMENT_SYMBOLS[text.slice(from, to).toLowerCase()];
      if (symbol) for (const form of ionForms(symbol)) add(form, 0, form.length, entry, DERIVED | (form.includes('+') ? 0 : COMMON), true);
    }
  }

  return {
    keys, prefixes, firstWords, continuations, entryFile: entryFile.slice(0, entryCount), entryStart: entryStart.slice(0, entryCount),
    entryLine: entryLine.slice(0, entryCount), entryCount, termCount, problems,
  };
}

/** The table over its arrays and files. */
function meshTableOf(arrays: MeshArrays, files: readonly TableFile[], fingerprint: string, prebuilt: boolean): MeshTable {
  const { keys, prefixes, firstWords, continuations, entryFile, entryStart, entryLine, entryCount, termCount, problems } = arrays;
  const ids: (string | undefined)[] = [];
  let byId: Map<string, number> | undefined;
  const lineOf = (index: number): { file: TableFile; text: string; start: number } | undefined => {
    const file = files[entryFile[index] ?? 0];
    if (!file || index < 0 || index >= entryCount) return undefined;
    const start = entryStart[index] ?? 0;
    let eol = file.text.indexOf('\n', start);
    if (eol < 0) eol = file.text.length;
    return { file, text: file.text.slice(start, file.text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol), start };
  };
  const idOf = (index: number): string => {
    const known = ids[index];
    if (known !== undefined) return known;
    const row = lineOf(index);
    if (!row) return '';
    const raw = row.text.slice(0, row.text.indexOf('\t'));
    const id = /^[CD]\d/.test(raw) ? `MESH:${raw}` : raw;
    ids[index] = id;
    return id;
  };
  const entry = (index: number): MeshEntry => {
    const row = lineOf(index);
    if (!row) return { id: '', kind: 'chemical', xref: '', name: '', terms: [], uri: '', line: 0, lineLength: 0, nameColumn: 0, sources: [] };
    const cells = row.text.split('\t');
    const terms = (cells[2] ?? '').split('|').map((t) => (t.endsWith('~w') ? t.slice(0, -2) : t)).filter(Boolean);
    const nameColumn = (cells[0] ?? '').length + (cells[1] ?? '').length + 2;
    const raw = cells[1] ?? '';
    const xref = raw === '' || raw.includes(':') ? raw : `${row.file.kind === 'disease' ? 'DOID' : 'CHEBI'}:${raw}`;
    return { id: idOf(index), kind: row.file.kind, xref, name: terms[0] ?? '', terms, uri: row.file.uri, line: entryLine[index] ?? 0, lineLength: row.text.length, nameColumn, sources: row.file.sources };
  };
  const whole = (text: string): boolean => {
    walk.resetText(text, 0, text.length);
    let any = false;
    while (walk.next()) any = true;
    return any;
  };
  return {
    keys,
    prefixes,
    firstWords,
    continuations,
    entryCount,
    termCount,
    prebuilt,
    encodeIndex: () => encodeMeshIndex(arrays, fingerprint),
    entry,
    idOf,
    kindOf: (index) => files[entryFile[index] ?? 0]?.kind ?? 'chemical',
    find(id) {
      if (!byId) {
        byId = new Map();
        for (let k = 0; k < entryCount; k++) if (!byId.has(idOf(k))) byId.set(idOf(k), k);
      }
      return typeof id === 'string' ? (byId.get(id) ?? -1) : -1;
    },
    lookup(text) {
      if (!whole(text)) return undefined;
      const slot = keys.find(walk.h1, walk.h2);
      return slot < 0 ? undefined : { entry: keys.value[slot] ?? 0, flags: keys.flags[slot] ?? 0 };
    },
    hasPrefix: (text) => whole(text) && prefixes.find(walk.h1, walk.h2) >= 0,
    *terms() {
      for (let k = 0; k < entryCount; k++) {
        const row = lineOf(k);
        if (!row) continue;
        let first = true;
        for (const t of (row.text.split('\t')[2] ?? '').split('|')) {
          const common = t.endsWith('~w');
          const text = common ? t.slice(0, -2) : t;
          if (text) yield { text, entry: k, common, first };
          first = false;
        }
      }
    },
    problems,
  };
}

/** A table id: a MeSH D or C id ("D004317"), or "CHEBI:n", "DOID:n". */
function isTableId(text: string, from: number, to: number): boolean {
  let k = from + 1;
  if (text.startsWith('CHEBI:', from)) k = from + 6;
  else if (text.startsWith('DOID:', from)) k = from + 5;
  else if (text.charCodeAt(from) !== 67 && text.charCodeAt(from) !== 68) return false;
  if (k >= to) return false;
  for (; k < to; k++) {
    const d = text.charCodeAt(k);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function allCapitals(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function lettersOnlyCapitals(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function lastWordStart(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && text.charCodeAt(k - 1) !== 32) k--;
  return k;
}

function grow8(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

function grow32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Plurals and adjectives of a disease name, as the literature writes them: tumors, hypertensive, epileptic, anemic. */
export function diseaseForms(term: string): string[] {
  const last = term.toLowerCase().split(' ').pop() ?? '';
  if (!WORD.test(last) || last.length < 5) return [];
  const stem = term.slice(0, term.length - last.length);
  const out: string[] = [];
  const swap = (from: string, to: string): void => {
    if (last.endsWith(from)) out.push(stem + last.slice(0, last.length - from.length) + to);
  };
  if (!/(?:s|x|y|ic|al|ed|ive|ous)$/.test(last)) out.push(`${term}s`); // arrhythmias, myalgias too
  swap('sion', 'sive'); // hypertension → hypertensive
  if (last !== 'toxicity') swap('icity', 'ic'); // nephrotoxicity → nephrotoxic (not "toxic" alone: "toxic effects", "toxic dose")
  swap('psy', 'ptic'); // epilepsy → epileptic
  swap('etes', 'etic'); // diabetes → diabetic
  swap('emia', 'emic'); // anemia → anemic
  swap('oxia', 'oxic'); // hypoxia → hypoxic
  swap('osis', 'otic'); // necrosis → necrotic
  swap('itis', 'itic'); // arthritis → arthritic
  swap('ism', 'ian'); // parkinsonism → parkinsonian
  if (!last.endsWith('icity')) swap('ity', 'e'); // obesity → obese (not "toxice")
  swap('mation', 'matory'); // inflammation → inflammatory
  swap('renia', 'renic'); // schizophrenia → schizophrenic
  swap('sions', 'sive'); // convulsions → convulsive
  swap('mania', 'manic'); // mania → manic
  swap('tonia', 'tonic'); // dystonia → dystonic
  swap('kinesia', 'kinetic'); // dyskinesia → dyskinetic
  swap('rhythmia', 'rhythmic'); // arrhythmia → arrhythmic
  swap('algesia', 'algesic'); // hyperalgesia → hyperalgesic
  swap('lysis', 'lytic'); // hemolysis → hemolytic
  swap('thyroidism', 'thyroid'); // hypothyroidism → hypothyroid
  for (const form of [term, ...out]) {
    const british = britishSpelling(form);
    if (british !== form) out.push(british);
  }
  return out;
}

/** "oe" before the rest of the word, the capital first when the "e" was one ("Edema" → "Oedema"). */
function oePrefixed(_match: string, e: string, rest: string): string {
  return (e === 'E' ? 'Oe' : 'oe') + rest;
}

/** Spelling rules from American to British medical English, applied in order. */
const BRITISH: readonly (readonly [RegExp, string | ((match: string, e: string, rest: string) => string)])[] = [
  [/\b(h)(em)/gi, '$1a$2'], // hemorrhage → haemorrhage, hematuria → haematuria
  [/(glyc|kal|natr|calc|ur|an|isch|leuk|lipid|tox|bacter|vir|sept|ox|cap)(em)(ia|ic)\b/gi, '$1a$2$3'], // anemia → anaemia, uremic → uraemic
  // A capital stays first: "Edema" → "Oedema" ("oEdema" would be a shaped key no text matches).
  [/\b(e)(dema)/gi, oePrefixed], // edema → oedema
  [/\b(e)(sophag)/gi, oePrefixed], // esophagitis → oesophagitis
  [/(rrh|pn)(e)(a)\b/gi, '$1o$2$3'], // diarrhea → diarrhoea, apnea → apnoea, dyspnea → dyspnoea
  [/(tum)(or)/gi, '$1our'], // tumor → tumour
];

/** The British spelling of a disease name ("haemorrhage", "leukaemia", "oedema", "tumour"), or the name itself. */
export function britishSpelling(term: string): string {
  let out = term;
  for (const [pattern, to] of BRITISH) out = typeof to === 'string' ? out.replace(pattern, to) : out.replace(pattern, to);
  return out;
}

/** Element symbols of the ions writers name (IUPAC), by the element's name as MeSH writes it. */
const ELEMENT_SYMBOLS: Readonly<Record<string, string>> = {
  sodium: 'Na', potassium: 'K', calcium: 'Ca', magnesium: 'Mg', zinc: 'Zn', iron: 'Fe', copper: 'Cu', manganese: 'Mn',
  cobalt: 'Co', nickel: 'Ni', cadmium: 'Cd', lead: 'Pb', mercury: 'Hg', lithium: 'Li', chlorides: 'Cl', barium: 'Ba',
  strontium: 'Sr', aluminum: 'Al', chromium: 'Cr', silver: 'Ag', gold: 'Au', platinum: 'Pt', cesium: 'Cs', thallium: 'Tl',
};

/** How writers name an element's ions and the element: "Ca2+", "Ca(2+)", "Ca++", "Na+", "Na(+)", "Na". */
export function ionForms(symbol: string): string[] {
  const out = [`${symbol}+`, `${symbol}(+)`, `${symbol}2+`, `${symbol}(2+)`, `${symbol}++`, `${symbol}3+`, `${symbol}(3+)`, `${symbol}2 +`];
  if (symbol.length === 2 && symbol !== 'Co') out.push(symbol);
  return out;
}

/** The hash of a term's first word as the scan computes it at a word start: a Greek letter spelled out, or the run of
 * letters and digits with ASCII capitals folded. */
export function firstWordHash(text: string, from = 0, to = text.length): number {
  const c = text.charCodeAt(from);
  const piece = keyPiece(c);
  let h = FNV_START;
  if (piece) {
    for (let k = 0; k < piece.length; k++) h = fnv(h, piece.charCodeAt(k));
    return h;
  }
  for (let k = from; k < to; k++) {
    const u = text.charCodeAt(k);
    if (!isWordUnit(u)) break;
    h = fnv(h, u >= 65 && u <= 90 ? u + 32 : u);
  }
  return h;
}
