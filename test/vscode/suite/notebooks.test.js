// Where scientists write, in a real VS Code: a Jupyter notebook's Markdown cells and a Quarto file get GeneLens's
// hover and diagnostics (the notebook's cells read together; code cells and Quarto chunks are not prose).
const assert = require('assert/strict');
const vscode = require('vscode');
const { suite, test } = require('mocha');
const { fixtureUri, openFixture, waitFor, positionOf, hoverAt, codeOf, NMRK1_NAME } = require('../util');

const CLAIM = 'AMPK inhibits NMRK1.';

/** GeneLens's claim-contradicted diagnostics of a document. */
const contradicted = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'genelens' && codeOf(d) === 'claim-contradicted');

suite('GeneLens in notebooks and Quarto', () => {
  test('a notebook\'s Markdown cell gets hover and the contradicted claim; its code cell nothing', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(fixtureUri('analysis.ipynb'));
    await vscode.window.showNotebookDocument(notebook);
    const cells = notebook.getCells();
    const markdown = cells.filter((c) => c.kind === vscode.NotebookCellKind.Markup);
    const code = cells.find((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.equal(markdown.length, 2);
    const cell = markdown[1].document;
    assert.equal(cell.uri.scheme, 'vscode-notebook-cell');
    const diagnostics = await waitFor('the contradicted claim in the Markdown cell', () => {
      const found = contradicted(cell.uri);
      return found.length ? found : undefined;
    }, 60000);
    assert.equal(diagnostics.length, 1);
    assert.match(cell.getText(diagnostics[0].range), /^AMPK inhibits NMRK1/);
    assert.equal(diagnostics[0].range.start.line, positionOf(cell, CLAIM).line, 'on the claim\'s line of the cell');
    const card = await waitFor('a hover card over NMRK1 in the cell', async () => {
      const t = await hoverAt(cell, positionOf(cell, 'NMRK1 (nicotinamide', 2));
      return NMRK1_NAME.test(t) ? t : undefined;
    }, 30000);
    assert.match(card, /NMRK1/);
    assert.deepEqual(vscode.languages.getDiagnostics(code.document.uri).filter((d) => d.source === 'genelens'), [], 'a code cell is not prose');
  });

  test('a .qmd file is Quarto: hover and the claim in prose, nothing in its front matter or chunk', async () => {
    const { doc } = await openFixture('paper.qmd');
    assert.equal(doc.languageId, 'quarto');
    const diagnostics = await waitFor('the contradicted claim in paper.qmd', () => {
      const found = contradicted(doc.uri);
      return found.length ? found : undefined;
    }, 60000);
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [positionOf(doc, CLAIM).line], 'only the claim in prose');
    const card = await waitFor('a hover card over NMRK1 in paper.qmd', async () => {
      const t = await hoverAt(doc, positionOf(doc, 'NMRK1 (nicotinamide', 2));
      return NMRK1_NAME.test(t) ? t : undefined;
    }, 30000);
    assert.match(card, /NMRK1/);
    assert.equal(await hoverAt(doc, positionOf(doc, '@fig-nmrk1', 6)), '', 'a cross-reference is no term');
  });
});
