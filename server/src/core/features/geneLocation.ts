// Where a gene known from the gene table is defined (and a chemical or disease of the MeSH tables: its line there): its line in data/lexicon/genes.tsv (the whole line as the
// range, the symbol cell as the selection). Computed from the table index's offsets, never by searching the file.
import type { Range } from 'vscode-languageserver-types';
import type { GeneLexicon } from '../lexicon/geneLexicon';
import type { MeshEntry } from '../lexicon/meshTable';

export interface GeneTableTarget {
  uri: string;
  /** The gene's whole line. */
  range: Range;
  /** The symbol cell on that line. */
  selection: Range;
}

export function geneTableTarget(genes: GeneLexicon, row: number): GeneTableTarget | undefined {
  const { index, uri } = genes.table;
  const line = index.lineAt(row);
  if (line < 0) return undefined;
  const [lineStart, lineEnd] = index.lineRange(row);
  const [symbolStart, symbolEnd] = index.symbolRange(row);
  return {
    uri,
    range: { start: { line, character: 0 }, end: { line, character: lineEnd - lineStart } },
    selection: { start: { line, character: symbolStart - lineStart }, end: { line, character: symbolEnd - lineStart } },
  };
}

/** A chemical's or disease's line in data/lexicon/chemicals.tsv or diseases.tsv, the preferred name selected. */
export function meshTableTarget(e: MeshEntry): GeneTableTarget | undefined {
  if (!e.uri) return undefined;
  const line = e.line;
  return {
    uri: e.uri,
    range: { start: { line, character: 0 }, end: { line, character: e.lineLength } },
    selection: { start: { line, character: e.nameColumn }, end: { line, character: e.nameColumn + e.name.length } },
  };
}
