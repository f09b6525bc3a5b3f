// Hover: the card of the entity under the cursor. Reads the document's cached analysis (or, for a large document not
// analysed yet, the paragraph under the cursor): never waits for a long analysis. A gene known only from the gene
// table gets its table card, a chemical or disease known only from the MeSH tables its table card; a text naming
// several genes, the list of candidates; a family or complex, its members.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import { renderFamilyCard } from '../render/familyCard';
import { renderAmbiguousCard, renderGeneCard } from '../render/geneCard';
import { renderEntityCard, renderUnknownVariantCard } from '../render/hoverCard';
import { renderDefinedChemicalCard, renderMeshCard } from '../render/meshCard';
import { DEFINED_PREFIX } from '../matcher/definedChemicals';
import { renderVariantCard } from '../render/variantCard';
import { renderSpeciesCard } from '../render/speciesCard';
import type { Entity, Lexicon, Mention } from '../types';
import type { GeneFunctions } from '../lexicon/geneFunctions';
import { geneFunctionsBlock } from '../render/geneFunctionsCard';
import { mentionAt } from './mentionAt';
import { type VariantContext, variantContext } from './variantContext';

/** Cards kept at most (the cache starts over past it). */
const MAX_CARDS = 512;

export class HoverProvider {
  /**
   * Cards made, by what they are made from (the entity, and how the mention names it): a writer hovers the same few
   * terms again and again, and a profile's card is the longest text GeneLens builds.
   */
  private readonly cards = new Map<string, string | null>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
    /** The Gene Ontology table, read on the first gene card that needs it. */
    private readonly functions?: GeneFunctions,
  ) {}

  provideHover(doc: TextDocument, pos: Position): Hover | null {
    const offset = doc.offsetAt(pos);
    const mentions = this.analyzer.mentionsNear(doc, offset);
    const mention = mentionAt(mentions, offset);
    if (!mention) return null;
    // A variant's card names the gene and rs ID written next to it: part of the key.
    const context = mention.via === 'hgvs' || (mention.via === 'rsid' && !this.lexicon.get(mention.entityId)) ? variantContext(doc.getText(), mentions, mentions.indexOf(mention)) : undefined;
    const key = `${mention.kind}\u0000${mention.entityId}\u0000${mention.text}\u0000${mention.via}\u0000${mention.candidates?.join(',') ?? ''}\u0000${mention.species ?? ''}\u0000${context?.gene?.entityId ?? ''}\u0000${context?.rsid ?? ''}`;
    let value = this.cards.get(key);
    if (value === undefined) {
      value = context ? this.variantCard(mention, context) : this.card(mention);
      if (this.cards.size >= MAX_CARDS) this.cards.clear();
      this.cards.set(key, value);
    }
    if (value === null) return null;
    return {
      contents: { kind: 'markdown', value },
      range: { start: doc.positionAt(mention.start), end: doc.positionAt(mention.end) },
    };
  }

  /** A variant without a profile: its normalized form, its gene, dbSNP and ClinVar links. */
  private variantCard(mention: Mention, context: VariantContext): string {
    if (mention.via === 'rsid' && !context.gene) return renderUnknownVariantCard(mention.entityId);
    const gene = context.gene ? this.lexicon.get(context.gene.entityId) : undefined;
    const row = gene?.geneRow;
    const table = this.lexicon.genes?.table;
    const fact = gene?.profile?.profile.identifiers?.ncbiGene?.value;
    const ncbiGene = row !== undefined && table ? table.index.record(row).ncbiGene : typeof fact === 'string' ? fact : undefined;
    return renderVariantCard({
      text: mention.text,
      id: mention.entityId,
      gene: gene ? { symbol: gene.symbol, ncbiGene } : undefined,
      rsid: context.rsid,
    });
  }

  /** A gene's function, location and processes (Gene Ontology) and its PubMed article count, or ''. */
  private functionsOf(entity: Entity): string {
    if (entity.kind !== 'gene') return '';
    const row = entity.geneRow;
    const record = row !== undefined ? this.lexicon.genes?.record(row) : undefined;
    const fact = entity.profile?.profile.identifiers?.ncbiGene?.value;
    const ncbiGene = record?.ncbiGene ?? (typeof fact === 'string' ? fact : undefined);
    return geneFunctionsBlock(this.functions, ncbiGene, record?.articles);
  }

  private card(mention: Mention): string | null {
    const entity = this.lexicon.get(mention.entityId);
    const genes = this.lexicon.genes;
    if (mention.candidates && mention.candidates.length > 1) return renderAmbiguousCard(this.lexicon, mention);
    if (entity?.kind === 'species') return renderSpeciesCard(entity, mention);
    if (entity && !entity.profile && entity.family) return renderFamilyCard(entity, entity.family, this.lexicon, mention);
    if (entity && !entity.profile && entity.geneRow !== undefined && genes) return renderGeneCard(genes, entity.geneRow, mention, this.functionsOf(entity));
    const mesh = entity && !entity.profile ? (this.lexicon.mesh?.find(entity.id) ?? -1) : -1;
    if (mesh >= 0 && this.lexicon.mesh) return renderMeshCard(this.lexicon.mesh.entry(mesh), mention);
    if (entity) return renderEntityCard(entity, this.lexicon, mention, this.functionsOf(entity));
    if (mention.kind === 'chemical' && mention.entityId.startsWith(DEFINED_PREFIX)) return renderDefinedChemicalCard(mention, mention.entityId.slice(DEFINED_PREFIX.length));
    if (mention.kind === 'variant') return renderUnknownVariantCard(mention.entityId);
    return null;
  }
}
