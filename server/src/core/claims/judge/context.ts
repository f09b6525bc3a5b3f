// What a judge weighs a claim with (the lexicon, the facts read from the profiles, where the claim sits), and the
// evidence a finding points at, labelled for a reader.
import type { Evidence, Lexicon } from '../../types';
import type { FactIndex, FactRef } from '../knowledge/facts';
import type { GeneOntologyFacts } from '../knowledge/geneOntology';
import { factLabel } from './sourceWords';

export interface JudgeContext {
  lexicon: Lexicon;
  facts: FactIndex;
  /** Every gene's Gene Ontology annotations, when the host has the table (location, enzyme-class, process claims). */
  go?: GeneOntologyFacts;
  /** The document text (for fixes) and the sentence's bounds (for citations). */
  text: string;
  sentence: { start: number; end: number };
}

/** The fact a finding rests on, with a label a reader understands ("NMRK1 profile: regulated by AMPK"). */
export function evidence(ctx: JudgeContext, fact: FactRef): Evidence {
  const profile = ctx.lexicon.get(fact.holder)?.profile?.profile;
  const label = profile ? factLabel(profile, fact.path, (id) => ctx.lexicon.get(id)?.symbol ?? id) : undefined;
  return { entityId: fact.holder, path: fact.path, source: fact.source, ...(label ? { label } : {}) };
}
