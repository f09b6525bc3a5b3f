// Recognized mentions as PubTator annotation lines: the corpora's entity types and identifiers (NCBI Gene ids for
// genes, FamPlex ids for families, the rs id or HGVS form for variants).
import { enumeratedGenes, familyNamesake, variantContext, type LanguageService, type MeshTable, type Mention } from '../core';
import type { PubtatorAnnotation, PubtatorDocument } from './pubtator';
import { pubtatorText } from './pubtator';

/** The prefix of a species' entity id ("NCBITaxon:10090"). */
const TAXON = 'NCBITaxon:';

/** PubTator's type for each GeneLens kind. */
const TYPE_OF: Record<string, string> = {
  gene: 'Gene',
  family: 'FamilyName',
  complex: 'FamilyName',
  chemical: 'Chemical',
  hormone: 'Chemical',
  condition: 'Disease',
  disease: 'Disease',
  variant: 'Variant',
  species: 'Species',
};

/** The NCBI Gene id of a recognized gene entity, when the lexicon knows one. */
export function ncbiGeneOf(service: LanguageService, entityId: string): string | undefined {
  const entity = service.lexicon.get(entityId);
  if (!entity) return undefined;
  const table = service.lexicon.genes?.table;
  if (entity.geneRow !== undefined && table) return table.index.record(entity.geneRow).ncbiGene;
  const fact = entity.profile?.profile.identifiers?.ncbiGene?.value;
  return typeof fact === 'string' ? fact : undefined;
}

/**
 * Whether a mention is a gene product named as such: a hormone whose profile names the gene that encodes it (insulin:
 * INS). The PubTator output gives it type Gene and that gene's id, as the gene corpora (BioRED, NLM-Gene) annotate it.
 */
export function isGeneProduct(service: LanguageService, m: Mention): boolean {
  return m.kind === 'hormone' && ncbiGeneOf(service, m.entityId) !== undefined;
}

/**
 * The identifier column for a mention: empty when it names no single entity (an ambiguous alias). With the document's
 * text, an enumeration ("ERK1/2", "caspase-3/7", "PAK1" of "PAK1/2/3") gives every gene's NCBI Gene id, joined by ";"
 * as the corpora write them.
 */
export function pubtatorIdOf(service: LanguageService, m: Mention, genes: Map<string, string | undefined>, text?: string): string {
  if ((m.kind === 'gene' || m.kind === 'family') && text !== undefined && !(m.species && m.species !== '9606')) {
    const listed = enumeratedGenes(service.lexicon, text, m.start, m.end);
    const ids = listed?.map((id) => ncbiGeneOf(service, id));
    if (ids?.every((id) => id !== undefined)) return ids.join(';');
  }
  if ((m.candidates?.length ?? 0) > 1) return '';
  // A gene, or a hormone that is a gene product (insulin: INS); another hormone gives its MeSH id (below).
  if (m.kind === 'gene' || isGeneProduct(service, m)) {
    if (!genes.has(m.entityId)) genes.set(m.entityId, ncbiGeneOf(service, m.entityId));
    const id = genes.get(m.entityId) ?? '';
    return id && m.species && m.species !== '9606' ? '' : id;
  }
  // A family written as its namesake member's alias ("AKT": AKT1) gives that gene's id, as the corpora annotate it,
  // unless the text is about another species; else its FamPlex id ("FPLX:AKT"). A chemical's or disease's MeSH id
  // ("MESH:D004317"); a variant's rs ID or HGVS form.
  if (m.kind === 'family') {
    const namesake = m.species && m.species !== '9606' ? undefined : familyNamesake(service.lexicon, m.entityId, m.text);
    return (namesake && ncbiGeneOf(service, namesake)) || m.entityId;
  }
  if (m.entityId.startsWith('MESH:')) return m.entityId;
  if (m.kind === 'condition') return conditionMeshId(service, m);
  if (m.kind === 'chemical' || m.kind === 'hormone' || m.kind === 'disease') return profileMeshId(service, m.entityId);
  // A species: its NCBI Taxonomy id, as the corpora write it ("10090").
  if (m.kind === 'species') return m.entityId.startsWith(TAXON) ? m.entityId.slice(TAXON.length) : '';
  return m.kind === 'variant' ? m.entityId : '';
}

/**
 * A condition's MeSH disease id: its profile's, else the disease the MeSH table names by the words written
 * ("hyperglycemia", a synonym of the profile "high glucose"); "" when neither is one: a state of an experiment or of a
 * cell ("high glucose", "DNA damage"), which is no disease (PubTator's Disease type), so the output leaves it out.
 */
function conditionMeshId(service: LanguageService, m: Mention): string {
  const own = profileMeshId(service, m.entityId);
  if (own) return own;
  const table = service.lexicon.mesh;
  const found = table?.lookup(m.text);
  return table && found && table.kindOf(found.entry) === 'disease' && table.idOf(found.entry).startsWith('MESH:') ? table.idOf(found.entry) : '';
}

