// Hover: the card of the entity under the cursor. Reads the document's cached analysis; never re-scans the text.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis';
import { renderEntityCard, renderUnknownVariantCard } from '../render/hoverCard';
import type { Lexicon } from '../types';
import { mentionAt } from './mentionAt';

export class HoverProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  provideHover(doc: TextDocument, pos: Position): Hover | null {
    const { mentions } = this.analyzer.analyze(doc);
    const mention = mentionAt(mentions, doc.offsetAt(pos));
    if (!mention) return null;
    const entity = this.lexicon.get(mention.entityId);
    let value: string;
    if (entity) value = renderEntityCard(entity, this.lexicon, mention);
    else if (mention.kind === 'variant') value = renderUnknownVariantCard(mention.entityId);
    else return null;
    return {
      contents: { kind: 'markdown', value },
      range: { start: doc.positionAt(mention.start), end: doc.positionAt(mention.end) },
    };
  }
}
