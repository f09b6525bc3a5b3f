// ambiguous-term and non-preferred-symbol diagnostics from the analysis's hints (analysis/termHints.ts), with their quick
// fixes: each candidate's approved symbol for an ambiguous alias, the approved symbol for an alias.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DiagnosticCode } from '../../shared/settings';
import type { Fix, TermHint } from '../types';
import { cachedDiagnostic, type DiagnosticMaker } from './diagnosticCache';
import { partitionPoint } from '../text/search';

export const TERM_CODES: readonly DiagnosticCode[] = ['ambiguous-term', 'non-preferred-symbol'];

export class TermDiagnostics {
  /** Diagnostics for the hints, at the severities given (undefined: off); `suppressed` says which lines are silenced. */
  provide(
    doc: TextDocument,
    hints: readonly TermHint[],
    severityOf: (code: DiagnosticCode) => DiagnosticSeverity | undefined,
    suppressed: (code: string, line: number) => boolean,
    source: string,
  ): Diagnostic[] {
    const out: Diagnostic[] = [];
    const ambiguous = severityOf('ambiguous-term');
    const nonPreferred = severityOf('non-preferred-symbol');
    if (ambiguous === undefined && nonPreferred === undefined) return out;
    const maker: DiagnosticMaker<TermHint> = { make: (hint, range, severity) => ({ range, severity, code: hint.code, source, message: hint.message }) };
    for (let i = 0; i < hints.length; i++) {
      const hint = hints[i]!;
      const severity = hint.code === 'ambiguous-term' ? ambiguous : nonPreferred;
      if (severity === undefined) continue;
      const diagnostic = cachedDiagnostic(hint, doc, severity, maker);
      if (suppressed(hint.code, diagnostic.range.start.line)) continue;
      out.push(diagnostic);
    }
    return out;
  }

  /**
   * The fixes of a term diagnostic, found again from its offsets in the current hints. The hints follow the mentions,
   * in order of their start: a binary search, so a code action per diagnostic (`genelens check`) stays linear in the
   * hints (a search through them all made it quadratic); a list out of order is searched through.
   */
  fixesOf(hints: readonly TermHint[], code: string, start: number, end: number): Fix[] {
    const same = (h: TermHint): boolean => h.code === code && h.start === start && h.end === end;
    const lo = partitionPoint(0, hints.length, (i) => hints[i]!.start >= start);
    for (let i = lo; i < hints.length && hints[i]!.start === start; i++) if (same(hints[i]!)) return hints[i]!.fixes;
    return hints.find(same)?.fixes ?? [];
  }
}
