// Weighs location, enzyme-class and process claims about any gene against its Gene Ontology annotations (the
// gene-functions table, via NCBI Gene's gene2go), in the GO hierarchy (is_a, part_of; processes also "regulates"):
// - supported (no finding) when an annotation of any evidence lies at, below or above the claimed term;
// - claim-contradicted only when experimental annotations say otherwise: a location none of the gene's annotations is
//   near, while experiments place it elsewhere (a single-study assay, or for "mainly" also a high-throughput one);
//   "exclusively"/"only" also when a single-study assay places it in another compartment too; an enzyme class when
//   experiments give the gene another catalytic activity and no annotation the claimed one. No process is ever
//   contradicted: GO does not say what a gene does not take part in;
// - claim-unsupported when the gene has data of that kind (for processes and functions: experimental) and nothing
//   matches; silent otherwise.
// A profile's own subcellular location or protein type is weighed first (judge/attributes.ts) and wins.
import type { Finding, Fix } from '../../types';
import type { AttributeClaim } from '../claim';
import { canonicalPlace, compartmentWord } from '../attributeWords';
import { COMPARTMENT_TERMS, PLACE_TERMS, ROOT_TERMS, TYPE_TERMS, typeTerm } from '../goTerms';
import { experimentalAt, experimentalElsewhere, placeOf, relatedToAny, type GeneGo, type Placed } from '../knowledge/geneOntology';
import type { JudgeContext } from './context';
import { replaceFix } from './fixes';
import { lookup } from '../vocabulary';

export const GO_SOURCE = 'NCBI Gene/GO';
const EXCLUSIVE = /\b(?:exclusively|only|solely|strictly|entirely|restricted|confined|uniquely)\b/i;
/** Words between a subject and its type that make the type another thing's: "a connection to the IKK kinase". */
const NOT_OWN_TYPE = /\b(?:to|of|for|with|and|or|than|like|in|on|by|from|between)\b/i;
/** A sentence that reports a result or hedges: a process it names is news, not something GO would already list. */
const REPORTED = /\b(?:we|our|here|these|this study|results?|data|findings|suggests?|indicates?|demonstrates?|shows?|showed|shown|may|might|could|novel|new|cells?|cancers?|tumou?rs?|mice|mouse|rats?|patients?|related)\b/i;
const MAINLY = /\b(?:mainly|mostly|primarily|predominantly|predominately|largely|chiefly|principally|preferentially)\b/i;

export function judgeGo(ctx: JudgeContext, c: AttributeClaim): Finding | undefined {
  const id = c.subject.entityId;
  if (c.negated || !id || !ctx.go) return undefined;
  const go = ctx.go.gene(id);
  if (!go) return undefined;
  if (c.attr === 'subcellular') return location(ctx, c, go);
  if (c.attr === 'type') return enzymeClass(ctx, c, go);
  if (c.attr === 'process') return process(ctx, c, go);
  return undefined;
}

type Degree = 'exclusive' | 'mainly' | undefined;

/** "exclusively", "mainly" or neither, from the words between the subject and the place (and the reader's flag). */
function degreeOf(ctx: JudgeContext, c: AttributeClaim): Degree {
  const between = ctx.text.slice(Math.min(c.subject.end, c.valueStart), c.valueStart).slice(-160);
  if (EXCLUSIVE.test(between)) return 'exclusive';
  if (MAINLY.test(between)) return 'mainly';
  return undefined;
}

function location(ctx: JudgeContext, c: AttributeClaim, go: GeneGo): Finding | undefined {
  const values = c.values ?? [c.value];
  const claimed = values.map((v) => lookup(COMPARTMENT_TERMS, v));
  if (claimed.some((t) => t === undefined)) return undefined;
  const terms = claimed.map((t) => t!);
  const ids = terms.flatMap((t) => [t.id, ...t.compatible]);
  const related = terms.map((t) => relatedToAny(go, [t.id, ...t.compatible]));
  const degree = degreeOf(ctx, c);
  const places = elsewhere(go, ids, terms.map((t) => t.id));
  if (related.some((r) => r)) {
    if (degree !== 'exclusive' || !related.every((r) => r)) return undefined;
    const other = places.filter((p) => p.annotation.lowThroughput);
    if (other.length === 0) return undefined;
    return contradicted(ctx, c, `Gene Ontology also places ${go.symbol} in the ${other[0]!.annotation.name}`, other);
  }
  const strong = places.filter((p) => p.annotation.lowThroughput || degree !== undefined);
  if (strong.length > 0) {
    const where = [...new Set(strong.slice(0, 2).map((p) => p.annotation.name))].join(' and the ');
    const canonical = canonicalPlace(strong[0]!.annotation.name, 'compartment');
    const fix = lookup(COMPARTMENT_TERMS, canonical) ? replaceFix(ctx.text, c.valueStart, c.valueEnd, compartmentWord(canonical, c.form === 'adjective'), false) : undefined;
    return contradicted(ctx, c, `Gene Ontology places ${go.symbol} in the ${where}, and nowhere in or around the ${values.join(' or ')}`, strong, fix);
  }
  if (!placeOf(go, ROOT_TERMS.CC)) return undefined;
  const listed = go.functions.of(go.ncbi)?.CC.slice(0, 2) ?? [];
  if (listed.length === 0) return undefined;
  return unsupported(ctx, c, go, `Gene Ontology has no annotation placing ${go.symbol} in the ${values.join(' or ')} (${terms.map((t) => t.id).join(', ')}); it lists ${listed.map((a) => `${a.name} (${a.evidence.join(', ')})`).join(', ')}`);
}

