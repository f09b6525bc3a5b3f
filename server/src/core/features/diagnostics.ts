// Diagnostics: the claims checker's findings as LSP diagnostics (source "genelens", a stable code, the severity
// the settings give that code, relatedInformation at the profile entry the finding rests on), minus what the
// writer suppressed; and a profile file's load problems as profile-invalid diagnostics on that file.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import type { DiagnosticCode, SeverityLevel, Settings } from '../../shared/settings';
import { runToEnd } from '../steps';
import type { DocumentAnalysis, Finding, Lexicon, ProfileProblem } from '../types';
import { Suppressions } from './suppression';
import { cachedDiagnostic, type DiagnosticMaker } from './diagnosticCache';
import { TermDiagnostics } from './termDiagnostics';
import { partitionPoint } from '../text/search';
import { sourceWords } from '../claims/judge/sourceWords';
import { GO_SOURCE } from '../claims/judge/goClaims';
import { prepareProse } from '../claims/knowledge/profileProse';

/**
 * A finding that rests on the Gene Ontology has no profile entry to point at: its annotation, readable, at the claim
 * itself ("Gene Ontology: GO:0005886 plasma membrane, IDA (via NCBI Gene/GO)").
 */
function goInformation(finding: Finding, uri: string, range: Range): DiagnosticRelatedInformation | undefined {
  const evidence = finding.evidence;
  if (evidence?.source !== GO_SOURCE || !evidence.label) return undefined;
  return { location: { uri, range }, message: `${evidence.label} (via ${GO_SOURCE})` };
}

export const DIAGNOSTIC_SOURCE = 'genelens';
/** Findings or hints made into diagnostics per step of `diagnosticsInSteps` (a few milliseconds). */
const PER_STEP = 256;

const SEVERITY: Record<Exclude<SeverityLevel, 'off'>, DiagnosticSeverity> = {
  error: 1,
  warning: 2,
  information: 3,
  hint: 4,
};

/** The LSP severity of a settings level, or undefined for 'off'. */
export function severityOf(level: SeverityLevel | undefined): DiagnosticSeverity | undefined {
  if (!level || level === 'off') return undefined;
  return SEVERITY[level];
}

/**
 * Offsets a client may send back in a diagnostic's `data`. GeneLens's diagnostics carry none (they are reused across
 * edits, so offsets in them would go stale): a finding is found again from the diagnostic's range.
 */
export interface DiagnosticData {
  start: number;
  end: number;
}

export class DiagnosticsProvider {
  /** ambiguous-term and non-preferred-symbol: hints about how genes are written (termDiagnostics.ts). */
  readonly terms: TermDiagnostics;

  constructor(
    private readonly lexicon: Lexicon,
    private readonly analyzer: DocumentAnalyzer,
    private readonly profileProblems: readonly ProfileProblem[],
  ) {
    this.terms = new TermDiagnostics();
  }

  provideDiagnostics(doc: TextDocument, settings: Settings): Diagnostic[] {
    if (!settings.enable) return [];
    return runToEnd(this.diagnosticsOf(doc, this.analyzer.analyze(doc), settings)) ?? [];
  }

  /**
   * `provideDiagnostics` in steps: the analysis in steps (a large document's, analyzer.analyzeInSteps), then its
   * diagnostics a batch per step; undefined when the document changed or closed meanwhile (a newer version's
   * diagnostics are on their way).
   */
  *diagnosticsInSteps(doc: TextDocument, settings: Settings): Generator<void, Diagnostic[] | undefined> {
    if (!settings.enable) return [];
    const { version } = doc;
    // The first claim check reads the profiles' prose: here in steps, before the analysis (whose claims, for a large
    // document, are found in its steps), else in one long step that a hover waits for.
    yield* prepareProse(this.lexicon);
    const analysis = yield* this.analyzer.analyzeInSteps(doc);
    if (!analysis || doc.version !== version) return undefined;
    return yield* this.diagnosticsOf(doc, analysis, settings);
  }

