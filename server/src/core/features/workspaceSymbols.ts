// Workspace symbols (Go to Symbol in Workspace): the entities of the whole lexicon whose symbol, alias, previous
// symbol or name matches the query, best first, capped. Prefix matches come from TermIndex (a binary search);
// from three characters on, terms that contain the query elsewhere follow, then the gene table's genes whose full
// name contains it (geneNames.ts). Each symbol's name shows the term that
// matched ("NRK1 (NMRK1)"), since editors filter the list by the name they display. An empty query lists the
// profiles.
import type { SymbolInformation } from 'vscode-languageserver-types';
import { foldedTerm } from '../matcher/chars';
import type { Lexicon, MatchVia } from '../types';
import { entityLocation } from './entityLocation';
import { tableGenesNamed } from './geneNames';
import { KIND_STYLE } from '../../shared/entityKinds';
import { TermIndex, type TermHit } from './termIndex';

export const MAX_WORKSPACE_SYMBOLS = 200;
const SCAN_LIMIT = 5000;

const VIA_RANK: Partial<Record<MatchVia, number>> = { symbol: 0, rsid: 0, alias: 1, previous: 2, name: 3 };

export class WorkspaceSymbolProvider {
  constructor(private readonly lexicon: Lexicon) {}

  provideWorkspaceSymbols(query: string): SymbolInformation[] {
    const q = query.trim();
    if (!q) return this.profiles();
    const index = TermIndex.of(this.lexicon);
    const order = comparator(q);
    const ranked = index.withPrefix(q, SCAN_LIMIT).sort(order);
    // An entity with no terms of its own (an rs ID another profile names) is found by its exact id.
    const exact = this.lexicon.get(q);
    if (exact) ranked.unshift({ entity: exact, term: { text: exact.symbol, entityId: exact.id, via: 'symbol', caseSensitive: true }, key: '' });
    if (q.length >= 3 && ranked.length < MAX_WORKSPACE_SYMBOLS) {
      for (const hit of index.containing(q, SCAN_LIMIT).sort(order)) ranked.push(hit);
    }
    if (q.length >= 3 && ranked.length < MAX_WORKSPACE_SYMBOLS) {
      for (const entity of tableGenesNamed(this.lexicon, q, MAX_WORKSPACE_SYMBOLS)) {
        ranked.push({ entity, term: { text: entity.name, entityId: entity.id, via: 'name', caseSensitive: false }, key: '' });
      }
    }
    const out: SymbolInformation[] = [];
    const seen = new Set<string>();
    for (const hit of ranked) {
      if (seen.has(hit.entity.id)) continue;
      seen.add(hit.entity.id);
      const symbol = this.toSymbol(hit);
      if (symbol) out.push(symbol);
      if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    }
    return out;
  }

  private profiles(): SymbolInformation[] {
    const out: SymbolInformation[] = [];
    for (const entity of this.lexicon.entities.values()) {
      if (!entity.profile) continue;
      const symbol = this.toSymbol({ entity, term: { text: entity.symbol, entityId: entity.id, via: 'symbol', caseSensitive: true }, key: '' });
      if (symbol) out.push(symbol);
      if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private toSymbol({ entity, term }: TermHit): SymbolInformation | undefined {
    const location = entityLocation(entity, this.lexicon);
    if (!location) return undefined;
    const style = KIND_STYLE[entity.kind];
    const name = term.text === entity.symbol ? entity.symbol : `${term.text} (${entity.symbol})`;
    const full = entity.name && entity.name !== entity.symbol && entity.name !== term.text ? `${entity.name} · ` : '';
    return { name, kind: style.symbol, location, containerName: `${full}${style.label}` };
  }
}

/** Exact first, then curated, then by how the term names the entity, then shorter, then alphabetical. */
function comparator(query: string): (a: TermHit, b: TermHit) => number {
  const folded = foldedTerm(query);
  const exact = (h: TermHit) => (h.term.text === query ? 0 : h.key === folded ? 1 : 2);
  return (a, b) =>
    exact(a) - exact(b) ||
    (a.entity.profile ? 0 : 1) - (b.entity.profile ? 0 : 1) ||
    (VIA_RANK[a.term.via] ?? 4) - (VIA_RANK[b.term.via] ?? 4) ||
    a.term.text.length - b.term.text.length ||
    (a.term.text < b.term.text ? -1 : a.term.text > b.term.text ? 1 : 0);
}
