// The one pass over the gene table's text behind indexGeneTable: where each row and cell starts, in typed arrays.
// The hot loop is kept small and monomorphic (it runs once per gene at start-up, before it is optimized); header
// lines, problems and duplicate ids take the cold paths.
import { parseFlagLetters } from './geneFlags';

export const DEFAULT_COLUMNS = ['ncbiGene', 'symbol', 'name', 'type', 'chromosome', 'location', 'aliases', 'ensembl', 'uniprot', 'flags', 'articles'] as const;
export type ColumnName = (typeof DEFAULT_COLUMNS)[number];
const MAX_PROBLEMS = 50;

export interface GeneTableScan {
  fields: Record<string, string>;
  problems: string[];
  count: number;
  /** cells[row * stride + c] = offset where column c starts; the slot after the last column holds line end + 1. */
  cells: Int32Array;
  stride: number;
  at: Record<ColumnName, number>;
  ids: Float64Array;
  symbolFlags: Uint8Array;
  /** PubMed articles linked to each gene (the `articles` column; 0 when absent, as in format 1). */
  articles: Int32Array;
  /** Zero-based line number of each row. */
  lines: Int32Array;
  /** Ids strictly ascending (as generated): lookups use binary search. */
  sorted: boolean;
}

export function scanGeneTable(text: string): GeneTableScan {
  const n = text.length;
  const scan: GeneTableScan = {
    fields: {}, problems: [], count: 0, cells: new Int32Array(0), stride: DEFAULT_COLUMNS.length + 1,
    at: columnMap(DEFAULT_COLUMNS), ids: new Float64Array(0), symbolFlags: new Uint8Array(0), articles: new Int32Array(0), lines: new Int32Array(0),
    sorted: true,
  };
  let dropped = 0;
  const problem = (message: string): void => {
    if (scan.problems.length < MAX_PROBLEMS) scan.problems.push(message);
    else dropped++;
  };
  // Header: the leading `#` and empty lines.
  let pos = 0;
  let lineNo = 0;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    if (c !== 35 && c !== 10 && c !== 13) break;
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    lineNo++;
    if (c === 35) headerLine(scan, text.slice(pos + 1, end).replace(/\r$/, ''), lineNo, problem);
    pos = end + 1;
  }
  // Rows: at most one per remaining line.
  let capacity = 1;
  for (let p = text.indexOf('\n', pos); p >= 0; p = text.indexOf('\n', p + 1)) capacity++;
  const ncols = scan.stride - 1;
  scan.cells = new Int32Array(capacity * scan.stride);
  scan.ids = new Float64Array(capacity);
  scan.symbolFlags = new Uint8Array(capacity);
  scan.articles = new Int32Array(capacity);
  scan.lines = new Int32Array(capacity);
  const { cells, ids, symbolFlags, articles, lines, stride } = scan;
  const idCol = scan.at.ncbiGene;
  const symbolCol = scan.at.symbol;
  const flagsCol = scan.at.flags;
  const articlesCol = scan.at.articles;
  let count = 0;
  let lastId = -1;
  let seen: Set<number> | undefined;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const lineStart = pos;
    let lineEnd = end;
    pos = end + 1;
    lineNo++;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    if (lineEnd === lineStart) continue;
    if (text.charCodeAt(lineStart) === 35) {
      headerLine(scan, text.slice(lineStart + 1, lineEnd), lineNo, problem, true);
      continue;
    }
    const base = count * stride;
    cells[base] = lineStart;
    let c = 1;
    let p = lineStart;
    while (c < ncols) {
      const tab = text.indexOf('\t', p);
      if (tab < 0 || tab >= lineEnd) break;
      p = tab + 1;
      cells[base + c] = p;
      c++;
    }
    const extra = text.indexOf('\t', p);
    if (c < ncols || (extra >= 0 && extra < lineEnd)) {
      problem(`line ${lineNo}: expected ${ncols} tab-separated columns, found ${c < ncols ? c : 'more'}`);
      continue;
    }
    cells[base + ncols] = lineEnd + 1;
    const idStart = cells[base + idCol] ?? 0;
    const idEnd = (cells[base + idCol + 1] ?? 1) - 1;
    const id = readId(text, idStart, idEnd);
    if (id < 0) {
      problem(`line ${lineNo}: NCBI Gene id "${text.slice(idStart, Math.min(idEnd, idStart + 24))}" is not a number`);
      continue;
    }
    if ((cells[base + symbolCol + 1] ?? 1) - 1 <= (cells[base + symbolCol] ?? 0)) {
      problem(`line ${lineNo}: gene ${id} has no symbol`);
      continue;
    }
    if (id <= lastId && !seen) seen = new Set(ids.subarray(0, count));
    if (seen) {
      if (seen.has(id)) {
        problem(`line ${lineNo}: NCBI Gene id ${id} appears twice; the first line is kept`);
        continue;
      }
      seen.add(id);
    }
    lastId = id;
    let flags = 0;
    if (flagsCol >= 0) {
      flags = parseFlagLetters(text, cells[base + flagsCol] ?? 0, (cells[base + flagsCol + 1] ?? 1) - 1);
      if (flags < 0) {
        flags = -1 - flags;
        problem(`line ${lineNo}: unknown flag letter(s) on the symbol ignored`);
      }
    }
    ids[count] = id;
    symbolFlags[count] = flags;
    if (articlesCol >= 0) {
      const n = readId(text, cells[base + articlesCol] ?? 0, (cells[base + articlesCol + 1] ?? 1) - 1);
      articles[count] = n > 0x7fffffff ? 0x7fffffff : Math.max(0, n);
    }
    lines[count] = lineNo - 1;
    count++;
  }
  scan.count = count;
  scan.sorted = seen === undefined;
  if (dropped > 0) scan.problems.push(`... and ${dropped} more problems`);
  return scan;
}

/** Digits to a number; -1 when empty, too long or not digits. */
function readId(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let id = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    id = id * 10 + d;
  }
  return id;
}

function headerLine(scan: GeneTableScan, line: string, lineNo: number, problem: (m: string) => void, afterRows = false): void {
  const tab = line.indexOf('\t');
  const key = (tab < 0 ? line : line.slice(0, tab)).trim();
  const value = tab < 0 ? '' : line.slice(tab + 1);
  scan.fields[key] = value;
  if (key !== 'columns') return;
  const names = value.split('\t');
  if (afterRows) problem(`line ${lineNo}: #columns after the first gene line is ignored`);
  else if (!names.includes('ncbiGene') || !names.includes('symbol')) problem(`line ${lineNo}: #columns lacks ncbiGene or symbol; the default columns are used`);
  else {
    scan.at = columnMap(names);
    scan.stride = names.length + 1;
  }
}

function columnMap(names: readonly string[]): Record<ColumnName, number> {
  const map = {} as Record<ColumnName, number>;
  for (const name of DEFAULT_COLUMNS) map[name] = names.indexOf(name);
  return map;
}
