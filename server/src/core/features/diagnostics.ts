// Diagnostics: the claims checker's findings as LSP diagnostics (source "genelens", a stable code, the severity
// the settings give that code, relatedInformation at the profile entry the finding rests on), minus what the
// writer suppressed; and a profile file's load problems as profile-invalid diagnostics on that file.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import type { DiagnosticCode, SeverityLevel, Settings } from '../../shared/settings';
import type { Finding, Lexicon, ProfileProblem } from '../types';
import { Suppressions } from './suppression';
import { cachedDiagnostic } from './diagnosticCache';
import { TermDiagnostics } from './termDiagnostics';

export const DIAGNOSTIC_SOURCE = 'genelens';

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
    const analysis = this.analyzer.analyze(doc);
    const suppressions = new Suppressions(this.analyzer.mayHaveDirectives(doc) ? doc.getText() : '');
    const out: Diagnostic[] = [];
    for (const finding of analysis.findings) {
      const severity = severityOf(settings.severity[finding.code]);
      if (severity === undefined) continue;
      const diagnostic = cachedDiagnostic(finding, doc, severity, (range) => this.toDiagnostic(finding, range, severity));
      if (!suppressions.empty && suppressions.isSuppressed(finding.code, diagnostic.range.start.line)) continue;
      out.push(diagnostic);
    }
    const terms = this.terms.provide(
      doc,
      analysis.hints ?? [],
      (code) => severityOf(settings.severity[code]),
      (code, line) => !suppressions.empty && suppressions.isSuppressed(code, line),
      DIAGNOSTIC_SOURCE,
    );
    for (const d of terms) out.push(d);
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
    let lo = 0;
    let hi = findings.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (findings[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
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

  private toDiagnostic(finding: Finding, range: Range, severity: DiagnosticSeverity): Diagnostic {
    const diagnostic: Diagnostic = {
      range,
      severity,
      code: finding.code,
      source: DIAGNOSTIC_SOURCE,
      message: finding.message,
    };
    const related = this.relatedInformation(finding);
    if (related) diagnostic.relatedInformation = [related];
    return diagnostic;
  }

  private relatedInformation(finding: Finding): DiagnosticRelatedInformation | undefined {
    const evidence = finding.evidence;
    if (!evidence) return undefined;
    const loaded = this.lexicon.get(evidence.entityId)?.profile;
    if (!loaded) return undefined;
    const range = loaded.rangeOf(evidence.path) ?? loaded.entryRange;
    const where = evidence.path.length > 0 ? evidence.path.join('.') : 'entry';
    return {
      location: { uri: loaded.uri, range },
      message: `${loaded.profile.symbol} profile: ${where} (source: ${evidence.source})`,
    };
  }
}
