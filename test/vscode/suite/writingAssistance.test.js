// Writing assistance across the workspace in a real VS Code extension host (issue 6): completion, Find All
// References, document and workspace symbols, semantic tokens and document links, through the API commands the
// editor itself uses. The workspace is a throwaway copy of test/vscode/fixtures; writing/older-papers.md is never
// opened here, so its mentions can only come from the server's background index of the files on disk.
const assert = require('assert/strict');
const vscode = require('vscode');
const { suite, test, suiteTeardown } = require('mocha');
const { fixtureUri, openFixture, waitFor, positionOf, NMRK1_NAME, PROFILE_PATH } = require('../util');

const NOT_OPENED = 'writing/older-papers.md';
/** The first request may wait for the server to start (when this suite runs alone); later ones answer at once. */
const FIRST_ANSWER_MS = 45000;
const ANSWER_MS = 20000;

/** The label text of a completion item (a string, or `{ label, description }` when the server sent labelDetails). */
function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** The range a completion item replaces (a Range, or `{ inserting, replacing }`). */
function replaceRangeOf(item) {
  return item.range && item.range.replacing ? item.range.replacing : item.range;
}

/** Decodes LSP's relative encoding (deltaLine, deltaStart, length, type, modifiers) into absolute tokens. */
function decodeSemanticTokens(data) {
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return tokens;
}

/** Every position of `word` standing alone (no letter or digit on either side) in the document. */
function wordPositions(doc, word) {
  const out = [];
  const re = new RegExp(`(?<![A-Za-z0-9])${word}(?![A-Za-z0-9])`, 'g');
  for (let m = re.exec(doc.getText()); m; m = re.exec(doc.getText())) out.push(doc.positionAt(m.index));
  return out;
}

const key = (uri) => uri.toString();

