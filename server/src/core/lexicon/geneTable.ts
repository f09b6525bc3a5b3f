// The table of every human gene (data/lexicon/genes.tsv, made by scripts/build-gene-lexicon.mjs from NCBI Gene as
// packaged by Debian's r-bioc-org.hs.eg.db). Pure: the host reads the file and passes its text in.
//
// Format: `#key<TAB>value` header lines, then one gene a line, tab-separated, in the order `#columns` names.
// Lists are joined by `|`; an alias may carry its flags after a `~` ("NRK2~m"). data/lexicon/README.md says more.
//
// Two ways in: parseGeneTable makes every record (simple; for tools and tests); indexGeneTable (geneIndex.ts) only
// indexes the text and makes records on demand (for the server, where the lexicon must be ready fast).
import { indexGeneTable } from './geneIndex';
import type { GeneRecord, GeneTableSource } from './geneRecord';

export { TermFlag, AMBIGUOUS, NEEDS_CONTEXT, flagNames } from './geneFlags';
export { GeneIndex, indexGeneTable, GENE_TABLE_FORMAT } from './geneIndex';
export type { GeneTermVisitor, IndexedGeneTable } from './geneIndex';
export type { GeneRecord, GeneTableSource } from './geneRecord';

export interface GeneTable {
  genes: GeneRecord[];
  source: GeneTableSource;
  /** Lines that could not be read, with their line number; the rest of the table still loads. */
  problems: string[];
}

/** Parse the whole gene table into records. Never throws: bad lines are skipped and reported in `problems`. */
export function parseGeneTable(text: string): GeneTable {
  const { index, source, problems } = indexGeneTable(text);
  const genes: GeneRecord[] = new Array<GeneRecord>(index.count);
  for (let row = 0; row < index.count; row++) {
    genes[row] = index.record(row, (message) => {
      if (problems.length < 60) problems.push(`line ${index.lineAt(row) + 1}: ${message}`);
    });
  }
  return { genes, source, problems };
}
