// The chemical and disease tables (data/lexicon/chemicals.tsv, diseases.tsv; made by scripts/build-mesh-lexicon.mjs)
// as the recognizer uses them: every term keyed by its folded form (meshKey.ts), the proper prefixes of those keys, and
// per entry its id (MeSH, or ChEBI/DOID when MeSH has none), its ChEBI or DOID cross-reference, its preferred name
// and its line in the file (for go to definition). Loaded once per data folder and shared by every service after.
// Also added here, as writers use them: plurals of disease names ("tumors") and the adjective of a "-sion" disease
// ("hypertensive"). A term that is one English word (flag `~w`) is marked COMMON: the scan wants evidence for it.
import type { EntityKind } from '../profile';
import type { Entity } from './entities';
import { meshKey, shapedKey } from './meshKey';

export interface MeshTableInput {
  /** URI of the file: definitions point into it. */
  uri: string;
  text: string;
}

export const COMMON = 1;
export const DERIVED = 2;

export interface MeshHit {
  entry: number;
  /** The key with the case of its shaped words ("vitamin D", "NAD"), when the term's case matters. */
  shaped: string | undefined;
  flags: number;
}

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
  readonly hits: ReadonlyMap<string, MeshHit>;
  readonly prefixes: ReadonlySet<string>;
  readonly entryCount: number;
  readonly termCount: number;
  entry(index: number): MeshEntry;
  /** The id of an entry ("MESH:D004317"), cheaply. */
  idOf(index: number): string;
  kindOf(index: number): EntityKind;
  /** The entry of an id ("MESH:D004317", "CHEBI:1234", "DOID:9351"), or -1. */
  find(id: string): number;
  /** Entry index of a folded preferred name or term ("magnesium"), or -1. */
  findByName(name: string): number;
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
  return typeof value === 'object' && value !== null && 'hits' in value && 'prefixes' in value;
}

