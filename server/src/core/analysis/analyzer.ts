// Analyses a document once per version: mentions, then the claims made about them. Every feature reads from here,
// so hover, definition, diagnostics and code actions never re-scan the same text.
//
// In stages (state.ts): the mentions at once, the hints of a full analysis and the findings (claims) when first read,
// so a hover never runs the claims. Incremental: when the host applies edits through `update` (the server does, for
// every didChange), the next analysis re-reads only the paragraphs around the changes and splices the results into the
// previous analysis (incremental.ts); anything else (a new document, a full-text change) is analysed whole.
//
// A large document can be analysed in steps instead (`analyzeInSteps`, stepped.ts): one job per document, advanced by
// whoever asks (the host's slices, or `analyze` when a request needs the result now), following the edits made while it
// runs, so that when it ends the analysis of the current version is only an edit's window away.
//
// Claims are judged on what the profiles describe: an alias naming several genes is recognized for hover and
// definition, but the claims checker does not see it; a gene known only from the gene table is seen only when the Gene
// Ontology table is there, and then only its location, enzyme-class and process claims are judged (against GO), so
// neutral prose about any gene gets no claim-unsupported noise.
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { createClaimChecker, type ClaimChecker } from '../claims/checker';
import type { GeneFunctions } from '../lexicon/geneFunctions';
import { EditableDocument, textOf } from '../document/editableDocument';
import { TermHints } from './termHints';
import { applyChanges, type Edit } from './edits';
import { analyzeEdits, DIRECTIVE, type Stages } from './incremental';
import { DeferredSpans, moveNote, shiftMention, spliceInPlace } from './splice';
import { ParagraphCache } from './paragraphCache';
import { makeState, type DocumentState } from './state';
import { analyzeInSteps, type ChunkStages, type SteppedResult } from './stepped';
import type { TextSource } from '../document/pieceText';
import { excludedRegions, type TextRegion } from '../markup/regions';
import { documentGenes, resolveGenes, sameEvidence } from '../matcher/documentGenes';
import { createMatcher, type Matcher } from '../matcher/matcher';
import { MentionPool } from '../matcher/mentionPool';
import type { DocumentAnalysis, Finding, LanguageKind, Lexicon, Mention, TermHint } from '../types';
import { languageKindOf } from '../types';

/** Documents up to this size are analysed whole for a hover; larger ones, only the paragraph under the cursor. */
const HOVER_FULL_ANALYSIS = 64 * 1024;
/** Documents larger than this are analysed in steps by `analyzeInSteps`; smaller ones at once. */
export const STEPPED_ABOVE = 64 * 1024;

/** A full analysis in steps under way, and the edits made to the document since the text it reads. */
interface AnalysisJob {
  language: LanguageKind;
  /** The version it analyses, its text and line count. */
  version: number;
  source: TextSource;
  lineCount: number;
  /** Edits applied since that version, and the version they lead to. */
  edits: Edit[];
  current: number;
  steps: Generator<void, SteppedResult>;
  /** Finished (its analysis is the document's) or cancelled. */
  over: boolean;
  cancelled: boolean;
}

export class DocumentAnalyzer implements Stages, ChunkStages {
  private readonly states = new Map<string, DocumentState>();
  private readonly jobs = new Map<string, AnalysisJob>();
  readonly matcher: Matcher;
  readonly claims: ClaimChecker;
  private readonly termHints: TermHints;
  /** Whether table genes go to the claims checker (for their Gene Ontology claims). */
  private readonly goClaims: boolean;
  /** The mentions of analyses replaced or forgotten, for the next analyses to fill in again. */
  private readonly pool = new MentionPool();
  /** The paragraphs hovers read in large documents not analysed yet (mentionsNear). */
  private readonly paragraphs = new ParagraphCache();
  private readonly findingsStage = (state: DocumentState): Finding[] => this.findingsOf(state);
  private readonly hintsStage = (state: DocumentState): TermHint[] => this.hintsOf(state.mentions.settled());

