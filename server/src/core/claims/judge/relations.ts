// Weighs a relation or conversion claim against the profile data: supported (no finding), contradicted (the data
// says otherwise: message with the profile's value and source, evidence at the fact, a fix), or unsupported (no
// profile carries it). Attribute claims are weighed in judge/attributes.ts.
import type { Finding, Fix } from '../../types';
import { evidence, type JudgeContext } from './context';
import { actsOnProteins, entityWords, listWords, wrongEnzyme } from './reactions';
import { sourceWords } from './sourceWords';
import type { Arg, ConversionClaim, RelationClaim } from '../claim';
import { effectSign, relationSign, type FactRef, type ReactionFact, type RelationFact } from '../knowledge/facts';
import { citationEdit, oppositeVerbFix, pmidOf, removeNegationFix } from './fixes';
import { CONVERSION_STEMS } from '../knowledge/profileProse';
import { placeWord } from '../attributeWords';
import { GENERIC } from '../sentences/tokens';
import { inflect, lookup } from '../vocabulary';

export { evidence, type JudgeContext } from './context';

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

/** An argument in a message: a chemical as the writer wrote it, anything else by its symbol. */
function named(ctx: JudgeContext, a: Arg): string {
  return a.entityId && ctx.lexicon.get(a.entityId)?.kind !== 'chemical' ? symbolOf(ctx, a.entityId) : a.text;
}

