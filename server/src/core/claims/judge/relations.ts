// Weighs a relation or conversion claim against the profile data: supported (no finding), contradicted (the data
// says otherwise: message with the profile's value and source, evidence at the fact, a fix), or unsupported (no
// profile carries it). Attribute claims are weighed in judge/attributes.ts.
import type { Evidence, Finding, Fix, Lexicon } from '../../types';
import type { Arg, ConversionClaim, RelationClaim } from '../claim';
import { effectSign, relationSign, type FactIndex, type FactRef, type RelationFact } from '../knowledge/facts';
import { citationEdit, oppositeVerbFix, pmidOf, removeNegationFix } from './fixes';
import { CONVERSION_STEMS } from '../knowledge/profileProse';
import { placeWord } from '../attributeWords';
import { GENERIC } from '../sentences/tokens';
import { inflect, lookup } from '../vocabulary';

export interface JudgeContext {
  lexicon: Lexicon;
  facts: FactIndex;
  /** The document text (for fixes) and the sentence's bounds (for citations). */
  text: string;
  sentence: { start: number; end: number };
}

/** Lab methods: "reduced by siRNA" is an experiment, not a claim about biology. */
const METHODS = new Set(['sirna', 'shrna', 'crispr', 'cas9', 'crispr-cas9', 'rnai', 'antibody', 'antibodies', 'plasmid', 'vector',
  'transfection', 'knockdown', 'morpholino', 'lentivirus', 'adenovirus', 'inhibitor', 'inhibitors', 'drug', 'drugs',
  'treatment', 'vehicle', 'spectrometry', 'lc-ms', 'hplc', 'western', 'pcr', 'qpcr', 'assay', 'microscopy', 'sequencing']);

/** A dose or a duration: "1 mM", "10 µM", "400 mg/kg", "24 h". */
const DOSE = /\b\d+(?:\.\d+)?\s*(?:[mµun]M|mg|µg|ug|ng|g\/kg|mg\/kg|mL|ml|µl|h|hr|hrs|min|days?|weeks?)\b/;

/** Verbs that name the reaction's chemistry: their object is a substrate. */
const CHEMISTRY = new Set(['phosphorylate', 'dephosphorylate', 'acetylate', 'deacetylate', 'hydrolyze', 'hydrolyse', 'cleave']);

const PARTICLES: Record<string, string> = {
  interact: 'with', depend: 'on', rely: 'on', contribute: 'to', lead: 'to', result: 'in', predispose: 'to',
};

export function symbolOf(ctx: JudgeContext, id: string): string {
  return ctx.lexicon.get(id)?.symbol ?? id;
}

function argText(ctx: JudgeContext, a: Arg): string {
  // A phrase taken from the start of a sentence loses its capital ("Caffeine" -> "caffeine"), an acronym keeps it.
  const text = a.start === ctx.sentence.start ? a.text.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()) : a.text;
  const base = a.entityId ? symbolOf(ctx, a.entityId) : text;
  return a.flip ? `loss of ${base}` : a.genetic ? `variants of ${base}` : base;
}

/** "caffeine induces", "two salvage routes replenish". */
function agreeing(subject: Arg, lemma: string): string {
  const plural = !subject.entityId && /[^su]s$/i.test(subject.text.split(/\s+/).pop() ?? '');
  return inflect(lemma, plural ? 'base' : 's');
}

/** The claim in words, for "No profile evidence that ...". */
export function claimWords(ctx: JudgeContext, c: RelationClaim): string {
  const s = argText(ctx, c.subject);
  const o = argText(ctx, c.object);
  const v = c.verb;
  if (c.cls === 'require') return `${s} requires ${o}`;
  if (c.subject.genetic) return `${s} are linked to ${o}`;
  if (v.noun && v.noun !== 'require') return `${s} is ${articleOf(v.noun)} ${v.noun.replace(/s$/, '')} of ${o}`;
  if (v.passive && v.prep && v.prep !== 'by') return `${o} is ${inflect(v.lemma, 'en')} ${v.prep} ${s}`;
  if (!v.passive && v.prep) return `${o} ${agreeing(c.object, v.lemma)} ${v.prep} ${s}`;
  const particle = v.particle ?? lookup(PARTICLES, v.lemma);
  return `${s} ${agreeing(c.subject, v.lemma)}${particle ? ` ${particle}` : ''} ${o}`;
}

