// What the analyzer keeps per document, and the analysis it hands out. The analysis comes in stages: the mentions
// (with the regions) are found at once; the gene-writing hints of a full analysis when something first reads
// `analysis.hints`, and the findings (claims) when something reads `analysis.findings` (diagnostics, code actions), so
// hover, completion, symbols, tokens and links never run claims nor word hints.
import type { TextSource } from '../document/pieceText';
import type { TextRegion } from '../markup/regions';
import type { DocumentGenes } from '../matcher/documentGenes';
import type { DocumentAnalysis, Finding, LanguageKind, Mention, TermHint } from '../types';
import type { Edit } from './edits';
import type { DeferredSpans } from './splice';

/** The claims of one window (the paragraphs an edit touched), still to be read and spliced into the findings. */
export interface ClaimWindow {
  /** The window [a, b) in the current text. */
  a: number;
  b: number;
  /** Its regions, in the window's offsets. */
  local: readonly TextRegion[];
  /** Its mentions (in the document's offsets). */
  found: Mention[];
}

/** Where a document's findings stand: all found, none yet (read the whole text), or one window's still to find. */
export type ClaimsDue = 'done' | 'all' | ClaimWindow;

export interface DocumentState {
  analysis: DocumentAnalysis;
  /** The analysis's mentions, moved after an edit only when read (`analysis.mentions` reads them settled). */
  mentions: DeferredSpans<Mention>;
  /** The text analysed: a PieceText for the server's documents (reading it near an edit joins nothing). */
  text: TextSource;
  /**
   * Lines of `text`: a change in the count moves every range after the changed paragraphs. Undefined until the first
   * edit for a document other than an EditableDocument (counting costs a pass over the text).
   */
  lineCount: number | undefined;
  regions: TextRegion[];
  /** False when the text surely holds no suppression comment. */
  directives: boolean;
  /** Edits applied since `analysis` (undefined: unknown changes), and the version they lead to. */
  edits: Edit[] | undefined;
  version: number;
  /** The findings found so far (complete when `claims` is 'done'). */
  findings: Finding[];
  claims: ClaimsDue;
  /** What the whole document says about its genes (documentGenes.ts): an edit's window is read with it. */
  genes: DocumentGenes;
  /** The hints; undefined until first read after a full analysis (then made from the mentions). */
  hints: TermHint[] | undefined;
}

/**
 * A state with its analysis: mentions settled when first read, findings found (by `findingsOf`) and hints made (by
 * `hintsOf`, when `hints` is undefined) when first read.
 */
export function makeState(
  fields: Omit<DocumentState, 'analysis' | 'hints'>,
  uri: string,
  language: LanguageKind,
  hints: TermHint[] | undefined,
  findingsOf: (state: DocumentState) => Finding[],
  hintsOf: (state: DocumentState) => TermHint[],
): DocumentState {
  const { mentions } = fields;
  const analysis: DocumentAnalysis = {
    uri,
    version: fields.version,
    language,
    get mentions(): Mention[] {
      return mentions.settled();
    },
    get findings(): Finding[] {
      return findingsOf(state);
    },
    get hints(): TermHint[] {
      return (state.hints ??= hintsOf(state));
    },
  };
  const state: DocumentState = { ...fields, analysis, hints };
  return state;
}
