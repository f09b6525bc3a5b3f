// Hover: the card of the entity under the cursor. Reads the document's cached analysis (or, for a large document not
// analysed yet, the paragraph under the cursor): never waits for a long analysis. A gene known only from the gene
// table gets its table card; a text naming several genes, the list of candidates.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis';
import { renderAmbiguousCard, renderGeneCard } from '../render/geneCard';
import { renderEntityCard, renderUnknownVariantCard } from '../render/hoverCard';
import type { Lexicon } from '../types';
import { mentionAt } from './mentionAt';

export class HoverProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  provideHover(doc: TextDocument, pos: Position): Hover | null {
    const offset = doc.offsetAt(pos);
    const mention = mentionAt(this.analyzer.mentionsNear(doc, offset), offset);
    if (!mention) return null;
    const entity = this.lexicon.get(mention.entityId);
    const genes = this.lexicon.genes;
    let value: string;
    if (mention.candidates && mention.candidates.length > 1) value = renderAmbiguousCard(this.lexicon, mention);
    else if (entity && !entity.profile && entity.geneRow !== undefined && genes) value = renderGeneCard(genes, entity.geneRow, mention);
    else if (entity) value = renderEntityCard(entity, this.lexicon, mention);
    else if (mention.kind === 'variant') value = renderUnknownVariantCard(mention.entityId);
    else return null;
    return {
      contents: { kind: 'markdown', value },
      range: { start: doc.positionAt(mention.start), end: doc.positionAt(mention.end) },
    };
  }
}
