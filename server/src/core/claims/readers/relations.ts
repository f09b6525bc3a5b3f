// Reads the relations a sentence asserts: effects ("AMPK represses NMRK1", "NMRK1 is inhibited by AMPK",
// "AMPK is an inhibitor of NMRK1"), conversions ("NMRK1 converts NR into NMN"), requirements ("NMRK1 needs
// magnesium", "an ATP-dependent kinase") and changes under a condition ("NMRK1 expression rises during DNA damage").
// Attributes (location, length, type...) are read in attributes.ts; readers.ts lists the readers in order.
import { findSubject, type SubjectScan } from './subjects';
import { findObject, type ObjectScan } from './objects';
import { nonAssertive, objectsOf, pushRelations, subjectsOf } from './relationParts';
import { agentlessParticiple, reducedRelativeWithAgent } from './participles';
import type { Arg, Claim, VerbUse } from '../claim';
import { ARG_SUFFIX, CONDITION_PREPS, OBJECT_GAP, isWord, set, type Token } from '../sentences/tokens';
import { INTRANSITIVE_TOO, PREDICATES, REQUIRED_FOR, isVerbForm, lookup, verbHits, type VerbHit, type VerbInfo } from '../vocabulary';

/** The subjects of the claims read last in the sentence, and where they end: "…, and represses X" reuses them. */
export interface Previous {
  subjects: Arg[];
  end: number;
}

/** Words right before a verb's spelling that make it a noun or adjective ("the increase", "an increased"). */
const NOUN_MARKERS = set('the a an this that its their no any some further of for with strong little significant such our');
const ADVERBS = set('strongly potently directly indirectly also further significantly markedly sharply rapidly ' +
  'dramatically substantially robustly modestly slightly only mainly primarily partly partially');
const PRODUCT_MARKERS = set('into to yielding producing forming generating creating giving');
const PRODUCT_VERBS = set('produce yield form make generate create give');

export function unique(args: Arg[]): Arg[] {
  return args.filter((a, i) => args.findIndex((b) => b.start === a.start) === i);
}

export function endIndex(toks: Token[], offset: number): number {
  const i = toks.findIndex((t) => t.start >= offset);
  return i < 0 ? toks.length : i;
}

/** The words `verb` reads at: claim verbs, predicates after "is" ("linked"), "required" (for). */
export function verbWord(low: string): boolean {
  return isVerbForm(low) || lookup(PREDICATES, low) !== undefined || REQUIRED_FOR.has(low);
}

