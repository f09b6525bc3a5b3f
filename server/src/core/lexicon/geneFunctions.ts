// The Gene Ontology table of every human gene (data/lexicon/gene-functions.tsv.gz, gzip-compressed, made by
// scripts/build-gene-functions.mjs): for each NCBI Gene id, a few molecular functions, cellular components and
// processes, each with its evidence codes. The host hands in a loader; the text is read and indexed on first use (the
// first hover that needs it) or ahead of it in the idle time after start-up (`prepare`, in steps), so start-up neither
// reads nor holds it. Indexing keeps only where each line starts (no string per line or per term: the first gene card
// paid ~150 ms to split the table into strings); a gene's row, a term's name and the claim data's anchors are read
// from the text when asked for.
// Format 2 adds what claims are checked with (the vocabulary of GO terms a sentence can name, and where all of a
// gene's annotations lie against each, in the GO hierarchy): `claimsOf` (see scripts/build-gene-functions.mjs).

import { runToEnd } from '../steps';

export type Ontology = 'MF' | 'CC' | 'BP';

export interface GoAnnotation {
  id: string; // "GO:0005634"
  name: string; // "nucleus"
  evidence: string[]; // ["IDA", "IBA"]
}

export interface GeneFunctionRow {
  MF: GoAnnotation[];
  CC: GoAnnotation[];
  BP: GoAnnotation[];
}

/** The table's provenance, from its header. */
export interface GeneFunctionsSource {
  release: string; // "gene2go 2022-Sep12; Gene Ontology 2022-07-01"
  package: string;
}

/** A vocabulary term of the claims: "GO:0005634" "nucleus", with the vocabulary terms above it. */
export interface ClaimTerm {
  id: string;
  name: string;
  above: readonly number[];
}

/** How a gene's annotations lie against one vocabulary term. */
export interface ClaimPlace {
  /** 'in': an annotation at or below the term; 'over': one above it (more general) and none at or below. */
  relation: 'in' | 'over';
  /** For 'in' with experimental evidence: the best such annotation (a term below or at the vocabulary term). */
  experimental?: GoAnnotation & { lowThroughput: boolean; under: readonly number[] };
}

/** A gene's claim data: vocabulary number -> place; absent: no annotation related to that term. */
export type ClaimRow = ReadonlyMap<number, ClaimPlace>;

const FORMATS = ['genelens-gene-functions 1', 'genelens-gene-functions 2'];
const FORMAT = FORMATS[FORMATS.length - 1]!;
const LOW_THROUGHPUT = new Set(['EXP', 'IDA', 'IPI', 'IMP', 'IGI', 'IEP']);
const ONTOLOGIES: readonly Ontology[] = ['MF', 'CC', 'BP'];
/** Lines indexed between two steps of `prepare`. */
const LINES_PER_STEP = 2048;

export class GeneFunctions {
  private loaded = false;
  /** The reading under way (prepare), which a first use finishes. */
  private reading: Generator<void, void> | undefined;
  /** The table's text, once read; every offset below points into it. */
  private text = '';
  /** Term number -> where its "T" line starts. */
  private readonly termLines: number[] = [];
  /** Gene ids written as plain numbers, ascending (sorted at the end of the reading when the table is not). */
  private rowIds: number[] = [];
  /** rowIds[i]'s fields: where they start (after the id and its tab). */
  private rowFields: number[] = [];
  /** Rows whose id is not a plain number (none in the generated table): id -> where its fields start. */
  private readonly otherRows = new Map<string, number>();
  private readonly vocab: ClaimTerm[] = [];
  private readonly vocabById = new Map<string, number>();
  /** Term number -> where the "A" line stating the vocabulary numbers it lies at or below starts. */
  private readonly anchorLines = new Map<number, number>();
  private header: GeneFunctionsSource = { release: '', package: '' };
  /** What went wrong reading the table (a wrong format), for the host's log. */
  problem?: string;

  constructor(private readonly load: () => string | undefined) {}