  /** `functions`: the Gene Ontology table the claims about any gene are checked with (read when first needed). */
  constructor(readonly lexicon: Lexicon, functions?: GeneFunctions) {
    this.goClaims = functions !== undefined;
    this.matcher = createMatcher(lexicon);
    this.claims = createClaimChecker(lexicon, functions);
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
    const job = this.jobs.get(document.uri);
    const followed = job !== undefined && job.current === document.version;
    const edits = applyChanges(document, changes, version);
    if (job) {
      // A job follows the edits made while it runs; one it cannot follow would end in an analysis of no use.
      if (followed && edits) {
        for (const edit of edits) job.edits.push(edit);
        job.current = document.version;
      } else this.cancel(document.uri);
    }
    if (state) {
      state.edits = tracked && edits ? [...(state.edits ?? []), ...edits] : undefined;
      state.version = document.version;
    }
    return document;
  }

  /** The document's analysis: its mentions now, its findings when read. */
  analyze(document: TextDocument): DocumentAnalysis {
    const language = languageKindOf(document.languageId);
    const job = this.jobs.get(document.uri);
    if (job && job.language === language) while (!this.advance(document.uri, job));
    else if (job) this.cancel(document.uri);
    return (this.fromState(document, language) ?? this.install(document.uri, this.full(document, language))).analysis;
  }

  /**
   * The document's analysis in steps: for a document over STEPPED_ABOVE with no analysis to start from, a full analysis
   * one chunk per step (stepped.ts); else at once. Undefined when the job was cancelled meanwhile (the document was
   * closed, or changed in a way the job cannot follow). Several callers (and `analyze`) advance the same job.
   */
  *analyzeInSteps(document: TextDocument): Generator<void, DocumentAnalysis | undefined> {
    const { uri } = document;
    const language = languageKindOf(document.languageId);
    let job = this.jobs.get(uri);
    if (job && job.language !== language) {
      this.cancel(uri);
      job = undefined;
    }
    if (!job) {
      const now = this.fromState(document, language);
      if (now) return now.analysis;
      if (textOf(document).length <= STEPPED_ABOVE) return this.analyze(document);
      job = this.startJob(document, language);
      yield;
    }
    while (!this.advance(uri, job)) yield;
    // The job's analysis, and the edits made meanwhile (an edit's window, analysed now).
    return job.cancelled ? undefined : this.analyze(document);
  }

  /** Whether a full analysis in steps of the document is under way. */
  analyzing(uri: string): boolean {
    return this.jobs.has(uri);
  }

  /** The analysis of the document's version from its state: the cached one, or its edits' (undefined: none). */
  private fromState(document: TextDocument, language: LanguageKind): DocumentState | undefined {
    const state = this.states.get(document.uri);
    if (!state || state.analysis.language !== language) return undefined;
    if (state.analysis.version === document.version) return state;
    if (!state.edits || state.version !== document.version) return undefined;
    const next = analyzeEdits(state, document, this);
    return next && this.install(document.uri, next);
  }

  /** Makes `next` the document's state; the one it replaces gives its lists back. */
  private install(uri: string, next: DocumentState): DocumentState {
    const state = this.states.get(uri);
    this.states.set(uri, next);
    if (state && state !== next) {
      // Replaced: its findings are no longer found (the lists may now be the next analysis's).
      state.claims = 'done';
      if (next.mentions !== state.mentions) this.release(state);
    }
    return next;
  }

  private startJob(document: TextDocument, language: LanguageKind): AnalysisJob {
    const source = textOf(document);
    const job: AnalysisJob = {
      language,
      version: document.version,
      source,
      lineCount: document.lineCount,
      edits: [],
      current: document.version,
      steps: analyzeInSteps(this, source, language),
      over: false,
      cancelled: false,
    };
    this.jobs.set(document.uri, job);
    return job;
  }

  /** One step of a job; true when it is over (its analysis installed, or cancelled). */
  private advance(uri: string, job: AnalysisJob): boolean {
    if (job.over) return true;
    const step = job.steps.next();
    if (!step.done) return false;
    job.over = true;
    this.jobs.delete(uri);
    const { regions, mentions, hints, findings, genes, directives } = step.value;
    const fields = { mentions: new DeferredSpans(mentions), text: job.source, lineCount: job.lineCount, regions, directives, edits: [], version: job.version, findings, claims: 'done' as const, genes };
    const next = this.stateOf(fields, uri, job.language, hints);
    // The edits made while it ran: the next analysis reads their window.
    next.edits = job.edits;
    next.version = job.current;
    this.install(uri, next);
    return true;
  }

