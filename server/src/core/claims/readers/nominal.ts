// Claims written with a noun or an adjective: "AMPK is an activator of NMRK1", "NR is a substrate of NMRK1",
// "NMRK1 is an ATP-dependent kinase", "NMRK1 activity is independent of magnesium", and comparisons ("mice lacking
// NMRK1 have higher NAD+ levels").
import { findSubject } from './subjects';
import { findObject } from './objects';
import type { Arg, Claim, VerbUse } from '../claim';
import { nonAssertive, objectsOf, pushRelations } from './relationParts';
import { ARG_SUFFIX, BE, FLIP_PREFIX, NEGATORS, isWord, set, type Token } from '../sentences/tokens';
import { lookup, NOMINALIZATIONS, ROLE_NOUNS } from '../vocabulary';

export const COPULA_AS = set('acts act acted serves serve served functions function functioned works work');
const ATTRIBUTIVE_HEADS = set('kinase enzyme protein the');

/** The words the nominal reader reads at: a form of "be", or "acts" (as). */
export function nominalWord(low: string): boolean {
  return BE.has(low) || COPULA_AS.has(low);
}

/** "AMPK is an activator of NMRK1", "NR is a substrate of NMRK1", "Mg2+ is required for NMRK1 activity". */
export function nominal(toks: Token[], i: number, claims: Claim[]): void {
  let k = COPULA_AS.has(toks[i]!.low) ? i + 2 : i + 1;
  let negation: VerbUse['negation'];
  if (isWord(toks[k], 'not', 'never')) {
    negation = { start: toks[k]!.start, end: toks[k + 1]?.start ?? toks[k]!.end };
    k++;
  }
  while (isWord(toks[k], 'also', 'likely', 'probably', 'possibly', 'potentially', 'thought', 'known', 'considered')) k++;
  const articleIdx = isWord(toks[k], 'a', 'an', 'the') ? k : -1;
  if (articleIdx >= 0) k++;
  let n = k;
  while (n < k + 3 && toks[n] && !toks[n]!.punct && !toks[n]!.mention && !nounOf(toks[n]!.low) && toks[n]!.low !== 'of') n++;
  const nounTok = toks[n];
  const noun = nounTok ? nounOf(nounTok.low) : undefined;
  if (!noun || !nounTok || toks[n + 1]?.low !== 'of') return;
  const scan = findSubject(toks, i);
  if (scan.args.length === 0 || nonAssertive(toks, scan.from)) return;
  const object = findObject(toks, n + 2);
  const negated = scan.negated !== (negation !== undefined);
  const start = articleIdx >= 0 && n === k ? toks[articleIdx]!.start : nounTok.start;
  const verbUse: VerbUse = { start, end: nounTok.end, lemma: noun, form: 's', noun: nounTok.low, negation: negation ?? scan.negation, passive: false };
  if (noun === 'substrate') {
    for (const enzyme of object.args) {
      claims.push({ type: 'conversion', enzyme, substrates: scan.args, products: [], negated, verb: { ...verbUse, lemma: 'use' }, start: scan.args[0]!.start, end: enzyme.end });
    }
    return;
  }
  if (noun === 'product') {
    pushRelations(claims, 'produce', 1, object.args, scan.args, negated, { ...verbUse, lemma: 'produce' });
    return;
  }
  if (noun === 'target') {
    pushRelations(claims, 'modulate', 0, objectsOf(object), scan.args, negated, { ...verbUse, lemma: 'target' });
    return;
  }
  const role = lookup(ROLE_NOUNS, noun)!;
  const manner = toks.slice(k, n).find((x) => x.low === 'negative' || x.low === 'positive');
  if (role.cls === 'modulate' && manner) {
    pushRelations(claims, 'effect', manner.low === 'negative' ? -1 : 1, scan.args, objectsOf(object), negated, { ...verbUse, lemma: manner.low === 'negative' ? 'inhibit' : 'activate' });
    return;
  }
  pushRelations(claims, role.cls, role.sign, scan.args, objectsOf(object), negated, { ...verbUse, lemma: role.lemma });
}

function nounOf(low: string): string | undefined {
  const singular = low.endsWith('s') && !low.endsWith('ss') ? low.slice(0, -1) : low;
  if (lookup(ROLE_NOUNS, singular) || singular === 'substrate' || singular === 'product' || singular === 'target') return singular;
  return undefined;
}

/** The words `dependent` reads at ("-dependent" after a mention, "independent"), and those `dependentOn` reads at. */
export function dependentWord(low: string): boolean {
  return low === 'dependent' || low === 'independent' || low === '-dependent' || low === '-independent';
}

export function dependentOnWord(low: string): boolean {
  return low === 'dependent' || low === 'independent';
}

