// The web build's data channel: the language server in a web worker has no file system, so it asks the client for
// the shipped data (the client reads it through vscode.workspace.fs). Imported by both sides; types and names only.

/** Server -> client: the shipped profiles, the gene table and the chemical and disease tables. Answers WebData. */
export const DATA_REQUEST = 'genelens/data';

export interface WebData {
  /** Every profile file under data/profiles/, with the URI the editor opens it by. */
  profiles: { uri: string; text: string }[];
  /**
   * data/lexicon/genes.tsv, rodent-genes.tsv and families.tsv, when the client could read them; `rodent` holds
   * rodent-genes.tsv then gene-names.tsv (other names of genes), each after its `#format` line.
   */
  genes?: { uri: string; text: string; rodent?: string; families?: { uri: string; text: string } };
  /** data/lexicon/chemicals.tsv, diseases.tsv and mesh-stoplist.tsv, those the client could read. */
  mesh?: { uri: string; text: string }[];
}
