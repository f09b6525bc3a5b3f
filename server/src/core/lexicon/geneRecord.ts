// What the gene table (geneTable.ts) holds: one gene's record, and the table's header. Types only, so the table's
// index (geneIndex.ts), which makes the records, and its parser can both name them without importing each other.
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
