// The diagnostics published for one document, capped as VS Code caps them: its extension host shows at most 1,000 per
// file (errors first, then warnings, information, hints) and ends them with an "N further" marker; publishing more only
// costs the server a long JSON message (a 10 MB document's 5,000 took 300 ms of one event-loop turn, issue #16) and
// the editor their conversion. Kept here: the most severe in document order, then one Information diagnostic at the
// last kept one saying how many are not shown, so every client (not only VS Code) says they exist.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

/** Diagnostics published per document at most, the "not shown" one included (VS Code's own limit per file). */
export const MAX_DIAGNOSTICS = 1000;

/** Severity ranks, most severe first; a diagnostic without one is an error to VS Code. */
const rank = (d: Diagnostic): number => d.severity ?? DiagnosticSeverity.Error;

/** `diagnostics` when within `max`, else the max - 1 most severe (in document order) and a "not shown" note. */
export function capDiagnostics(diagnostics: readonly Diagnostic[], source: string, max = MAX_DIAGNOSTICS): Diagnostic[] {
  if (diagnostics.length <= max) return [...diagnostics];
  const keep = max - 1;
  // The lowest severity rank that still fits, and how many of that rank fit.
  const counts = [0, 0, 0, 0, 0];
  for (const d of diagnostics) counts[rank(d)] = (counts[rank(d)] ?? 0) + 1;
  let room = keep;
  let cutRank = DiagnosticSeverity.Hint as number;
  let atCut = 0;
  for (let r = DiagnosticSeverity.Error as number; r <= DiagnosticSeverity.Hint; r++) {
    const n = counts[r] ?? 0;
    if (n >= room) {
      cutRank = r;
      atCut = room;
      break;
    }
    room -= n;
  }
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const r = rank(d);
    if (r < cutRank) kept.push(d);
    else if (r === cutRank && atCut > 0) {
      kept.push(d);
      atCut--;
    }
  }
  const last = kept[kept.length - 1] ?? diagnostics[0]!;
  const more = diagnostics.length - kept.length;
  kept.push({
    range: last.range,
    severity: DiagnosticSeverity.Information,
    source,
    message: `${more} more GeneLens diagnostics in this document are not shown (at most ${max} are published per document).`,
  });
  return kept;
}
