// Analyses a document once per version: mentions, then the claims made about them. Every feature reads from here,
// so hover, definition, diagnostics and code actions never re-scan the same text.
//
// Incremental: when the host applies edits through `update` (the server does, for every didChange), the next
// analysis re-reads only the paragraphs around the changes and splices the results into the previous analysis
// (incremental.ts); anything else (a new document, a full-text change) is analysed whole.
//
// Claims are judged on what the profiles describe: a gene known only from the gene table (or an alias naming
// several genes) is recognized for hover and definition, but the claims checker does not see it, so neutral prose
// about any gene gets no claim-unsupported noise.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createClaimChecker, type ClaimChecker } from '../claims/checker';
import { EditableDocument, textOf } from '../document/editableDocument';
import type { TextSource } from '../document/pieceText';
import { TermHints } from './termHints';
import { applyChanges, changedWindow, DeferredSpans, moveNote, moveNotes, moveSpans, paragraphWindow, shiftMention, spliceInPlace, type Edit } from './incremental';
import { excludedRegions, type TextRegion } from '../markup/regions';
import { createMatcher, type Matcher } from '../matcher/matcher';
import { MentionPool } from '../matcher/mentionPool';
import type { DocumentAnalysis, Finding, LanguageKind, Lexicon, Mention, TermHint } from '../types';
import { languageKindOf } from '../types';

interface DocumentState {
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
  /** Whether the text holds "genelens-" (a suppression comment may): known without searching 1 MB per keystroke. */
  directives: boolean;
  /** Edits applied since `analysis` (undefined: unknown changes), and the version they lead to. */
  edits: Edit[] | undefined;
  version: number;
}

/** What every suppression comment holds (features/suppression.ts). */
const DIRECTIVE = 'genelens-';

/** Documents up to this size are analysed whole for a hover; larger ones, only the paragraph under the cursor. */
const HOVER_FULL_ANALYSIS = 64 * 1024;

export class DocumentAnalyzer {
  private readonly states = new Map<string, DocumentState>();
  readonly matcher: Matcher;
  readonly claims: ClaimChecker;
  private readonly termHints: TermHints;
  /** The mentions of analyses replaced or forgotten, for the next analyses to fill in again. */
  private readonly pool = new MentionPool();

  constructor(readonly lexicon: Lexicon) {
    this.matcher = createMatcher(lexicon);
    this.claims = createClaimChecker(lexicon);
    this.termHints = new TermHints(lexicon);
  }

  /**
   * Applies content changes to a document, as TextDocument.update does, and remembers where the text changed so the
   * next analysis is incremental. Returns the (same, updated) document.
   */
  update(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
    const state = this.states.get(document.uri);
    const tracked = state !== undefined && state.edits !== undefined && state.version === document.version;
    if (tracked && state.lineCount === undefined) state.lineCount = document.lineCount;
    const edits = applyChanges(document, changes, version);
    if (state) {
      state.edits = tracked && edits ? [...(state.edits ?? []), ...edits] : undefined;
      state.version = document.version;
    }
    return document;
  }

  analyze(document: TextDocument): DocumentAnalysis {
    const state = this.states.get(document.uri);
    const language = languageKindOf(document.languageId);
    if (state && state.analysis.version === document.version && state.analysis.language === language) return state.analysis;
    const next =
      (state && state.edits && state.version === document.version && state.analysis.language === language
        ? this.incremental(state, document)
        : undefined) ?? this.full(document, language);
    this.states.set(document.uri, next);
    if (state && next.mentions !== state.mentions) this.release(state);
    return next.analysis;
  }

  /**
   * The mentions to look at for a position: the current analysis when there is one or it is cheap to make, else
   * those of the paragraph around `offset` alone (hover never waits for a long analysis of a large document).
   */
  mentionsNear(document: TextDocument, offset: number): readonly Mention[] {
    const state = this.states.get(document.uri);
    const cheap = state !== undefined && (state.analysis.version === document.version || (state.edits !== undefined && state.version === document.version));
    const text = textOf(document);
    if (cheap || text.length <= HOVER_FULL_ANALYSIS) return this.analyze(document).mentions;
    const a = text.lastIndexOf('\n\n', offset) + 1;
    let b = text.indexOf('\n\n', offset);
    if (b < 0) b = text.length;
    const slice = text.slice(a, b);
    return this.matcher.findMentions(slice, languageKindOf(document.languageId)).map((m) => shiftMention(m, a));
  }

  /** False when the document surely holds no suppression comment (diagnostics then skip looking for them). */
  mayHaveDirectives(document: TextDocument): boolean {
    const state = this.states.get(document.uri);
    return state === undefined || state.analysis.version !== document.version || state.directives;
  }

  forget(uri: string): void {
    const state = this.states.get(uri);
    this.states.delete(uri);
    if (state) this.release(state);
  }

