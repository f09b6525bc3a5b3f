// Shared types of the language service. The contract between the layers:
//   profiles (text) --loadProfiles--> LoadedProfile[] --buildLexicon--> Lexicon
//   document text --findMentions(lexicon)--> Mention[] --claims--> Finding[]
//   features (hover, definition, diagnostics, code actions) turn those into LSP-shaped results.
import type { Range } from 'vscode-languageserver-types';
import type { Entity, LoadedProfile, MatchVia, Term, TermList } from './lexicon/entities';
import type { GeneLexicon } from './lexicon/geneLexicon';
import type { MeshTable } from './lexicon/meshTable';
import type { EntityKind } from './profile';

export type { Entity, LoadedProfile, MatchVia, Term, TermList } from './lexicon/entities';

/** A profile file's text as the host read it. The core never touches the file system. */
export interface ProfileDocument {
  uri: string;
  text: string;
}

/** A problem found while loading a profile: reported with its file and position, never thrown. */
export interface ProfileProblem {
  uri: string;
  range: Range;
  message: string;
  severity: 'error' | 'warning';
}

export interface LoadResult {
  profiles: LoadedProfile[];
  problems: ProfileProblem[];
}

/**
 * What the service knows: the profiles' entities and, when a gene table is loaded, every human gene.
 * With a gene table (about 65,000 genes, 137,000 terms), for speed:
 * - `entities` holds the profiles' entities and bare variants only, not the table's genes; `get` and `resolve` find
 *   table genes too (made on demand), and `genes` walks them;
 * - `terms` holds every term, the table's included, but the array is built on first access (~137,000 objects, tens of
 *   milliseconds): code that only needs the curated terms reads `profileTerms`; `termCount` counts without building.
 */
export interface Lexicon {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly terms: readonly Term[];
  /** Builds `terms` in steps (with the gene table it is ~137,000 objects), for a host's idle time. */
  prepareTerms?(): Generator<void, void>;
  /**
   * `terms` by position without building that array (TermList), made in steps on first call and kept: what completion
   * and workspace symbols read, so a server never holds every term as an object.
   */
  termListInSteps(): Generator<void, TermList>;
  get(id: string): Entity | undefined;
  /** Resolve a written id or name (any case rule) to an entity, for data cross-references: "AMPK", "NAD+". */
  resolve(text: string): Entity | undefined;
  /**
   * The profiles' terms, and the families' (families.tsv) after them, without the gene table's: what the matcher's
   * profile tries hold. Absent in lexicons made without a gene table.
   */
  readonly profileTerms?: readonly Term[];
  /** Number of terms, without building `terms`. */
  readonly termCount?: number;
  /** The gene table, when one is loaded: every human gene's symbols and aliases, records made on demand. */
  readonly genes?: GeneLexicon;
  /** The chemical and disease tables (MeSH, ChEBI, Disease Ontology), when loaded: their entries are found by `get`. */
  readonly mesh?: MeshTable;
  /** The families and complexes of data/lexicon/families.tsv (FamPlex) by entity id, when loaded with the table. */
  readonly families?: ReadonlyMap<string, Entity>;
}

/** A recognized term in a document. Offsets are UTF-16 code unit offsets into the document text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Entity id; for an rs ID with no profile, the rs ID itself. */
  entityId: string;
  kind: EntityKind;
  via: MatchVia;
  /** False for an rs ID (or other term) that no profile describes, such as a gene known only from the gene table. */
  known: boolean;
  /**
   * Entity ids of every gene the text names, when it names several (an ambiguous alias), most studied first;
   * `entityId` is the first. Cut to the one chosen when the document decides (matcher/documentGenes.ts).
   */
  candidates?: readonly string[];
  /**
   * NCBI Taxonomy id when the text names another species' gene ("10090" mouse, "10116" rat, "7227" fruit fly:
   * matcher/species.ts); the entity is the human gene of that name. Absent: human.
   */
  species?: string;
}

/** How a document is read: `pandoc` is Quarto and R Markdown (Pandoc Markdown with code chunks). */
export type LanguageKind = 'markdown' | 'pandoc' | 'latex' | 'plaintext';

/** Markdown and its Pandoc dialect share block structure, sentence units and comment syntax. */
export function isMarkdownKind(kind: LanguageKind): boolean {
  return kind === 'markdown' || kind === 'pandoc';
}

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export const nullLogger: Logger = { log: () => undefined, error: () => undefined };

/** Map an LSP language id (or a file extension) to the markup the matcher understands. */
export function languageKindOf(languageIdOrExt: string): LanguageKind {
  const id = languageIdOrExt.toLowerCase().replace(/^\./, '');
  if (id === 'markdown' || id === 'md' || id === 'mdx' || id === 'markdn') return 'markdown';
  if (id === 'quarto' || id === 'qmd' || id === 'rmd' || id === 'rmarkdown' || id === 'pandoc') return 'pandoc';
  if (id === 'latex' || id === 'tex' || id === 'bibtex' || id === 'ltx' || id === 'sty') return 'latex';
  return 'plaintext';
}

/** A text edit by offsets, turned into an LSP TextEdit by the features. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix a finding offers. Never applied unless the user picks it. */
export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** The fix a user most likely wants (LSP `isPreferred`). */
  preferred?: boolean;
}

/** Where the profile data says what it says: shown as relatedInformation and in the message. */
export interface Evidence {
  entityId: string;
  /** JSON path of the fact in the entity's profile file, e.g. ["upstream", 0]. */
  path: (string | number)[];
  source: string;
  /** The fact in a reader's words: "regulated by AMPK", "reaction NMN + ATP → NAD+". */
  label?: string;
}

/** A claim the checker judged: contradicted, unsupported or overstated. Offsets into the document text. */
export interface Finding {
  code: 'claim-contradicted' | 'claim-unsupported' | 'claim-overstated';
  start: number;
  end: number;
  message: string;
  evidence?: Evidence;
  fixes: Fix[];
  /** The finding's range in the document, once diagnostics have made it; the analyzer keeps it current. */
  range?: Range;
}

/** A hint about how a gene is written, not about what a sentence claims. Offsets into the document text. */
export interface TermHint {
  code: 'ambiguous-term' | 'non-preferred-symbol';
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** The hint's range in the document, once diagnostics have made it; the analyzer keeps it current. */
  range?: Range;
}

/**
 * What the service knows about one version of a document. Its lists are the analyzer's, valid until the document's
 * next analysis: an edit's analysis changes them in place, and a full analysis or `forget` empties them. Read what you
 * need before then; copy what must stay. `findings` runs the claims checker when first read (analysis/state.ts):
 * features that need only mentions never read it.
 */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  language: LanguageKind;
  mentions: Mention[];
  findings: Finding[];
  /** ambiguous-term and non-preferred-symbol hints, one per mention that needs one (analysis/termHints.ts). */
  hints?: TermHint[];
}
