// Renders an entity as a Markdown hover card: most useful first, short enough to read at a glance, every fact with a
// source marker, every data string escaped, every link built from a validated identifier.
import type { Identifiers, Profile, Relation, Synonym, SynonymType } from '../profile';
import { profilesNaming } from '../lexicon/namedVariants';
import type { Entity, Lexicon, MatchVia, Mention } from '../types';
import { emphasis, escapeMarkdown, link, shorten, strong, urls, type SafeUrl } from './markdown';
import { KIND_STYLE } from '../../shared/entityKinds';
import { familyMembersLine, familySourceLine } from './familyCard';
import { SourceNotes } from './sources';
import { speciesLine } from './geneCard';
import { profileLabel } from '../../shared/links';

export { profileLabel } from '../../shared/links';


const VIA_PHRASE: Record<Exclude<MatchVia, 'symbol' | 'rsid' | 'hgvs'>, string> = {
  alias: 'an alias of',
  previous: 'a previous symbol of',
  name: 'the full name of',
  synonym: 'a synonym of',
  abbreviation: 'an abbreviation of',
  spelling: 'a spelling of',
};

const SYNONYM_TAG: Partial<Record<SynonymType, string>> = { previous: 'previous', abbreviation: 'abbr.' };

const EFFECT_SIGN: Record<Relation['effect'], string> = {
  activates: '↑',
  inhibits: '↓',
  produces: '→',
  modulates: '↕',
};

const MAX_SYNONYMS = 6;
const MAX_RELATIONS = 4;
const MAX_REACTIONS = 2;
const MAX_SNPS = 4;
const MAX_PAPERS = 3;
const MAX_SUMMARY = 320;
const MAX_CITATION = 110;

/** Lines of one block are joined by a Markdown hard break; blocks by a blank line. */
const lines = (...items: string[]): string => items.filter(Boolean).join('  \n');

/**
 * The card for an entity; `mention` (when given) says how the document wrote it; `functions`, a gene's Gene Ontology
 * block (render/geneFunctionsCard.ts), goes after the profile's own facts.
 */
export function renderEntityCard(entity: Entity, lexicon: Lexicon, mention?: Mention, functions = ''): string {
  const loaded = entity.profile;
  if (!loaded) return renderBareEntityCard(entity, lexicon, mention);
  const p = loaded.profile;
  const notes = new SourceNotes();
  const blocks = [
    lines(identityLine(p, notes), synonymLine(p.synonyms, notes), viaLine(p.symbol, mention)),
    detailLine(p, lexicon, notes),
    entity.family ? lines(familyMembersLine(entity.family, lexicon), familySourceLine(entity.family, lexicon.genes?.table.families?.uri)) : '',
    summaryLine(p, notes),
    lines(
      reactionLine(p, lexicon, notes),
      relationLine('Regulated by', [...(p.upstream ?? []), ...(p.hormonal ?? [])], lexicon, notes),
      relationLine('Acts on', p.downstream ?? [], lexicon, notes),
      snpLine(p, notes),
    ),
    functions,
    paperLines(p, notes),
    identifierLine(p, notes),
    lines(`Profile: ${escapeMarkdown(profileLabel(loaded.uri))}`, notes.render()),
  ];
  return blocks.filter(Boolean).join('\n\n');
}

/** The card for an rs ID that no profile describes or names. */
export function renderUnknownVariantCard(rsid: string): string {
  const url = urls.dbsnp(rsid);
  return [
    `${strong(rsid)} · *variant*`,
    lines('Not in the profile data.', url ? link(`dbSNP ${rsid}`, url) : ''),
  ].join('\n\n');
}

function identityLine(p: Profile, notes: SourceNotes): string {
  const name = p.name && p.name !== p.symbol ? ` — ${escapeMarkdown(p.name)}` : '';
  return `${strong(p.symbol)}${name}${notes.mark(p.symbolSource, p.nameSource)} · ${emphasis(KIND_STYLE[p.kind].label)}`;
}

function synonymLine(synonyms: Synonym[] | undefined, notes: SourceNotes): string {
  const shown = (synonyms ?? []).filter((s) => s.text.trim()).slice(0, MAX_SYNONYMS);
  if (shown.length === 0) return '';
  const items = shown.map((s) => {
    const tag = SYNONYM_TAG[s.type];
    return `${escapeMarkdown(s.text)}${tag ? ` (${tag})` : ''}`;
  });
  const more = (synonyms?.length ?? 0) - shown.length;
  return `also: ${items.join(', ')}${more > 0 ? ` and ${more} more` : ''}${notes.mark(...shown.map((s) => s.source))}`;
}

