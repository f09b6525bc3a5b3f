// Participles that modify a noun rather than assert with it (reduced relative clauses): "NAD+ biosynthesis mediated
// by NAMPT" says NAMPT mediates NAD+ biosynthesis, whatever noun ("the decrease in") stands before the phrase; "the
// nicotinamide produced can be recaptured" has no agent and asserts nothing about what produced it.
import type { Claim, VerbUse } from '../claim';
import { findObject } from './objects';
import { objectsOf, pushRelations } from './relationParts';
import { BE, DO, MODALS, isWord, type Token } from '../sentences/tokens';
import { verbHits, type VerbHit } from '../vocabulary';

/** The past-participle reading of the word at i, when it can be one and is not a change verb ("rose by 50%"). */
function participleHit(toks: Token[], i: number): VerbHit | undefined {
  return verbHits(toks[i]!.low).find((h) => (h.form === 'en' || h.form === 'ed') && h.info.cls !== 'change' && h.info.cls !== 'quantify' && !h.info.particle);
}

/**
 * Whether the word at i is a participle after a noun phrase with no "be" before it and "by" + agent after it:
 * "X mediated by NAMPT", "NAD+ synthesis catalysed by NMNAT1". A number after "by" is a measure ("increased by 50%").
 */
export function reducedRelativeWithAgent(toks: Token[], i: number): boolean {
  // "is negatively regulated by": an adverb between "be" and the participle keeps it a plain passive.
  let b = i - 1;
  while (b > 0 && /ly$/.test(toks[b]!.low) && !toks[b]!.mention) b--;
  const before = toks[b];
  if (!before || before.punct || BE.has(before.low) || DO.has(before.low) || MODALS.has(before.low)) return false;
  if (!isWord(toks[i + 1], 'by') || /^\d/.test(toks[i + 2]?.low ?? '')) return false;
  return participleHit(toks, i) !== undefined;
}

/** "the nicotinamide produced can be recaptured": a participle right after a noun, followed by the clause's own verb. */
export function agentlessParticiple(toks: Token[], i: number): boolean {
  const before = toks[i - 1];
  const next = toks[i + 1];
  if (!before || before.punct || !next || BE.has(before.low)) return false;
  if (!(MODALS.has(next.low) || BE.has(next.low) || DO.has(next.low))) return false;
  return participleHit(toks, i) !== undefined;
}

/**
 * The reader: "NAD+ biosynthesis mediated by NAMPT" → NAMPT mediates NAD+ biosynthesis. The thing described is the
 * entity just before the participle (through "biosynthesis", "levels"...); a loss-of-function noun before that phrase
 * is the sentence's business, not this claim's.
 */
export function reducedRelative(toks: Token[], i: number, claims: Claim[]): void {
  if (!reducedRelativeWithAgent(toks, i)) return;
  const hit = participleHit(toks, i)!;
  let k = i - 1;
  while (k >= 0 && !toks[k]!.mention && !toks[k]!.punct && i - k <= 3) k--;
  const head = toks[k];
  if (!head?.mention) return; // what the participle describes names nothing the data knows: no reading
  const agent = findObject(toks, i + 2);
  const agents = objectsOf(agent);
  if (agents.length === 0) return;
  const t = toks[i]!;
  const described = { entityId: head.mention.entityId, mention: head.mention, text: head.mention.text, start: head.mention.start, end: head.mention.end, flip: false };
  const use: VerbUse = { start: t.start, end: t.end, lemma: hit.info.lemma, form: 'en', passive: true, prep: 'by' };
  if (hit.info.cls === 'convert') {
    for (const enzyme of agents) {
      claims.push({ type: 'conversion', enzyme, substrates: [described], products: [], negated: false, verb: use, start: described.start, end: enzyme.end });
    }
    return;
  }
  pushRelations(claims, hit.info.cls, hit.info.sign, agents, [described], false, use);
}
