// A fast, allocation-light view of the gene table (data/lexicon/genes.tsv): one pass over the text records where each
// row's line starts, in typed arrays, and nothing else. Cells, strings and records are made on demand (hover,
// definition), and the recognizer can walk every symbol and alias by offsets without allocating one string per term.
// The text may be held as the file's bytes (one byte a character: an ASCII table), so a host that read the file
// need not copy 6 MB into a string; the whole string is only made for bulk work that asks for `text`.
import type { GeneRecord, GeneTableSource } from './geneRecord';
import { parseFlagLetters } from './geneFlags';
import { scanGeneTable, type ColumnName } from './geneTableScan';

export const GENE_TABLE_FORMAT = 'genelens-gene-table 2';
/** Earlier formats still read (format 1 has no `articles` column: every count reads 0). */
const OLDER_FORMATS: readonly string[] = ['genelens-gene-table 1'];
const EMPTY: readonly never[] = Object.freeze([]);
/** Strings read from a table held as bytes before the whole text is made: a few hover cards read far fewer. */
const BULK_SLICES = 4096;

/** Called for each symbol and alias: text.slice(start, end) is the term; `gene` the row; `flags` its TermFlag bits. */
export type GeneTermVisitor = (start: number, end: number, gene: number, flags: number, isSymbol: boolean) => void;

/** The table's text: a string, or bytes read one byte a character (latin1, so ASCII as is). */
export type TableText = string | Uint8Array;

/** Characters [start, end) of bytes read as latin1. */
export function latin1Slice(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let at = Math.max(0, start); at < end; at += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(end, at + 4096)) as unknown as number[]);
  }
  return out;
}

export class GeneIndex {
  private byId: Map<number, number> | undefined;
  private string: string | undefined;
  private bytes: Uint8Array | undefined;
  /** Strings read from the bytes so far: bulk readers (warm-up, workspace symbols) soon get the whole text made. */
  private byteSlices = 0;
  /** The current row's cell starts (see rowSlots): reused, so reading a cell allocates nothing but its string. */
  private readonly slots: Int32Array;
  /** Length of the text. */
  readonly length: number;

  constructor(
    /** The table's text: the offsets point into it. */
    text: TableText,
    /** Number of genes (rows). */
    readonly count: number,
    /** Where each row's line starts in the text. */
    private readonly starts: Int32Array,
    /** Number of tab-separated columns of every row. */
    private readonly columns: number,
    private readonly at: Readonly<Record<ColumnName, number>>,
    private readonly ids: Float64Array,
    private readonly symbolFlags: Uint8Array,
    /** PubMed articles linked to each gene. */
    private readonly articles: Int32Array,
    private readonly lines: Int32Array,
    private readonly sortedIds: boolean,
    /** Makes the whole text from the bytes (a host's native decoder); latin1Slice when not given. */
    private readonly decode: (bytes: Uint8Array) => string = (bytes) => latin1Slice(bytes, 0, bytes.length),
  ) {
    if (typeof text === 'string') this.string = text;
    else this.bytes = text;
    this.length = text.length;
    this.slots = new Int32Array(columns + 1);
  }

  /** The whole text as a string (made once from the bytes, when the table was given as bytes: 6 MB). */
  get text(): string {
    if (this.string === undefined) {
      this.string = this.bytes ? this.decode(this.bytes) : '';
      this.bytes = undefined;
    }
    return this.string;
  }

  /** The text or the bytes, whichever the index holds (the fingerprint reads either). */
  get source(): TableText {
    return this.string ?? this.bytes ?? '';
  }

  /** text.slice(start, end), without making the whole text (until many have been read: then it is made once). */
  slice(start: number, end: number): string {
    if (this.bytes && ++this.byteSlices <= BULK_SLICES) return latin1Slice(this.bytes, start, end);
    return this.text.slice(start, end);
  }

