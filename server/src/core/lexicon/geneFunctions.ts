// The Gene Ontology table of every human gene (data/lexicon/gene-functions.tsv.gz, gzip-compressed, made by
// scripts/build-gene-functions.mjs): for each NCBI Gene id, a few molecular functions, cellular components and
// processes, each with its evidence codes. The host hands in a loader; the text is read and indexed on first use (the
// first hover that needs it) or ahead of it in the idle time after start-up (`prepare`, in steps: it took one 150 ms
// turn of the event loop at the first gene card), so start-up neither reads nor holds it. A row is parsed only when
// asked for.
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

const FORMAT = 'genelens-gene-functions 1';
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
        const colon = item.indexOf(':');
        const n = Number(item.slice(0, colon));
        if (colon < 0 || !Number.isInteger(n) || n < 0 || n >= this.termIds.length) continue;
        row[ontology].push({ id: this.termIds[n]!, name: this.termNames[n]!, evidence: item.slice(colon + 1).split(',').filter(Boolean) });
      }
    });
    return row;
  }

  /** Reads and indexes the table in steps, ahead of its first use. */
  *prepare(): Generator<void, void> {
    if (this.loaded) return;
    const steps = (this.reading ??= this.read());
    while (!steps.next().done) yield;
  }

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
    }
    this.loaded = true;
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
      if (format !== FORMAT) {
        this.problem = `unknown format "${format}" (expected "${FORMAT}")`;
        return;
      }
      if (line.startsWith('T\t')) {
        const tab = line.indexOf('\t', 2);
        this.termIds.push(line.slice(2, tab));
        this.termNames.push(line.slice(tab + 1));
      } else if (line) {
        const tab = line.indexOf('\t');
        if (tab > 0) this.rows.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
  }
}
