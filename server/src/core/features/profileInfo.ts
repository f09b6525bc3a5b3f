// A profile as data, for the profile view: the entity's profile and file, plus how each entity the profile refers
// to is called (symbol, name, kind), so the view can label the pathway without a lexicon of its own.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import type { Profile } from '../profile';
import type { ProfileInfo, RelatedEntity } from '../../shared/protocol';
import type { Lexicon } from '../types';
import { mentionAt } from './mentionAt';

export type { ProfileInfo, RelatedEntity } from '../../shared/protocol';

export class ProfileInfoProvider {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
  ) {}

  /** The profile of an entity id, symbol or name ("NMRK1", "NRK1", "NAD+"); null when it has none. */
  profileOf(idOrName: string): ProfileInfo | null {
    const entity = this.lexicon.get(idOrName) ?? this.lexicon.resolve(idOrName);
    const loaded = entity?.profile;
    if (!loaded) return null;
    const related: Record<string, RelatedEntity> = {};
    for (const ref of references(loaded.profile)) {
      if (ref in related) continue;
      const other = this.lexicon.get(ref) ?? this.lexicon.resolve(ref);
      if (other) related[ref] = { id: other.id, symbol: other.symbol, name: other.name, kind: other.kind, hasProfile: !!other.profile };
    }
    return { profile: loaded.profile, uri: loaded.uri, related };
  }

  /** The profile of the entity mentioned at the position. */
  profileAt(doc: TextDocument, pos: Position): ProfileInfo | null {
    const mention = mentionAt(this.analyzer.analyze(doc).mentions, doc.offsetAt(pos));
    return mention ? this.profileOf(mention.entityId) : null;
  }
}

/** The entity references a profile makes, as written. */
function references(p: Profile): string[] {
  const out: string[] = [p.id];
  for (const r of [...(p.upstream ?? []), ...(p.downstream ?? []), ...(p.hormonal ?? [])]) out.push(r.entity);
  for (const r of p.reactions ?? []) out.push(...r.substrates, ...r.products, ...(r.cofactors ?? []));
  for (const r of p.requires ?? []) out.push(r.entity);
  for (const i of p.interventions ?? []) if (i.entity) out.push(i.entity);
  for (const s of p.snps ?? []) out.push(s.id);
  if (p.members) out.push(...p.members.value);
  if (p.gene) out.push(p.gene.value);
  return out.filter((r) => typeof r === 'string' && r.trim() !== '');
}