  /**
   * The row's cell starts, as the table was scanned: slots[c] is where column c starts, and slots[columns] the line's
   * end + 1, so cell c is [slots[c], slots[c + 1] - 1). One pass over the row's line.
   */
  private rowSlots(row: number): Int32Array {
    const { slots, columns, bytes } = this;
    if (row < 0 || row >= this.count) return slots.fill(1); // every cell empty
    let p = this.starts[row] ?? 0;
    slots[0] = p;
    let c = 1;
    const n = this.length;
    if (bytes) {
      for (; p < n; p++) {
        const ch = bytes[p];
        if (ch === 10) break;
        if (ch === 9 && c < columns) slots[c++] = p + 1;
      }
      if (p > (slots[0] ?? 0) && bytes[p - 1] === 13) p--;
    } else {
      const text = this.string ?? '';
      for (; p < n; p++) {
        const ch = text.charCodeAt(p);
        if (ch === 10) break;
        if (ch === 9 && c < columns) slots[c++] = p + 1;
      }
      if (p > (slots[0] ?? 0) && text.charCodeAt(p - 1) === 13) p--;
    }
    while (c <= columns) slots[c++] = p + 1;
    return slots;
  }

  private cell(row: number, column: number): string {
    if (column < 0 || row < 0 || row >= this.count) return '';
    const slots = this.rowSlots(row);
    return this.slice(slots[column] ?? 0, (slots[column + 1] ?? 1) - 1);
  }

  ncbiGeneAt(row: number): string {
    return this.cell(row, this.at.ncbiGene);
  }

  symbolAt(row: number): string {
    return this.cell(row, this.at.symbol);
  }

  /** The typed arrays behind the index, for geneIndexBinary.ts to save (read-only use). */
  arrays(): { starts: Int32Array; columns: number; at: Readonly<Record<ColumnName, number>>; ids: Float64Array; symbolFlags: Uint8Array; articles: Int32Array; lines: Int32Array; sorted: boolean } {
    const { starts, columns, at, ids, symbolFlags, articles, lines, sortedIds } = this;
    const n = this.count;
    return { starts: starts.subarray(0, n), columns, at, ids: ids.subarray(0, n), symbolFlags: symbolFlags.subarray(0, n), articles: articles.subarray(0, n), lines: lines.subarray(0, n), sorted: sortedIds };
  }

  /** Full name of the row: "tumor protein p53". */
  nameAt(row: number): string {
    return this.cell(row, this.at.name);
  }

  /** NCBI gene type of the row: "protein-coding", "ncRNA", "pseudo", ... */
  typeAt(row: number): string {
    return this.cell(row, this.at.type);
  }

  /** Offsets of the row's line in the table text: [start, end), without the line break. */
  lineRange(row: number): [number, number] {
    const slots = this.rowSlots(row);
    return [slots[0] ?? 0, (slots[this.columns] ?? 1) - 1];
  }

  /** Offsets of the row's symbol cell in the table text: [start, end). */
  symbolRange(row: number): [number, number] {
    const slots = this.rowSlots(row);
    return [slots[this.at.symbol] ?? 0, (slots[this.at.symbol + 1] ?? 1) - 1];
  }

  /** TermFlag bits of the row's symbol. */
  flagsAt(row: number): number {
    return this.symbolFlags[row] ?? 0;
  }

  /** PubMed articles NCBI links to the row's gene (0 when the table has no `articles` column). */
  articlesAt(row: number): number {
    return this.articles[row] ?? 0;
  }

  /** Zero-based line of the row in the table file: where a definition of a lexicon gene can point. */
  lineAt(row: number): number {
    return this.lines[row] ?? -1;
  }

