// Every human gene through the Language Server Protocol (dist/server.js over stdio, with the gene table and its
// prebuilt index dist/genes.idx): hover and definition on genes no profile describes, the ambiguous-term and
// non-preferred-symbol hints with their quick fixes, and incremental edits.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient, ROOT } from '../helpers/lspClient';

interface Pos { line: number; character: number }
interface Rng { start: Pos; end: Pos }
interface Hover { contents: { value: string } }
interface LocationLink { targetUri: string; targetRange: Rng; targetSelectionRange: Rng }
interface CodeAction { title: string; isPreferred?: boolean; edit?: { changes?: Record<string, { range: Rng; newText: string }[]> } }

const TABLE = path.join(ROOT, 'data', 'lexicon', 'genes.tsv');
const TABLE_LINES = fs.readFileSync(TABLE, 'utf8').split('\n');
let docs = 0;
const newUri = (): string => pathToFileURL(path.join(os.tmpdir(), `genelens-genes-${process.pid}-${++docs}.md`)).href;

function lineOf(ncbiGene: string, symbol: string): number {
  const line = TABLE_LINES.findIndex((l) => l.startsWith(`${ncbiGene}\t${symbol}\t`));
  assert.ok(line >= 0, `${symbol} in genes.tsv`);
  return line;
}

function positionOf(text: string, term: string): Pos {
  const offset = text.indexOf(term);
  assert.ok(offset >= 0, term);
  const before = text.slice(0, offset + 1);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

describe('every human gene over stdio', () => {
  const client = new LspClient();
  before(async () => {
    await client.initialize();
  });
  after(() => client.stop());

  const hover = async (uri: string, position: Pos): Promise<string> =>
    (await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }))?.contents.value ?? '';

  it('loads the gene table with its prebuilt index', async () => {
    await client.waitFor('the gene table log line', () => client.logs.find((l) => /Loaded the gene table/.test(l)));
    const line = client.logs.find((l) => /Loaded the gene table/.test(l)) ?? '';
    assert.match(line, /65191 genes/);
    assert.match(line, /prebuilt index/, 'npm run build writes dist/genes.idx and the server uses it');
  });

  it('hovers and goes to the definition of TP53, BRCA1 and APOE, which no profile describes', async () => {
    const text = 'TP53, BRCA1 and APOE variants were genotyped.\n';
    const uri = newUri();
    client.open(uri, text);
    for (const [symbol, id, name] of [['TP53', '7157', 'tumor protein p53'], ['BRCA1', '672', 'BRCA1 DNA repair associated'], ['APOE', '348', 'apolipoprotein E']] as const) {
      const card = await hover(uri, positionOf(text, symbol));
      assert.ok(card.startsWith(`**${symbol}** — ${name}`), card);
      assert.ok(card.includes(`[NCBI Gene ${id}](https://www.ncbi.nlm.nih.gov/gene/${id})`), card);
      assert.match(card, /No curated profile exists yet/);
      const links = await client.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, symbol) });
      assert.equal(links.length, 1);
      assert.equal(links[0]?.targetUri, pathToFileURL(TABLE).href);
      assert.equal(links[0]?.targetRange.start.line, lineOf(id, symbol));
      const selection = links[0]!.targetSelectionRange;
      assert.equal(TABLE_LINES[selection.start.line]?.slice(selection.start.character, selection.end.character), symbol);
    }
  });

  it('publishes the two hints, with quick fixes that write the approved symbol', async () => {
    const text = 'A P53 mutation and the AAC1 gene.\n';
    const uri = newUri();
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length >= 2);
    const byCode = new Map(published.diagnostics.map((d) => [String(d.code), d]));
    const nonPreferred = byCode.get('non-preferred-symbol');
    const ambiguous = byCode.get('ambiguous-term');
    assert.equal(nonPreferred?.severity, 4);
    assert.equal(ambiguous?.severity, 4);
    const fixes = async (d: typeof ambiguous) =>
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d!.range, context: { diagnostics: [d] } });
    const [toTp53] = await fixes(nonPreferred);
    assert.equal(toTp53?.title, 'Write TP53');
    assert.equal(toTp53?.isPreferred, true);
    assert.equal(toTp53?.edit?.changes?.[uri]?.[0]?.newText, 'TP53');
    const titles = (await fixes(ambiguous)).map((a) => a.title).filter((t) => t.startsWith('Write'));
    assert.deepEqual(titles, ['Write NAT1 (N-acetyltransferase 1)', 'Write SLC25A4 (solute carrier family 25 member 4)']);
  });

  it('keeps ordinary prose clean', async () => {
    const text = 'A CAT scan, SET the value, the MAX dose and a REST API.\n';
    const uri = newUri();
    client.open(uri, text);
    for (const word of ['CAT', 'SET', 'MAX', 'REST']) assert.equal(await hover(uri, positionOf(text, word)), '', word);
  });

  it('follows incremental edits in a large document', async () => {
    const paragraph = 'NMRK1 converts nicotinamide riboside into NMN, and TP53 variants were genotyped.\n\n';
    const text = paragraph.repeat(2000);
    const uri = newUri();
    client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const line = 1000 * 2;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 5 } }, text: 'BRCA1' }],
    });
    assert.match(await hover(uri, { line, character: 2 }), /^\*\*BRCA1\*\*/);
    assert.match(await hover(uri, { line: line + 2, character: 2 }), /^\*\*NMRK1\*\*/);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Intro.\n\n' }],
    });
    assert.match(await hover(uri, { line: line + 2, character: 2 }), /^\*\*BRCA1\*\*/);
    assert.match(await hover(uri, { line: line + 2, character: 52 }), /^\*\*TP53\*\*/);
  });
});
