// The "what it does, where it is" block of a gene's hover card, from the Gene Ontology table
// (lexicon/geneFunctions.ts): molecular functions, cellular components and a few processes, each with its GO evidence
// codes (IDA: a direct assay, IMP: a mutant phenotype, IBA: inferred from related genes, IEA: electronic, ...), and
// the number of PubMed articles NCBI Gene links to the gene, as a link. Data text is escaped.
import type { GeneFunctions, GoAnnotation } from '../lexicon/geneFunctions';
import { escapeMarkdown, link, strong, thousands, urls } from './markdown';

const lines = (...items: string[]): string => items.filter(Boolean).join('  \n');

function annotations(title: string, list: readonly GoAnnotation[]): string {
  if (list.length === 0) return '';
  return `${strong(`${title}:`)} ${list.map((a) => `${escapeMarkdown(a.name)} (${escapeMarkdown(a.evidence.join(', '))})`).join(' · ')}`;
}

/** "11,067 PubMed articles" linked to NCBI's list, or '' for none. */
export function articlesLine(ncbiGene: string, articles: number | undefined): string {
  if (!articles || articles <= 0) return '';
  const text = `${thousands(articles)} PubMed article${articles === 1 ? '' : 's'}`;
  const url = urls.genePubmed(ncbiGene);
  return `${url ? link(text, url) : escapeMarkdown(text)} (NCBI gene2pubmed)`;
}

/** The block for a gene, or '' when the table has nothing on it. */
export function geneFunctionsBlock(functions: GeneFunctions | undefined, ncbiGene: string | undefined, articles?: number): string {
  const row = functions && ncbiGene ? functions.of(ncbiGene) : undefined;
  const count = ncbiGene ? articlesLine(ncbiGene, articles) : '';
  if (!row) return count;
  const source = functions?.source;
  const release = source?.release ? ` (${escapeMarkdown(source.release.replace(/;.*$/, ''))})` : '';
  return lines(
    annotations('Function', row.MF),
    annotations('Location', row.CC),
    annotations('Processes', row.BP),
    `Gene Ontology${release}, evidence codes in parentheses${count ? ` · ${count}` : ''}`,
  );
}
