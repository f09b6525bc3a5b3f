// The table of every human gene (data/lexicon/genes.tsv, made by scripts/build-gene-lexicon.mjs from NCBI Gene as
// packaged by Debian's r-bioc-org.hs.eg.db). Pure: the host reads the file and passes its text in.
//
// Format: `#key<TAB>value` header lines, then one gene a line, tab-separated, in the order `#columns` names.
// Lists are joined by `|`; an alias may carry its flags after a `~` ("NRK2~m"). data/lexicon/README.md says more.
//
// Two ways in: parseGeneTable makes every record (simple; for tools and tests); indexGeneTable (geneIndex.ts) only
// indexes the text and makes records on demand (for the server, where the lexicon must be ready fast).
import { indexGeneTable } from './geneIndex';

export { TermFlag, AMBIGUOUS, NEEDS_CONTEXT, flagNames } from './geneFlags';
export { GeneIndex, indexGeneTable, GENE_TABLE_FORMAT } from './geneIndex';
export type { GeneTermVisitor, IndexedGeneTable } from './geneIndex';

export interface GeneRecord {
  /** NCBI Gene id, digits only: "54981". */
  ncbiGene: string;
  /** Approved symbol as NCBI gives it: "NMRK1". */
  symbol: string;
  /** Full name: "nicotinamide riboside kinase 1". */
  name: string;
  /** Cytogenetic location: "9q21.13"; several joined by ", "; "" when NCBI gives none. */
  location: string;
  /** Chromosome(s): "9", "X, Y", "MT"; "" when unknown. */
  chromosome: string;
  /** NCBI gene type: "protein-coding", "ncRNA", "pseudo", ... */
  type: string;
  /** Aliases and previous symbols (NCBI does not tell them apart), without the symbol itself. */
  aliases: readonly string[];
  /** TermFlag bits of each alias, parallel to `aliases`. */
  aliasFlags: readonly number[];
  /** Ensembl gene ids: "ENSG00000106733". */
  ensembl: readonly string[];
  /** UniProtKB accessions NCBI maps to the gene, reviewed and unreviewed alike (6-character ones first). */
  uniprot: readonly string[];
  /** TermFlag bits of the symbol. */
  flags: number;
  /** PubMed articles NCBI links to the gene (gene2pubmed, via org.Hs.eg.db); 0 in a table without the column. */
  articles: number;
}

export interface GeneTableSource {
  /** "genelens-gene-table 2" (1 is still read) */
  format: string;
  /** What the data is and where it comes from. */
  source: string;
  /** The Debian package and version it was made from. */
  package: string;
  /** Source release dates (Entrez Gene, Ensembl, UniProt). */
  release: string;
  /** Generation date. */
  generated: string;
  /** Every `#key` header line, verbatim. */
  fields: Readonly<Record<string, string>>;
}

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
