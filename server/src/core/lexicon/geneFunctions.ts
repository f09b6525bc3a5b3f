// The Gene Ontology table of every human gene (data/lexicon/gene-functions.tsv.gz, gzip-compressed, made by
// scripts/build-gene-functions.mjs): for each NCBI Gene id, a few molecular functions, cellular components and
// processes, each with its evidence codes. The host hands in a loader; the text is read and indexed on first use (the
// first hover that needs it) or ahead of it in the idle time after start-up (`prepare`, in steps: it took one 150 ms
// turn of the event loop at the first gene card), so start-up neither reads nor holds it. A row is parsed only when
// asked for.
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
  private termIds: string[] = [];
  private termNames: string[] = [];
  private readonly rows = new Map<string, string>();
  private readonly vocab: ClaimTerm[] = [];
  private readonly vocabById = new Map<string, number>();
  /** Term number -> the vocabulary numbers it lies at or below (for the terms claim data names). */
  private readonly anchors = new Map<number, readonly number[]>();
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
    const line = this.rows.get(ncbiGene);
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
    const line = this.rows.get(ncbiGene);
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
      const under = this.anchors.get(Number(item.slice(eq + 1, item.indexOf(':', eq)))) ?? [v];
      out.set(v, { relation: 'in', experimental: { ...a, lowThroughput: a.evidence.some((c) => LOW_THROUGHPUT.has(c)), under } });
    }
    return out;
  }

  /** "<term number>:<codes>" as an annotation, or undefined when malformed. */
  private annotation(item: string): GoAnnotation | undefined {
    const colon = item.indexOf(':');
    const n = Number(item.slice(0, colon));
    if (colon < 0 || !Number.isInteger(n) || n < 0 || n >= this.termIds.length) return undefined;
    return { id: this.termIds[n]!, name: this.termNames[n]!, evidence: item.slice(colon + 1).split(',').filter(Boolean) };
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
    return this.rows.size > 0;
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
      yield* this.parse(text);
      this.loaded = true;
    }
    this.reading = undefined;
  }

  private *parse(text: string): Generator<void, void> {
    let start = 0;
    let format = '';
    let lines = 0;
    while (start < text.length) {
      if (++lines % LINES_PER_STEP === 0) yield;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      start = end + 1;
      if (line.startsWith('#')) {
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
      if (line.startsWith('T\t')) {
        const tab = line.indexOf('\t', 2);
        this.termIds.push(line.slice(2, tab));
        this.termNames.push(line.slice(tab + 1));
      } else if (line.startsWith('V\t')) {
        const [, id = '', name = '', above = ''] = line.split('\t');
        this.vocabById.set(id, this.vocab.length);
        this.vocab.push({ id, name, above: numbers(above) });
      } else if (line.startsWith('A\t')) {
        const [, term = '', under = ''] = line.split('\t');
        this.anchors.set(Number(term), numbers(under));
      } else if (line) {
        const tab = line.indexOf('\t');
        if (tab > 0) this.rows.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
  }
}

function numbers(list: string): number[] {
  return list ? list.split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 0) : [];
}