/** A claim verb at word i: "AMPK represses NMRK1", passives, conversions, requirements. */
export function verb(toks: Token[], i: number, claims: Claim[], previous: Previous | undefined): void {
  const t = toks[i]!;
  const next = toks[i + 1]?.low;
  const all = verbHits(t.low);
  const predicate = lookup(PREDICATES, t.low);
  const requiredFor = REQUIRED_FOR.has(t.low) && next === 'for';
  if (all.length === 0 && !predicate && !requiredFor) return;
  // A verb whose particle follows ("shuts down") wins over the bare verb.
  const hits = all.filter((h) => !h.info.particle || h.info.particle === next).sort((a, b) => Number(!!b.info.particle) - Number(!!a.info.particle));
  if (hits.length === 0 && !predicate && !requiredFor) return;
  const before = toks[i - 1];
  if (before && !before.mention && NOUN_MARKERS.has(before.low)) return;
  if (t.low === 'lower' && isWord(before, 'have', 'has', 'had', 'show', 'shows', 'showed')) return; // an adjective: comparative()
  // "NR supplementation to prevent obesity", "interest in maintaining NAD+ levels to prevent disease": a purpose or
  // a wish, not a claim ("NMRK1 helps to raise NAD+" still claims: a verb stands before "to").
  if (isWord(before, 'to') && purposeHead(toks[i - 2])) return;
  const scan = findSubject(toks, i);
  if (nonAssertive(toks, scan.from)) return;
  let subjects = subjectsOf(scan);
  if (subjects.length === 0 && previous && coordinatedVerb(toks, previous.end, i)) subjects = previous.subjects;
  if (subjects.length === 0) subjects = conditionAsSubject(toks, i);
  if (subjects.length === 0) return;
  const particleEnd = (h: VerbInfo) => (h.particle ? i + 2 : i + 1);

  if (scan.be && toks[i - 1]?.low !== 'to') {
    if (requiredFor) {
      const requirer = findObject(toks, i + 2);
      const use: VerbUse = { start: t.start, end: t.end, lemma: 'require', form: 'en', negation: scan.negation, passive: true };
      pushRelations(claims, 'require', 0, objectsOf(requirer), subjectsOf(scan), scan.negated, use);
      return;
    }
    if (predicate && !hits.some((h) => h.form === 'en' || h.form === 'ed')) {
      const use: VerbUse = { start: t.start, end: t.end, lemma: predicate.lemma, form: 'en', negation: scan.negation, passive: true };
      if (predicate.particle) {
        if (next !== predicate.particle) return;
        pushRelations(claims, predicate.cls, 0, scan.args, objectsOf(findObject(toks, i + 2)), scan.negated, use);
        return;
      }
      const agent = agentAfter(toks, i + 1, true);
      if (agent) pushRelations(claims, predicate.cls, predicate.sign, objectsOf(agent.scan), scan.args, scan.negated, { ...use, prep: agent.prep });
      return;
    }
    const hit = hits.find((h) => h.form === 'en' || h.form === 'ed');
    if (hit) {
      passive(toks, i, hit, scan, claims);
      return;
    }
    if (!hits.some((h) => h.form === 'ing')) return;
  } else if (hits.every((h) => h.form === 'ing' || h.form === 'en')) {
    return;
  }
  const hit = hits.find((h) => h.form !== 'en') ?? hits[0]!;
  if (hit.form === 'ed' && toks[i + 1]?.low === 'by' && toks[i - 1]?.mention) {
    passive(toks, i, hit, scan, claims); // "NMN produced by NMRK1"
    return;
  }
  // "biosynthesis mediated by NAMPT" (the reducedRelative reader's), "the nicotinamide produced can be ...": no active verb.
  if (hit.form === 'ed' && (reducedRelativeWithAgent(toks, i) || agentlessParticiple(toks, i))) return;
  const use: VerbUse = { start: t.start, end: t.end, lemma: hit.info.lemma, form: hit.form, negation: scan.negation, passive: false, particle: hit.info.particle };
  const after = particleEnd(hit.info);
  const info = hit.info;
  if (info.cls === 'change' || (INTRANSITIVE_TOO.has(info.lemma) && intransitive(toks, after))) {
    const agent = agentAfter(toks, after, false) ?? frontedCondition(toks);
    if (agent) pushRelations(claims, 'effect', info.sign, objectsOf(agent.scan), subjects.filter((s) => s.entityId), scan.negated, { ...use, prep: agent.prep });
    return;
  }
  if (info.cls === 'convert') {
    conversion(toks, after, subjects, scan.negated, use, claims);
    return;
  }
  let sign = info.sign;
  let cls = info.cls;
  if (scan.genetic) {
    cls = 'associate';
    sign = 0;
    subjects = subjects.map((s) => ({ ...s, genetic: true }));
  }
  let from = after;
  const manner = toks.slice(Math.max(0, i - 3), i).find((x) => x.low === 'negatively' || x.low === 'positively');
  if (cls === 'modulate' && manner) {
    cls = 'effect';
    sign = manner.low === 'negatively' ? -1 : 1;
  }
  // "protects against NAD+ depletion", "protects neurons from NAD+ depletion": a lowering effect on what follows.
  const against = info.lemma === 'protect' ? toks.findIndex((x, k) => k >= after && k <= after + 4 && isWord(x, 'against', 'from')) : -1;
  if (against >= 0 && !toks.slice(after, against).some((x) => x.punct || x.mention)) {
    sign = -1;
    use.particle = toks[against]!.low;
    from = against + 1;
  }
  const object = findObject(toks, from);
  if (cls === 'produce' && isWord(toks[object.end], 'from') && object.args.length > 0) {
    // "NMRK1 makes NMN from NR": a conversion, direction included.
    const sources = findObject(toks, object.end + 1).args;
    if (sources.length > 0) {
      for (const enzyme of subjects) {
        claims.push({
          type: 'conversion', enzyme, substrates: sources, products: object.args, negated: scan.negated, verb: use,
          start: enzyme.start, end: Math.max(...sources.map((a) => a.end)),
        });
      }
      return;
    }
  }
  pushRelations(claims, cls, sign, subjects, objectsOf(object), scan.negated, use);
}

