// A fast, allocation-light view of the gene table (data/lexicon/genes.tsv): one pass over the text records where each
// line and cell starts, in typed arrays, and nothing else. Strings and records are made on demand (hover, definition),
// and the recognizer can walk every symbol and alias by offsets without allocating one string per term.
import type { GeneRecord, GeneTableSource } from './geneTable';
import { parseFlagLetters } from './geneFlags';
import { scanGeneTable, type ColumnName } from './geneTableScan';

export const GENE_TABLE_FORMAT = 'genelens-gene-table 1';
const EMPTY: readonly never[] = Object.freeze([]);

/** Called for each symbol and alias: text.slice(start, end) is the term; `gene` the row; `flags` its TermFlag bits. */
export type GeneTermVisitor = (start: number, end: number, gene: number, flags: number, isSymbol: boolean) => void;

export class GeneIndex {
  private byId: Map<number, number> | undefined;

  constructor(
    /** The table's text: the offsets point into it. */
    readonly text: string,
    /** Number of genes (rows). */
    readonly count: number,
    /** For row r, cells[r * stride + c] is where column c starts; the cell ends one before the next slot. */
    private readonly cells: Int32Array,
    private readonly stride: number,
    private readonly at: Readonly<Record<ColumnName, number>>,
    private readonly ids: Float64Array,
    private readonly symbolFlags: Uint8Array,
    private readonly lines: Int32Array,
    private readonly sortedIds: boolean,
  ) {}

  private cell(row: number, column: number): string {
    if (column < 0) return '';
    const base = row * this.stride;
    return this.text.slice(this.cells[base + column] ?? 0, (this.cells[base + column + 1] ?? 1) - 1);
  }

  ncbiGeneAt(row: number): string {
    return this.cell(row, this.at.ncbiGene);
  }

  symbolAt(row: number): string {
    return this.cell(row, this.at.symbol);
  }

  /** The typed arrays behind the index, for geneIndexBinary.ts to save (read-only use). */
  arrays(): { cells: Int32Array; stride: number; at: Readonly<Record<ColumnName, number>>; ids: Float64Array; symbolFlags: Uint8Array; lines: Int32Array; sorted: boolean } {
    const { cells, stride, at, ids, symbolFlags, lines, sortedIds } = this;
    const n = this.count;
    return { cells: cells.subarray(0, n * stride), stride, at, ids: ids.subarray(0, n), symbolFlags: symbolFlags.subarray(0, n), lines: lines.subarray(0, n), sorted: sortedIds };
  }

  /** NCBI gene type of the row: "protein-coding", "ncRNA", "pseudo", ... */
  typeAt(row: number): string {
    return this.cell(row, this.at.type);
  }

  /** Offsets of the row's line in the table text: [start, end), without the line break. */
  lineRange(row: number): [number, number] {
    const base = row * this.stride;
    return [this.cells[base] ?? 0, (this.cells[base + this.stride - 1] ?? 1) - 1];
  }

  /** Offsets of the row's symbol cell in the table text: [start, end). */
  symbolRange(row: number): [number, number] {
    const base = row * this.stride + this.at.symbol;
    return [this.cells[base] ?? 0, (this.cells[base + 1] ?? 1) - 1];
  }

  /** TermFlag bits of the row's symbol. */
  flagsAt(row: number): number {
    return this.symbolFlags[row] ?? 0;
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
    const { text, cells, stride } = this;
    const symbolCol = this.at.symbol;
    const aliasCol = this.at.aliases;
    for (let r = 0; r < this.count; r++) {
      const base = r * stride;
      visit(cells[base + symbolCol] ?? 0, (cells[base + symbolCol + 1] ?? 1) - 1, r, this.symbolFlags[r] ?? 0, true);
      if (aliasCol < 0) continue;
      const end = (cells[base + aliasCol + 1] ?? 1) - 1;
      let itemStart = cells[base + aliasCol] ?? 0;
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
    const list = (column: number): readonly string[] => {
      const cell = this.cell(row, column);
      return cell ? cell.split('|') : EMPTY;
    };
    const joined = (column: number): string => {
      const cell = this.cell(row, column);
      return cell.includes('|') ? cell.split('|').join(', ') : cell;
    };
    const symbol = this.symbolAt(row);
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
      ncbiGene: this.ncbiGeneAt(row),
      symbol,
      name: this.cell(row, this.at.name),
      location: joined(this.at.location),
      chromosome: joined(this.at.chromosome),
      type: this.cell(row, this.at.type),
      aliases,
      aliasFlags,
      ensembl: list(this.at.ensembl),
      uniprot: list(this.at.uniprot),
      flags: this.flagsAt(row),
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
  if (format !== GENE_TABLE_FORMAT) {
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
  const index = new GeneIndex(text, scan.count, scan.cells, scan.stride, scan.at, scan.ids, scan.symbolFlags, scan.lines, scan.sorted);
  return { index, source, problems };
}