  private full(document: TextDocument, language: LanguageKind): DocumentState {
    const { uri, version } = document;
    const source = textOf(document);
    const text = source.toString();
    const regions = excludedRegions(text, language);
    const mentions = this.matcher.findMentionsOutside(text, regions, this.pool);
    const findings = this.claims.check(text, language, this.judged(mentions), regions);
    const hints = this.hints(mentions);
    const deferred = new DeferredSpans(mentions);
    const analysis = analysisOf(uri, version, language, deferred, findings, hints);
    // The line count of a library TextDocument costs a pass over the text: it is read before the first edit instead.
    const lineCount = document instanceof EditableDocument ? document.lineCount : undefined;
    return { analysis, mentions: deferred, text: source, lineCount, regions, directives: text.includes(DIRECTIVE), edits: [], version };
  }

  /** The paragraphs around the edits, analysed again and spliced in; undefined when it must be analysed whole. */
  private incremental(state: DocumentState, document: TextDocument): DocumentState | undefined {
    const { analysis } = state;
    const text = textOf(document);
    const { version } = document;
    const changed = changedWindow(state.edits ?? []);
    if (!changed) {
      const same = analysisOf(analysis.uri, version, analysis.language, state.mentions, analysis.findings, analysis.hints ?? []);
      return { ...state, analysis: same, text, edits: [], version };
    }
    // A directive never spans a blank line: when the text held none before, only the window can hold one now.
    if (state.text.length + changed.delta !== text.length) return undefined;
    const { a, b } = paragraphWindow(text, changed, state.text, state.regions);
    const oldB = b - changed.delta;
    const slice = text.slice(a, b);
    const local = excludedRegions(slice, analysis.language);
    // A fence, comment or environment opened in the window and still open at its end reaches further: start over.
    if (b < text.length && local.length > 0 && (local[local.length - 1]?.end ?? 0) >= slice.length) return undefined;
    const windowRegions = local.map((r) => ({ start: r.start + a, end: r.end + a }));
    const found = this.matcher.findMentionsOutside(slice, local, this.pool);
    const claims = this.claims.check(slice, analysis.language, this.judged(found), local);
    // Moved in place once the claims are read: the matcher made them for this window alone (a copy would give each
    // its own shape, and every later edit moves them all).
    for (const m of found) {
      m.start += a;
      m.end += a;
    }
    const mentions = found;
    const { delta } = changed;
    if (state.lineCount === undefined) return undefined;
    const lines = document.lineCount - state.lineCount;
    // The previous analysis's lists are changed in place (it is replaced): the window's items swapped, the rest moved.
    state.mentions.splice(a, oldB, mentions, delta);
    const findings = analysis.findings;
    for (const f of claims) moveNote(f, a, 0);
    moveNotes(findings, spliceInPlace(findings, a, oldB, claims), delta, lines);
    const hints = analysis.hints ?? [];
    moveNotes(hints, spliceInPlace(hints, a, oldB, this.hints(mentions)), delta, lines);
    const regions = state.regions;
    moveSpans(regions, spliceInPlace(regions, a, oldB, windowRegions), delta);
    const next = analysisOf(analysis.uri, version, analysis.language, state.mentions, findings, hints);
    // Outside the window the text is as before: only a directive the old window held can have gone (then look again).
    const directives = slice.includes(DIRECTIVE) || (state.directives && (!state.text.slice(a, oldB).includes(DIRECTIVE) || text.includes(DIRECTIVE)));
    return { analysis: next, mentions: state.mentions, text, lineCount: document.lineCount, regions, directives, edits: [], version };
  }

  /**
   * Empties the lists of an analysis that is no longer the document's (replaced by a full one, or forgotten), and
   * keeps its mentions for the next analyses (mentionPool.ts). The lists are the analyzer's (an edit's analysis changes
   * them in place): nothing reads them once the document has moved on. Emptied, a large list that outlived a
   * young-generation collection no longer keeps what it pointed to alive through the next ones.
   */
  private release(state: DocumentState): void {
    state.mentions.release((mentions) => this.pool.give(mentions));
    state.analysis.findings.length = 0;
    if (state.analysis.hints) state.analysis.hints.length = 0;
    state.regions.length = 0;
  }

  private hints(mentions: readonly Mention[]): TermHint[] {
    return this.termHints.of(mentions);
  }

  /** The mentions the claims checker judges: those of profiled entities and rs IDs. */
  private judged(mentions: Mention[]): Mention[] {
    if (!this.lexicon.genes) return mentions;
    // One pass into a list of the mentions' length, cut to what was kept (a filter grows it step by step).
    const out = new Array<Mention>(mentions.length);
    let k = 0;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (isJudged(m)) out[k++] = m;
    }
    if (k === mentions.length) return mentions;
    out.length = k;
    return out;
  }
}

function isJudged(m: Mention): boolean {
  return m.kind !== 'gene' || (m.known && !m.candidates);
}

/** An analysis whose mentions are settled when first read. */
function analysisOf(
  uri: string,
  version: number,
  language: LanguageKind,
  mentions: DeferredSpans<Mention>,
  findings: Finding[],
  hints: TermHint[],
): DocumentAnalysis {
  return {
    uri,
    version,
    language,
    get mentions(): Mention[] {
      return mentions.settled();
    },
    findings,
    hints,
  };
}

