// Reactions in the wrong hands: a sentence that gives an enzyme a reaction that another enzyme of the data catalyses
// ("NMRK1 converts NMN into NAD+": NMNAT1-3 do) is contradicted, and the message names the enzymes that do it and
// what the claimed enzyme makes instead. A product alone ("NMRK1 produces NAD+") counts when the other enzymes make
// it out of the claimed enzyme's own product: the writer has run two steps of a pathway into one enzyme.
import type { Finding, Fix } from '../../types';
import type { Arg } from '../claim';
import type { ReactionFact } from '../knowledge/facts';
import { replaceFix } from './fixes';
import { sourceWords } from './sourceWords';
import { evidence, type JudgeContext } from './context';

/** How a message writes an entity the writer did not name: a chemical by its one-word name ("nicotinamide"), else its symbol. */
export function entityWords(ctx: JudgeContext, id: string): string {
  const entity = ctx.lexicon.get(id);
  if (!entity) return id;
  return entity.kind === 'chemical' && /^[a-z]+$/.test(entity.name) ? entity.name : entity.symbol;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** "NR + ATP" → "NR and ATP", the profiled participants of one side. */
function side(ctx: JudgeContext, ids: readonly string[]): string {
  return listWords(ids.map((id) => entityWords(ctx, id)));
}

/**
 * The finding when the data has another enzyme make `product` (from `substrate`, when given) and `enzyme` does not;
 * undefined when the data does not list what `enzyme` catalyses, or lists this reaction for it.
 */
export function wrongEnzyme(ctx: JudgeContext, claim: { start: number; end: number }, enzymeArg: Arg, enzyme: string,
  substrate: Arg | undefined, product: Arg): Finding | undefined {
  const facts = ctx.facts;
  const B = product.entityId;
  const A = substrate?.entityId;
  if (!B || (substrate && !A)) return undefined;
  const own = facts.reactionsOf(enzyme);
  if (own.length === 0) return undefined;
  if (own.some((r) => r.products.includes(B) && (A === undefined || r.substrates.includes(A)))) return undefined;
  const made = new Set(own.flatMap((r) => r.products));
  const others = A !== undefined ? facts.makers(B, enzyme, A) : facts.makers(B, enzyme).filter((r) => r.substrates.some((x) => made.has(x)));
  if (others.length === 0) return undefined;
  const enzymes = [...new Set(others.map((r) => r.enzyme))];
  const first = others[0]!;
  const names = enzymes.map((id) => ctx.lexicon.get(id)?.symbol ?? id);
  const E = enzymeArg.text;
  const from = substrate ? substrate.text : side(ctx, first.substrates.filter((x) => made.has(x)));
  const mine = own[0]!;
  const message = `${listWords(names)}, not ${E}, ${enzymes.length > 1 ? 'make' : 'makes'} ${product.text} from ${from} ` +
    `(${sourceWords(first.source, first.reaction)}); ${E} makes ${side(ctx, mine.products)} from ${side(ctx, mine.substrates)} ` +
    `(${sourceWords(mine.source, mine.reaction)}).`;
  const fixes: Fix[] = names.map((n) => replaceFix(ctx.text, enzymeArg.start, enzymeArg.end, n, names.length === 1));
  return {
    code: 'claim-contradicted', start: claim.start, end: claim.end, message, fixes,
    evidence: evidence(ctx, first),
  };
}

/** Whether the enzyme's reactions act on proteins in general ("N6-acetyl-L-lysyl-[protein]"): any protein may be its substrate. */
export function actsOnProteins(reactions: readonly ReactionFact[], requirementTexts: readonly string[]): boolean {
  return reactions.some((r) => (r.reaction.otherSubstrates ?? []).some((s) => /\[protein\]|histone/i.test(s))) ||
    requirementTexts.some((t) => /\bproteins?\b/i.test(t));
}
