// Hover cards for chemicals and diseases known only from the MeSH tables (data/lexicon/chemicals.tsv, diseases.tsv):
// the preferred name and kind, how the document wrote it, the MeSH id linked to the MeSH browser, the ChEBI or Disease
// Ontology id where known, a few synonyms, the source, and a plain statement that no curated profile exists yet.
// Every data string is escaped and every link built from a validated identifier (render/markdown.ts).
import type { MeshEntry } from '../lexicon/meshTable';
import type { Mention } from '../types';
import { emphasis, escapeMarkdown, link, strong, urls, type SafeUrl } from './markdown';

const MAX_SYNONYMS = 6;

const linked = (label: string, id: string, toUrl: (id: string) => SafeUrl | undefined): string => {
  const url = toUrl(id);
  return url ? link(`${label} ${id}`, url) : escapeMarkdown(`${label} ${id}`);
};

/** "MeSH (U.S. National Library of Medicine ...)" → its first words up to the first parenthesis or comma. */
const sourceName = (source: string): string => source.replace(/\s*[(,].*$/, '').trim();

export function renderMeshCard(e: MeshEntry, mention?: Mention): string {
  const written = mention && mention.text.toLowerCase() !== e.name.toLowerCase() ? `${emphasis(mention.text)} names ${strong(e.name)}` : '';
  const ids: string[] = [];
  if (e.id.startsWith('MESH:')) ids.push(linked('MeSH', e.id.slice(5), urls.mesh));
  const xref = e.xref || (e.id.startsWith('MESH:') ? '' : e.id);
  if (xref.startsWith('CHEBI:')) ids.push(linked('ChEBI', xref, urls.chebi));
  if (xref.startsWith('DOID:')) ids.push(linked('Disease Ontology', xref, urls.doid));
  const synonyms = e.terms.slice(1, 1 + MAX_SYNONYMS).map(escapeMarkdown);
  const more = e.terms.length - 1 - synonyms.length;
  const sources = e.sources.map(sourceName).filter(Boolean);
  return [
    `${strong(e.name)} — ${e.kind}`,
    written,
    ids.join(' · '),
    synonyms.length ? `Also: ${synonyms.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : '',
    sources.length ? `Source: ${escapeMarkdown(sources.join('; '))} (data/lexicon/${e.kind === 'disease' ? 'diseases' : 'chemicals'}.tsv)` : '',
    emphasis(`No curated profile for this ${e.kind} yet.`),
  ]
    .filter(Boolean)
    .join('  \n');
}

/**
 * A chemical the document names by a name or code no table has and defines as one (matcher/definedChemicals.ts): the
 * name it is defined by, and a plain statement that GeneLens has no MeSH or ChEBI entry for it (none is made up).
 */
export function renderDefinedChemicalCard(mention: Mention, name: string): string {
  const written = mention.text !== name ? ` (${emphasis(mention.text)} here)` : '';
  return [`${strong(name)} — chemical${written}`, 'Named and defined as a chemical in this document; no MeSH or ChEBI entry is known for it.'].join('\n\n');
}