function viaLine(symbol: string, mention: Mention | undefined): string {
  const species = speciesLine(symbol, mention);
  if (species) return species;
  if (!mention || mention.via === 'symbol' || mention.via === 'rsid' || mention.via === 'hgvs') return '';
  return `${emphasis(mention.text)} is ${VIA_PHRASE[mention.via]} ${strong(symbol)}`;
}

function detailLine(p: Profile, lexicon: Lexicon, notes: SourceNotes): string {
  const parts: string[] = [];
  if (p.location) parts.push(`${escapeMarkdown(p.location.value)}${notes.markFact(p.location)}`);
  if (p.proteinType) parts.push(`${escapeMarkdown(p.proteinType.value)}${notes.markFact(p.proteinType)}`);
  if (p.family) parts.push(`${escapeMarkdown(p.family.value)}${notes.markFact(p.family)}`);
  if (p.proteinLength) parts.push(`${p.proteinLength.value} aa${notes.markFact(p.proteinLength)}`);
  if (p.subcellularLocation?.value.length) {
    parts.push(`${escapeMarkdown(p.subcellularLocation.value.join(', '))}${notes.markFact(p.subcellularLocation)}`);
  }
  if (p.members?.value.length) {
    const names = p.members.value.map((m) => displayName(m, lexicon));
    parts.push(`members: ${escapeMarkdown(names.join(', '))}${notes.markFact(p.members)}`);
  }
  if (p.gene) parts.push(`listed under ${escapeMarkdown(displayName(p.gene.value, lexicon))}${notes.markFact(p.gene)}`);
  return parts.join(' · ');
}

/**
 * The summary; where the source's wording is loose (`loose`), the curator's reading in its note instead, marked as
 * the curator's: the loose text is never shown as fact.
 */
function summaryLine(p: Profile, notes: SourceNotes): string {
  const summary = p.summary;
  if (!summary) return '';
  if (summary.loose && summary.note) return `${escapeMarkdown(shorten(summary.note, MAX_SUMMARY))}${notes.mark('curator')}`;
  return `${escapeMarkdown(shorten(summary.value, MAX_SUMMARY))}${notes.markFact(summary)}`;
}

/** Each reaction (at most MAX_REACTIONS): "NAM + PRPP → NMN · EC 2.4.2.12 · GO:0047280 (IBA, TAS)". */
function reactionLine(p: Profile, lexicon: Lexicon, notes: SourceNotes): string {
  const reactions = p.reactions ?? [];
  if (reactions.length === 0) return '';
  const items = reactions.slice(0, MAX_REACTIONS).map((r) => {
    const side = (ids: string[], others: string[] = []) => [...ids.map((id) => displayName(id, lexicon)), ...others.map((o) => shorten(o, 50))].join(' + ');
    const cofactors = r.cofactors?.length ? ` (with ${side(r.cofactors)})` : '';
    const arrow = r.direction === 'reversible' ? '⇌' : '→';
    const text = r.transport ? `carries ${side(r.substrates)} across the membrane` : `${side(r.substrates, r.otherSubstrates)} ${arrow} ${side(r.products, r.otherProducts)}${cofactors}`;
    const ids = [r.ec ? `EC ${r.ec}` : '', r.go ? `${r.go}${r.evidence?.length ? ` (${r.evidence.join(', ')})` : ''}` : ''].filter(Boolean);
    return `${escapeMarkdown(text)}${ids.length ? ` · ${escapeMarkdown(ids.join(' · '))}` : ''}${notes.mark(r.source)}${r.disputed ? ' *(disputed)*' : ''}`;
  });
  return `${strong(reactions.length > 1 ? 'Reactions:' : r0Title(reactions[0]!))} ${items.join('; ')}`;
}

function r0Title(r: { transport?: boolean }): string {
  return r.transport ? 'Transport:' : 'Reaction:';
}

function relationLine(title: string, relations: Relation[], lexicon: Lexicon, notes: SourceNotes): string {
  if (relations.length === 0) return '';
  const items = relations.slice(0, MAX_RELATIONS).map((r) => {
    const name = escapeMarkdown(displayName(r.entity, lexicon));
    return `${name} ${EFFECT_SIGN[r.effect]} ${r.effect}${notes.mark(r.source)}`;
  });
  const more = relations.length - MAX_RELATIONS;
  return `${strong(`${title}:`)} ${items.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`;
}