function articleOf(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function evidence(fact: FactRef): Evidence {
  return { entityId: fact.holder, path: fact.path, source: fact.source };
}

function contradicted(ctx: JudgeContext, c: { start: number; end: number }, message: string, fact: FactRef, fixes: (Fix | undefined)[]): Finding {
  const list = fixes.filter((f): f is Fix => f !== undefined);
  const pmid = pmidOf(fact.source);
  if (pmid) {
    const cite = citationEdit(ctx.text, ctx.sentence.end, pmid);
    const first = list[0];
    if (first) list.push({ title: `${first.title} and cite PMID ${pmid}`, edits: [...first.edits, cite] });
    list.push({ title: `Cite PMID ${pmid}`, edits: [cite] });
  }
  return { code: 'claim-contradicted', start: c.start, end: c.end, message, evidence: evidence(fact), fixes: list };
}

function unsupported(c: { start: number; end: number }, words: string): Finding {
  return { code: 'claim-unsupported', start: c.start, end: c.end, message: `No profile evidence that ${words}.`, fixes: [] };
}

function relationWords(ctx: JudgeContext, r: RelationFact): string {
  const from = symbolOf(ctx, r.from);
  const to = symbolOf(ctx, r.to);
  const what = r.relation.mechanism === 'expression' ? `${to} expression` : to;
  switch (r.relation.effect) {
    case 'activates':
      return `${from} as an activator of ${what}`;
    case 'inhibits':
      return `${from} as an inhibitor of ${what}`;
    case 'produces':
      return `${to} as a product of ${from}`;
    default:
      return `${from} as ${articleOf(r.relation.label)} ${r.relation.label.toLowerCase()} of ${what}`;
  }
}

/** The fix for a contradicted effect: drop the negation, or turn the verb around. */
function effectFix(ctx: JudgeContext, c: RelationClaim): Fix | undefined {
  return c.negated ? removeNegationFix(ctx.text, c.verb) : oppositeVerbFix(ctx.text, c.verb);
}

export function judgeRelation(ctx: JudgeContext, c: RelationClaim): Finding | undefined {
  const s = c.subject.entityId;
  const o = c.object.entityId;
  if (c.cls === 'quantify') return c.negated ? undefined : unsupported(c, claimWords(ctx, c));
  if (!s || !o) return judgePhrase(ctx, c);
  const facts = ctx.facts;
  if (c.cls === 'require') {
    const req = facts.requirement(s, o);
    if (req && c.negated) {
      return contradicted(ctx, c, `The ${symbolOf(ctx, req.holder)} profile lists ${symbolOf(ctx, o)} as required by ${symbolOf(ctx, s)} (source: ${req.source}).`, req, [removeNegationFix(ctx.text, c.verb)]);
    }
    if (req || c.negated) return undefined;
    // "NR depends on NMRK1": a substrate or product needs the enzyme of its reaction; "ATP needs magnesium": a
    // substrate needs the reaction's cofactor.
    if (facts.reactionsOf(o).some((r) => r.substrates.includes(s) || r.products.includes(s))) return undefined;
    if (facts.reactionsWith(s).some((r) => r.cofactors.includes(o))) return undefined;
    // "NMRK1 is required for SIRT3 activity": the required one acting positively on the other is support enough.
    if (facts.relations(o, s).some((r) => relationSign(r.relation) > 0)) return undefined;
    if (facts.relations(s, o).length === 0 && facts.chain(o, s, 1)) return undefined;
    if (facts.prose.links(s, o, 'require')) return undefined;
    return unsupported(c, claimWords(ctx, c));
  }
  if (c.cls !== 'effect' && c.cls !== 'produce') {
    // Binding is physical: a reaction or a requirement carries it, a regulation does not.
    const physical = c.cls === 'bind' && c.verb.lemma !== 'interact';
    const regulated = !physical && (facts.relations(s, o).length > 0 || facts.relations(o, s).length > 0 || facts.chain(s, o, 0) || facts.chain(o, s, 0));
    const reacts = (x: string, y: string) => facts.reactionsOf(x).some((r) => [...r.substrates, ...r.products, ...r.cofactors].includes(y));
    const linked = regulated || facts.requirement(s, o) || facts.requirement(o, s) || reacts(s, o) || reacts(o, s);
    return linked || c.negated || facts.prose.links(s, o, c.verb.lemma) ? undefined : unsupported(c, claimWords(ctx, c));
  }
  const sign = (c.sign * (c.subject.flip ? -1 : 1) * (c.object.flip ? -1 : 1)) as 1 | -1 | 0;
  const direct = facts.relations(s, o).sort((a, b) => Math.abs(relationSign(b.relation)) - Math.abs(relationSign(a.relation)));
  const rel = direct[0];
  if (rel) {
    const relSign = relationSign(rel.relation);
    if (relSign === 0 || sign === 0) return undefined;
    const agrees = relSign === sign;
    if (agrees !== c.negated) return undefined;
    const message = `The ${symbolOf(ctx, rel.holder)} profile lists ${relationWords(ctx, rel)} (source: ${rel.source}).`;
    return contradicted(ctx, c, message, rel, [effectFix(ctx, c)]);
  }
  const req = facts.requirement(o, s);
  if (req && sign !== 0) {
    if ((sign > 0) !== c.negated) return undefined;
    const message = `The ${symbolOf(ctx, req.holder)} profile lists ${symbolOf(ctx, s)} as required by ${symbolOf(ctx, o)} (source: ${req.source}).`;
    return contradicted(ctx, c, message, req, [effectFix(ctx, c)]);
  }
  for (const r of facts.reactionsOf(s)) {
    if (r.products.includes(o) && sign !== 0) {
      if ((sign > 0) !== c.negated) return undefined;
      const message = `The ${symbolOf(ctx, r.holder)} profile lists ${symbolOf(ctx, o)} as a product of ${symbolOf(ctx, s)} (source: ${r.source}).`;
      return contradicted(ctx, c, message, r, [effectFix(ctx, c)]);
    }
    if (r.substrates.includes(o) && sign < 0) return undefined; // an enzyme uses up its substrate
  }
  // A chain supports the claim, unless the data states the relation the other way round (then it is the reverse).
  if (sign !== 0 && facts.relations(o, s).length === 0 && facts.chain(s, o, sign)) return undefined;
  const flipped = c.subject.flip !== c.object.flip && sign !== 0 ? sign : undefined;
  if (c.negated || facts.prose.links(s, o, c.verb.lemma, flipped)) return undefined;
  return unsupported(c, claimWords(ctx, c));
}

/** Content words of a phrase the data does not name ("NF-kB signaling" -> ["nf-kb"]). */
export function contentWords(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").split(/[^a-z0-9+\-']+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length > 0 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** A claim linking an entity to something no profile names: supported only when the entity's prose names it. */
function judgePhrase(ctx: JudgeContext, c: RelationClaim): Finding | undefined {
  if (c.negated) return undefined;
  const known = c.subject.entityId ? c.subject : c.object;
  const phrase = c.subject.entityId ? c.object : c.subject;
  // "activated with 1 mM AICAR for 2 h": a dose is an experiment's treatment, not a claim about biology.
  if (DOSE.test(phrase.text) || (c.verb.passive && c.verb.prep === 'with')) return undefined;
  const words = contentWords(phrase.text).map(placeWord);
  if (words.length === 0 || words.some((w) => METHODS.has(w))) return undefined;
  const sign = (c.cls === 'effect' || c.cls === 'produce') && !c.verb.noun ? ((c.sign * (c.subject.flip ? -1 : 1) * (c.object.flip ? -1 : 1)) as 1 | -1 | 0) : 0;
  if (ctx.facts.prose.mentions(known.entityId!, words, undefined, sign)) return undefined;
  return unsupported(c, claimWords(ctx, c));
}

export function judgeConversion(ctx: JudgeContext, c: ConversionClaim): Finding[] {
  const out: Finding[] = [];
  const e = c.enzyme?.entityId;
  const facts = ctx.facts;
  const verb = c.verb.noun ? 'uses' : inflect(c.verb.lemma, 's');
  for (const a of c.substrates) {
    for (const b of c.products.length > 0 ? c.products : [undefined]) {
      if (c.enzyme && !e && a.entityId && !c.negated) {
        // "NMRK1 is cleaved by caspase-3": an enzyme no profile names, judged by what the substrate's prose says.
        const words = contentWords(c.enzyme.text);
        if (words.length === 0 || words.some((w) => METHODS.has(w)) || facts.prose.mentions(a.entityId, words)) continue;
        out.push(unsupported(c, `${argText(ctx, c.enzyme)} ${verb} ${argText(ctx, a)}`));
        continue;
      }
      if (!a.entityId || (b && !b.entityId)) {
        const phrase = !a.entityId ? a : b!;
        if (!e || c.negated || facts.prose.mentions(e, contentWords(phrase.text), c.verb.lemma)) continue;
        out.push(unsupported(c, `${symbolOf(ctx, e)} ${verb} ${argText(ctx, a)}${b ? ` into ${argText(ctx, b)}` : ''}`));
        continue;
      }
      const f = conversionFinding(ctx, c, e, a, b);
      if (f) out.push(f);
    }
  }
  return out;
}

function conversionFinding(ctx: JudgeContext, c: ConversionClaim, e: string | undefined, a: Arg, b: Arg | undefined): Finding | undefined {
  const facts = ctx.facts;
  const A = a.entityId!;
  const B = b?.entityId;
  if (!e) return undefined; // "NR is converted into NMN": no enzyme named, nothing to check against
  const verb = c.verb.noun ? 'uses' : inflect(c.verb.lemma, 's');
  const words = `${symbolOf(ctx, e)} ${verb} ${symbolOf(ctx, A)}${B ? ` into ${symbolOf(ctx, B)}` : ''}`;
  const reactions = facts.reactionsOf(e);
  // The enzyme's prose says it works on the substrate ("the bulk of the NR processing").
  const works = ctx.lexicon.get(A)?.kind === 'chemical' && facts.prose.mentions(e, contentWords(symbolOf(ctx, A)), CONVERSION_STEMS);
  if (!B) {
    const uses = reactions.find((r) => r.substrates.includes(A));
    if (uses && c.negated) {
      return contradicted(ctx, c, `The ${symbolOf(ctx, uses.holder)} profile lists ${symbolOf(ctx, A)} as a substrate of ${symbolOf(ctx, e)} (source: ${uses.source}).`, uses, [removeNegationFix(ctx.text, c.verb)]);
    }
    if (uses) return undefined;
    // "NMRK1 phosphorylates NMN", "NMN is a substrate of NMRK1": the data has it as the reaction's product.
    const made = reactions.find((r) => r.products.includes(A));
    if (made && !c.negated && (CHEMISTRY.has(c.verb.lemma) || c.verb.noun !== undefined)) {
      const from = made.substrates.map((x) => symbolOf(ctx, x)).join(' and ');
      return contradicted(ctx, c, `The ${symbolOf(ctx, made.holder)} profile lists ${symbolOf(ctx, A)} as the product of ${symbolOf(ctx, e)}, made from ${from} (source: ${made.source}).`, made, []);
    }
    return c.negated || works || facts.prose.links(e, A, c.verb.lemma) ? undefined : unsupported(c, words);
  }
  const forward = reactions.find((r) => r.substrates.includes(A) && r.products.includes(B));
  const reverse = reactions.find((r) => r.substrates.includes(B) && r.products.includes(A));
  if (forward) {
    if (!c.negated) return undefined;
    return contradicted(ctx, c, `The ${symbolOf(ctx, forward.holder)} profile lists ${symbolOf(ctx, e)} converting ${symbolOf(ctx, A)} into ${symbolOf(ctx, B)} (source: ${forward.source}).`, forward, [removeNegationFix(ctx.text, c.verb)]);
  }
  if (reverse && !c.negated) {
    const swap: Fix = {
      title: `Swap "${a.text}" and "${b!.text}"`,
      edits: [{ start: a.start, end: a.end, newText: b!.text }, { start: b!.start, end: b!.end, newText: a.text }],
      preferred: true,
    };
    return contradicted(ctx, c, `The ${symbolOf(ctx, reverse.holder)} profile lists ${symbolOf(ctx, e)} converting ${symbolOf(ctx, B)} into ${symbolOf(ctx, A)}, not the reverse (source: ${reverse.source}).`, reverse, [swap]);
  }
  // The pathway the enzyme opens: a substrate or product of its reaction, to something it feeds.
  const involved = reactions.some((r) => r.substrates.includes(A) || r.products.includes(A));
  if (involved && (facts.chain(A, B, 1) || facts.relations(e, B).some((r) => effectSign(r.relation.effect) > 0))) return undefined;
  if (works && facts.chain(A, B, 1)) return undefined;
  if (facts.prose.links(e, A, c.verb.lemma) && facts.prose.links(e, B, c.verb.lemma)) return undefined;
  return c.negated ? undefined : unsupported(c, words);
}
