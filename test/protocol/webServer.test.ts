// The web build's language server (dist/browser/server.js, as VS Code for the Web runs it) in a worker with no Node
// built-ins in reach (scripts/webWorkerHost.ts): it answers initialize, loads the data the client hands it, and answers
// hover and diagnostics, for a Markdown file and a notebook's Markdown cell.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import { webData, WebWorkerServer } from '../../scripts/webWorkerHost';

const ROOT = path.resolve(__dirname, '../../..');
const BUNDLE = path.join(ROOT, 'dist', 'browser', 'server.js');

interface Published { uri: string; diagnostics: { code?: string; range: { start: { line: number; character: number } } }[] }
interface Hover { contents: { value: string } | string }

const hoverText = (h: Hover | null): string => (h === null ? '' : typeof h.contents === 'string' ? h.contents : h.contents.value);

describe('the web server bundle in a worker without Node built-ins', () => {
  let server: WebWorkerServer;
  const data = webData(path.join(ROOT, 'data'));
  let geneFunctionsAsked = 0;
  const geneFunctions = () => {
    geneFunctionsAsked++;
    return { text: zlib.gunzipSync(fs.readFileSync(path.join(ROOT, 'data', 'lexicon', 'gene-functions.tsv.gz'))).toString('utf8') };
  };
  const published = (): Published[] => server.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => n.params as Published);

  before(() => {
    assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is built (npm run build)`);
    server = new WebWorkerServer(BUNDLE, (method) => {
      if (method === 'genelens/data') return data;
      if (method === 'genelens/geneFunctions') return geneFunctions();
      if (method === 'workspace/configuration') return [null];
      return null;
    });
  });
  after(() => server.stop());

  it('has no require of a Node built-in in the bundle', () => {
    const code = fs.readFileSync(BUNDLE, 'utf8');
    assert.doesNotMatch(code, /\brequire\(["'](?:node:)?(?:fs|path|child_process|os|net|url|crypto|worker_threads|util)["']\)/);
  });

  it('answers initialize with hover, diagnostics and notebook sync', async () => {
    const result = await server.request<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { workspace: { configuration: true } },
      initializationOptions: { statusNotification: true },
    });
    server.notify('initialized', {});
    assert.equal(result.serverInfo?.name, 'genelens');
    assert.equal(result.capabilities.hoverProvider, true);
    assert.ok(result.capabilities.notebookDocumentSync);
  });

  it('hovers a profiled gene and a gene of the table, and publishes a contradicted claim', async () => {
    const uri = 'vscode-vfs://github/genelens/notes/paper.md';
    const text = '# Notes\n\nAMPK inhibits NMRK1.\n\nTP53 is a tumour suppressor.\n';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const diagnostics = await server.waitFor('diagnostics', () => published().find((p) => p.uri === uri && p.diagnostics.length > 0));
    const claim = diagnostics.diagnostics.find((d) => d.code === 'claim-contradicted');
    assert.ok(claim, JSON.stringify(diagnostics));
    assert.equal(claim.range.start.line, 2);
    assert.match(hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 16 } })), /NMRK1/);
    assert.match(hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 1 } })), /tumor protein p53/i);
  });

  it('loads the Gene Ontology table through the client when first needed, for hover cards and claims', async () => {
    const uri = 'vscode-vfs://github/genelens/notes/go.md';
    const text = 'BRCA1 repairs DNA.\n\nCD19 localizes to the nucleus.\n';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    // The first card asks for the table; a later one shows it (polled: the answer comes in its own time).
    let card = '';
    for (let i = 0; i < 600 && !/\*\*Function:\*\*/.test(card); i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      card = hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }));
    }
    assert.match(card, /\*\*Function:\*\*/);
    assert.match(card, /\*\*Location:\*\* .*\((?:IDA|IBA|HDA|TAS|IEA)/);
    const claims = await server.waitFor('a claim checked against GO', () => published().find((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'claim-contradicted')));
    assert.equal(claims.diagnostics.find((d) => d.code === 'claim-contradicted')?.range.start.line, 2);
    assert.equal(geneFunctionsAsked, 1, 'asked for once');
  });

  it('serves a notebook\'s Markdown cell', async () => {
    const uri = 'vscode-vfs://github/genelens/notes/analysis.ipynb';
    const cell = 'vscode-notebook-cell://github/genelens/notes/analysis.ipynb#W0';
    server.notify('notebookDocument/didOpen', {
      notebookDocument: { uri, notebookType: 'jupyter-notebook', version: 1, cells: [{ kind: 1, document: cell }] },
      cellTextDocuments: [{ uri: cell, languageId: 'markdown', version: 1, text: 'AMPK inhibits NMRK1.' }],
    });
    const diagnostics = await server.waitFor('cell diagnostics', () => published().find((p) => p.uri === cell && p.diagnostics.length > 0));
    assert.ok(diagnostics.diagnostics.some((d) => d.code === 'claim-contradicted'));
    assert.match(hoverText(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: cell }, position: { line: 0, character: 16 } })), /NMRK1/);
  });
});
