// Quick fixes for GeneLens diagnostics: the finding's own fixes (use the profile's value, turn a contradicted verb
// around, cite the supporting paper) and "Disable <code> for this line". Each is a WorkspaceEdit the user picks;
// nothing is applied otherwise.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeActionContext, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { DocumentAnalyzer } from '../analysis/analyzer';
import type { DiagnosticCode, Settings } from '../../shared/settings';
import type { Fix } from '../types';
import { DIAGNOSTIC_SOURCE, type DiagnosticsProvider } from './diagnostics';
import { disableNextLineComment } from './suppression';
import { TERM_CODES } from './termDiagnostics';

const QUICKFIX = 'quickfix';

export class CodeActionProvider {
  constructor(
    private readonly analyzer: DocumentAnalyzer,
    private readonly diagnostics: DiagnosticsProvider,
  ) {}

  provideCodeActions(doc: TextDocument, range: Range, context: CodeActionContext, settings: Settings): CodeAction[] {
    if (!settings.enable) return [];
    if (context.only && !context.only.some((kind) => kind === '' || kind === QUICKFIX || QUICKFIX.startsWith(`${kind}.`))) return [];
    let ours = (context.diagnostics ?? []).filter(
      (d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && (d.code.startsWith('claim-') || TERM_CODES.includes(d.code as DiagnosticCode)),
    );
    if (ours.length === 0 && (context.diagnostics ?? []).length === 0) {
      // Some clients send no diagnostics with the request: use ours that touch the range.
      ours = this.diagnostics.provideDiagnostics(doc, settings).filter((d) => touches(d.range, range));
    }
    const actions: CodeAction[] = [];
    const language = this.analyzer.analyze(doc).language;
    for (const diagnostic of ours) {
      const finding = this.diagnostics.findingOf(doc, diagnostic);
      for (const fix of finding?.fixes ?? this.termFixes(doc, diagnostic)) actions.push(this.fixAction(doc, fix, diagnostic));
      actions.push(this.disableAction(doc, diagnostic, language));
    }
    return actions;
  }

  /** Fixes of an ambiguous-term or non-preferred-symbol diagnostic (termDiagnostics.ts). */
  private termFixes(doc: TextDocument, diagnostic: Diagnostic): Fix[] {
    if (!TERM_CODES.includes(String(diagnostic.code) as DiagnosticCode)) return [];
    const data = diagnostic.data as { start?: unknown; end?: unknown } | undefined;
    const start = typeof data?.start === 'number' ? data.start : doc.offsetAt(diagnostic.range.start);
    const end = typeof data?.end === 'number' ? data.end : doc.offsetAt(diagnostic.range.end);
    return this.diagnostics.terms.fixesOf(this.analyzer.analyze(doc).hints ?? [], String(diagnostic.code), start, end);
  }

  private fixAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
    const edits: TextEdit[] = fix.edits.map((e) => ({
      range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
      newText: e.newText,
    }));
    const action: CodeAction = { title: fix.title, kind: QUICKFIX, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: edits } } };
    if (fix.preferred) action.isPreferred = true;
    return action;
  }

  private disableAction(doc: TextDocument, diagnostic: Diagnostic, language: ReturnType<DocumentAnalyzer['analyze']>['language']): CodeAction {
    const code = String(diagnostic.code);
    const line = diagnostic.range.start.line;
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const eol = /\r\n$/.test(lineText) || writesCrlf(doc) ? '\r\n' : '\n';
    const insert: TextEdit = {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      newText: `${indent}${disableNextLineComment(code, language)}${eol}`,
    };
    return { title: `Disable ${code} for this line`, kind: QUICKFIX, diagnostics: [diagnostic], edit: { changes: { [doc.uri]: [insert] } } };
  }
}

/** Whether a document's text has a CRLF, searched once per version (not once per finding: genelens check). */
const crlfOf = new WeakMap<TextDocument, { version: number; crlf: boolean }>();
function writesCrlf(doc: TextDocument): boolean {
  const known = crlfOf.get(doc);
  if (known?.version === doc.version) return known.crlf;
  const crlf = doc.getText().includes('\r\n');
  crlfOf.set(doc, { version: doc.version, crlf });
  return crlf;
}

function touches(a: Range, b: Range): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) =>
    p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
