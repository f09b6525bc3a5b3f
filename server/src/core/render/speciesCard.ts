// The hover card of a species mention ("mice", "patients", "Drosophila"): the organism's common and scientific names,
// its NCBI Taxonomy id linked to the NCBI Taxonomy browser, and what GeneLens does with it: the genes its sentence
// (else its paragraph) names are read as that organism's. Data strings are escaped; the link is built from the
// validated id only (render/markdown.ts).
import type { Entity, Mention } from '../types';
import { HUMAN } from '../lexicon/taxa';
import { emphasis, escapeMarkdown, link, strong, urls } from './markdown';

export function renderSpeciesCard(entity: Entity, mention?: Mention): string {
  const taxon = entity.id.slice(entity.id.indexOf(':') + 1);
  const url = urls.ncbiTaxonomy(taxon);
  const id = url ? link(`NCBI Taxonomy ${taxon}`, url) : escapeMarkdown(`NCBI Taxonomy ${taxon}`);
  const written = mention && mention.text.toLowerCase() !== entity.symbol.toLowerCase() ? `${emphasis(mention.text)} names ${strong(entity.symbol)}` : '';
  const reading =
    taxon === HUMAN
      ? 'Genes named with it are read as human genes.'
      : `Genes named in its sentence (or, where a sentence names no species, in a paragraph mostly about it) are read as the ${escapeMarkdown(entity.symbol)}'s: their cards name the human gene of that name.`;
  return [`${strong(entity.symbol)} — species`, written, `${emphasis(entity.name)} · ${id}`, reading, 'Source: NCBI Taxonomy (lexicon/taxa.ts)']
    .filter(Boolean)
    .join('  \n');
}
