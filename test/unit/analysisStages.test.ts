// The analysis in stages: mentions at once, findings (claims) only when read. Hover, completion, symbols, semantic
// tokens and links never run the claims checker; diagnostics do, once per version, and an edit's claims are found for
// its window only. Claim code is counted through the analyzer's checker.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../../server/src/core/document/editableDocument';
import { CompletionProvider } from '../../server/src/core/features/completion';
import { DiagnosticsProvider } from '../../server/src/core/features/diagnostics';
import { DocumentLinkProvider } from '../../server/src/core/features/documentLinks';
import { DocumentSymbolProvider } from '../../server/src/core/features/documentSymbols';
import { HoverProvider } from '../../server/src/core/features/hover';
import { SemanticTokensProvider } from '../../server/src/core/features/semanticTokens';
import { DEFAULTS } from '../../server/src/shared/settings';
import { loadFixture } from '../helpers/featureProfiles';

/** A fresh analyzer whose claims checker counts the texts it is given (their lengths). */
function countingFixture() {
  const fixture = loadFixture();
  const checked: number[] = [];
  const check = fixture.analyzer.claims.check.bind(fixture.analyzer.claims);
  fixture.analyzer.claims.check = (text, language, mentions, regions) => {
    checked.push(text.length);
    return check(text, language, mentions, regions);
  };
  return { ...fixture, checked };
}

const PARAGRAPH = 'AMPK inhibits NMRK1 in muscle, and NMRK1 makes NMN from NR (PMID:27725675).\n\n';

/** About 60 KB of Markdown that states a contradicted claim in every paragraph. */
function largeDocument(kind: 'editable' | 'library' = 'editable'): TextDocument {
  const text = `# Notes\n\n${PARAGRAPH.repeat(Math.ceil(60_000 / PARAGRAPH.length))}`;
  assert.ok(text.length >= 60_000 && text.length <= 64 * 1024, 'analysed whole for a hover (up to 64 KB)');
  const create = kind === 'editable' ? EditableDocument.create : TextDocument.create;
  return create('file:///stages/notes.md', 'markdown', 1, text);
}

describe('analysis in stages', () => {
  it('a hover on a fresh 60 KB document runs no claim code', () => {
    const { analyzer, lexicon, checked } = countingFixture();
    const doc = largeDocument();
    const hover = new HoverProvider(lexicon, analyzer).provideHover(doc, doc.positionAt(doc.getText().indexOf('NMRK1')));
    assert.ok(hover, 'the hover has its card');
    assert.ok(analyzer.analyze(doc).mentions.length > 1000, 'the whole document was analysed: mentions');
    assert.deepEqual(checked, [], 'no claims');
  });

  it('completion, document symbols, semantic tokens and links run no claim code either', () => {
    const { analyzer, lexicon, checked } = countingFixture();
    const doc = largeDocument();
    assert.ok(new DocumentSymbolProvider(lexicon, analyzer).provideDocumentSymbols(doc, true).length > 0);
    assert.ok(new SemanticTokensProvider(lexicon, analyzer).provideSemanticTokens(doc).data.length > 0);
    assert.ok(new DocumentLinkProvider().provideDocumentLinks(doc).length > 0);
    new CompletionProvider(lexicon).provideCompletions(doc, doc.positionAt(3));
    assert.deepEqual(checked, []);
  });

  it('diagnostics find the claims once per version, the same as when found at once', () => {
    const { analyzer, lexicon, checked, loaded } = countingFixture();
    const doc = largeDocument();
    new HoverProvider(lexicon, analyzer).provideHover(doc, doc.positionAt(12));
    const diagnostics = new DiagnosticsProvider(lexicon, analyzer, loaded.problems);
    const first = diagnostics.provideDiagnostics(doc, DEFAULTS);
    const paragraphs = doc.getText().split('AMPK inhibits').length - 1;
    assert.ok(first.filter((d) => d.code === 'claim-contradicted').length >= paragraphs, 'a contradiction a paragraph');
    assert.deepEqual(checked, [doc.getText().length], 'the whole text, once');
    diagnostics.provideDiagnostics(doc, DEFAULTS);
    assert.equal(checked.length, 1, 'not again for the same version');
  });

  it('after an edit, finds the claims of the edited paragraph only, and only when read', () => {
    const { analyzer, lexicon, checked, loaded } = countingFixture();
    const doc = largeDocument();
    const diagnostics = new DiagnosticsProvider(lexicon, analyzer, loaded.problems);
    const before = diagnostics.provideDiagnostics(doc, DEFAULTS).length;
    const at = doc.positionAt(doc.getText().lastIndexOf('muscle'));
    analyzer.update(doc, [{ range: { start: at, end: at }, text: 'skeletal ' }], 2);
    new HoverProvider(lexicon, analyzer).provideHover(doc, at);
    assert.equal(checked.length, 1, 'the hover after the edit runs no claims');
    assert.equal(diagnostics.provideDiagnostics(doc, DEFAULTS).length, before);
    assert.equal(checked.length, 2);
    assert.ok((checked[1] ?? Infinity) < 200, `the edited paragraph only (${checked[1]} characters)`);
  });

  it('two edits with no findings read between them give the findings of a full analysis', () => {
    for (const kind of ['editable', 'library'] as const) {
      const { analyzer } = countingFixture();
      const doc = largeDocument(kind);
      assert.ok(analyzer.analyze(doc).findings.length > 0);
      const text = doc.getText();
      const edit = (offset: number, insert: string, version: number) => {
        const at = doc.positionAt(offset);
        analyzer.update(doc, [{ range: { start: at, end: at }, text: insert }], version);
        assert.ok(analyzer.analyze(doc).mentions.length > 0); // a hover's or the tokens' read: mentions only
      };
      edit(text.indexOf('inhibits'), 'AMPK activates NMRK1. ', 2);
      edit(text.lastIndexOf('inhibits'), 'NMRK1 inhibits AMPK. ', 3);
      edit(text.indexOf('muscle', 5000), 'x', 4);
      const summary = (findings: readonly { code: string; start: number; end: number; message: string }[]) =>
        findings.map((f) => [f.code, f.start, f.end, f.message]);
      const fresh = loadFixture().analyzer.analyze(TextDocument.create('file:///stages/fresh.md', 'markdown', 1, doc.getText()));
      assert.deepEqual(summary(analyzer.analyze(doc).findings), summary(fresh.findings), kind);
    }
  });
});