  /** The diagnostics of an analysis, PER_STEP findings or hints per step; undefined when the document changed. */
  private *diagnosticsOf(doc: TextDocument, analysis: DocumentAnalysis, settings: Settings): Generator<void, Diagnostic[] | undefined> {
    const { version } = doc;
    const suppressions = new Suppressions(this.analyzer.mayHaveDirectives(doc) ? doc.getText() : '');
    const out: Diagnostic[] = [];
    const { findings } = analysis;
    const hints = analysis.hints ?? [];
    const severityFor = (code: DiagnosticCode) => severityOf(settings.severity[code]);
    const suppressed = (code: string, line: number) => !suppressions.empty && suppressions.isSuppressed(code, line);
    const { uri } = doc;
    const maker: DiagnosticMaker<Finding> = { make: (finding, range, severity) => this.toDiagnostic(finding, range, severity, uri) };
    // The severity of the last code seen: findings come in runs of a code, and a look-up per finding adds up.
    let lastCode: Finding['code'] | undefined;
    let lastSeverity: DiagnosticSeverity | undefined;
    for (let from = 0; from < findings.length + hints.length; from += PER_STEP) {
      if (from > 0) {
        yield;
        // The lists change in place with the next version's analysis: no range is made against another text.
        if (doc.version !== version) return undefined;
      }
      const to = Math.min(from + PER_STEP, findings.length + hints.length);
      for (let i = from; i < Math.min(to, findings.length); i++) {
        const finding = findings[i]!;
        if (finding.code !== lastCode) {
          lastCode = finding.code;
          lastSeverity = severityOf(settings.severity[finding.code]);
        }
        const severity = lastSeverity;
        if (severity === undefined) continue;
        const diagnostic = cachedDiagnostic(finding, doc, severity, maker);
        if (!suppressions.empty && suppressions.isSuppressed(finding.code, diagnostic.range.start.line)) continue;
        out.push(diagnostic);
      }
      // The hints' diagnostics, a batch per step too (after every finding's, as the indices run).
      if (to > findings.length) {
        const batch = hints.slice(Math.max(from, findings.length) - findings.length, to - findings.length);
        for (const d of this.terms.provide(doc, batch, severityFor, suppressed, DIAGNOSTIC_SOURCE)) out.push(d);
      }
    }
    return out;
  }

  /** The finding a diagnostic of ours was made from, in the document's current analysis. */
  findingOf(doc: TextDocument, diagnostic: Diagnostic): Finding | undefined {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
    const { findings } = this.analyzer.analyze(doc);
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    const start = typeof data?.start === 'number' ? data.start : doc.offsetAt(diagnostic.range.start);
    const end = typeof data?.end === 'number' ? data.end : doc.offsetAt(diagnostic.range.end);
    // Findings are sorted by range (claims/checker.ts dedupe): a binary search, so a code action per finding
    // (genelens check) stays linear in the findings.
    const lo = partitionPoint(0, findings.length, (i) => findings[i]!.start >= start);
    let sameRange: Finding | undefined;
    for (let i = lo; i < findings.length && findings[i]!.start === start; i++) {
      const f = findings[i]!;
      if (f.code !== diagnostic.code || f.end !== end) continue;
      if (f.message === diagnostic.message) return f;
      sameRange ??= f;
    }
    return sameRange;
  }

  provideProfileDiagnostics(uri: string, settings: Settings): Diagnostic[] {
    const level = settings.severity['profile-invalid'];
    const configured = severityOf(level);
    if (configured === undefined) return [];
    return this.profileProblems
      .filter((p) => p.uri === uri)
      .map((p) => ({
        range: p.range,
        // A loader warning never shows louder than a warning.
        severity: p.severity === 'warning' ? (Math.max(configured, 2) as DiagnosticSeverity) : configured,
        code: 'profile-invalid' satisfies DiagnosticCode,
        source: DIAGNOSTIC_SOURCE,
        message: p.message,
      }));
  }

  private toDiagnostic(finding: Finding, range: Range, severity: DiagnosticSeverity, uri: string): Diagnostic {
    const diagnostic: Diagnostic = {
      range,
      severity,
      code: finding.code,
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
    };
    const related = this.relatedInformation(finding) ?? goInformation(finding, uri, range);
    if (related) diagnostic.relatedInformation = [related];
    return diagnostic;
  }

  private relatedInformation(finding: Finding): DiagnosticRelatedInformation | undefined {
    const evidence = finding.evidence;
    if (!evidence || evidence.source === GO_SOURCE) return undefined;
    const loaded = this.lexicon.get(evidence.entityId)?.profile;
    if (!loaded) return undefined;
    const range = loaded.rangeOf(evidence.path) ?? loaded.entryRange;
    const where = evidence.label ?? (evidence.path.length > 0 ? evidence.path.join('.') : 'entry');
    return {
      location: { uri: loaded.uri, range },
      message: `${loaded.profile.symbol} profile: ${where} (${sourceWords(evidence.source)})`,
    };
  }
}