/** A noun before "to <verb>": the infinitive says what it is for ("supplementation to prevent", "levels to prevent"). */
function purposeHead(t: Token | undefined): boolean {
  return t !== undefined && !t.punct && (t.mention !== undefined || ARG_SUFFIX.has(t.low) || PURPOSE_NOUNS.has(t.low));
}

const PURPOSE_NOUNS = set('interest efforts effort strategies strategy attempts attempt aim goal ways way means approaches ' +
  'approach candidate candidates target targets drugs drug compounds compound therapies therapy interventions intervention');

const GENERIC_ACTORS = set('cells cell tissues tissue neurons organisms mice animals patients they it');

/** "In response to DNA damage, cells upregulate NMRK1": the condition acts through a generic subject. */
function conditionAsSubject(toks: Token[], verbIdx: number): Arg[] {
  const agent = frontedCondition(toks);
  if (!agent || agent.scan.args.length === 0) return [];
  const comma = toks.findIndex((t) => t.low === ',');
  const between = toks.slice(comma + 1, verbIdx);
  if (between.length === 0 || between.length > 3 || !between.some((t) => GENERIC_ACTORS.has(t.low))) return [];
  if (between.some((t) => t.mention || t.punct)) return [];
  return agent.scan.args;
}

/** "NMRK1 activates SIRT1 and inhibits ...": only joining words between the last claim and this verb. */
function coordinatedVerb(toks: Token[], from: number, verbIdx: number): boolean {
  for (let k = from; k < verbIdx; k++) {
    const low = toks[k]!.low;
    if (!(low === ',' || low === 'and' || low === 'but' || low === 'yet' || low === 'then' || ADVERBS.has(low) || low === 'may' || low === 'can' || low === 'also')) return false;
  }
  return verbIdx > from;
}

function intransitive(toks: Token[], k: number): boolean {
  while (toks[k] && ADVERBS.has(toks[k]!.low)) k++;
  const t = toks[k];
  return !t || t.punct || CONDITION_PREPS.has(t.low) || isWord(t, 'when', 'as', 'if', 'whenever', 'once');
}

interface Agent {
  scan: ObjectScan;
  prep: string;
}

/** "by AMPK", "during DNA damage", "in response to genotoxic stress". */
function agentAfter(toks: Token[], k: number, allowBy: boolean): Agent | undefined {
  while (toks[k] && ADVERBS.has(toks[k]!.low)) k++;
  const t = toks[k];
  if (!t || t.punct || t.mention) return undefined;
  if (t.low === 'by' && allowBy) return { scan: findObject(toks, k + 1), prep: 'by' };
  if (t.low === 'in' && toks[k + 1]?.low === 'response' && toks[k + 2]?.low === 'to') {
    return { scan: findObject(toks, k + 3), prep: 'in response to' };
  }
  if (t.low === 'in' && isWord(toks[k + 1], 'the') && isWord(toks[k + 2], 'presence', 'setting', 'context') && toks[k + 3]?.low === 'of') {
    return { scan: findObject(toks, k + 4), prep: `in the ${toks[k + 2]!.low} of` };
  }
  if (!CONDITION_PREPS.has(t.low)) return undefined;
  const scan = findObject(toks, k + 1);
  // "increased in differentiated myotubes": a place, not a condition.
  if (t.low === 'in' && scan.args.length === 0 && scan.phrase && PLACES.has(scan.phrase.text.toLowerCase().split(/\s+/).pop() ?? '')) return undefined;
  return { scan, prep: t.low };
}

/** Heads of "in <place>" phrases: where something was seen, not what caused it. */
const PLACES = set(
  'cells cell myotubes myoblasts fibroblasts hepatocytes neurons cardiomyocytes adipocytes lines line culture cultures ' +
  'vitro vivo mice mouse rats rat rodents humans animals yeast worms flies lysates samples tissue tissues organs plasma ' +
  'serum blood liver heart muscle muscles brain kidney kidneys lung lungs pancreas intestine gut skin adults volunteers ' +
  'cohort cohorts models model patients people',
);