/** "NMRK1 is an ATP-dependent kinase", "the Mg2+-dependent enzyme NMRK1", "NMRK1 is magnesium-independent". */
export function dependent(toks: Token[], i: number, claims: Claim[]): void {
  const t = toks[i]!;
  const m = /^-?(in)?dependent$/.exec(t.low);
  const required = toks[i - 1];
  if (!m || !required?.mention || required.end !== t.start) return;
  // "non-insulin-dependent": the prefix denies the dependence.
  const non = toks[i - 2];
  const denied = non !== undefined && non.low === 'non' && required.start - non.end <= 1;
  const negated = (m[1] !== undefined) !== denied;
  const arg: Arg = { entityId: required.mention.entityId, mention: required.mention, text: required.text, start: required.start, end: required.end, flip: false };
  const use: VerbUse = { start: t.start, end: t.end, lemma: 'require', form: 's', passive: false };
  // Predicative: back over an article or adverbs to "is" and its subject ("is strictly ATP-dependent", not "is a
  // cofactor for most ATP-dependent kinases").
  let k = denied ? i - 3 : i - 2;
  while (k >= 0 && k > i - 6 && PREDICATIVE_GAP.has(toks[k]!.low)) k--;
  if (k >= 0 && BE.has(toks[k]!.low)) {
    const scan = findSubject(toks, k);
    if (scan.args.length > 0 && !nonAssertive(toks, scan.from)) {
      pushRelations(claims, 'require', 0, scan.args, [arg], negated !== scan.negated, use);
      return;
    }
  }
  // Attributive: "the ATP-dependent (kinase) NMRK1".
  for (let n = i + 1; n < Math.min(toks.length, i + 4); n++) {
    const u = toks[n]!;
    if (u.punct || (!u.mention && !ATTRIBUTIVE_HEADS.has(u.low))) return;
    if (u.mention) {
      // "insulin-dependent diabetes": the name of a kind of disease, not a claim about what the disease needs.
      if (u.mention.kind === 'disease') return;
      pushRelations(claims, 'require', 0, [{ entityId: u.mention.entityId, mention: u.mention, text: u.text, start: u.start, end: u.end, flip: false }], [arg], negated, use);
      return;
    }
  }
}

const PREDICATIVE_GAP = set('a an not also strictly highly fully partly partially largely entirely absolutely completely likely probably');

/** "NMRK1 activity is independent of magnesium", "NMRK1 is dependent on ATP": a requirement, or its denial. */
export function dependentOn(toks: Token[], i: number, claims: Claim[]): void {
  const t = toks[i]!;
  if (!isWord(t, 'dependent', 'independent') || !isWord(toks[i + 1], 'on', 'upon', 'of')) return;
  if ((t.low === 'dependent') !== (toks[i + 1]!.low !== 'of')) return; // "dependent on", "independent of"
  let k = i - 1;
  while (k >= 0 && PREDICATIVE_GAP.has(toks[k]!.low) && toks[k]!.low !== 'a' && toks[k]!.low !== 'an') k--;
  if (k < 0 || !BE.has(toks[k]!.low)) return;
  const scan = findSubject(toks, k);
  const object = findObject(toks, i + 2);
  if (scan.args.length === 0 || object.args.length === 0 || nonAssertive(toks, scan.from)) return;
  // "The benefits of NR ... are dependent on NMRK1": the subject is the benefits, not NR.
  const head = toks[scan.from - 2]?.low ?? '';
  if (isWord(toks[scan.from - 1], 'of') && !FLIP_PREFIX.has(head) && !ARG_SUFFIX.has(head)) return;
  const use: VerbUse = { start: t.start, end: t.end, lemma: 'require', form: 's', passive: false, negation: scan.negation };
  pushRelations(claims, 'require', 0, scan.args, object.args, scan.negated !== (t.low === 'independent'), use);
}

const AGENT_SUFFIX = /^-(mediated|induced|dependent|driven|triggered|evoked|elicited)$/;

/** The words `nominalization` reads at: nouns of action. */
export function nominalizationWord(low: string): boolean {
  return lookup(NOMINALIZATIONS, low) !== undefined;
}

/** "the AMPK-mediated inhibition of NMRK1", "inhibition of NMRK1 by AMPK": a claim written as a noun of action. */
export function nominalization(toks: Token[], i: number, claims: Claim[]): void {
  const t = toks[i]!;
  const info = lookup(NOMINALIZATIONS, t.low);
  if (!info || toks[i + 1]?.low !== 'of') return;
  if (toks.some((x) => NEGATORS.has(x.low) || x.low === 'no' || x.low === '?')) return;
  const object = findObject(toks, i + 2);
  if (object.args.length === 0) return;
  let agents: Arg[] = [];
  if (toks[object.end]?.low === 'by') agents = findObject(toks, object.end + 1).args;
  const prev = toks[i - 1];
  const agentTok = toks[i - 2];
  if (agents.length === 0 && prev && AGENT_SUFFIX.test(prev.low) && agentTok?.mention && agentTok.end === prev.start) {
    agents = [{ entityId: agentTok.mention.entityId, mention: agentTok.mention, text: agentTok.text, start: agentTok.start, end: agentTok.end, flip: false }];
  }
  if (agents.length === 0 || nonAssertive(toks, i)) return;
  const use: VerbUse = { start: t.start, end: t.end, lemma: info.lemma, form: 's', passive: false, nominalized: true };
  pushRelations(claims, 'effect', info.sign, agents, object.args, false, use);
}

const HAVE = set('have has had show shows showed display displays displayed exhibit exhibits exhibited accumulate accumulates accumulated');
const MORE = set('higher more increased elevated greater raised');
const LESS = set('lower less reduced decreased diminished depleted');

/** The words `comparative` reads at: "have", "show", "accumulate" (higher, lower...). */
export function comparativeWord(low: string): boolean {
  return HAVE.has(low);
}

/** "Mice lacking NMRK1 have higher NAD+ levels", "NRK1-deficient cells accumulate more NMN": an effect by comparison. */
export function comparative(toks: Token[], i: number, claims: Claim[]): void {
  const cmp = toks[i + 1];
  if (!HAVE.has(toks[i]!.low) || !cmp || cmp.mention) return;
  const sign = MORE.has(cmp.low) ? 1 : LESS.has(cmp.low) ? -1 : 0;
  if (sign === 0) return;
  const scan = findSubject(toks, i);
  const object = findObject(toks, i + 2);
  if (scan.args.length === 0 || object.args.length === 0 || nonAssertive(toks, scan.from)) return;
  const use: VerbUse = { start: cmp.start, end: cmp.end, lemma: sign > 0 ? 'raise' : 'lower', form: 's', passive: false, nominalized: true };
  pushRelations(claims, 'effect', sign, scan.args, object.args, scan.negated, use);
}
