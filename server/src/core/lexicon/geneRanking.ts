// How the genes an ambiguous alias names are ranked: by how often each is studied, the number of PubMed articles NCBI
// links to it (the gene table's `articles` column, from gene2pubmed via org.Hs.eg.db). A reader who meets "p21" in
// an abstract thinks of CDKN1A (1,800 articles), not TCEAL1 (39): one candidate dominates when it has at least
// DOMINANCE times the articles of every other. Where none does (p38: MAPK1 2,227, MAPK14 1,408) the mention stays
// ambiguous unless the document says more (documentGenes.ts).
//
// DOMINANCE was chosen with `npm run eval` on the training corpora: document-level F1 is flat from 4 to 10 and falls
// below 3 (more wrong picks than right ones); 4 is the lowest ratio that keeps p63 (TP63 918, CKAP4 202) decided.
import type { GeneIndex } from './geneIndex';

/** How many times the articles of every other candidate the top one needs, to be taken without other evidence. */
export const DOMINANCE = 4;
/** The top candidate also needs this many articles: among rarely studied genes the counts mean little. */
export const MIN_ARTICLES = 20;

/** Rows by articles, most first; ties keep their order (the table's priority: symbols, protein-coding, id). */
export function rankByArticles(rows: readonly number[], index: GeneIndex): number[] {
  return rows
    .map((row, i) => ({ row, i, n: index.articlesAt(row) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.row);
}

/** The first of rows ranked by rankByArticles when it dominates the others, else -1. */
export function dominantRow(ranked: readonly number[], index: GeneIndex): number {
  const top = ranked[0];
  if (top === undefined || ranked.length < 2) return -1;
  const n = index.articlesAt(top);
  const second = index.articlesAt(ranked[1] ?? -1);
  return n >= MIN_ARTICLES && n >= DOMINANCE * second ? top : -1;
}
