// The shape of a profile file in data/profiles/ (and a team's .genelens/profiles/).
// data/schema/profile.schema.json is the same contract for editors and curators; test/data checks they agree.
// One file holds one entity. Every fact carries its source.

/**
 * Where a fact comes from:
 * - "seed": the NMRK1 seed profile the project was created from;
 * - "PMID:<digits>": a PubMed article;
 * - "HGNC", "NCBI Gene", "UniProt", "ChEBI", "HMDB", "dbSNP", "FamPlex": the database the identifier or name was checked against;
 * - "Gene Ontology": a GO term annotated to the gene (NCBI gene2go, as Debian's r-bioc-org.hs.eg.db ships it), its id
 *   and evidence codes beside it (a reaction's `go` and `evidence`);
 * - "curator": a curator's reading, always with a note that says why.
 */
export type Source = string;

/** `family`: a protein family or complex of FamPlex (AMPK, PKC, NF-κB), whose members are genes. */
export type ProfileKind = 'gene' | 'complex' | 'family' | 'chemical' | 'hormone' | 'condition' | 'disease' | 'variant';

/** What a mention names: a profile's kind, or `species`, an organism by its NCBI Taxonomy id (lexicon/taxa.ts). */
export type EntityKind = ProfileKind | 'species';

/** A fact with its source. `note` is a curator note (for instance where the seed is loose). */
export interface Fact<T> {
  value: T;
  source: Source;
  note?: string;
  /** Set when the fact could not be verified beyond its stated source. */
  unverified?: boolean;
  /** The value is the source's loose wording: cards and pages show `note` (the curator's reading) as the fact. */
  loose?: boolean;
}

export type SynonymType = 'alias' | 'previous' | 'name' | 'synonym' | 'abbreviation' | 'spelling';

/**
 * Another way of writing the entity. Like a cspell dictionary entry, it declares its own case rule:
 * "sensitive" (the default for alias, previous, abbreviation) or "insensitive" (the default for name, synonym, spelling).
 */
export interface Synonym {
  text: string;
  type: SynonymType;
  case?: 'sensitive' | 'insensitive';
  source: Source;
  note?: string;
  /**
   * When the text names other entities too, the decision the curator took: "this" (recognize it as this entity
   * anyway, e.g. NRK1 -> NMRK1 in this project's domain) or "skip" (list it on the card, never recognize it).
   */
  ambiguity?: { decision: 'this' | 'skip'; alsoNames: string[]; note: string };
}

export interface Identifiers {
  hgnc?: Fact<string>; // "HGNC:26057"
  ncbiGene?: Fact<string>; // "54981"
  uniprot?: Fact<string>; // "Q9NWW6"
  chebi?: Fact<string>; // "CHEBI:15927"
  hmdb?: Fact<string>; // "HMDB0000855"
  dbsnp?: Fact<string>; // "rs12611"
  /** FamPlex id of a family or complex ("AMPK"): the profile takes that family of data/lexicon/families.tsv over. */
  famplex?: Fact<string>;
}

/** A titled paragraph of profile prose (key takeaways, role in ageing, disorders, deep dive...). */
export interface Note {
  title?: string;
  text: string;
  source: Source;
  note?: string;
  /** The text is the source's loose wording: pages show `note` as the fact, the text only as the source's words. */
  loose?: boolean;
}

/** Effect of a regulator on this entity, or of this entity on a target. */
export type Effect = 'activates' | 'inhibits' | 'produces' | 'modulates';

/**
 * A relation from the profile's entity (for `downstream`) or to it (for `upstream`, `hormonal`).
 * `entity` is the id of another profile; `label` is the seed's own wording ("Activator", "Metabolic Stimulator").
 * `mechanism` says how: "expression" (the regulator changes how much of the gene is made), "activity", or "supply".
 */
