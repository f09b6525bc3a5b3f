// Hover cards for genes known only from the gene table (data/lexicon/genes.tsv, NCBI Gene): approved symbol, full
// name, location, type, identifiers as links, and a plain statement that no curated profile exists yet; and the card
// of a text that names several genes, which lists them instead of guessing. Every data string is escaped and every
// link is built from a validated identifier (render/markdown.ts).
import type { GeneLexicon } from '../lexicon/geneLexicon';
import type { Lexicon, Mention } from '../types';
import { emphasis, escapeMarkdown, link, strong, thousands, urls, type SafeUrl } from './markdown';
import { MOUSE, RAT, SPECIES_NAMES } from '../matcher/speciesWords';

const MAX_ALIASES = 6;
const MAX_UNIPROT = 4;
const MAX_CANDIDATES = 8;

const lines = (...items: string[]): string => items.filter(Boolean).join('  \n');

/** "lexicon/genes.tsv" from the table's URI: never an absolute path. */
function tableLabel(uri: string): string {
  const parts = uri.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '').split(/[\\/]+/).filter(Boolean);
  return parts.slice(-2).join('/');
}

/** Where the table's facts come from, in one line: "NCBI Gene (Entrez Gene 2022-Sep12, r-bioc-org.hs.eg.db 3.16.0-1)". */
export function geneTableSourceLine(genes: GeneLexicon): string {
  const { release, package: pkg } = genes.table.source;
  const parts = [release.replace(/\s*\(.*$/, '').trim(), pkg.replace(/\s*\(.*$/, '').trim()].filter(Boolean);
  return `NCBI Gene${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** "NCBI Gene 7157" as one link; several ids as "Ensembl: A, B and 2 more", each linked. */
function idLinks(label: string, ids: readonly string[], toUrl: (id: string) => SafeUrl | undefined, max: number): string {
  if (ids.length === 0) return '';
  const linked = (text: string, id: string): string => {
    const url = toUrl(id);
    return url ? link(text, url) : escapeMarkdown(text);
  };
  if (ids.length === 1) return linked(`${label} ${ids[0] ?? ''}`, ids[0] ?? '');
  const shown = ids.slice(0, max).map((id) => linked(id, id));
  const more = ids.length - max;
  return `${escapeMarkdown(label)}: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * "mouse Nampt; human NAMPT" for a mention of a rodent's gene (matcher/species.ts; MGI and RGD tie the spellings to
 * the human gene); "fruit fly Rpd3; the human gene of that name: HDAC1" for another species' (only the name is
 * shared, not known to be the same gene); else ''.
 */
export function speciesLine(symbol: string, mention: Mention | undefined): string {
  const taxon = mention?.species;
  const species = taxon ? SPECIES_NAMES[taxon] : undefined;
  if (!species || !mention) return '';
  const written = `${escapeMarkdown(species)} ${emphasis(mention.text)}`;
  return taxon === MOUSE || taxon === RAT ? `${written}; human ${strong(symbol)}` : `${written}; the human gene of that name: ${strong(symbol)}`;
}

/**
 * How the document wrote the gene, when not as its symbol: "mouse Nampt; human NAMPT" for a rodent's gene, "titin is
 * the full name of TTN", "P53 is an alias or previous symbol of TP53", "p53 is a spelling of TP53".
 */
function writtenLine(symbol: string, aliases: readonly string[], mention: Mention): string {
  const species = speciesLine(symbol, mention);
  if (species) return species;
  if (mention.text === symbol) return '';
  if (mention.via === 'name') return `${emphasis(mention.text)} is the full name of ${strong(symbol)}`;
  if (aliases.includes(mention.text)) return `${emphasis(mention.text)} is an alias or previous symbol of ${strong(symbol)}`;
  return `${emphasis(mention.text)} is a spelling of ${strong(symbol)}`;
}

/**
 * The card of a gene row with no profile. `mention` (when given) says how the document wrote it; `functions`, the gene's
 * Gene Ontology block (render/geneFunctionsCard.ts), goes after its location.
 */
export function renderGeneCard(genes: GeneLexicon, row: number, mention?: Mention, functions = ''): string {
  const r = genes.record(row);
  const name = r.name && r.name !== r.symbol ? ` — ${escapeMarkdown(r.name)}` : '';
  const written = mention ? writtenLine(r.symbol, r.aliases, mention) : '';
  const key = genes.terms.lookup(r.symbol);
  const alsoAliasOf = key >= 0 ? genes.aliasRowsOf(key).filter((other) => other !== row) : [];
  const aliases = r.aliases.slice(0, MAX_ALIASES).map(escapeMarkdown);
  const moreAliases = r.aliases.length - aliases.length;
  const details = [
    r.location ? `${escapeMarkdown(r.location)}${r.chromosome && !r.location.startsWith(r.chromosome) ? ` (chromosome ${escapeMarkdown(r.chromosome)})` : ''}` : r.chromosome ? `chromosome ${escapeMarkdown(r.chromosome)}` : '',
    r.type ? escapeMarkdown(r.type) : '',
  ].filter(Boolean);
  // NCBI maps reviewed (Swiss-Prot) and unreviewed accessions alike and in no meaningful order, and the table does not
  // say which is which: none is presented as canonical, and the card says so in words. Shown in a neutral order
  // (six-character accessions, then the longer ones, each alphabetically).
  const uniprot = [...r.uniprot].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const ids = [
    idLinks('NCBI Gene', [r.ncbiGene], urls.ncbiGene, 1),
    idLinks('Ensembl', r.ensembl, urls.ensembl, 2),
    idLinks(uniprot.length > 1 ? 'UniProt (NCBI Gene lists these; it does not say which is the reviewed entry)' : 'UniProt', uniprot, urls.uniprot, MAX_UNIPROT),
  ].filter(Boolean);
  const line = genes.table.index.lineAt(row);
  return [
    lines(
      `${strong(r.symbol)}${name} · ${emphasis('gene')}`,
      aliases.length ? `also: ${aliases.join(', ')}${moreAliases > 0 ? ` and ${moreAliases} more` : ''}` : '',
      written,
      alsoAliasOf.length ? `${strong(r.symbol)} is also an alias of ${alsoAliasOf.slice(0, 4).map((o) => strong(genes.record(o).symbol)).join(', ')}` : '',
    ),
    details.join(' · '),
    functions,
    ids.join(' · '),
    lines(
      'No curated profile exists yet.',
      `Source: ${escapeMarkdown(geneTableSourceLine(genes))} · ${escapeMarkdown(tableLabel(genes.table.uri))}${line >= 0 ? `, line ${line + 1}` : ''}`,
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** The card of a text that names several genes: each candidate with its full name, location and PubMed articles. */
export function renderAmbiguousCard(lexicon: Lexicon, mention: Mention): string {
  const items = (mention.candidates ?? []).slice(0, MAX_CANDIDATES).map((id) => {
    const entity = lexicon.get(id);
    if (!entity) return `- ${escapeMarkdown(id)}`;
    const row = entity.geneRow;
    const record = row !== undefined && lexicon.genes ? lexicon.genes.record(row) : undefined;
    const location = record?.location ?? '';
    const articles = record && record.articles > 0 ? ` · ${thousands(record.articles)} PubMed article${record.articles === 1 ? '' : 's'}` : '';
    const profiled = entity.profile ? ' (profile)' : '';
    return `- ${strong(entity.symbol)}${entity.name && entity.name !== entity.symbol ? ` — ${escapeMarkdown(entity.name)}` : ''}${location ? ` · ${escapeMarkdown(location)}` : ''}${articles}${profiled}`;
  });
  const more = (mention.candidates?.length ?? 0) - items.length;
  return [
    `${strong(mention.text)} names ${mention.candidates?.length ?? 0} genes · ${emphasis('ambiguous')}`,
    [...items, more > 0 ? `- and ${more} more` : ''].filter(Boolean).join('\n'),
    lines(
      'Write the approved symbol of the gene you mean (a quick fix offers each).',
      lexicon.genes ? `Source: ${escapeMarkdown(geneTableSourceLine(lexicon.genes))}` : '',
    ),
  ].join('\n\n');
}
