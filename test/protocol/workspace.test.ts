// The workspace features of dist/server.js through the Language Server Protocol alone: references across files on
// disk (indexed in the background, with work-done progress, kept current by file watcher events), completion and its
// resolve, document and workspace symbols, semantic tokens (and their setting), document links, and the
// genelens/profile request.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../helpers/lspClient';

interface Pos { line: number; character: number }
interface Rng { start: Pos; end: Pos }
interface Location { uri: string; range: Rng }

const CAPABILITIES = {
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    references: {},
    completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true }, contextSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    documentLink: {},
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    symbol: {},
    semanticTokens: { refreshSupport: true },
  },
};

const FILLER_FILES = 240; // more than the scanner's threshold for reporting progress

function positionOf(text: string, term: string): Pos {
  const offset = text.indexOf(term);
  assert.ok(offset >= 0, `"${term}" not in the text`);
  const before = text.slice(0, offset + 1);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('workspace features over stdio', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-workspace-'));
  const file = (name: string) => path.join(workspace, name);
  const uriOf = (name: string) => pathToFileURL(file(name)).href;
  const draft = ['# Draft', '', 'NMRK1 is also called NRK1. We add NM', '', 'See PMID:27725675 and rs12611; AMPK activates it.'].join('\n');
  const outsideFile = path.join(os.tmpdir(), `genelens-outside-${process.pid}.md`);
  const client = new LspClient();
  let capabilities: Record<string, unknown> = {};

  before(async () => {
    fs.writeFileSync(file('notes.md'), 'Old papers name it C9orf95.\n\nThe nicotinamide riboside kinase 1 enzyme (NMRK1).\n');
    fs.writeFileSync(file('paper.tex'), '\\section{Intro} NMRK1 in LaTeX, \\label{NMRK1} not in a key.\n');
    fs.mkdirSync(file('node_modules'));
    fs.writeFileSync(file('node_modules/ignored.md'), 'NMRK1 in a dependency.\n');
    // A symlink leading out of the workspace folder: never read (#16).
    fs.writeFileSync(outsideFile, 'NMRK1 outside the workspace.\n');
    fs.symlinkSync(outsideFile, file('linked.md'), 'file');
    fs.mkdirSync(file('more'));
    for (let i = 0; i < FILLER_FILES; i++) fs.writeFileSync(file(`more/filler${i}.txt`), `Filler ${i} about AMPK.\n`);
    fs.writeFileSync(file('draft.md'), draft);
    ({ capabilities } = await client.initialize({ rootUri: pathToFileURL(workspace).href, capabilities: CAPABILITIES }));
    client.open(uriOf('draft.md'), draft);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(outsideFile, { force: true });
  });

  it('announces the new capabilities', () => {
    assert.equal(capabilities.referencesProvider, true);
    const completion = capabilities.completionProvider as { triggerCharacters: string[]; resolveProvider: boolean };
    assert.ok(completion.triggerCharacters.includes('N') && !completion.triggerCharacters.includes('n'));
    assert.equal(completion.resolveProvider, true);
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(capabilities.workspaceSymbolProvider, true);
    const tokens = capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] }; full: boolean; range: boolean };
    assert.deepEqual(tokens.legend.tokenTypes.slice(0, 3), ['gene', 'complex', 'chemical']);
    assert.equal(tokens.range, true, 'tokens for the lines an editor shows');
    assert.ok(capabilities.documentLinkProvider);
  });

  it('indexes the workspace in the background, reporting work-done progress', async () => {
    const progress = () => client.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: { kind: string } }).value);
    await client.waitFor('indexing progress to end', () => (progress().some((v) => v.kind === 'end') ? true : undefined), 30_000);
    assert.equal(progress()[0]?.kind, 'begin');
  });

  it('finds references across the open draft and the files on disk, under every name', async () => {
    const references = () =>
      client.request<Location[] | null>('textDocument/references', {
        textDocument: { uri: uriOf('draft.md') },
        position: positionOf(draft, 'NRK1'),
        context: { includeDeclaration: false },
      });
    const found = await client.eventually('references in notes.md', async () => {
      const all = await references();
      return all?.some((l) => l.uri === uriOf('notes.md')) ? all : undefined;
    });
    const byFile = (name: string) => found.filter((l) => l.uri === uriOf(name)).map((l) => `${l.range.start.line}:${l.range.start.character}`);
    assert.deepEqual(byFile('draft.md'), ['2:0', '2:21']);
    assert.deepEqual(byFile('notes.md'), ['0:19', '2:4', '2:43'], 'previous symbol, full name and symbol');
    assert.deepEqual(byFile('paper.tex'), ['0:16'], 'not the LaTeX key');
    assert.ok(!found.some((l) => l.uri.includes('node_modules')), 'dependencies are not indexed');
    assert.ok(!found.some((l) => l.uri === uriOf('linked.md')), 'a symlink leading out is not followed');

    // A file changed on disk (watcher event) is indexed again; a deleted one is forgotten. Events for a dependency's
    // file and for the symlink (handled first, in order) index neither.
    fs.writeFileSync(file('notes.md'), 'NMRK1 only once now.\n');
    const changed = ['node_modules/ignored.md', 'linked.md', 'notes.md'].map((name) => ({ uri: uriOf(name), type: 2 }));
    client.notify('workspace/didChangeWatchedFiles', { changes: changed });
    const after = await client.eventually('notes.md re-indexed', async () => {
      const all = await references();
      return all?.filter((l) => l.uri === uriOf('notes.md')).length === 1 ? all : undefined;
    });
    assert.ok(!after.some((l) => l.uri.includes('node_modules') || l.uri === uriOf('linked.md')), 'not indexed from watcher events either');
    fs.rmSync(file('paper.tex'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('paper.tex'), type: 3 }] });
    await client.eventually('paper.tex forgotten', async () => ((await references())?.some((l) => l.uri === uriOf('paper.tex')) ? undefined : true));
  });

  it('completes an upper-case token and resolves the item with a card', async () => {
    const position = { line: 2, character: draft.split('\n')[2]?.length ?? 0 };
    const list = await client.request<{ isIncomplete: boolean; items: { label: string; detail?: string; data?: unknown; textEdit?: { newText: string } }[] } | null>(
      'textDocument/completion',
      { textDocument: { uri: uriOf('draft.md') }, position, context: { triggerKind: 2, triggerCharacter: 'M' } },
    );
    const item = list?.items.find((i) => i.label === 'NMRK1');
    assert.ok(item, JSON.stringify(list?.items.map((i) => i.label)));
    assert.match(item.detail ?? '', /nicotinamide riboside kinase 1/);
    assert.ok(list?.items.some((i) => i.label === 'NMN'));
    const resolved = await client.request<{ documentation?: { kind: string; value: string } }>('completionItem/resolve', item);
    assert.equal(resolved.documentation?.kind, 'markdown');
    assert.match(resolved.documentation?.value ?? '', /\*\*NMRK1\*\*/);
  });

  it('lists the document symbols grouped by kind', async () => {
    const symbols = await client.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('draft.md') } });
    assert.deepEqual(symbols.map((s) => s.name), ['Genes', 'Families and complexes', 'Variants']);
    assert.deepEqual(symbols[0]?.children?.map((c) => c.name), ['NMRK1']);
  });

  it('finds workspace symbols by alias and by name', async () => {
    const byAlias = await client.request<{ name: string; location: Location }[]>('workspace/symbol', { query: 'NRK1' });
    assert.equal(byAlias[0]?.name, 'NRK1 (NMRK1)');
    assert.match(byAlias[0]?.location.uri ?? '', /data\/profiles\/genes\/nmrk1\.json$/);
    const byName = await client.request<{ name: string }[]>('workspace/symbol', { query: 'mononucleotide' });
    assert.ok(byName.some((s) => /\(NMN\)$/.test(s.name)), JSON.stringify(byName.map((s) => s.name)));
  });

  it('colours the terms with semantic tokens, and stops when the setting is turned off', async () => {
    const full = () => client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf('draft.md') } });
    const { data } = await full();
    assert.equal(data.length % 5, 0);
    // first token: NMRK1 on line 2, a gene (type 0) without modifiers; second: NRK1, an alias (nonPreferred)
    assert.deepEqual(data.slice(0, 5), [2, 0, 5, 0, 0]);
    assert.deepEqual(data.slice(5, 8), [0, 21, 4]);
    assert.equal((data[9] ?? 0) & 1, 1, 'NRK1 is not the preferred symbol');
    // A range: the tokens of line 2 alone, the same as the full answer's for that line.
    const ranged = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri: uriOf('draft.md') },
      range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
    });
    let line = 0;
    let onLine2 = 0;
    for (let i = 0; i < data.length; i += 5) if ((line += data[i] ?? 0) === 2) onLine2++;
    assert.deepEqual(ranged.data, data.slice(0, onLine2 * 5));
    client.configuration = { semanticTokens: { enable: false } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.eventually('no tokens once disabled', async () => ((await full()).data.length === 0 ? true : undefined));
    client.configuration = null;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.eventually('tokens again', async () => ((await full()).data.length > 0 ? true : undefined));
  });

  it('links the identifiers written in the text', async () => {
    const links = await client.request<{ range: Rng; target: string }[]>('textDocument/documentLink', { textDocument: { uri: uriOf('draft.md') } });
    assert.deepEqual(links.map((l) => l.target), ['https://pubmed.ncbi.nlm.nih.gov/27725675/', 'https://www.ncbi.nlm.nih.gov/snp/rs12611']);
    assert.deepEqual(links[0]?.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 17 } });
  });

  it('answers genelens/profile by id and by position', async () => {
    type Result = { profile: { id: string; upstream?: { entity: string }[] }; uri: string; related: Record<string, { symbol: string; kind: string }> } | null;
    const byId = await client.request<Result>('genelens/profile', { id: 'NRK1' });
    assert.equal(byId?.profile.id, 'NMRK1');
    assert.match(byId?.uri ?? '', /genes\/nmrk1\.json$/);
    assert.equal(byId?.related.AMPK?.kind, 'family');
    const byPosition = await client.request<Result>('genelens/profile', { textDocument: { uri: uriOf('draft.md') }, position: positionOf(draft, 'AMPK') });
    assert.equal(byPosition?.profile.id, 'AMPK');
    assert.equal(await client.request<Result>('genelens/profile', { id: 'no such gene' }), null);
  });
});