  private cancel(uri: string): void {
    const job = this.jobs.get(uri);
    if (!job) return;
    this.jobs.delete(uri);
    job.over = true;
    job.cancelled = true;
    job.steps.return(undefined as unknown as SteppedResult);
  }

  /**
   * The mentions to look at for a position: the current analysis when there is one or it is cheap to make, else
   * those of the paragraph around `offset` alone (hover never waits for a long analysis of a large document).
   */
  mentionsNear(document: TextDocument, offset: number): readonly Mention[] {
    const state = this.states.get(document.uri);
    const cheap = !this.jobs.has(document.uri) && state !== undefined && (state.analysis.version === document.version || (state.edits !== undefined && state.version === document.version));
    const text = textOf(document);
    if (cheap || text.length <= HOVER_FULL_ANALYSIS) return this.analyze(document).mentions;
    const a = text.lastIndexOf('\n\n', offset) + 1;
    let b = text.indexOf('\n\n', offset);
    if (b < 0) b = text.length;
    const slice = text.slice(a, b);
    const kept = this.paragraphs.get(document.uri, document.version, a, slice);
    if (kept) return kept;
    const mentions = this.findMentions(slice, languageKindOf(document.languageId)).map((m) => shiftMention(m, a));
    this.paragraphs.set(document.uri, document.version, a, slice, mentions);
    return mentions;
  }

  /** False when the document surely holds no suppression comment (diagnostics then skip looking for them). */
  mayHaveDirectives(document: TextDocument): boolean {
    const state = this.states.get(document.uri);
    return state === undefined || state.analysis.version !== document.version || state.directives;
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.paragraphs.forget(uri);
    const state = this.states.get(uri);
    this.states.delete(uri);
    if (state) this.release(state);
  }

  /** Stage one of a whole document: regions, mentions. The hints are made and the findings found when read. */
  private full(document: TextDocument, language: LanguageKind): DocumentState {
    const { uri, version } = document;
    const source = textOf(document);
    const text = source.toString();
    const regions = excludedRegions(text, language);
    const mentions = this.matcher.findMentionsOutside(text, regions, this.pool);
    const genes = documentGenes(text, mentions, this.lexicon);
    resolveGenes(text, mentions, genes, this.lexicon, regions);
    // The line count of a library TextDocument costs a pass over the text: it is read before the first edit instead.
    const lineCount = document instanceof EditableDocument ? document.lineCount : undefined;
    const fields = { mentions: new DeferredSpans(mentions), text: source, lineCount, regions, directives: text.includes(DIRECTIVE), edits: [], version, findings: [], claims: 'all' as const, genes };
    return this.stateOf(fields, uri, language, undefined);
  }

  /** Stage two: the findings still due, found and spliced in (the whole text's, or an edited window's). */
  findingsOf(state: DocumentState): Finding[] {
    const due = state.claims;
    if (due === 'done') return state.findings;
    state.claims = 'done';
    const { language } = state.analysis;
    if (due === 'all') {
      state.findings = this.check(state.text.toString(), language, state.mentions.settled(), state.regions);
      return state.findings;
    }
    const { a, b, local, found } = due;
    // The window's mentions are in the document's offsets; the checker reads the window alone.
    for (const m of found) {
      m.start -= a;
      m.end -= a;
    }
    let claims: Finding[];
    try {
      claims = this.windowFindings(state.text.slice(a, b), a, local, found, language);
    } finally {
      for (const m of found) {
        m.start += a;
        m.end += a;
      }
    }
    spliceInPlace(state.findings, a, a, claims);
    return state.findings;
  }

  /** The claims of a window [a, ...) of a text: its mentions and regions in the window's offsets, findings in the text's. */
  windowFindings(slice: string, a: number, local: readonly TextRegion[], found: Mention[], language: LanguageKind): Finding[] {
    const claims = this.check(slice, language, found, local);
    for (const f of claims) moveNote(f, a, 0);
    return claims;
  }

