// Find All References: every mention of the entity under the cursor, under any of its names (symbol, alias,
// previous symbol, full name, synonym), in the document itself (its current analysis) and in every other document
// of the workspace index. With `includeDeclaration`, the entity's entry in its profile file comes first. Capped at
// MAX_REFERENCES.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import type { Lexicon } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { mentionAt } from './mentionAt';

/**
 * Locations per answer at most: beyond this a list helps no one, and its JSON (about 110 bytes a location) would
 * keep the editor busy. The document itself comes first, then the others by URI.
 */
export const MAX_REFERENCES = 10_000;

export class ReferencesProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
    private readonly index: WorkspaceIndex,
  ) {}

  provideReferences(doc: TextDocument, pos: Position, includeDeclaration: boolean): Location[] | null {
    const { mentions } = this.analyzer.analyze(doc);
    const at = mentionAt(mentions, doc.offsetAt(pos));
    if (!at) return null;
    const id = at.entityId;
    const out: Location[] = [];
    const profile = this.lexicon.get(id)?.profile;
    if (includeDeclaration && profile) out.push({ uri: profile.uri, range: profile.symbolRange });
    // This document as the editor has it now; the index may hold an older version of it.
    for (const m of mentions) {
      if (m.entityId === id) out.push({ uri: doc.uri, range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) } });
    }
    const limit = MAX_REFERENCES - out.length;
    for (const location of this.index.locationsOf(id, (uri) => uri === doc.uri, limit)) out.push(location);
    return out.slice(0, MAX_REFERENCES);
  }
}