/** Whether a mention is a condition that names no disease (conditionMeshId): it has no PubTator annotation. */
export function isUnnamedCondition(service: LanguageService, m: Mention): boolean {
  return m.kind === 'condition' && conditionMeshId(service, m) === '';
}

/** A chemical named inside a mention: its span, text and table id. */
export interface InnerChemical {
  start: number;
  end: number;
  text: string;
  id: string;
}

/**
 * The chemical a condition that names no disease is a state of ("high glucose": glucose), as the corpora annotate it:
 * the mention's last words, from its second word on, that the chemical table names; undefined when none do.
 */
export function conditionChemical(service: LanguageService, m: Mention): InnerChemical | undefined {
  const table = service.lexicon.mesh;
  if (!table || m.kind !== 'condition') return undefined;
  for (let at = m.text.indexOf(' '); at >= 0; at = m.text.indexOf(' ', at + 1)) {
    const text = m.text.slice(at + 1);
    const found = table.lookup(text);
    if (found && table.kindOf(found.entry) === 'chemical') return { start: m.start + at + 1, end: m.end, text, id: table.idOf(found.entry) };
  }
  return undefined;
}

/** The chemical table's MeSH ids by ChEBI id ("CHEBI:15422" → "MESH:D000255"), made once per table. */
const meshByChebi = new WeakMap<MeshTable, Map<string, string>>();

/**
 * A profile's chemical or condition has no MeSH id of its own: the MeSH id of the table entry that its ChEBI id, or
 * else its name or symbol, names ("ATP", CHEBI:15422: Adenosine Triphosphate, MESH:D000255); "" when none does.
 */
export function profileMeshId(service: LanguageService, entityId: string): string {
  const table = service.lexicon.mesh;
  const profile = service.lexicon.get(entityId)?.profile?.profile;
  if (!table || !profile) return '';
  let byChebi = meshByChebi.get(table);
  if (!byChebi) {
    byChebi = new Map();
    for (let k = 0; k < table.entryCount; k++) {
      const e = table.entry(k);
      if (e.id.startsWith('MESH:') && e.xref.startsWith('CHEBI:') && !byChebi.has(e.xref)) byChebi.set(e.xref, e.id);
    }
    meshByChebi.set(table, byChebi);
  }
  const chebi = profile.identifiers?.chebi?.value;
  const byXref = typeof chebi === 'string' ? byChebi.get(chebi) : undefined;
  if (byXref) return byXref;
  for (const name of [profile.name, profile.symbol]) {
    const found = typeof name === 'string' ? table.lookup(name) : undefined;
    const id = found ? table.idOf(found.entry) : '';
    if (id.startsWith('MESH:') && table.kindOf(found?.entry ?? -1) === (profile.kind === 'condition' ? 'disease' : profile.kind === 'hormone' ? 'chemical' : profile.kind)) return id;
  }
  return '';
}

/** A document annotated by the service: its text kept, its annotations those GeneLens recognizes. */
export function annotatePubtator(service: LanguageService, doc: PubtatorDocument, genes: Map<string, string | undefined>): PubtatorDocument {
  const annotations: PubtatorAnnotation[] = [];
  const text = pubtatorText(doc);
  const mentions = service.findMentions(text, 'plaintext');
  mentions.forEach((m, k) => {
    // A state of an experiment names no disease; the chemical it is about is annotated ("high glucose": glucose).
    if (isUnnamedCondition(service, m)) {
      const inner = conditionChemical(service, m);
      if (inner) annotations.push({ ...inner, type: 'Chemical' });
      return;
    }
    let id = pubtatorIdOf(service, m, genes, text);
    // A variant in notation carries the rs ID written with it ("c.665C>T (rs1801133)") before its HGVS form.
    if (m.via === 'hgvs') {
      const rsid = variantContext(text, mentions, k).rsid;
      if (rsid) id = `${rsid};${id}`;
    }
    annotations.push({ start: m.start, end: m.end, text: m.text, type: isGeneProduct(service, m) ? 'Gene' : (TYPE_OF[m.kind] ?? m.kind), id });
  });
  return { ...doc, annotations };
}

/** A plain file as one PubTator document: its first line the title, the rest the abstract (line breaks as spaces). */
export function fileAsPubtator(id: string, text: string): PubtatorDocument {
  const nl = text.indexOf('\n');
  const title = nl < 0 ? text : text.slice(0, nl);
  const abstract = nl < 0 ? '' : text.slice(nl + 1).replace(/[\r\n\t]/g, ' ');
  return { pmid: id.replace(/[|\t\s]/g, '_'), title: title.replace(/[\r\t]/g, ' '), abstract, annotations: [] };
}
