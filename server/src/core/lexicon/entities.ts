// What the lexicon knows, as the matcher and the features see it: an entity, each way of writing it (a term), and
// the validated profile it comes from. Types only; apart from types.ts (which re-exports them) so the gene table's
// lexicon (geneLexicon.ts), which types.ts names, can use them without a circle.
import type { Range } from 'vscode-languageserver-types';
import type { EntityKind, Profile, SynonymType } from '../profile';
import type { FamilyRecord } from './familyTable';

/** A profile that parsed and validated, with the text it came from (for locations). */
export interface LoadedProfile {
  uri: string;
  text: string;
  profile: Profile;
  /** Range of the whole entity entry (the root object) in the file. */
  entryRange: Range;
  /** Range of the `symbol` value: where a definition puts the cursor. */
  symbolRange: Range;
  /** Range of a JSON path in the file ("snps", 0) or undefined; computed lazily with jsonc-parser. */
  rangeOf(path: (string | number)[]): Range | undefined;
}

/**
 * How a mention was written. `rsid` is any rs ID; `hgvs` a variant in HGVS or legacy notation (matcher/variants.ts);
 * `symbol` the approved symbol or short name.
 */
export type MatchVia = 'symbol' | SynonymType | 'rsid' | 'hgvs';

/** One way of writing an entity, as the matcher knows it. */
export interface Term {
  text: string;
  entityId: string;
  via: MatchVia;
  caseSensitive: boolean;
  /** The text also reads as prose (a family's "PKC", "Ras"): recognized only where the text is about genes. */
  needsContext?: boolean;
}

/**
 * A lexicon's terms by position, in the order of `Lexicon.terms`, made when asked for: with the tables that list is
 * ~190,000 objects kept for the lexicon's life; completion's index reads the terms through this instead.
 */
export interface TermList {
  readonly length: number;
  /** The term at a position, made now (a new object each call). */
  at(position: number): Term | undefined;
  /** Every term's text, in order (for an index over them: no Term objects made). */
  texts(): Iterable<string>;
}

/** An entity the lexicon knows: a profile, or (for an rs ID with no profile) a bare variant. */
export interface Entity {
  id: string;
  kind: EntityKind;
  symbol: string;
  name: string;
  /** The profile, when one exists. */
  profile?: LoadedProfile;
  /** Row of the gene in the gene table (`Lexicon.genes`), when the table lists it (profiled genes too). */
  geneRow?: number;
  /** For a family or complex: its row of data/lexicon/families.tsv (members, texts), profiled ones too. */
  family?: FamilyRecord;
}
