// What each human gene does, with evidence (issue #15): the Gene Ontology table (data/lexicon/gene-functions.tsv.gz, made
// by scripts/build-gene-functions.mjs from Debian's r-bioc-org.hs.eg.db and r-bioc-go.db) read lazily by the core,
// and the hover cards of TP53, BRCA1 and SIRT1 (a profiled gene) showing function, location and processes with their
// evidence codes and the PubMed article count as a link.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as zlib from 'node:zlib';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/core';
import { GeneFunctions } from '../../server/src/core/lexicon/geneFunctions';
import { geneFunctionsReader, GENE_FUNCTIONS_PATH } from '../../server/src/geneTableFile';
import { geneFunctionsBlock } from '../../server/src/core/render/geneFunctionsCard';
import { thousands } from '../../server/src/core/render/markdown';
import { docWithCursor } from '../helpers/cursor';
import { shippedGeneTable } from '../helpers/genes';
import { loadShippedProfileDocuments, repoRoot } from '../helpers/profiles';

const TABLE = path.join(repoRoot, 'data', 'lexicon', 'gene-functions.tsv.gz');
const tableText = (): string => zlib.gunzipSync(fs.readFileSync(TABLE)).toString('utf8');

const SMALL = [
  '#format\tgenelens-gene-functions 1',
  '#release\tgene2go 2022-Sep12; Gene Ontology 2022-07-01',
  'T\tGO:0005634\tnucleus',
  'T\tGO:0004672\tprotein kinase activity',
  'T\tGO:0006915\tapoptotic <process>',
  '42\t1:IDA,IBA\t0:IEA\t2:TAS',
  '43\t\t0:IDA\t',
].join('\n');

