// Jupyter notebooks over LSP 3.17's notebookDocument/* sync, and a Quarto file, through dist/server.js as an editor
// drives it: the Markdown cells get hover, definition, diagnostics with quick fixes, completion and semantic tokens,
// each cell read as part of its notebook; code cells are not prose.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../helpers/lspClient';

interface Pos { line: number; character: number }
interface Rng { start: Pos; end: Pos }
interface Hover { contents: { value: string } | string; range?: Rng }
interface TextEdit { range: Rng; newText: string }

const MARKUP = 1;
const CODE = 2;
let notebooks = 0;

/** A notebook's cells: [kind, language, text]. */
type Cell = [kind: typeof MARKUP | typeof CODE, language: string, text: string];

function openNotebook(client: LspClient, cells: Cell[]): { uri: string; cellUris: string[] } {
  const n = ++notebooks;
  const uri = `file:///tmp/genelens-notebook-${process.pid}-${n}.ipynb`;
  const cellUris = cells.map((_, i) => `vscode-notebook-cell:/tmp/genelens-notebook-${process.pid}-${n}.ipynb#cell${i}`);
  client.notify('notebookDocument/didOpen', {
    notebookDocument: {
      uri,
      notebookType: 'jupyter-notebook',
      version: 1,
      // LSP's NotebookCellKind: 1 Markup, 2 Code.
      cells: cells.map(([kind], i) => ({ kind: kind === MARKUP ? 1 : 2, document: cellUris[i] })),
    },
    cellTextDocuments: cells.map(([, languageId, text], i) => ({ uri: cellUris[i], languageId, version: 1, text })),
  });
  return { uri, cellUris };
}

function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  return typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
}