function snpLine(p: Profile, notes: SourceNotes): string {
  const snps = p.snps ?? [];
  if (snps.length === 0) return '';
  const items = snps.slice(0, MAX_SNPS).map((s) => `${idLink(s.id, s.id, urls.dbsnp(s.id))}${notes.mark(s.source)}`);
  const more = snps.length - MAX_SNPS;
  return `${strong('SNPs:')} ${items.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`;
}

function paperLines(p: Profile, notes: SourceNotes): string {
  const papers = p.papers ?? [];
  if (papers.length === 0) return '';
  const items = papers.slice(0, MAX_PAPERS).map((paper) => {
    const text = escapeMarkdown(shorten(paper.citation ?? paper.description, MAX_CITATION));
    const pubmed = paper.pmid ? urls.pubmed(paper.pmid) : undefined;
    const doi = paper.doi ? urls.doi(paper.doi) : undefined;
    const ref = pubmed ? link(`PMID ${paper.pmid}`, pubmed) : doi ? link(`doi:${paper.doi}`, doi) : '';
    return `${ref ? `${ref} ` : ''}${text}${notes.mark(paper.source)}`;
  });
  const more = papers.length - MAX_PAPERS;
  return lines(strong('Papers:'), ...items, more > 0 ? `and ${more} more in the profile` : '');
}

function identifierLine(p: Profile, notes: SourceNotes): string {
  const ids: Identifiers = { ...p.identifiers };
  // A variant's id is its rs ID: link it to dbSNP even when the profile lists no identifiers.
  if (p.kind === 'variant' && !ids.dbsnp && urls.dbsnp(p.id)) ids.dbsnp = { value: p.id, source: 'dbSNP' };
  const entries: [keyof Identifiers, string, (id: string) => SafeUrl | undefined, string][] = [
    ['ncbiGene', 'NCBI Gene', urls.ncbiGene, 'NCBI Gene'],
    ['hgnc', '', urls.hgnc, 'HGNC'],
    ['uniprot', 'UniProt', urls.uniprot, 'UniProt'],
    ['chebi', '', urls.chebi, 'ChEBI'],
    ['hmdb', '', urls.hmdb, 'HMDB'],
    ['dbsnp', 'dbSNP', urls.dbsnp, 'dbSNP'],
  ];
  const items: string[] = [];
  for (const [key, prefix, toUrl, database] of entries) {
    const fact = ids[key];
    if (!fact) continue;
    const label = prefix ? `${prefix} ${fact.value}` : fact.value;
    // The database an identifier links to is its own source; mark only a different one.
    const mark = fact.source === database && !fact.unverified ? '' : notes.markFact(fact);
    items.push(`${idLink(label, fact.value, toUrl(fact.value))}${mark}`);
  }
  return items.join(' · ');
}

/** A link when the identifier validated, else the escaped text. */
function idLink(label: string, id: string, url: SafeUrl | undefined): string {
  return url ? link(label, url) : escapeMarkdown(label || id);
}

/** How a referenced entity is shown: its symbol when the lexicon knows it, else the text as written. */
function displayName(ref: string, lexicon: Lexicon): string {
  return (lexicon.get(ref) ?? lexicon.resolve(ref))?.symbol ?? ref;
}

/** An entity with no profile of its own: a variant another profile names, or a bare entry. */
function renderBareEntityCard(entity: Entity, lexicon: Lexicon, mention: Mention | undefined): string {
  const named = entity.kind === 'variant' ? profilesNaming(entity.id, lexicon) : [];
  if (entity.kind === 'variant' && named.length === 0) return renderUnknownVariantCard(entity.id);
  const notes = new SourceNotes();
  const name = entity.name && entity.name !== entity.symbol ? ` — ${escapeMarkdown(entity.name)}` : '';
  const blocks = [
    lines(`${strong(entity.symbol)}${name} · ${emphasis(KIND_STYLE[entity.kind].label)}`, viaLine(entity.symbol, mention)),
    ...named.slice(0, 3).map(({ loaded, description, source }) =>
      lines(
        `Named in the ${strong(loaded.profile.symbol)} profile: ${escapeMarkdown(shorten(description, 200))}${notes.mark(source)}`,
        `Profile: ${escapeMarkdown(profileLabel(loaded.uri))}`,
      ),
    ),
    named.length === 0 ? 'No profile of its own in the data.' : '',
  ];
  const dbsnp = entity.kind === 'variant' ? urls.dbsnp(entity.id) : undefined;
  blocks.push(lines(dbsnp ? link(`dbSNP ${entity.id}`, dbsnp) : '', notes.render()));
  return blocks.filter(Boolean).join('\n\n');
}
