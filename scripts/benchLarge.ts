// `npm run bench`, a 10 MB document in the server (issue #16): while it is analysed (in slices of the event loop),
// hovers in a small document are sent one after another and timed (`large_hover_p99_ms`: the editor's lag while a
// large document is analysed); the server's RSS before it is opened, once its diagnostics are published (`rss_10mb_mb`,
// and per MB of document, `rss_per_mb`), and after it is closed (`rss_after_close_mb`, a few seconds later); then the
// same document opened, analysed and closed once more (`rss_after_second_close_mb`): memory the first one left is
// reused, not added to. A second after a large document closes the server collects its garbage (memoryRelease.ts) and
// logs its heap: `heap_after_close_mb` is the heap V8 uses then (RSS also counts pages V8 and malloc keep).
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { generateDocument } from './benchDocs';
import { BenchLspClient } from './benchLsp';

const SIZE_MB = 10;
/** How long after the close the RSS is read: the heap shrinks in the collections that follow. */
const AFTER_CLOSE_MS = 3000;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

function rssMb(pid: number | undefined): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s*(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN; // not Linux
  }
}

export async function benchLarge(root: string): Promise<Record<string, number>> {
  const server = new BenchLspClient(path.join(root, 'dist', 'server.js'));
  const published = new Set<string>();
  /** The heap after each collection the server made after a close, in MB (its log). */
  const heaps: number[] = [];
  server.onNotification((method, params) => {
    if (method === 'textDocument/publishDiagnostics') published.add((params as { uri: string }).uri);
    if (method === 'window/logMessage') {
      const m = /Memory after a large document closed: heap [\d.]+ -> ([\d.]+) MB/.exec((params as { message?: string }).message ?? '');
      if (m) heaps.push(Number(m[1]));
    }
  });
  try {
    await server.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    server.notify('initialized', {});
    const small = pathToFileURL(path.join(root, 'bench-small.md')).href;
    server.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: 'AMPK inhibits NMRK1 in muscle.\n' } });
    const hover = () => server.request('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 16 } });
    for (let i = 0; i < 600 && !published.has(small); i++) await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 20; i++) await hover();
    const rssBefore = rssMb(server.pid);

    const large = pathToFileURL(path.join(root, 'bench-large.md')).href;
    const text = generateDocument(SIZE_MB << 20, 6);
    const t0 = performance.now();
    server.notify('textDocument/didOpen', { textDocument: { uri: large, languageId: 'markdown', version: 1, text } });
    const hovers: number[] = [];
    while (!published.has(large) && performance.now() - t0 < 600_000) {
      const h0 = performance.now();
      await hover();
      hovers.push(performance.now() - h0);
    }
    const analysed = performance.now() - t0;
    const rssOpen = rssMb(server.pid);
    server.notify('textDocument/didClose', { textDocument: { uri: large } });
    await new Promise((r) => setTimeout(r, AFTER_CLOSE_MS));
    await hover();
    const rssClosed = rssMb(server.pid);
    const heapClosed = heaps[heaps.length - 1] ?? NaN;
    // Once more: open, wait for its diagnostics, close.
    published.delete(large);
    server.notify('textDocument/didOpen', { textDocument: { uri: large, languageId: 'markdown', version: 1, text } });
    const t1 = performance.now();
    while (!published.has(large) && performance.now() - t1 < 600_000) await new Promise((r) => setTimeout(r, 100));
    server.notify('textDocument/didClose', { textDocument: { uri: large } });
    await new Promise((r) => setTimeout(r, AFTER_CLOSE_MS));
    await hover();
    const rssClosedAgain = rssMb(server.pid);
    const heapClosedAgain = heaps[heaps.length - 1] ?? NaN;
    return {
      large_10mb_diagnostics_ms: round(analysed),
      large_hovers: hovers.length,
      large_hover_p50_ms: round(percentile(hovers, 50), 3),
      large_hover_p99_ms: round(percentile(hovers, 99), 3),
      large_hover_max_ms: round(Math.max(...hovers), 3),
      rss_before_10mb_mb: round(rssBefore, 1),
      rss_10mb_mb: round(rssOpen, 1),
      rss_per_mb: round((rssOpen - rssBefore) / SIZE_MB, 1),
      rss_after_close_mb: round(rssClosed, 1),
      rss_after_second_close_mb: round(rssClosedAgain, 1),
      heap_after_close_mb: round(heapClosed, 1),
      heap_after_second_close_mb: round(heapClosedAgain, 1),
    };
  } finally {
    await server.stop();
  }
}
