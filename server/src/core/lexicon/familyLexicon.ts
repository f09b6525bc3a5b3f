// Families and complexes (data/lexicon/families.tsv, from FamPlex) inside one lexicon: an entity of kind `family` per
// record, and its texts as terms of the profiles' tries, so a family text wins over a gene table alias that merely
// shares it ("PKC" is not PRRT2, "GPCR" not FZD4, "MHC" not HLA-C: the matcher prefers a profile trie's term at
// equal length), and a longer gene text still wins ("PKCα", "AKT1").
// - A profile of kind `family` whose `identifiers.famplex` names a record takes that family over: the texts name the
//   profile, and the profile's entity carries the record (members for the card).
// - A text that a profile already uses stays the profile's (profiles win); a family text that reads as prose or is
//   three characters or fewer (flag `c`: PKC, Ras, ERK) needs gene context, like the gene table's short texts.
// - Members are gene table symbols; the card resolves them to table rows when it is first shown (familyCard.ts).
import { canonicalTerm, foldedTerm } from '../matcher/chars';
import { familyEntityId, type FamilyRecord, type FamilyTable } from './familyTable';
import type { Entity, Term } from './entities';

export interface FamilyTerms {
  /** The families by entity id ("FPLX:PKC"); a family a profile took over is the profile's entity, under its id. */
  families: Map<string, Entity>;
  terms: Term[];
  /** Canonical text of each term (parallel to `terms`), as buildLexicon keeps them. */
  canons: string[];
}

/**
 * The text a family is shown by: its FamPlex id when the id is one of its texts and reads like a symbol ("AMPK",
 * "PI3K"; not "NFkappaB"), else its first one-word text ("NF-kappaB").
 */
function symbolOf(record: FamilyRecord): string {
  const texts = record.texts.map((t) => t.text);
  if (texts.includes(record.id) && !/[a-z]{3}/.test(record.id)) return record.id;
  return texts.find((t) => !t.includes(' ')) ?? record.name;
}

/**
 * The families' entities and terms. `profiles` are the profiles' entities; `profileTerms` their terms (with canonical
 * texts `profileCanons`), which keep their texts.
 */
export function familyTerms(
  table: FamilyTable,
  profiles: ReadonlyMap<string, Entity>,
  profileTerms: readonly Term[],
  profileCanons: readonly string[],
): FamilyTerms {
  const takenOver = new Map<string, Entity>();
  for (const entity of profiles.values()) {
    const famplex = entity.profile?.profile.identifiers?.famplex?.value;
    if (entity.kind === 'family' && typeof famplex === 'string' && !takenOver.has(famplex)) takenOver.set(famplex, entity);
  }
  const exact = new Set<string>();
  const folded = new Set<string>();
  profileTerms.forEach((term, i) => {
    const canon = profileCanons[i] ?? '';
    if (term.caseSensitive) exact.add(canon);
    else folded.add(foldedTerm(canon));
  });
  const families = new Map<string, Entity>();
  const terms: Term[] = [];
  const canons: string[] = [];
  const claimed = new Set<string>();
  for (const record of table.records) {
    let entity = takenOver.get(record.id);
    if (entity) entity.family = record;
    else {
      const id = familyEntityId(record);
      if (families.has(id) || profiles.has(id)) continue;
      entity = { id, kind: 'family', symbol: symbolOf(record), name: record.name, family: record };
    }
    families.set(entity.id, entity);
    for (const t of record.texts) {
      const canon = canonicalTerm(t.text);
      if (!canon) continue;
      const key = t.insensitive ? `\u0000${foldedTerm(canon)}` : canon;
      // A profile's text stays the profile's; a text two families list stays the first's.
      if (exact.has(canon) || folded.has(foldedTerm(canon)) || claimed.has(key)) continue;
      claimed.add(key);
      const via = t.text === entity.symbol ? 'symbol' : t.insensitive ? 'synonym' : 'alias';
      const term: Term = { text: t.text, entityId: entity.id, via, caseSensitive: !t.insensitive };
      if (t.needsContext) term.needsContext = true;
      terms.push(term);
      canons.push(canon);
    }
  }
  return { families, terms, canons };
}
