// How the genes an ambiguous alias names are ranked: by how often each is studied, the number of PubMed articles NCBI
// links to it (the gene table's `articles` column, from gene2pubmed via org.Hs.eg.db). A reader who meets "p21" in
// an abstract thinks of CDKN1A (1,800 articles), not TCEAL1 (39): one candidate dominates when it has at least
// DOMINANCE times the articles of every other. Where none does (p38: MAPK1 2,227, MAPK14 1,408) the mention stays
// ambiguous unless the document says more (documentGenes.ts).
//
// DOMINANCE was chosen with `npm run eval` on the training corpora (GNormPlus, NLM-Gene, BioRED document-level F1):
// 2: 0.611/0.612/0.629, 3: 0.609/0.615/0.633, 4: 0.612/0.621/0.639, 8: 0.615/0.622/0.639, never: 0.613/0.615/0.630.
// Flat from 4 to 8; 4 is the lowest ratio there, and keeps p63 (TP63 918 articles, CKAP4 202) decided.
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