function argText(ctx: JudgeContext, a: Arg): string {
  // A phrase taken from the start of a sentence loses its capital ("Caffeine" -> "caffeine"), an acronym keeps it.
  // (Only a plain word: "Slc12a8" keeps its case.)
  const text = a.start === ctx.sentence.start ? a.text.replace(/^[A-Z](?=[a-z]+(?:\s|$))/, (c) => c.toLowerCase()) : a.text;
  // A chemical as the writer wrote it ("nicotinamide", not "NAM"); a gene by its approved symbol.
  const base = a.entityId && ctx.lexicon.get(a.entityId)?.kind !== 'chemical' ? symbolOf(ctx, a.entityId) : text;
  // A phrase that says its loss itself ("Slc12a8 deficiency") is quoted as written.
  if (a.flip && !a.entityId) return base;
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


/** The source of a fact in a message's words ("GeneLens curated profile", "Gene Ontology GO:0000309 (IBA)"). */
function said(fact: FactRef & { reaction?: ReactionFact['reaction'] }): string {
  return sourceWords(fact.source, fact.reaction);
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
  return { code: 'claim-contradicted', start: c.start, end: c.end, message, evidence: evidence(ctx, fact), fixes: list };
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
  if (c.cls === 'quantify') {
    // A number said of a gene, chemical, disease or variant; "approximately doubled the time", "murine double minute 2"
    // and "human triple negative cells" name none (a species is the context, not the subject of a measure).
    const kind = s ? ctx.lexicon.get(s)?.kind : undefined;
    return c.negated || !kind || kind === 'species' ? undefined : unsupported(c, claimWords(ctx, c));
  }
  if (!s || !o) return judgePhrase(ctx, c);
  const facts = ctx.facts;
  // "NMRK1 produces NAD+": another enzyme makes NAD+ out of what NMRK1 makes.
  if (c.cls === 'produce' && !c.negated && !c.subject.flip && !c.object.flip) {
    const wrong = wrongEnzyme(ctx, c, c.subject, s, undefined, c.object);
    if (wrong) return wrong;
  }
  if (c.cls === 'require') {
    const req = facts.requirement(s, o);
    if (req && c.negated) {
      return contradicted(ctx, c, `The ${symbolOf(ctx, req.holder)} profile lists ${named(ctx, c.object)} as required by ${named(ctx, c.subject)} (${said(req)}).`, req, [removeNegationFix(ctx.text, c.verb)]);
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
    // What an enzyme needs is covered by its reactions (substrates and cofactors) as much as by its requirements.
    return covered(ctx, s, o) || knowsCatalysis(ctx, s) ? unsupported(c, claimWords(ctx, c)) : undefined;
  }
  if (c.cls !== 'effect' && c.cls !== 'produce') {
    // Binding is physical: a reaction or a requirement carries it, a regulation does not.
    const physical = c.cls === 'bind' && c.verb.lemma !== 'interact';
    const regulated = !physical && (facts.relations(s, o).length > 0 || facts.relations(o, s).length > 0 || facts.chain(s, o, 0) || facts.chain(o, s, 0));
    const reacts = (x: string, y: string) => facts.reactionsOf(x).some((r) => [...r.substrates, ...r.products, ...r.cofactors].includes(y));
    const linked = regulated || facts.requirement(s, o) || facts.requirement(o, s) || reacts(s, o) || reacts(o, s);
    return linked || c.negated || facts.prose.links(s, o, c.verb.lemma) || !covered(ctx, s, o) ? undefined : unsupported(c, claimWords(ctx, c));
  }
  const sign = (c.sign * (c.subject.flip ? -1 : 1) * (c.object.flip ? -1 : 1)) as 1 | -1 | 0;
  const direct = facts.relations(s, o).sort((a, b) => Math.abs(relationSign(b.relation)) - Math.abs(relationSign(a.relation)));
  const rel = direct[0];
  if (rel) {
    const relSign = relationSign(rel.relation);
    if (relSign === 0 || sign === 0) return undefined;
    const agrees = relSign === sign;
    if (agrees !== c.negated) return undefined;
    const message = `The ${symbolOf(ctx, rel.holder)} profile lists ${relationWords(ctx, rel)} (${said(rel)}).`;
    return contradicted(ctx, c, message, rel, [effectFix(ctx, c)]);
  }
  const req = facts.requirement(o, s);
  if (req && sign !== 0) {
    if ((sign > 0) !== c.negated) return undefined;
    const message = `The ${symbolOf(ctx, req.holder)} profile lists ${named(ctx, c.subject)} as required by ${named(ctx, c.object)} (${said(req)}).`;
    return contradicted(ctx, c, message, req, [effectFix(ctx, c)]);
  }
  for (const r of facts.reactionsOf(s)) {
    if (r.products.includes(o) && sign !== 0) {
      if ((sign > 0) !== c.negated) return undefined;
      const message = `The ${symbolOf(ctx, r.holder)} profile lists ${named(ctx, c.object)} as a product of ${named(ctx, c.subject)} (${said(r)}).`;
      return contradicted(ctx, c, message, r, [effectFix(ctx, c)]);
    }
    if (r.substrates.includes(o) && sign < 0) return undefined; // an enzyme uses up its substrate
  }
  // A chain supports the claim, unless the data states the relation the other way round (then it is the reverse).
  if (sign !== 0 && facts.relations(o, s).length === 0 && facts.chain(s, o, sign)) return undefined;
  if (sign > 0 && !c.negated) {
    const consumed = consumes(ctx, s, o);
    if (consumed) return consumerRaises(ctx, c, consumed);
  }
  const flipped = c.subject.flip !== c.object.flip && sign !== 0 ? sign : undefined;
  if (c.negated || facts.prose.links(s, o, c.verb.lemma, flipped)) return undefined;
  return covered(ctx, s, o) ? unsupported(c, claimWords(ctx, c)) : undefined;
}

/**
 * The reaction in which enzyme `s` uses up chemical `o`, when none of its reactions makes `o` and no prose of the
 * data links them that way: "CD38 raises NAD+" then has only the opposite in the data.
 */
function consumes(ctx: JudgeContext, s: string, o: string): ReactionFact | undefined {
  const reactions = ctx.facts.reactionsOf(s);
  if (reactions.some((r) => r.products.includes(o) || r.cofactors.includes(o))) return undefined;
  if (ctx.lexicon.get(o)?.kind !== 'chemical' || ctx.facts.prose.links(s, o, 'increase', 1)) return undefined;
  return reactions.find((r) => r.substrates.includes(o));
}

/**
 * "CD38 raises NAD+", "CD38 knockout lowers NAD+": the data has the enzyme use the chemical up and make none of it.
 * Unsupported, not contradicted (an enzyme may raise what it uses by another route), and the message says why.
 */
function consumerRaises(ctx: JudgeContext, c: RelationClaim, r: ReactionFact): Finding {
  const enzyme = symbolOf(ctx, r.enzyme);
  const chemical = named(ctx, c.object);
  return {
    code: 'claim-unsupported', start: c.start, end: c.end, fixes: [],
    message: `No evidence that ${claimWords(ctx, c)}: ${enzyme} uses ${chemical} up and makes none (${said(r)}).`,
    evidence: evidence(ctx, r),
  };
}

/**
 * Whether the data covers a claim between two entities, so that its silence means something: the profile of one of
 * them lists its regulators and targets, or relations and requirements of the profiles name both, or one is a variant
 * with a profile (what it is tied to is all that profile is about). One side named by
 * some relation is not enough: "AMPK impairs SERCA2b", "insulin signalling suppresses FOXO" and "SIRT3 rises in CD38
 * knockdown cells" are about what AMPK, insulin and CD38 do beyond the one relation a profile names, and no profile
 * lists all they do. An enzyme acting on a chemical ("CD38 degrades NMN") is a reaction claim, and an enzyme's listed
 * reactions are what is known, not all it does (GO annotations are not negative): that silence says nothing, and only
 * a reaction another enzyme is listed for contradicts it (judge/reactions.ts).
 */
function covered(ctx: JudgeContext, s: string, o: string): boolean {
  const facts = ctx.facts;
  const chemical = (id: string) => ctx.lexicon.get(id)?.kind === 'chemical';
  if (facts.reactionsOf(s).length > 0 && chemical(o)) return false;
  // A variant's profile: what the variant is tied to is all it is about.
  const variant = (id: string) => ctx.lexicon.get(id)?.kind === 'variant';
  return facts.listsRelations(s) || facts.listsRelations(o) || (facts.inRelations(s) && facts.inRelations(o)) || variant(s) || variant(o);
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
  // Only an entity whose profile lists its regulators and targets is known well enough for silence to mean something
  // ("SIRT1 regulates metabolism" and "NAD+ is essential for life" are not news to a profile that lists none).
  return phraseCovered(ctx, known.entityId!, c) ? unsupported(c, claimWords(ctx, c)) : undefined;
}

export function judgeConversion(ctx: JudgeContext, c: ConversionClaim): Finding[] {
  const out: Finding[] = [];
  const e = c.enzyme?.entityId;
  const facts = ctx.facts;
  const verb = c.verb.noun ? 'uses' : inflect(c.verb.lemma, 's');
  for (const a of c.substrates) {
    for (const b of c.products.length > 0 ? c.products : [undefined]) {
      if (c.enzyme && !e && a.entityId && !c.negated) {
        // "NMRK1 is cleaved by caspase-3": an enzyme no profile names, judged by what the substrate's prose says; a
        // substrate without a profile has no prose ("simvastatin is metabolized by CYP3A4"): its silence says nothing.
        if (!ctx.lexicon.get(a.entityId)?.profile) continue;
        const words = contentWords(c.enzyme.text);
        if (words.length === 0 || words.some((w) => METHODS.has(w)) || facts.prose.mentions(a.entityId, words)) continue;
        out.push(unsupported(c, `${argText(ctx, c.enzyme)} ${verb} ${argText(ctx, a)}`));
        continue;
      }
      if (!a.entityId || (b && !b.entityId)) {
        const phrase = !a.entityId ? a : b!;
        if (!e || c.negated || !knowsCatalysis(ctx, e) || (!b && onProteins(ctx, e, c.verb.lemma)) || facts.prose.mentions(e, contentWords(phrase.text), c.verb.lemma)) continue;
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
  const reactions = facts.reactionsOf(e, c.verb.lemma === 'transport');
  // "SIRT1 deacetylates PARP1": an enzyme of proteins in general may take any protein.
  if (!B && ctx.lexicon.get(A)?.kind === 'gene' && onProteins(ctx, e, c.verb.lemma)) return undefined;
  // The enzyme's prose says it works on the substrate ("the bulk of the NR processing").
  const works = ctx.lexicon.get(A)?.kind === 'chemical' && facts.prose.mentions(e, contentWords(symbolOf(ctx, A)), CONVERSION_STEMS);
  if (!B) {
    const uses = reactions.find((r) => r.substrates.includes(A));
    if (uses && c.negated) {
      return contradicted(ctx, c, `The ${symbolOf(ctx, uses.holder)} profile lists ${a.text} as a substrate of ${symbolOf(ctx, e)} (${said(uses)}).`, uses, [removeNegationFix(ctx.text, c.verb)]);
    }
    if (uses) return undefined;
    // "NMRK1 phosphorylates NMN", "NMN is a substrate of NMRK1": the data has it as the reaction's product.
    const made = reactions.find((r) => r.products.includes(A));
    if (made && !c.negated && (CHEMISTRY.has(c.verb.lemma) || c.verb.noun !== undefined)) {
      const from = listWords(made.substrates.map((x) => entityWords(ctx, x)));
      return contradicted(ctx, c, `The ${symbolOf(ctx, made.holder)} profile lists ${a.text} as the product of ${symbolOf(ctx, e)}, made from ${from} (${said(made)}).`, made, []);
    }
    // Covered when the data lists what the enzyme catalyses, or (for a gene as substrate) what regulates that gene.
    const covers = knowsCatalysis(ctx, e) || (ctx.lexicon.get(A)?.kind !== 'chemical' && facts.listsRelations(A));
    return c.negated || works || !covers || facts.prose.links(e, A, c.verb.lemma) ? undefined : unsupported(c, words);
  }
  const forward = reactions.find((r) => r.substrates.includes(A) && r.products.includes(B));
  const reverse = reactions.find((r) => r.substrates.includes(B) && r.products.includes(A));
  if (forward) {
    if (!c.negated) return undefined;
    return contradicted(ctx, c, `The ${symbolOf(ctx, forward.holder)} profile lists ${symbolOf(ctx, e)} converting ${a.text} into ${b!.text} (${said(forward)}).`, forward, [removeNegationFix(ctx.text, c.verb)]);
  }
  if (reverse && !c.negated) {
    const swap: Fix = {
      title: `Swap "${a.text}" and "${b!.text}"`,
      edits: [{ start: a.start, end: a.end, newText: b!.text }, { start: b!.start, end: b!.end, newText: a.text }],
      preferred: true,
    };
    return contradicted(ctx, c, `The ${symbolOf(ctx, reverse.holder)} profile lists ${symbolOf(ctx, e)} converting ${b!.text} into ${a.text}, not the reverse (${said(reverse)}).`, reverse, [swap]);
  }
  // "NMRK1 converts NMN into NAD+": NMNAT1-3 do that.
  if (!c.negated && b) {
    const wrong = wrongEnzyme(ctx, c, c.enzyme!, e, a, b);
    if (wrong) return wrong;
  }
  // The pathway the enzyme opens: a substrate or product of its reaction, to something it feeds.
  const involved = reactions.some((r) => r.substrates.includes(A) || r.products.includes(A));
  if (involved && (facts.chain(A, B, 1) || facts.relations(e, B).some((r) => effectSign(r.relation.effect) > 0))) return undefined;
  if (works && facts.chain(A, B, 1)) return undefined;
  if (facts.prose.links(e, A, c.verb.lemma) && facts.prose.links(e, B, c.verb.lemma)) return undefined;
  return c.negated || !knowsCatalysis(ctx, e) ? undefined : unsupported(c, words);
}

/**
 * Whether the data covers a claim linking the entity to something it does not name: the entity's profile lists its
 * regulators and targets; or it is a supplement or medicine a profile lists, and the claim says what it does; or it
 * is a variant with a profile (what a variant is tied to is all its profile is about).
 */
function phraseCovered(ctx: JudgeContext, id: string, c: RelationClaim): boolean {
  if (ctx.facts.listsRelations(id) || ctx.lexicon.get(id)?.kind === 'variant') return true;
  return c.subject.entityId === id && (c.cls === 'effect' || c.cls === 'produce') && ctx.facts.isIntervention(id);
}

/** Whether the data lists what the entity catalyses or carries: only then is a reaction it is not listed for news. */
function knowsCatalysis(ctx: JudgeContext, e: string): boolean {
  return ctx.facts.reactionsOf(e).length > 0 || ctx.facts.reactionsOf(e, true).length > 0;
}

/** "SIRT1 deacetylates PARP1": the enzyme does that chemistry ("deacetylase") on proteins in general. */
function onProteins(ctx: JudgeContext, e: string, lemma: string): boolean {
  const root = lemma.replace(/(?:ate|e)$/, '');
  const reactions = ctx.facts.reactionsOf(e);
  const texts = [...(ctx.lexicon.get(e)?.profile?.profile.requires ?? []).map((r) => r.description), ...reactions.map((r) => r.reaction.description)];
  return root.length >= 5 && texts.some((t) => t.toLowerCase().includes(root)) && actsOnProteins(reactions, texts);
}