/** Experimental places outside the claimed compartments and their ancestors. */
function elsewhere(go: GeneGo, ids: readonly string[], claimed: readonly string[]): Placed[] {
  const above = new Set<number>();
  for (const id of claimed) {
    const v = go.functions.claimTerm(id);
    const term = v === undefined ? undefined : go.functions.term(v);
    term?.above.forEach((a) => above.add(a));
  }
  return experimentalElsewhere(go, PLACE_TERMS, ids).filter((p) => {
    const v = go.functions.claimTerm(p.term);
    return v !== undefined && !above.has(v) && !ids.includes(p.term);
  });
}

function enzymeClass(ctx: JudgeContext, c: AttributeClaim, go: GeneGo): Finding | undefined {
  const id = typeTerm(c.value);
  if (!id || relatedToAny(go, [id]) || NOT_OWN_TYPE.test(ctx.text.slice(c.subject.end, c.valueStart))) return undefined;
  const v = go.functions.claimTerm(id);
  const term = v === undefined ? undefined : go.functions.term(v);
  const catalytic = go.functions.claimTerm(ROOT_TERMS.catalytic);
  if (!term) return undefined;
  const activity = `${term.name} (${term.id})`;
  if (catalytic !== undefined && term.above.includes(catalytic)) {
    const enzymes = [...new Set(Object.values(TYPE_TERMS)), ROOT_TERMS.catalytic].filter((e) => {
      const n = go.functions.claimTerm(e);
      return n === catalytic || (n !== undefined && (go.functions.term(n)?.above.includes(catalytic) ?? false));
    });
    const other = experimentalElsewhere(go, enzymes, [id]);
    if (other.length > 0) {
      return contradicted(ctx, c, `Gene Ontology gives ${go.symbol} the enzyme activity ${other[0]!.annotation.name}, and no ${activity}`, other);
    }
  }
  if (!experimentalAt(go, ROOT_TERMS.MF)) return undefined;
  const listed = go.functions.of(go.ncbi)?.MF.slice(0, 2) ?? [];
  if (listed.length === 0) return undefined;
  return unsupported(ctx, c, go, `Gene Ontology lists no ${activity} for ${go.symbol}; its functions include ${listed.map((a) => `${a.name} (${a.evidence.join(', ')})`).join(', ')}`);
}

function process(ctx: JudgeContext, c: AttributeClaim, go: GeneGo): Finding | undefined {
  if (relatedToAny(go, [c.value]) || !experimentalAt(go, ROOT_TERMS.BP)) return undefined;
  // "Sox2 promoted cell migration", "we show that XB130 promotes proliferation": a finding reported, not a textbook
  // statement; GO's silence says nothing against it.
  const sentence = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  const cue = ctx.text.slice(c.subject.end, c.valueStart);
  const past = !/\b(?:is|are|be|been)\b/i.test(cue) && /\b\w+ed\b|\bdrove\b/i.test(cue);
  if (past || REPORTED.test(sentence)) return undefined;
  const v = go.functions.claimTerm(c.value);
  const term = v === undefined ? undefined : go.functions.term(v);
  const listed = go.functions.of(go.ncbi)?.BP.slice(0, 2) ?? [];
  if (!term || listed.length === 0) return undefined;
  return unsupported(ctx, c, go, `Gene Ontology has no process of ${go.symbol} in or regulating ${term.name} (${term.id}); it lists ${listed.map((a) => `${a.name} (${a.evidence.join(', ')})`).join(', ')}`);
}

/** The words the claim was read from, as written (whitespace folded, long ones cut). */
function quote(ctx: JudgeContext, c: AttributeClaim): string {
  // "a mitochondrial protein": an adjective is quoted with the noun it qualifies.
  const noun = c.form === 'adjective' ? (/^\s{1,3}[\w-]{1,30}/.exec(ctx.text.slice(c.end, c.end + 34))?.[0].length ?? 0) : 0;
  const words = ctx.text.slice(c.start, c.end + noun).replace(/\s+/g, ' ').trim();
  return words.length > 90 ? `${words.slice(0, 87)}...` : words;
}

function label(p: Placed): string {
  return `${p.annotation.id} ${p.annotation.name}, ${p.annotation.evidence.join(', ')}`;
}

function contradicted(ctx: JudgeContext, c: AttributeClaim, says: string, placed: readonly Placed[], fix?: Fix): Finding {
  const sources = placed.slice(0, 2).map(label).join('; ');
  return {
    code: 'claim-contradicted', start: c.start, end: c.end,
    message: `"${quote(ctx, c)}": ${says} (${sources}, via ${GO_SOURCE}).`,
    evidence: { entityId: c.subject.entityId!, path: [], source: GO_SOURCE, label: `Gene Ontology: ${label(placed[0]!)}` },
    fixes: fix ? [fix] : [],
  };
}

function unsupported(ctx: JudgeContext, c: AttributeClaim, go: GeneGo, says: string): Finding {
  return {
    code: 'claim-unsupported', start: c.start, end: c.end,
    message: `"${quote(ctx, c)}": ${says} (via ${GO_SOURCE}).`,
    evidence: { entityId: c.subject.entityId!, path: [], source: GO_SOURCE, label: `Gene Ontology annotations of ${go.symbol}` },
    fixes: [],
  };
}