/** The position in a cell's text of `term`, `into` characters into it (default: its middle). */
function at(text: string, term: string, into = Math.floor(term.length / 2)): Pos {
  const offset = text.indexOf(term);
  assert.ok(offset >= 0, `"${term}" not in ${JSON.stringify(text)}`);
  const before = text.slice(0, offset + into);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('notebooks over the protocol', () => {
  const client = new LspClient();
  let capabilities: Record<string, unknown> = {};

  before(async () => {
    ({ capabilities } = await client.initialize());
  });
  after(() => client.stop());

  it('offers notebook sync for the Markdown cells of any notebook', () => {
    assert.deepEqual(capabilities.notebookDocumentSync, { notebookSelector: [{ notebook: '*', cells: [{ language: 'markdown' }] }] });
  });

  const intro = '# Ageing\n\nMice under calorie restriction (CR) lived longer.';
  const claim = 'Note that\nAMPK inhibits NMRK1.';
  const code = 'AMPK inhibits NMRK1  # a claim in code is not prose';
  const later = 'Under CR, the CR gene was expressed with NMRK1.';

  it('publishes a claim in its own cell, at the cell\'s line, with a quick fix that edits that cell', async () => {
    const { cellUris } = openNotebook(client, [[MARKUP, 'markdown', intro], [MARKUP, 'markdown', claim], [CODE, 'python', code], [MARKUP, 'markdown', later]]);
    const [introUri, claimUri, codeUri, laterUri] = cellUris as [string, string, string, string];
    const published = await client.waitForDiagnostics(claimUri, (p) => p.diagnostics.length > 0);
    const contradicted = published.diagnostics.filter((d) => d.code === 'claim-contradicted');
    assert.equal(contradicted.length, 1, JSON.stringify(published.diagnostics));
    const range = contradicted[0]?.range as Rng;
    assert.deepEqual([range.start.line, range.start.character], [1, 0], 'on the second line of the cell, not of the notebook');
    const introPublished = await client.waitForDiagnostics(introUri);
    assert.ok(!introPublished.diagnostics.some((d) => String(d.code).startsWith('claim-')));
    assert.ok(!client.published.some((p) => p.uri === codeUri), 'a code cell gets no diagnostics');
    await client.waitForDiagnostics(laterUri);

    const actions = await client.request<{ title: string; edit?: { changes?: Record<string, TextEdit[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: claimUri },
      range,
      context: { diagnostics: contradicted },
    });
    assert.ok(actions.length > 0, 'quick fixes');
    for (const action of actions) {
      const uris = Object.keys(action.edit?.changes ?? {});
      assert.deepEqual(uris, [claimUri], `"${action.title}" edits the cell`);
      for (const edit of action.edit?.changes?.[claimUri] ?? []) assert.ok(edit.range.start.line <= 1, JSON.stringify(edit));
    }
  });

  it('reads each cell with the others: an abbreviation defined in one cell holds in the next', async () => {
    const { cellUris } = openNotebook(client, [[MARKUP, 'markdown', intro], [MARKUP, 'markdown', later]]);
    const laterUri = cellUris[1] as string;
    const cr = await client.eventually('hover on NMRK1', async () => {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: laterUri }, position: at(later, 'NMRK1') });
      return h ?? undefined;
    });
    assert.match(hoverText(cr), /NMRK1/);
    assert.deepEqual(cr.range?.start.line, 0, 'the hover range is in the cell');
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: laterUri }, position: at(later, 'CR gene', 1) }), null, '"CR" is calorie restriction here');
    // The same cell alone: CR is a gene.
    const alone = openNotebook(client, [[MARKUP, 'markdown', later]]).cellUris[0] as string;
    const gene = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: alone }, position: at(later, 'CR gene', 1) });
    assert.ok(gene !== null, 'without the definition, CR is read as a gene');
  });

  it('answers definition, completion and semantic tokens in cell coordinates', async () => {
    const second = 'NAMPT makes NMN.\nThen NMR';
    const { cellUris } = openNotebook(client, [[MARKUP, 'markdown', 'First cell.\nTwo lines.'], [MARKUP, 'markdown', second]]);
    const uri = cellUris[1] as string;
    await client.waitForDiagnostics(uri);
    const links = await client.request<{ targetUri: string; originSelectionRange?: Rng }[]>('textDocument/definition', { textDocument: { uri }, position: at(second, 'NAMPT') });
    assert.match(links[0]?.targetUri ?? '', /nampt\.json$/);
    assert.equal(links[0]?.originSelectionRange?.start.line, 0);
    const list = await client.request<{ items: { label: string; textEdit?: { range?: Rng; insert?: Rng } }[] } | { label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 8 },
      context: { triggerKind: 1 },
    });
    const items = Array.isArray(list) ? list : list.items;
    const nmrk1 = items.find((i) => i.label === 'NMRK1') as { textEdit?: { range?: Rng; insert?: Rng } } | undefined;
    assert.ok(nmrk1, items.map((i) => i.label).join(', '));
    const edit = nmrk1.textEdit?.range ?? nmrk1.textEdit?.insert;
    assert.deepEqual(edit?.start, { line: 1, character: 5 });
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // First token: NAMPT at line 0, character 0 of the cell, 5 long.
    assert.deepEqual(tokens.data.slice(0, 3), [0, 0, 5]);
    assert.equal(tokens.data.length % 5, 0);
    assert.equal(tokens.data.length / 5, 2, 'NAMPT and NMN, nothing of the first cell');
  });

  it('follows cell edits and clears the cells when the notebook closes', async () => {
    const { uri, cellUris } = openNotebook(client, [[MARKUP, 'markdown', 'NMRK1 is a kinase.']]);
    const cellUri = cellUris[0] as string;
    await client.waitForDiagnostics(cellUri);
    const from = client.published.length;
    client.notify('notebookDocument/didChange', {
      notebookDocument: { uri, version: 2 },
      change: {
        cells: {
          textContent: [{
            document: { uri: cellUri, version: 2 },
            changes: [{ range: { start: { line: 0, character: 18 }, end: { line: 0, character: 18 } }, text: '\nAMPK inhibits NMRK1.' }],
          }],
        },
      },
    });
    const changed = await client.waitForDiagnostics(cellUri, (p) => p.diagnostics.some((d) => d.code === 'claim-contradicted'), from);
    assert.equal(changed.diagnostics.find((d) => d.code === 'claim-contradicted')?.range.start.line, 1);
    const closing = client.published.length;
    client.notify('notebookDocument/didClose', { notebookDocument: { uri }, cellTextDocuments: [{ uri: cellUri }] });
    await client.waitForDiagnostics(cellUri, (p) => p.diagnostics.length === 0, closing);
  });

  it('serves a Quarto file: a claim in prose, none in its chunk, front matter or citation', async () => {
    const uri = `file:///tmp/genelens-quarto-${process.pid}.qmd`;
    const text = '---\ntitle: AMPK inhibits NMRK1\n---\n\nAMPK inhibits NMRK1 [@AMPK2020].\n\n```{r}\n# AMPK inhibits NMRK1.\n```\n';
    client.open(uri, text, 'quarto');
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const claims = published.diagnostics.filter((d) => String(d.code).startsWith('claim-'));
    assert.deepEqual(claims.map((d) => d.range.start.line), [4]);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 16 } });
    assert.match(hoverText(hover), /NMRK1/);
  });
});