  /**
   * Gives the mentions of a list nothing reads any more to the pool, and empties the list. Their texts are dropped
   * first: a pooled mention's text would keep the document it was read from alive (textCopy.ts).
   */
  giveBack(mentions: Mention[]): void {
    for (let i = 0; i < mentions.length; i++) mentions[i]!.text = '';
    this.pool.give(mentions);
    mentions.length = 0;
  }

  mentionsOf(text: string, regions: readonly TextRegion[]): Mention[] {
    return this.matcher.findMentionsOutside(text, regions, this.pool);
  }

  /** Mentions of a text with the document's reading of its genes (documentGenes.ts). */
  findMentions(text: string, language: LanguageKind): Mention[] {
    const regions = excludedRegions(text, language);
    const mentions = this.matcher.findMentionsOutside(text, regions);
    return resolveGenes(text, mentions, documentGenes(text, mentions, this.lexicon), this.lexicon, regions);
  }

  /**
   * An edited window's mentions (in the window's offsets) read with what the whole document says about its genes;
   * false, with the mentions given back, when the window changed that (a gene named or no longer named): the document
   * is then read whole.
   */
  genesOfWindow(state: DocumentState, a: number, oldB: number, slice: string, found: Mention[], local: readonly TextRegion[]): boolean {
    if (!this.sameGenesAfterEdit(state, a, oldB, slice, found)) {
      this.pool.give(found);
      return false;
    }
    resolveGenes(slice, found, state.genes, this.lexicon, local);
    return true;
  }

  /** Whether the window [a, oldB) of the text before an edit gave the same gene evidence as its mentions now. */
  private sameGenesAfterEdit(state: DocumentState, a: number, oldB: number, slice: string, found: readonly Mention[]): boolean {
    if (!this.lexicon.genes) return true;
    const now = documentGenes(slice, found, this.lexicon);
    const old = state.text.slice(a, oldB);
    const oldMentions = this.matcher.findMentionsOutside(old, excludedRegions(old, state.analysis.language));
    return sameEvidence(now, documentGenes(old, oldMentions, this.lexicon));
  }

  hintsOf(mentions: readonly Mention[]): TermHint[] {
    return this.termHints.of(mentions);
  }

  /** `hints` undefined: made from the mentions when first read. */
  stateOf(fields: Omit<DocumentState, 'analysis' | 'hints'>, uri: string, language: LanguageKind, hints: TermHint[] | undefined): DocumentState {
    return makeState(fields, uri, language, hints, this.findingsStage, this.hintsStage);
  }

  /**
   * Empties the lists of an analysis that is no longer the document's (replaced by a full one, or forgotten), and
   * keeps its mentions for the next analyses (mentionPool.ts). The lists are the analyzer's (an edit's analysis changes
   * them in place): nothing reads them once the document has moved on. Emptied, a large list that outlived a
   * young-generation collection no longer keeps what it pointed to alive through the next ones.
   */
  private release(state: DocumentState): void {
    state.mentions.release((mentions) => {
      for (let i = 0; i < mentions.length; i++) mentions[i]!.text = '';
      this.pool.give(mentions);
    });
    state.findings.length = 0;
    // Hints not made yet are none now (their mentions are gone).
    if (state.hints) state.hints.length = 0;
    else state.hints = [];
    state.regions.length = 0;
  }

  /** The mentions the claims checker judges: those of profiled entities and rs IDs (and table genes with GO claims). */
  private readonly judgedMention = (m: Mention): boolean => isJudged(m) || (this.goClaims && m.kind === 'gene' && !m.candidates);

  /**
   * The claims of a list of mentions: the checker is handed the list itself (in order of start; sorted only when not)
   * with the test of the mentions it judges, rather than a copy of those.
   */
  private check(text: string, language: LanguageKind, mentions: Mention[], regions: readonly TextRegion[]): Finding[] {
    let ordered = true;
    for (let i = 1; i < mentions.length && ordered; i++) if (mentions[i - 1]!.start > mentions[i]!.start) ordered = false;
    const sorted = ordered ? mentions : [...mentions].sort(byStart);
    return this.claims.check(text, language, sorted, regions, true, this.lexicon.genes ? this.judgedMention : undefined);
  }
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

function isJudged(m: Mention): boolean {
  return m.kind !== 'gene' || (m.known && !m.candidates);
}
