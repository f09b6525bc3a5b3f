// `genelens annotate` with PubTator in and out: a corpus round-trips, its annotations replaced by GeneLens's.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createReportingService, type CliEnv } from '../../server/src/cli/env';
import { runCli } from '../../server/src/cli/main';
import { readPubtator, type PubtatorDocument } from '../../server/src/cli/pubtator';
import { DEFAULT_PROFILES, profileDocument } from '../helpers/featureProfiles';

const CWD = path.resolve('/work/project');

function env(files: Record<string, string>): CliEnv & { out: string[]; err: string[] } {
  const absolute = new Map(Object.entries(files).map(([name, text]) => [path.resolve(CWD, name), text]));
  const e: CliEnv & { out: string[]; err: string[] } = {
    cwd: CWD,
    dataDir: path.join(CWD, 'data'),
    out: [],
    err: [],
    stdout: (s) => void e.out.push(s),
    stderr: (s) => void e.err.push(s),
    readFile: (file) => absolute.get(file),
    readLines: (file) => {
      const text = absolute.get(path.resolve(CWD, file));
      return text === undefined ? undefined : text.split('\n');
    },
    loadService: () => createReportingService(DEFAULT_PROFILES.map(profileDocument), [], e),
  };
  return e;
}

async function parse(text: string): Promise<PubtatorDocument[]> {
  const docs: PubtatorDocument[] = [];
  for await (const d of readPubtator(text.split('\n'))) docs.push(d);
  return docs;
}

const CORPUS = [
  '11|t|NMRK1 raises NAD+.', '11|a|Its alias NRK1 too.', '11\t0\t5\tNMRK1\tGene\t54981', '',
  '12|t|No terms here.', '12|a|None at all.', '',
].join('\n');

describe('genelens annotate --input pubtator', () => {
  it('keeps each document and replaces its annotations with the recognized terms, offsets into title + abstract', async () => {
    const e = env({ 'corpus.txt': CORPUS });
    const code = await runCli(['annotate', '--input', 'pubtator', 'corpus.txt'], e);
    assert.equal(e.err.join(''), '');
    assert.equal(code, 0);
    const docs = await parse(e.out.join(''));
    assert.deepEqual(docs.map((d) => d.pmid), ['11', '12']);
    const text = `${docs[0]!.title}\n${docs[0]!.abstract}`;
    for (const a of docs[0]!.annotations) assert.equal(text.slice(a.start, a.end), a.text);
    assert.deepEqual(docs[0]!.annotations.map((a) => [a.text, a.type]), [['NMRK1', 'Gene'], ['NAD+', 'Chemical'], ['NRK1', 'Gene']]);
    assert.equal(docs[1]!.annotations.length, 0);
  });

  it('writes one JSON line per document with --format json', async () => {
    const e = env({ 'corpus.txt': CORPUS });
    assert.equal(await runCli(['annotate', '--input', 'pubtator', '--format', 'json', 'corpus.txt'], e), 0);
    const lines = e.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { pmid: string; annotations: unknown[] });
    assert.deepEqual(lines.map((l) => [l.pmid, l.annotations.length]), [['11', 3], ['12', 0]]);
  });

  it('rejects text output for PubTator input, a bad --jobs, and reports a missing file', async () => {
    assert.equal(await runCli(['annotate', '--input', 'pubtator', '--format', 'text', 'corpus.txt'], env({})), 2);
    assert.equal(await runCli(['annotate', '--input', 'pubtator', '--jobs', '0', 'corpus.txt'], env({})), 2);
    const e = env({});
    assert.equal(await runCli(['annotate', '--input', 'pubtator', 'missing.txt'], e), 2);
    assert.match(e.err.join(''), /cannot read 'missing\.txt'/);
  });
});

describe('genelens annotate --format pubtator', () => {
  it('writes a plain file as one document, its first line the title', async () => {
    const e = env({ 'notes.md': 'NMRK1 notes\nNAD+ and NRK1.\nMore.' });
    assert.equal(await runCli(['annotate', '--format', 'pubtator', 'notes.md'], e), 0);
    const [doc] = await parse(e.out.join(''));
    assert.equal(doc!.pmid, 'notes.md');
    assert.equal(doc!.title, 'NMRK1 notes');
    assert.equal(doc!.abstract, 'NAD+ and NRK1. More.');
    assert.deepEqual(doc!.annotations.map((a) => [a.start, a.text]), [[0, 'NMRK1'], [12, 'NAD+'], [21, 'NRK1']]);
  });
});

describe('genelens annotate --jobs', () => {
  const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
  it('gives the same output with worker threads as without, in input order', { skip: !fs.existsSync(cli) && 'dist/cli.js is not built (npm run build)' }, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-jobs-'));
    const file = path.join(tmp, 'corpus.PubTator');
    const docs: string[] = [];
    for (let i = 0; i < 150; i++) docs.push(`${i}|t|Document ${i} on NMRK1 and TP53.\n${i}|a|BRCA1 and NAD+ in study ${i}; NF-kappaB signaling.\n`);
    fs.writeFileSync(file, docs.join('\n'));
    const run = (jobs: string): string => execFileSync(process.execPath, [cli, 'annotate', '--input', 'pubtator', '--jobs', jobs, file], { encoding: 'utf8' });
    const one = run('1');
    assert.equal(run('3'), one);
    assert.equal(one.split('\n\n').filter(Boolean).length, 150);
    assert.match(one, /^149\t\d+\t\d+\tBRCA1\tGene\t672$/m);
    assert.match(one, /^149\t\d+\t\d+\tNF-kappaB\tFamilyName\t\S+$/m, 'a family carries its FamPlex id');
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
