// Hover card of a protein family or complex (data/lexicon/families.tsv, from FamPlex): its name, its member genes each
// as a link to the gene, and a plain statement that the text names the family, not one of its members. Every data
// string is escaped and every link is built from a validated identifier (render/markdown.ts).
import type { FamilyRecord } from '../lexicon/familyTable';
import type { Entity, Lexicon, Mention } from '../types';
import { emphasis, escapeMarkdown, link, strong, urls } from './markdown';

const MAX_MEMBERS = 24;

const lines = (...items: string[]): string => items.filter(Boolean).join('  \n');

/** "lexicon/families.tsv" from the table's URI: never an absolute path. */
function tableLabel(uri: string): string {
  const parts = uri.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, '').split(/[\\/]+/).filter(Boolean);
  return parts.slice(-2).join('/');
}

/** One member: its symbol linked to its NCBI Gene page when the gene table has it, else the symbol as written. */
function memberLink(symbol: string, lexicon: Lexicon): string {
  const genes = lexicon.genes;
  const row = genes ? genes.symbolRow(symbol) : -1;
  const url = genes && row >= 0 ? urls.ncbiGene(genes.record(row).ncbiGene) : undefined;
  return url ? link(symbol, url) : escapeMarkdown(symbol);
}

/** "Members (7 genes): PRKAA1 · PRKAA2 ...", each a link to its gene. */
export function familyMembersLine(record: FamilyRecord, lexicon: Lexicon): string {
  const n = record.members.length;
  if (n === 0) return 'No member genes listed.';
  const shown = record.members.slice(0, MAX_MEMBERS).map((m) => memberLink(m, lexicon));
  const more = n - shown.length;
  return `${strong(`Members (${n} gene${n === 1 ? '' : 's'}):`)} ${shown.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`;
}

/** Where the family's data comes from, in one line. */
export function familySourceLine(record: FamilyRecord, tableUri: string | undefined): string {
  const origin = record.source.startsWith('FamPlex') ? `${record.source} (CC0 1.0)` : record.source;
  const where = tableUri ? ` · ${tableLabel(tableUri)}, line ${record.line + 1}` : '';
  return `Source: ${escapeMarkdown(`${origin}${where}`)}`;
}

/** The card of a family or complex with no profile. `mention` (when given) says how the document wrote it. */
export function renderFamilyCard(entity: Entity, record: FamilyRecord, lexicon: Lexicon, mention?: Mention): string {
  const name = entity.name && entity.name !== entity.symbol ? ` — ${escapeMarkdown(entity.name)}` : '';
  const type = record.type === 'complex' ? 'protein complex' : 'protein family';
  const written = mention && mention.text !== entity.symbol ? `${emphasis(mention.text)} names this ${type}` : '';
  const others = record.texts.map((t) => t.text).filter((t) => t !== entity.symbol && t !== mention?.text).slice(0, 5);
  return [
    lines(`${strong(entity.symbol)}${name} · ${emphasis(type)}`, others.length ? `also: ${others.map(escapeMarkdown).join(', ')}` : '', written),
    familyMembersLine(record, lexicon),
    lines(
      `The text names the ${type}, not one of its genes: write a member's symbol to mean one gene.`,
      familySourceLine(record, lexicon.genes?.table.families?.uri),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}