  /** The table's provenance; undefined when there is no table. */
  get source(): GeneFunctionsSource | undefined {
    return this.ensure() ? this.header : undefined;
  }

  /** The annotations of a gene by its NCBI Gene id, or undefined when the table has none. */
  of(ncbiGene: string): GeneFunctionRow | undefined {
    if (!this.ensure()) return undefined;
    const line = this.row(ncbiGene);
    if (line === undefined) return undefined;
    const fields = line.split('\t');
    const row: GeneFunctionRow = { MF: [], CC: [], BP: [] };
    ONTOLOGIES.forEach((ontology, i) => {
      for (const item of (fields[i] ?? '').split(';')) {
        const a = this.annotation(item);
        if (a) row[ontology].push(a);
      }
    });
    return row;
  }

  /** The vocabulary number of a GO id a claim can name, or undefined (also when the table has no claim data). */
  claimTerm(goId: string): number | undefined {
    return this.ensure() ? this.vocabById.get(goId) : undefined;
  }

  /** A vocabulary term by number. */
  term(v: number): ClaimTerm | undefined {
    return this.vocab[v];
  }

  /** Where a gene's annotations lie against the vocabulary, or undefined when the table has none for it. */
  claimsOf(ncbiGene: string): ClaimRow | undefined {
    if (!this.ensure() || this.vocab.length === 0) return undefined;
    const line = this.row(ncbiGene);
    if (line === undefined) return undefined;
    const field = line.split('\t')[3] ?? '';
    const out = new Map<number, ClaimPlace>();
    for (const item of field.split(';')) {
      if (!item) continue;
      if (item.startsWith('^')) {
        const v = Number(item.slice(1));
        if (Number.isInteger(v) && v < this.vocab.length) out.set(v, { relation: 'over' });
        continue;
      }
      const eq = item.indexOf('=');
      const v = Number(eq < 0 ? item : item.slice(0, eq));
      if (!Number.isInteger(v) || v < 0 || v >= this.vocab.length) continue;
      const a = eq < 0 ? undefined : this.annotation(item.slice(eq + 1));
      if (!a) {
        out.set(v, { relation: 'in' });
        continue;
      }
      const under = this.anchors(Number(item.slice(eq + 1, item.indexOf(':', eq)))) ?? [v];
      out.set(v, { relation: 'in', experimental: { ...a, lowThroughput: a.evidence.some((c) => LOW_THROUGHPUT.has(c)), under } });
    }
    return out;
  }

  /** "<term number>:<codes>" as an annotation, or undefined when malformed. */
  private annotation(item: string): GoAnnotation | undefined {
    const colon = item.indexOf(':');
    const n = Number(item.slice(0, colon));
    if (colon < 0 || !Number.isInteger(n) || n < 0 || n >= this.termLines.length) return undefined;
    const line = this.lineAt(this.termLines[n]!);
    const tab = line.indexOf('\t', 2);
    return { id: line.slice(2, tab), name: line.slice(tab + 1), evidence: item.slice(colon + 1).split(',').filter(Boolean) };
  }

  /** The vocabulary numbers a term lies at or below, when the table says. */
  private anchors(term: number): readonly number[] | undefined {
    const at = this.anchorLines.get(term);
    return at === undefined ? undefined : numbers(this.lineAt(at).split('\t')[2] ?? '');
  }

