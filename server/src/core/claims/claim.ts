// What a sentence claims, as the extractor reads it and the judge weighs it.
import type { Mention } from '../types';
import type { VerbClass, VerbForm } from './vocabulary';

/** One side of a claim: a recognized entity, or a phrase the data does not know ("NF-kB signaling"). */
export interface Arg {
  /** The entity id when the argument is a recognized mention. */
  entityId?: string;
  mention?: Mention;
  /** As written (the mention's text, or the phrase). */
  text: string;
  start: number;
  end: number;
  /** Loss of function or depletion of the argument ("loss of NMRK1", "NAD+ depletion") turns the sign around. */
  flip: boolean;
  /** The entity's mutations or variants ("NMRK1 mutations"). */
  genetic?: boolean;
}

/** The words that carry the claim, kept for messages and for quick fixes that keep the inflection. */
export interface VerbUse {
  start: number;
  end: number;
  lemma: string;
  form: VerbForm;
  /** For "is an inhibitor of": the role noun; start/end then cover the article and the noun. */
  noun?: string;
  /** The negation ("does not", "never", "cannot") from its first word up to the verb. */
  negation?: { start: number; end: number; aux?: string };
  passive: boolean;
  /** The preposition before the agent of a passive or a change ("by", "during", "in response to"). */
  prep?: string;
  /** The particle that belongs to the verb ("protects against", "depends on"). */
  particle?: string;
  /** Written as a noun of action: "the AMPK-mediated inhibition of NMRK1" (start/end cover the noun). */
  nominalized?: boolean;
}

export interface RelationClaim {
  type: 'relation';
  cls: VerbClass;
  /** The verb's own sign (+1 activates, -1 inhibits, 0 neither), before loss-of-function flips. */
  sign: 1 | -1 | 0;
  /** The acting side (for a passive, the agent after "by"). */
  subject: Arg;
  object: Arg;
  negated: boolean;
  verb: VerbUse;
  start: number;
  end: number;
}

export interface ConversionClaim {
  type: 'conversion';
  /** Absent for "NR is converted into NMN" (no enzyme named). */
  enzyme?: Arg;
  substrates: Arg[];
  products: Arg[];
  negated: boolean;
  verb: VerbUse;
  start: number;
  end: number;
}

export type AttributeKind = 'location' | 'length' | 'type' | 'family' | 'subcellular' | 'tissue' | 'variantGene' | 'process';

export interface AttributeClaim {
  type: 'attribute';
  attr: AttributeKind;
  subject: Arg;
  /** The claimed value, normalised (a band "9q21.13", a chromosome "17", a number, a noun, a compartment...). */
  value: string;
  /** More values for tissues ("heart and skeletal muscle"). */
  values?: string[];
  /** Where the value is written, for the quick fix. */
  valueStart: number;
  valueEnd: number;
  /** How the value is written: a compartment as an adjective ("mitochondrial") or a noun; a chromosome number. */
  form?: 'adjective' | 'noun' | 'chromosome' | 'band';
  /** Tissue claims: "mainly/concentrated in" (restrictive) or merely "found in". */
  restrictive?: boolean;
  /** "about 200 amino acids". */
  approximate?: boolean;
  negated: boolean;
  start: number;
  end: number;
}

export interface OverstatedClaim {
  type: 'overstated';
  word: string;
  start: number;
  end: number;
}

export type Claim = RelationClaim | ConversionClaim | AttributeClaim | OverstatedClaim;