/** "During DNA damage, NMRK1 expression rises." */
function frontedCondition(toks: Token[]): Agent | undefined {
  const comma = toks.findIndex((t) => t.low === ',');
  if (comma < 0) return undefined;
  const agent = agentAfter(toks, 0, false);
  if (!agent || agent.scan.end > comma) return undefined;
  return agent;
}

function passive(toks: Token[], i: number, hit: VerbHit, scan: SubjectScan, claims: Claim[]): void {
  const t = toks[i]!;
  const info = hit.info;
  const use: VerbUse = { start: t.start, end: t.end, lemma: info.lemma, form: 'en', negation: scan.negation, passive: true };
  let k = info.particle ? i + 2 : i + 1;
  if (info.cls === 'convert') {
    let products: ObjectScan | undefined;
    let enzyme: ObjectScan | undefined;
    for (let round = 0; round < 2; round++) {
      while (toks[k] && ADVERBS.has(toks[k]!.low)) k++;
      if (isWord(toks[k], 'into', 'to') && !products) {
        products = findObject(toks, k + 1);
        k = products.end;
      } else if (isWord(toks[k], 'by') && !enzyme) {
        enzyme = findObject(toks, k + 1);
        k = enzyme.end;
      }
    }
    const enzymes = enzyme ? objectsOf(enzyme) : [];
    const substrates = scan.args;
    if (substrates.length === 0) return;
    const productArgs = products ? objectsOf(products) : [];
    for (const e of enzymes.length > 0 ? enzymes : [undefined]) {
      if (!e && productArgs.length === 0) continue;
      claims.push({
        type: 'conversion', enzyme: e, substrates, products: productArgs,
        negated: scan.negated, verb: use, start: substrates[0]!.start, end: Math.max(t.end, ...productArgs.map((a) => a.end), e?.end ?? 0),
      });
    }
    return;
  }
  const agent = agentAfter(toks, k, true);
  if (!agent) return;
  let cls = info.cls === 'change' ? 'effect' : info.cls;
  let sign = info.sign;
  const manner = toks.slice(Math.max(0, i - 3), i).find((x) => x.low === 'negatively' || x.low === 'positively');
  if (cls === 'modulate' && manner) {
    cls = 'effect';
    sign = manner.low === 'negatively' ? -1 : 1;
  }
  if (agent.prep !== 'by' && info.cls !== 'effect' && info.cls !== 'change' && info.cls !== 'modulate') return;
  // "NMRK1 was generated by CRISPR": only effects are judged against an agent the data does not know.
  if (agent.scan.args.length === 0 && info.cls !== 'effect' && info.cls !== 'change' && info.cls !== 'modulate') return;
  pushRelations(claims, cls, sign, objectsOf(agent.scan), scan.args, scan.negated, { ...use, prep: agent.prep });
}

function conversion(toks: Token[], k: number, enzymes: Arg[], negated: boolean, use: VerbUse, claims: Claim[]): void {
  // "NMN, which NMNAT enzymes then convert into NAD+": the substrate went before, in the relative clause's antecedent.
  if (isWord(toks[k], 'into', 'to')) return;
  const substrates = findObject(toks, k);
  const substrateArgs = objectsOf(substrates);
  if (substrateArgs.length === 0) return;
  let p = substrates.end;
  let products: Arg[] = [];
  if (toks[p]?.low === ',') p++;
  if (PRODUCT_MARKERS.has(toks[p]?.low ?? '')) {
    p++;
    if (toks[p - 1]!.low === 'to' && PRODUCT_VERBS.has(toks[p]?.low ?? '')) p++;
    while (toks[p] && OBJECT_GAP.has(toks[p]!.low)) p++;
    products = objectsOf(findObject(toks, p));
  }
  if (use.lemma === 'turn' && products.length === 0) return; // "turn" converts only with "into"
  for (const enzyme of enzymes) {
    claims.push({
      type: 'conversion', enzyme, substrates: substrateArgs, products, negated, verb: use,
      start: enzyme.start, end: Math.max(...substrateArgs.map((a) => a.end), ...products.map((a) => a.end)),
    });
  }
}