describe('gene functions: the table', () => {
  it('is read on first use only, and parses a gene\'s row into named terms with evidence', () => {
    let reads = 0;
    const functions = new GeneFunctions(() => {
      reads++;
      return SMALL;
    });
    assert.equal(reads, 0, 'nothing read at construction');
    assert.deepEqual(functions.of('42'), {
      MF: [{ id: 'GO:0004672', name: 'protein kinase activity', evidence: ['IDA', 'IBA'] }],
      CC: [{ id: 'GO:0005634', name: 'nucleus', evidence: ['IEA'] }],
      BP: [{ id: 'GO:0006915', name: 'apoptotic <process>', evidence: ['TAS'] }],
    });
    assert.equal(functions.of('43')?.MF.length, 0);
    assert.equal(functions.of('44'), undefined);
    assert.equal(reads, 1, 'read once');
  });

  it('is read ahead in steps, and a first use during them finishes the same reading', () => {
    let reads = 0;
    const many = [SMALL, ...Array.from({ length: 5000 }, (_, i) => `${1000 + i}\t0:IEA\t\t`)].join('\n');
    const ahead = new GeneFunctions(() => (reads++, many));
    const steps = ahead.prepare();
    let n = 0;
    while (!steps.next().done) n++;
    assert.ok(n >= 3, `${n} steps`);
    assert.equal(ahead.of('5999')?.MF[0]?.id, 'GO:0005634');
    const midway = new GeneFunctions(() => (reads++, many));
    const part = midway.prepare();
    part.next();
    part.next();
    assert.deepEqual(midway.of('42')?.MF[0]?.evidence, ['IDA', 'IBA'], 'a first use finishes the reading');
    assert.equal(part.next().done, true);
    assert.equal(midway.of('5999')?.MF.length, 1);
    assert.equal(reads, 2, 'each table read once');
  });

  it('asks a loader with no text yet again on the next use (the web build\'s table arrives later)', () => {
    const table: { text?: string } = {};
    let reads = 0;
    const functions = new GeneFunctions(() => {
      reads++;
      return table.text;
    });
    assert.equal(functions.of('42'), undefined);
    table.text = SMALL;
    assert.equal(functions.of('42')?.CC[0]?.name, 'nucleus');
    assert.equal(functions.of('43')?.CC[0]?.name, 'nucleus');
    assert.equal(reads, 2, 'read until it came, then never again');
  });

  it('finds rows in any order, keeps the last of a repeated id, and ids that are no plain number', () => {
    const shuffled = [SMALL.replace('42\t1:IDA,IBA', '42\t0:IEA'), '7\t2:TAS\t\t', '42\t1:IDA,IBA\t0:IEA\t2:TAS', 'x-9\t\t1:NAS\t', '007\t0:IMP\t\t'].join('\n');
    const functions = new GeneFunctions(() => shuffled);
    assert.equal(functions.of('7')?.MF[0]?.name, 'apoptotic <process>');
    assert.deepEqual(functions.of('42')?.MF[0]?.evidence, ['IDA', 'IBA'], 'the later row of 42');
    assert.equal(functions.of('43')?.CC[0]?.evidence[0], 'IDA');
    assert.equal(functions.of('x-9')?.CC[0]?.name, 'protein kinase activity');
    assert.equal(functions.of('007')?.MF[0]?.evidence[0], 'IMP');
    assert.equal(functions.of('9'), undefined);
  });

  it('refuses a table of another format and survives a missing one', () => {
    const wrong = new GeneFunctions(() => SMALL.replace('genelens-gene-functions 1', 'something else'));
    assert.equal(wrong.of('42'), undefined);
    assert.match(wrong.problem ?? '', /unknown format/);
    assert.equal(new GeneFunctions(() => undefined).of('42'), undefined);
    assert.equal(new GeneFunctions(() => { throw new Error('EACCES'); }).of('42'), undefined);
  });

  it('writes counts with thousands separators as en-US does, without Intl', () => {
    for (const n of [0, 1, 12, 999, 1000, 11067, 123456, 1234567, 100000000]) assert.equal(thousands(n), n.toLocaleString('en-US'));
  });

  it('escapes term names and links the article count', () => {
    const block = geneFunctionsBlock(new GeneFunctions(() => SMALL), '42', 1234);
    assert.match(block, /\*\*Function:\*\* protein kinase activity \(IDA, IBA\)/);
    assert.match(block, /apoptotic \\<process\\>|apoptotic &lt;process&gt;/);
    assert.match(block, /\[1,234 PubMed articles\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?linkname=gene_pubmed&from_uid=42\)/);
  });

  it('is read by the host as its text, read ahead (in one job of the thread pool) or at the first call', async () => {
    const text = tableText();
    assert.equal(geneFunctionsReader(path.join(repoRoot, 'data'))(), text);
    assert.equal(geneFunctionsReader(path.join(repoRoot, 'data'), true)(), text, 'called before the read-ahead came');
    const ahead = geneFunctionsReader(path.join(repoRoot, 'data'), true);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 10)); // it has come, or not: the same text
    assert.equal(ahead(), text);
    // A table with other than ASCII is read as UTF-8; a folder without one gives undefined.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-go-'));
    try {
      const other = `${SMALL}\nT\tGO:0000001\tα-ketoglutarate ü\n`;
      fs.mkdirSync(path.join(dir, 'lexicon'));
      fs.writeFileSync(path.join(dir, GENE_FUNCTIONS_PATH), zlib.gzipSync(Buffer.from(other, 'utf8')));
      assert.equal(geneFunctionsReader(dir)(), other);
      assert.equal(geneFunctionsReader(path.join(dir, 'none'))(), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ships with a provenance header, generated by its script from the Debian packages', () => {
    const head = tableText().slice(0, 2000).split('\n');
    assert.equal(head[0], '#format\tgenelens-gene-functions 2');
    assert.ok(head.some((l) => /^#package\tr-bioc-org\.hs\.eg\.db \S+ \(org\.Hs\.eg\.sqlite sha256 [0-9a-f]{64}\); r-bioc-go\.db /.test(l)));
    assert.ok(head.some((l) => l.startsWith('#generated\t') && l.includes('scripts/build-gene-functions.mjs')));
  });
});

describe('gene functions: hover cards', () => {
  const service = createLanguageService({
    profiles: loadShippedProfileDocuments(),
    genes: shippedGeneTable(),
    geneFunctions: tableText,
  });
  const hover = (text: string): string => {
    const { doc, position } = docWithCursor(text);
    const h = service.getHover(TextDocument.create(doc.uri, 'markdown', 1, doc.getText()), position);
    const c = h?.contents;
    return c && typeof c === 'object' && 'value' in c ? c.value : '';
  };

  for (const [symbol, location, articles] of [['TP53', 'nucleus', /11,067 PubMed articles/], ['BRCA1', 'nucleus', /PubMed articles/], ['SIRT1', 'nucleus', /PubMed articles/]] as const) {
    it(`shows what ${symbol} does, where it is and its processes, each with evidence, and its article count`, () => {
      const card = hover(`We studied $$CURSOR$$${symbol} in cells.`);
      assert.match(card, /\*\*Function:\*\* [^\n]+\((?:[A-Z]{2,4}(?:, )?)+\)/, card);
      assert.match(card, new RegExp(`\\*\\*Location:\\*\\* [^\\n]*${location} \\(`), card);
      assert.match(card, /\*\*Processes:\*\* [^\n]+\(/, card);
      assert.match(card, articles, card);
      assert.match(card, /Gene Ontology \(gene2go 2022-Sep12\)/);
    });
  }
});