  /** A gene's fields (the line after its id), or undefined. */
  private row(ncbiGene: string): string | undefined {
    const id = plainNumber(ncbiGene, 0, ncbiGene.length);
    let at: number | undefined;
    if (id < 0) at = this.otherRows.get(ncbiGene);
    else {
      const ids = this.rowIds;
      let lo = 0;
      let hi = ids.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ids[mid]! < id) lo = mid + 1;
        else hi = mid;
      }
      if (ids[lo] === id) at = this.rowFields[lo];
    }
    return at === undefined ? undefined : this.lineAt(at);
  }

  /** The text from `at` to the end of its line. */
  private lineAt(at: number): string {
    const end = this.text.indexOf('\n', at);
    return this.text.slice(at, end < 0 ? this.text.length : end);
  }

  /** Reads and indexes the table in steps, ahead of its first use. */
  *prepare(): Generator<void, void> {
    if (this.loaded) return;
    const steps = (this.reading ??= this.read());
    while (!steps.next().done) yield;
  }

  /** Reads the table on first use; a loader with no text yet (the web build asks its client) is asked again next time. */
  private ensure(): boolean {
    if (!this.loaded) runToEnd((this.reading ??= this.read()));
    return this.rowIds.length > 0 || this.otherRows.size > 0;
  }

  private *read(): Generator<void, void> {
    let text: string | undefined;
    try {
      text = this.load();
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      yield;
      yield* this.index(text);
      this.loaded = true;
    }
    this.reading = undefined;
  }

  /** Notes where each line starts, by its kind; header and vocabulary lines (a few hundred) are read at once. */
  private *index(text: string): Generator<void, void> {
    this.text = text;
    let start = 0;
    let format = '';
    let lines = 0;
    let sorted = true;
    while (start < text.length) {
      if (++lines % LINES_PER_STEP === 0) yield;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const at = start;
      start = end + 1;
      const first = text.charCodeAt(at);
      if (first === HASH) {
        const line = text.slice(at, end);
        const tab = line.indexOf('\t');
        const key = line.slice(1, tab);
        const value = line.slice(tab + 1);
        if (key === 'format') format = value;
        else if (key === 'release') this.header.release = value;
        else if (key === 'package') this.header.package = value;
        continue;
      }
      if (!FORMATS.includes(format)) {
        this.problem = `unknown format "${format}" (expected "${FORMAT}")`;
        return;
      }
      const kind = end - at >= 2 && text.charCodeAt(at + 1) === TAB ? first : 0;
      if (kind === T) {
        this.termLines.push(at);
      } else if (kind === V) {
        const [, id = '', name = '', above = ''] = text.slice(at, end).split('\t');
        this.vocabById.set(id, this.vocab.length);
        this.vocab.push({ id, name, above: numbers(above) });
      } else if (kind === A) {
        const tab = text.indexOf('\t', at + 2);
        this.anchorLines.set(Number(text.slice(at + 2, tab < 0 || tab > end ? end : tab)), at);
      } else if (end > at) {
        const tab = text.indexOf('\t', at);
        if (tab <= at || tab >= end) continue;
        const id = plainNumber(text, at, tab);
        if (id < 0) {
          this.otherRows.set(text.slice(at, tab), tab + 1);
          continue;
        }
        const last = this.rowIds.length - 1;
        if (last >= 0 && this.rowIds[last]! >= id) sorted = false;
        this.rowIds.push(id);
        this.rowFields.push(tab + 1);
      }
    }
    if (!sorted) this.sortRows();
  }

  /** Orders the rows by id; of rows with the same id the last in the table is kept (as a map would). */
  private sortRows(): void {
    const order = this.rowIds.map((_, i) => i).sort((a, b) => this.rowIds[a]! - this.rowIds[b]! || a - b);
    const ids: number[] = [];
    const fields: number[] = [];
    for (const i of order) {
      const id = this.rowIds[i]!;
      if (ids.length > 0 && ids[ids.length - 1] === id) fields[fields.length - 1] = this.rowFields[i]!;
      else {
        ids.push(id);
        fields.push(this.rowFields[i]!);
      }
    }
    this.rowIds = ids;
    this.rowFields = fields;
  }
}

const HASH = 0x23;
const TAB = 0x09;
const T = 0x54;
const V = 0x56;
const A = 0x41;

/** text[from, to) as a number when written as one plainly (digits, no leading zero, under 10^9), else -1. */
function plainNumber(text: string, from: number, to: number): number {
  if (to <= from || to - from > 9 || (to - from > 1 && text.charCodeAt(from) === 0x30)) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function numbers(list: string): number[] {
  return list ? list.split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 0) : [];
}