export interface Relation {
  entity: string;
  effect: Effect;
  label: string;
  mechanism?: 'expression' | 'activity' | 'supply';
  description: string;
  source: Source;
  note?: string;
}

/**
 * A reaction the entity catalyses: substrates into products (profile ids), with required cofactors; participants no
 * profile describes are named in `otherSubstrates`/`otherProducts` (shown, never matched). A transporter's reaction
 * (`transport`) carries its substrates across a membrane: its products are the same ids.
 */
export interface Reaction {
  substrates: string[];
  products: string[];
  cofactors?: string[];
  otherSubstrates?: string[];
  otherProducts?: string[];
  /** "forward" (as written, the default) or "reversible". */
  direction?: 'forward' | 'reversible';
  transport?: boolean;
  /** Sources disagree on whether the entity does this (the note says who): shown as disputed, never as settled. */
  disputed?: boolean;
  /** EC number ("2.4.2.12"), the GO molecular-function term that states the reaction and its evidence codes. */
  ec?: string;
  go?: string;
  evidence?: string[];
  description: string;
  source: Source;
  note?: string;
}

/** An entity this one needs in order to work (NMRK1 needs Mg2+). */
export interface Requirement {
  entity: string;
  description: string;
  source: Source;
  note?: string;
}

export interface Domain {
  name: string;
  description: string;
  source: Source;
}

export interface Intervention {
  category: 'supplement' | 'lifestyle' | 'medicine';
  name: string;
  entity?: string;
  description: string;
  source: Source;
  note?: string;
}

export interface LabTest {
  category: string;
  name: string;
  description: string;
  source: Source;
  note?: string;
}

export interface VariantRef {
  id: string; // "rs12611" (an entity id of kind variant)
  description: string;
  source: Source;
  note?: string;
}

export interface Paper {
  pmid?: string; // digits only; absent when the paper could not be identified
  doi?: string;
  citation?: string; // "Ratajczak J et al. (2016) Nat Commun 7:13103"
  description: string;
  source: Source;
  note?: string;
}

export interface Profile {
  $schema?: string;
  /** Unique id: the approved symbol for genes ("NMRK1"), the short name for chemicals ("NAD+"), the rs ID for variants. */
  id: string;
  kind: ProfileKind;
  /** How the entity is written and recognized first: "NMRK1", "NAD+", "AMPK", "rs12611", "DNA damage". */
  symbol: string;
  /** Full name: "nicotinamide riboside kinase 1". Recognized in any case. */
  name: string;
  symbolSource: Source;
  nameSource: Source;
  synonyms?: Synonym[];
  identifiers?: Identifiers;
  summary?: Fact<string>;
  /** Cytogenetic location, "9q21.13". */
  location?: Fact<string>;
  /** Canonical isoform length in amino acids. */
  proteinLength?: Fact<number>;
  /** The protein type as a lower-case noun ("kinase"); `label` keeps the seed's wording ("Enzyme (Kinase)"). */
  proteinType?: Fact<string> & { label?: string };
  family?: Fact<string>;
  subcellularLocation?: Fact<string[]>;
  /** Tissues where the entity is expressed or concentrated; `scope` "broad" means nearly all tissues. */
  tissues?: Fact<string[]> & { scope?: 'broad' | 'concentrated' };
  /** For a complex: the ids or symbols of its member genes. */
  members?: Fact<string[]>;
  /** For a variant: the gene it is listed under. */
  gene?: Fact<string>;
  keyTakeaways?: Note[];
  overview?: Note[];
  domains?: Domain[];
  reactions?: Reaction[];
  requires?: Requirement[];
  upstream?: Relation[];
  downstream?: Relation[];
  hormonal?: Relation[];
  ageing?: Note[];
  disorders?: Note[];
  interventions?: Intervention[];
  labTests?: LabTest[];
  snps?: VariantRef[];
  deepDive?: Note[];
  papers?: Paper[];
  curatorNotes?: Note[];
}
