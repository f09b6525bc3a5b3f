// What a recognized gene table text stands for, as geneLexicon.ts and variantHits.ts make it.

/** What a recognized gene table text stands for. Cached per text: the matcher allocates nothing per mention. */
export interface GeneHit {
  /** Entity id of the gene (the best candidate when ambiguous). */
  id: string;
  via: 'symbol' | 'alias' | 'name';
  /** A profile describes the gene. */
  known: boolean;
  /** Entity ids of every gene the text names, when it names several (an ambiguous alias), most studied first. */
  candidates?: readonly string[];
  /** Of the candidates, the one far more studied than every other (geneRanking.ts), when there is one. */
  dominant?: string;
  /** The text also reads as ordinary prose (English word, name, acronym, three characters or fewer). */
  needsContext: boolean;
  /**
   * The text is rarely a gene in annotated abstracts (geneStopwords.ts: T, P, CI, KO, RT...): it needs evidence about
   * itself (gene markup, or a definition as a gene in the text), not a gene word or another gene nearby.
   */
  strict?: boolean;
  /**
   * A spelling written like a word that expert-annotated abstracts take as the gene wherever they write it so
   * ("Bax", "Src": geneConfident.ts); written exactly so, another gene in its paragraph is context enough.
   */
  sureSpelling?: string;
  /** A spelling of mouse or rat genes only (variantHits.ts): never one written in capitals only. */
  rodentOnly?: boolean;
}
