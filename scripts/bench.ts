// `npm run bench`: speed and memory of the matcher, the analysis and the server. Not a test: it prints figures.
// Usage: npm run bench [-- --json] [-- --no-large | --large-only]
// Documents of 100 KB, 1 MB and 10 MB are generated here (seeded, with some non-ASCII text); nothing is downloaded.
// The in-process figures are taken in a child process of their own, then the server is spawned over stdio.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDocument } from './benchDocs';
import { keystrokeTimes, loadBenchService, median, spreadKeystroke, typingKeystroke } from './benchService';
import { BenchLspClient } from './benchLsp';
import { benchLarge } from './benchLarge';
import { benchReferences } from './benchReferences';
import { benchWeb } from './benchWeb';

const root = path.resolve(__dirname, '..');
const json = process.argv.includes('--json');
/** The argument that makes this script measure the in-process figures only and print them as JSON. */
const IN_PROCESS = '--in-process-part';

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}
function time(fn: () => void, runs: number): number {
  fn(); // warm up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

function inProcess(): Record<string, number> {
  // Every kind, as the server loads them: the chemical and disease tables too.
  const service = loadBenchService(root);
  const doc1 = generateDocument(1 << 20, 1);
  const doc10 = generateDocument(10 << 20, 2);
  const doc100k = generateDocument(100 << 10, 3);

  const baseline = time(() => {
    const re = /[A-Za-z0-9]+/g;
    let n = 0;
    while (re.exec(doc1) !== null) n++;
    if (n < 0) throw new Error('unreachable');
  }, 15);
  const scan100k = time(() => service.findMentions(doc100k, 'markdown'), 9);
  const scan1 = time(() => service.findMentions(doc1, 'markdown'), 15);
  const scan10 = time(() => service.findMentions(doc10, 'markdown'), 3);
  // A full analysis each time: a new URI, analysed from scratch (mentions, and the findings, which are found when
  // read), forgotten afterwards.
  let v = 0;
  const analyzeNew = (text: string): number => {
    const uri = `bench:///a${v++}.md`;
    const found = service.analyze(TextDocument.create(uri, 'markdown', 1, text)).findings.length;
    service.forget(uri);
    return found;
  };
  const analyze1 = time(() => analyzeNew(doc1), 15);
  const analyze10 = time(() => analyzeNew(doc10), 2);

  // One keystroke in a 1 MB document, then the updated diagnostics, as the server does it (benchService.ts). Each
  // keystroke lands somewhere else in the document (the harder case); edit_1mb_typing_ms types on at one place.
  const edits = keystrokeTimes(service, `bench:///edit${v++}.md`, doc1, spreadKeystroke(doc1.length));
  const typing = keystrokeTimes(service, `bench:///edit${v++}.md`, doc1, typingKeystroke(doc1.length));
  // What the same keystrokes cost applied to the library's TextDocument alone (a 1 MB string copied per edit).
  const plain = TextDocument.create('bench:///plain.md', 'markdown', 1, doc1);
  const floors: number[] = [];
  for (let i = 0; i < 60; i++) {
    const offset = spreadKeystroke(doc1.length)(i);
    const pos = plain.positionAt(offset);
    const t0 = performance.now();
    TextDocument.update(plain, [{ range: { start: pos, end: pos }, text: i % 2 ? 'x' : ' ' }], plain.version + 1);
    plain.getText().charCodeAt(offset);
    floors.push(performance.now() - t0);
  }
  return {
    lexicon_terms: service.lexicon.termCount ?? service.lexicon.terms.length,
    baseline_tokenize_1mb_ms: round(baseline),
    scan_100kb_ms: round(scan100k),
    scan_1mb_ms: round(scan1),
    scan_10mb_ms: round(scan10),
    analyze_1mb_ms: round(analyze1),
    analyze_10mb_ms: round(analyze10),
    edit_1mb_ms: round(median(edits), 3),
    edit_1mb_p99_ms: round(percentile(edits, 99), 3),
    edit_1mb_typing_ms: round(median(typing), 3),
    edit_1mb_textdocument_ms: round(median(floors), 3),
  };
}

/** Spawns the server over stdio and measures start-up, hover round trips and memory. */
async function overStdio(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const server = new BenchLspClient(path.join(root, 'dist', 'server.js'));
  const send = (msg: { method: string; params?: unknown }): void => server.notify(msg.method, msg.params ?? null);
  const request = (method: string, params: unknown): Promise<unknown> => server.request(method, params);

  await request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const coldStart = performance.now() - t0;
  send({ method: 'initialized', params: {} });
  const text = generateDocument(100 << 10, 4);
  const uri = pathToFileURL(path.join(root, 'bench.md')).href;
  // The document's first diagnostics: the server's steady state, which rss_mb is read in (the first validation gives
  // way to a burst of hovers, so the hovers alone may end before it).
  let published = (): void => undefined;
  const firstDiagnostics = new Promise<void>((resolve) => (published = resolve));
  server.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics' && (params as { uri?: string } | null)?.uri === uri) published();
  });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const tp53 = text.indexOf('TP53');
  // Lexicon ready: the first hover that answers with a card for a gene outside the profiles.
  for (;;) {
    const r = await request('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(tp53 + 1) });
    if (r) break;
    if (performance.now() - t0 > 30000) break;
  }
  const lexiconReady = performance.now() - t0;
  const hovers: number[] = [];
  let offset = 0;
  for (let i = 0; i < 300; i++) {
    offset = text.indexOf('NMRK1', offset + 1);
    if (offset < 0) offset = text.indexOf('NMRK1');
    const h0 = performance.now();
    await request('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(offset + 2) });
    hovers.push(performance.now() - h0);
  }
  await Promise.race([firstDiagnostics, new Promise((resolve) => setTimeout(resolve, 10000).unref())]);
  let rss = NaN;
  try {
    const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
    rss = Number(/VmRSS:\s*(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    // not Linux: leave it out
  }
  await request('shutdown', null);
  send({ method: 'exit' });
  return {
    cold_start_ms: round(coldStart),
    lexicon_ready_ms: round(lexiconReady),
    hover_p50_ms: round(median(hovers), 3),
    hover_p99_ms: round(percentile(hovers, 99), 3),
    rss_mb: round(rss, 1),
  };
}

/**
 * The in-process figures, measured in a process of their own: a heap the stdio benches filled with large JSON answers
 * slows the analysis, and a process still collecting the 10 MB analyses' garbage slows the server it spawns.
 */
function inChildProcess(): Record<string, number> {
  const out = execFileSync(process.execPath, [__filename, IN_PROCESS], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(out) as Record<string, number>;
}

async function main(): Promise<void> {
  if (process.argv.includes(IN_PROCESS)) {
    process.stdout.write(JSON.stringify(inProcess()));
    return;
  }
  if (process.argv.includes('--large-only')) {
    // The 10 MB scenario alone (issue #16): e.g. with NODE_OPTIONS=--cpu-prof and scripts/eventLoopBlocks.mjs.
    const large = await benchLarge(root);
    process.stdout.write((json ? JSON.stringify(large) : Object.entries(large).map(([k, v]) => `${k}  ${v}`).join('\n')) + '\n');
    return;
  }
  const local = inChildProcess();
  const stdio = await overStdio();
  const references = await benchReferences(root);
  const large = process.argv.includes('--no-large') ? {} : await benchLarge(root);
  const web = await benchWeb(root);
  const figures: Record<string, number> = { ...local, ...stdio, ...references, ...large, ...web };
  if (json) {
    process.stdout.write(JSON.stringify(figures) + '\n');
    return;
  }
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [k, val] of Object.entries(figures)) process.stdout.write(`${k.padEnd(width)}  ${val}\n`);
  const b = figures.baseline_tokenize_1mb_ms ?? NaN;
  const ratio = (k: string): number => round((figures[k] ?? NaN) / b);
  process.stdout.write(`\nscan/baseline ${ratio('scan_1mb_ms')}x (target 2x), analyze/baseline ${ratio('analyze_1mb_ms')}x (target 4x)\n`);
  if (figures.large_hover_p99_ms !== undefined) {
    process.stdout.write(`hover during a 10 MB analysis: p99 ${figures.large_hover_p99_ms} ms (target 50); RSS with it open ${figures.rss_10mb_mb} MB (target 300), before ${figures.rss_before_10mb_mb} MB, after close ${figures.rss_after_close_mb} MB (heap ${figures.heap_after_close_mb} MB)\n`);
  }
  // The web build: its bundles (development build, unminified) and the worker's start to its first hover.
  process.stdout.write(
    `web: extension ${figures.web_extension_kb} KB (budget 1024), server ${figures.web_server_kb} KB (budget 2048), first hover ${figures.web_first_hover_ms} ms (budget 3000)\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