  /** The row of an NCBI Gene id ("54981"), or -1. */
  findByNcbiGene(ncbiGene: string): number {
    if (!/^\d{1,15}$/.test(ncbiGene)) return -1;
    const id = Number(ncbiGene);
    if (!this.sortedIds) {
      if (!this.byId) {
        this.byId = new Map();
        for (let r = 0; r < this.count; r++) this.byId.set(this.ids[r] ?? -1, r);
      }
      return this.byId.get(id) ?? -1;
    }
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.ids[mid] ?? 0;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Visit every symbol and alias by offsets into `text`, in row order (symbol first). Allocates nothing. */
  forEachTerm(visit: GeneTermVisitor): void {
    const text = this.text;
    const symbolCol = this.at.symbol;
    const aliasCol = this.at.aliases;
    for (let r = 0; r < this.count; r++) {
      const slots = this.rowSlots(r);
      visit(slots[symbolCol] ?? 0, (slots[symbolCol + 1] ?? 1) - 1, r, this.symbolFlags[r] ?? 0, true);
      if (aliasCol < 0) continue;
      const end = (slots[aliasCol + 1] ?? 1) - 1;
      let itemStart = slots[aliasCol] ?? 0;
      let tilde = -1;
      for (let i = itemStart; i <= end; i++) {
        const code = i < end ? text.charCodeAt(i) : 124;
        if (code === 126 /* ~ */ && tilde < 0) tilde = i;
        else if (code === 124 /* | */) {
          const textEnd = tilde < 0 ? i : tilde;
          if (textEnd > itemStart) {
            const flags = tilde < 0 ? 0 : parseFlagLetters(text, tilde + 1, i);
            visit(itemStart, textEnd, r, flags < 0 ? -1 - flags : flags, false);
          }
          itemStart = i + 1;
          tilde = -1;
        }
      }
    }
  }

  /** The whole record of a row, made on demand. `problems` receives unknown flag letters, when given. */
  record(row: number, problems?: (message: string) => void): GeneRecord {
    const slots = this.rowSlots(row).slice();
    const cell = (column: number): string => (column < 0 ? '' : this.slice(slots[column] ?? 0, (slots[column + 1] ?? 1) - 1));
    const list = (column: number): readonly string[] => {
      const value = cell(column);
      return value ? value.split('|') : EMPTY;
    };
    const joined = (column: number): string => {
      const value = cell(column);
      return value.includes('|') ? value.split('|').join(', ') : value;
    };
    const symbol = cell(this.at.symbol);
    const rawAliases = list(this.at.aliases);
    let aliases = rawAliases;
    let aliasFlags: readonly number[] = EMPTY;
    if (rawAliases.length > 0) {
      const texts: string[] = [];
      const bits: number[] = [];
      for (const item of rawAliases) {
        const tilde = item.indexOf('~');
        const alias = tilde < 0 ? item : item.slice(0, tilde);
        if (alias.length === 0) continue;
        let mask = tilde < 0 ? 0 : parseFlagLetters(item, tilde + 1, item.length);
        if (mask < 0) {
          mask = -1 - mask;
          problems?.(`unknown flag letter(s) in "${item}" of ${symbol} ignored`);
        }
        texts.push(alias);
        bits.push(mask);
      }
      aliases = texts;
      aliasFlags = bits;
    }
    return {
      ncbiGene: cell(this.at.ncbiGene),
      symbol,
      name: cell(this.at.name),
      location: joined(this.at.location),
      chromosome: joined(this.at.chromosome),
      type: cell(this.at.type),
      aliases,
      aliasFlags,
      ensembl: list(this.at.ensembl),
      uniprot: list(this.at.uniprot),
      flags: this.flagsAt(row),
      articles: this.articlesAt(row),
    };
  }
}

export interface IndexedGeneTable {
  index: GeneIndex;
  source: GeneTableSource;
  /** Lines that could not be read, with their line number; the rest of the table still loads. */
  problems: string[];
}

/** Index the gene table. Never throws: unreadable lines are skipped and reported in `problems`. */
export function indexGeneTable(text: string): IndexedGeneTable {
  const scan = scanGeneTable(text);
  const { fields, problems } = scan;
  const format = fields['format'] ?? '';
  if (format !== GENE_TABLE_FORMAT && !OLDER_FORMATS.includes(format)) {
    problems.unshift(format ? `format "${format}" is not "${GENE_TABLE_FORMAT}"; read as far as possible` : 'no #format line: is this a GeneLens gene table?');
  }
  const declared = fields['genes'];
  if (declared !== undefined && Number(declared) !== scan.count) problems.push(`the header declares ${declared} genes, ${scan.count} were read`);
  const source: GeneTableSource = {
    format,
    source: fields['source'] ?? '',
    package: fields['package'] ?? '',
    release: fields['release'] ?? '',
    generated: fields['generated'] ?? '',
    fields,
  };
  const starts = new Int32Array(scan.count);
  for (let r = 0; r < scan.count; r++) starts[r] = scan.cells[r * scan.stride] ?? 0;
  const index = new GeneIndex(text, scan.count, starts, scan.stride - 1, scan.at, scan.ids, scan.symbolFlags, scan.articles, scan.lines, scan.sorted);
  return { index, source, problems };
}
