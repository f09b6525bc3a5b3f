// Document symbols (the Outline, Go to Symbol in Editor): the entities the document mentions, grouped by kind
// ("Genes", "Chemicals"...), each once, with its full name and how often it is mentioned. An entity's range runs
// from its first mention to its last; its selection is the first mention. Clients without hierarchical symbols get
// a flat list, one entry per entity, with the group as container.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Range, SymbolInformation } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import type { EntityKind } from '../profile';
import type { Lexicon, Mention } from '../types';
import { KIND_ORDER, KIND_STYLE } from '../../shared/entityKinds';

interface Seen {
  id: string;
  kind: EntityKind;
  first: Mention;
  last: Mention;
  count: number;
  names: Set<string>;
}

export class DocumentSymbolProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  provideDocumentSymbols(doc: TextDocument, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
    const groups = this.groups(doc);
    if (!hierarchical) {
      return groups.flatMap((g) =>
        (g.children ?? []).map((s): SymbolInformation => ({ name: s.name, kind: s.kind, containerName: g.name, location: { uri: doc.uri, range: s.selectionRange } })),
      );
    }
    return groups;
  }

  private groups(doc: TextDocument): DocumentSymbol[] {
    const byId = new Map<string, Seen>();
    for (const m of this.analyzer.analyze(doc).mentions) {
      const seen = byId.get(m.entityId);
      if (!seen) {
        byId.set(m.entityId, { id: m.entityId, kind: m.kind, first: m, last: m, count: 1, names: new Set([m.text]) });
        continue;
      }
      seen.count++;
      if (m.start < seen.first.start) seen.first = m;
      if (m.end > seen.last.end) seen.last = m;
      if (seen.names.size < 4) seen.names.add(m.text);
    }
    const range = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
    const out: DocumentSymbol[] = [];
    for (const kind of KIND_ORDER) {
      const members = [...byId.values()].filter((s) => s.kind === kind).sort((a, b) => a.first.start - b.first.start);
      if (members.length === 0) continue;
      const children = members.map((s): DocumentSymbol => {
        const entity = this.lexicon.get(s.id);
        const written = [...s.names].filter((n) => n !== (entity?.symbol ?? s.id));
        const parts = [
          entity && entity.name !== entity.symbol ? entity.name : '',
          entity ? '' : 'not in the profile data',
          written.length > 0 ? `as ${written.join(', ')}` : '',
          `${s.count} mention${s.count === 1 ? '' : 's'}`,
        ];
        return {
          name: entity?.symbol ?? s.id,
          detail: parts.filter(Boolean).join(' · '),
          kind: KIND_STYLE[kind].symbol,
          range: range(s.first.start, Math.max(s.last.end, s.first.end)),
          selectionRange: range(s.first.start, s.first.end),
        };
      });
      let start = Infinity;
      let end = 0;
      for (const s of members) {
        start = Math.min(start, s.first.start);
        end = Math.max(end, s.last.end, s.first.end);
      }
      out.push({
        name: KIND_STYLE[kind].group,
        detail: `${members.length}`,
        kind: 3 /* Namespace */,
        range: range(start, end),
        selectionRange: range(start, start),
        children,
      });
    }
    return out;
  }
}