const WORD = /^[a-z][a-z0-9'-]*$/;

/** Loads the tables; never throws (a bad line is skipped and noted). */
export function loadMeshTable(inputs: readonly MeshTableInput[]): MeshTable {
  const hits = new Map<string, MeshHit>();
  const prefixes = new Set<string>();
  const ids: string[] = [];
  const rows: { file: number; line: number; text: string }[] = [];
  const files: { uri: string; kind: EntityKind; sources: string[] }[] = [];
  const byId = new Map<string, number>();
  const problems: string[] = [];
  let termCount = 0;

  const add = (text: string, entry: number, flags: number, short = false): void => {
    const key = meshKey(text);
    if (key.length < 3 && !short && !/\d/.test(key)) return;
    if (hits.has(key) || stop.has(key)) return;
    const shaped = shapedKey(text);
    hits.set(key, { entry, shaped: shaped === key && key.length > 3 ? undefined : shaped, flags });
    termCount++;
    // Every key the scan reads on its way to this one: it ends at a word or a punctuation character ("ca", "ca(").
    for (let i = 1; i < key.length; i++) {
      const c = key.charCodeAt(i);
      const b = key.charCodeAt(i - 1);
      if (c === 32 || (b !== 32 && !(isAlnum(b) && isAlnum(c)))) prefixes.add(key.slice(0, i));
    }
  };

  // The stop list (data/lexicon/mesh-stoplist.tsv): texts that name a table entry but, in the literature, mostly do not.
  const stop = new Set<string>();
  const tables = inputs.filter((input) => {
    if (!/^#kind\tstop$/m.test(input.text.slice(0, 2000))) return true;
    for (const line of input.text.split('\n')) if (line && !line.startsWith('#')) stop.add(meshKey(line.split('\t')[0] ?? ''));
    return false;
  });

  tables.forEach((input, f) => {
    const lines = input.text.split('\n');
    let kind: EntityKind = 'chemical';
    const sources: string[] = [];
    files.push({ uri: input.uri, kind, sources });
    lines.forEach((line, n) => {
      if (line.startsWith('#')) {
        const [key, value] = line.slice(1).split('\t');
        if (key === 'kind' && (value === 'chemical' || value === 'disease')) files[f] = { uri: input.uri, kind: (kind = value), sources };
        if (key === 'source' && value) sources.push(value);
        return;
      }
      if (line === '') return;
      const cells = line.split('\t');
      const id = cells[0] ?? '';
      if (cells.length < 3 || !/^(?:[CD]\d+|CHEBI:\d+|DOID:\d+)$/.test(id)) {
        problems.push(`${input.uri}:${n + 1}: not a table line`);
        return;
      }
      const full = /^[CD]\d/.test(id) ? `MESH:${id}` : id;
      if (byId.has(full)) return;
      const entry = rows.length;
      byId.set(full, entry);
      ids.push(full);
      rows.push({ file: f, line: n, text: line });
      for (const raw of (cells[2] ?? '').split('|')) {
        const common = raw.endsWith('~w');
        const term = common ? raw.slice(0, -2) : raw;
        if (term === '') continue;
        // A disease's short all-capital name (BP, HIT, TAM) names many things: only a definition in the text makes it one.
        if (kind === 'disease' && term.length <= 5 && term === term.toUpperCase()) continue;
        add(term, entry, common ? COMMON : 0);
        if (kind === 'disease') for (const form of diseaseForms(term)) add(form, entry, DERIVED | (common ? COMMON : 0));
        else if (ELEMENT_SYMBOLS[term.toLowerCase()]) for (const form of ionForms(ELEMENT_SYMBOLS[term.toLowerCase()] ?? '')) add(form, entry, DERIVED | (/\+/.test(form) ? 0 : COMMON), true);
      }
    });
  });

  const names = new Map<string, number>();
  const entry = (index: number): MeshEntry => {
    const row = rows[index];
    if (!row) return { id: '', kind: 'chemical', xref: '', name: '', terms: [], uri: '', line: 0, lineLength: 0, nameColumn: 0, sources: [] };
    const cells = row.text.split('\t');
    const terms = (cells[2] ?? '').split('|').map((t) => (t.endsWith('~w') ? t.slice(0, -2) : t)).filter(Boolean);
    const file = files[row.file] ?? { uri: '', kind: 'chemical' as EntityKind, sources: [] };
    const nameColumn = (cells[0] ?? '').length + (cells[1] ?? '').length + 2;
    return { id: ids[index] ?? '', kind: file.kind, xref: cells[1] ?? '', name: terms[0] ?? '', terms, uri: file.uri, line: row.line, lineLength: row.text.length, nameColumn, sources: file.sources };
  };
  return {
    hits,
    prefixes,
    entryCount: rows.length,
    termCount,
    entry,
    idOf: (index) => ids[index] ?? '',
    kindOf: (index) => files[rows[index]?.file ?? 0]?.kind ?? 'chemical',
    find: (id) => byId.get(id) ?? -1,
    findByName(name) {
      if (names.size === 0) for (const [key, hit] of hits) if ((hit.flags & DERIVED) === 0 && !names.has(key)) names.set(key, hit.entry);
      return names.get(meshKey(name)) ?? -1;
    },
    problems,
  };
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
  if (!/(?:s|x|y|ia|ic|al|ed|ive|ous)$/.test(last)) out.push(`${term}s`);
  swap('sion', 'sive'); // hypertension → hypertensive
  swap('icity', 'ic'); // nephrotoxicity → nephrotoxic
  swap('psy', 'ptic'); // epilepsy → epileptic
  swap('etes', 'etic'); // diabetes → diabetic
  swap('emia', 'emic'); // anemia → anemic
  swap('oxia', 'oxic'); // hypoxia → hypoxic
  swap('osis', 'otic'); // necrosis → necrotic
  swap('itis', 'itic'); // arthritis → arthritic
  swap('ism', 'ian'); // parkinsonism → parkinsonian
  swap('ity', 'e'); // obesity → obese
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

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
}