suite('GeneLens writing assistance', () => {
  const scratch = [];

  suiteTeardown(async () => {
    // Untitled documents typed into here are reverted and closed: nothing is left dirty.
    for (const doc of scratch) {
      if (doc.isClosed) continue;
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  /** An untitled Markdown document in an editor, with `text` typed into it (as edits, like keystrokes). */
  async function typeInNewDocument(text) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    scratch.push(doc);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    for (const part of text.match(/\S+\s*/g) || []) {
      assert.ok(await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, part)), 'the edit was refused');
    }
    assert.equal(doc.getText(), text);
    return { doc, editor };
  }

  async function completionsAt(doc, position, wanted) {
    return waitFor(`a completion list with ${wanted}`, async () => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
      return list && list.items.some((i) => labelOf(i) === wanted) ? list.items : undefined;
    }, FIRST_ANSWER_MS);
  }

  test('completion after "NMR" lists NMRK1 with its full name', async () => {
    const { doc } = await typeInNewDocument('We measured NMR');
    const end = doc.lineAt(0).range.end;
    const items = await completionsAt(doc, end, 'NMRK1');
    const nmrk1 = items.find((i) => labelOf(i) === 'NMRK1');
    assert.match(nmrk1.detail || '', NMRK1_NAME, `detail: ${nmrk1.detail}`);
    assert.equal(nmrk1.insertText, 'NMRK1');
    const range = replaceRangeOf(nmrk1);
    assert.equal(doc.getText(range), 'NMR', 'the item replaces the word typed so far');
    // Curated and written as typed: NMRK1 comes first among GeneLens's items (ranked by the server in sortText).
    const ranked = items.filter((i) => /^\d{4}$/.test(i.sortText || '')).sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    assert.equal(labelOf(ranked[0]), 'NMRK1', `first items: ${ranked.slice(0, 5).map(labelOf).join(', ')}`);
  });

  test('completing the alias NRK1 inserts the approved symbol NMRK1', async () => {
    const { doc, editor } = await typeInNewDocument('Older papers say NRK');
    const end = doc.lineAt(0).range.end;
    const items = await completionsAt(doc, end, 'NRK1');
    const alias = items.find((i) => labelOf(i) === 'NRK1');
    assert.match(alias.detail || '', /alias of NMRK1/, `detail: ${alias.detail}`);
    const insert = typeof alias.insertText === 'string' ? alias.insertText : alias.insertText && alias.insertText.value;
    assert.equal(insert, 'NMRK1');
    // Accept it as the editor does: replace the item's range with its text.
    assert.ok(await editor.edit((b) => b.replace(replaceRangeOf(alias), insert)));
    assert.equal(doc.lineAt(0).text, 'Older papers say NMRK1');
  });

  test('Find All References on NMRK1 reaches other files, aliases and files that are not open', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const pos = positionOf(doc, 'NMRK1 (nicotinamide', 1);
    const notOpened = fixtureUri(NOT_OPENED);
    const locations = await waitFor(`references to NMRK1 in ${NOT_OPENED}`, async () => {
      const found = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, pos);
      return found && found.some((l) => key(l.uri) === key(notOpened)) ? found : undefined;
    }, ANSWER_MS);
    assert.ok(!vscode.workspace.textDocuments.some((d) => key(d.uri) === key(notOpened)), `${NOT_OPENED} must not be open`);
    const files = new Set(locations.map((l) => key(l.uri)));
    for (const name of ['nmrk1-notes.md', 'claims.md', 'notes.txt', NOT_OPENED]) {
      assert.ok(files.has(key(fixtureUri(name))), `no reference in ${name}: ${[...files].join(', ')}`);
    }
    // Every mention of this document, the alias NRK1 among them.
    const here = locations.filter((l) => key(l.uri) === key(doc.uri)).map((l) => doc.getText(l.range));
    assert.ok(here.includes('NRK1'), `mentions in nmrk1-notes.md: ${JSON.stringify(here)}`);
    assert.equal(here.filter((t) => t === 'NMRK1').length, wordPositions(doc, 'NMRK1').length);
    // The file on disk: read its bytes (opening it as a document would tell the server), then check what each range covers.
    const text = Buffer.from(await vscode.workspace.fs.readFile(notOpened)).toString('utf8');
    const lines = text.split(/\r?\n/);
    const onDisk = locations
      .filter((l) => key(l.uri) === key(notOpened))
      .map((l) => (lines[l.range.start.line] || '').slice(l.range.start.character, l.range.end.character));
    assert.deepEqual(onDisk, ['NRK1', 'C9orf95'], 'the alias and the previous symbol, read from disk');
  });

  test('the document symbols list the entities grouped by kind', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const groups = await waitFor('GeneLens document symbols', async () => {
      const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return symbols && symbols.some((s) => s.name === 'Genes') ? symbols : undefined;
    }, ANSWER_MS);
    const genes = groups.find((s) => s.name === 'Genes');
    const chemicals = groups.find((s) => s.name === 'Chemicals');
    assert.ok(chemicals, `groups: ${groups.map((s) => s.name).join(', ')}`);
    assert.deepEqual(genes.children.map((c) => c.name), ['NMRK1']);
    assert.deepEqual(chemicals.children.map((c) => c.name).sort(), ['NAD+', 'NMN', 'NR']);
    const nmrk1 = genes.children[0];
    assert.match(nmrk1.detail, NMRK1_NAME);
    assert.match(nmrk1.detail, /NRK1/, 'the detail says how the gene is also written');
    assert.match(nmrk1.detail, /5 mentions/);
    assert.equal(doc.getText(nmrk1.selectionRange), 'NMRK1', 'the selection is the first mention');
    assert.notEqual(nmrk1.kind, chemicals.children[0].kind, 'a gene and a chemical have different symbol kinds');
    assert.ok(chemicals.children.every((c) => c.kind === chemicals.children[0].kind), 'one kind per group');
  });

  test('workspace symbols find NMRK1 by its name and TP53 from the gene table', async () => {
    await openFixture('nmrk1-notes.md');
    const byName = await waitFor('a workspace symbol for "riboside kinase"', async () => {
      const symbols = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'riboside kinase');
      return symbols && symbols.some((s) => /\(NMRK1\)$/.test(s.name)) ? symbols : undefined;
    }, ANSWER_MS);
    const nmrk1 = byName.find((s) => /\(NMRK1\)$/.test(s.name));
    assert.match(nmrk1.name, NMRK1_NAME);
    assert.match(nmrk1.location.uri.path, PROFILE_PATH);
    const tp53 = (await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'TP53')).find((s) => s.name === 'TP53');
    assert.ok(tp53, 'TP53, a gene without a profile, is found');
    assert.match(tp53.containerName, /tumor protein p53/);
    assert.match(tp53.location.uri.path, /\/data\/lexicon\/genes\.tsv$/);
  });

  test('semantic tokens colour every NMRK1 as a gene and NRK1 as a non-preferred name', async () => {
    const { doc } = await openFixture('nmrk1-notes.md');
    const legend = await waitFor('the semantic tokens legend', () =>
      vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri), ANSWER_MS);
    assert.ok(legend.tokenTypes.includes('gene'), `token types: ${legend.tokenTypes.join(', ')}`);
    const tokens = await waitFor('semantic tokens', async () => {
      const result = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
      return result && result.data.length > 0 ? decodeSemanticTokens(result.data) : undefined;
    }, ANSWER_MS);
    const textOf = (t) => doc.lineAt(t.line).text.slice(t.character, t.character + t.length);
    const covered = tokens.filter((t) => legend.tokenTypes[t.type] === 'gene' && textOf(t) === 'NMRK1');
    const expected = wordPositions(doc, 'NMRK1');
    assert.ok(expected.length >= 3);
    assert.deepEqual(
      covered.map((t) => `${t.line}:${t.character}`),
      expected.map((p) => `${p.line}:${p.character}`),
      'a gene token on every NMRK1',
    );
    const alias = tokens.find((t) => textOf(t) === 'NRK1');
    assert.ok(alias, 'a token on NRK1');
    const nonPreferred = legend.tokenModifiers.indexOf('nonPreferred');
    assert.ok(nonPreferred >= 0 && (alias.modifiers & (1 << nonPreferred)) !== 0, 'NRK1 carries the nonPreferred modifier');
    assert.ok(!tokens.some((t) => /^(older|papers|appears)$/i.test(textOf(t))), 'no token on ordinary words');
  });

  test('document links open the public page of each identifier', async () => {
    const { doc } = await openFixture('writing/identifiers.md');
    const links = await waitFor('four document links', async () => {
      const found = await vscode.commands.executeCommand('vscode.executeLinkProvider', doc.uri);
      return found && found.filter((l) => l.target && l.target.scheme === 'https').length >= 4 ? found : undefined;
    }, ANSWER_MS);
    const byText = new Map(links.filter((l) => l.target).map((l) => [doc.getText(l.range), l.target]));
    const expect = (text, authority, path, query = '', fragment = '') => {
      const target = byText.get(text);
      assert.ok(target, `no link on ${text}: ${JSON.stringify([...byText.keys()])}`);
      assert.deepEqual(
        { scheme: target.scheme, authority: target.authority, path: target.path, query: target.query, fragment: target.fragment },
        { scheme: 'https', authority, path, query, fragment },
        `link of ${text}`,
      );
    };
    expect('PMID:27725675', 'pubmed.ncbi.nlm.nih.gov', '/27725675/');
    expect('rs12611', 'www.ncbi.nlm.nih.gov', '/snp/rs12611');
    expect('CHEBI:15927', 'www.ebi.ac.uk', '/chebi/searchId.do', 'chebiId=CHEBI:15927');
    expect('HGNC:26057', 'www.genenames.org', '/data/gene-symbol-report/', '', '!/hgnc_id/HGNC:26057');
    assert.ok(!byText.has('NMRK1') && !byText.has('NRK1'), 'a gene symbol is not a link');
  });
});
