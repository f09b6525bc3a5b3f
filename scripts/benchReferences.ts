// `npm run bench`, Find All References on a large workspace: 2,000 generated Markdown documents (2-8 KB each, seeded,
// NMRK1 and its other names spread across them) in a temporary folder opened as the workspace of
// `node dist/server.js --stdio`. Measures how long the background index takes (from `initialized` to the scanner's
// "Indexed N workspace files" log line, sent as its work-done progress ends), the first textDocument/references on
// NMRK1 in one open document after that, and then (once the server's warm-up is over) 50 more.
// The folder and the server are removed whatever happens.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDocument } from './benchDocs';
import { BenchLspClient } from './benchLsp';

export interface ReferencesBenchOptions {
  /** Documents in the workspace (default 2,000). */
  files?: number;
  /** References requests timed after the index is built (default 50). */
  requests?: number;
  /** How long the index may take before the bench gives up (default 120 s). */
  timeoutMs?: number;
}

const FOLDERS = 20;
/** The server starts warming up 1.5 s after the first index is built (about a second of work); the timed requests wait. */
const SETTLE_AFTER_MS = 3000;
/** Where NMRK1 is written in prose in the generated text (not in code, a URL or a heading). */
const NEEDLES = ['NMRK1 converts', 'stimulates NMRK1', 'NMRK1 inhibits'];

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Waits until the server is idle: the server warms up completion's term index in steps some time after indexing
 * (server.ts, WARM_UP_DELAY_MS) and a request that arrives during a step waits for it; the timed requests measure the
 * references path itself. Idle: ten cheap requests in a row (document links of a small document) answer at once.
 */
async function settle(client: BenchLspClient, uri: string, indexEnd: number): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  while (performance.now() < indexEnd + SETTLE_AFTER_MS) await sleep(50);
  const deadline = performance.now() + 30_000;
  for (let quick = 0; quick < 10 && performance.now() < deadline; ) {
    const t0 = performance.now();
    await client.request('textDocument/documentLink', { textDocument: { uri } });
    quick = performance.now() - t0 < 10 ? quick + 1 : 0;
    await sleep(20);
  }
}

/** Writes the documents; returns their paths (the first is the one the bench opens). */
function writeWorkspace(dir: string, files: number): string[] {
  const paths: string[] = [];
  for (let f = 0; f < FOLDERS; f++) fs.mkdirSync(path.join(dir, `notes-${String(f).padStart(2, '0')}`));
  for (let i = 0; i < files; i++) {
    const size = 2048 + ((i * 7919) % 6145); // 2 to 8 KB
    const file = path.join(dir, `notes-${String(i % FOLDERS).padStart(2, '0')}`, `doc-${String(i).padStart(4, '0')}.md`);
    fs.writeFileSync(file, generateDocument(size, 1000 + i));
    paths.push(file);
  }
  return paths;
}

export async function benchReferences(root: string, options: ReferencesBenchOptions = {}): Promise<Record<string, number>> {
  const files = options.files ?? 2000;
  const requests = options.requests ?? 50;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genelens-bench-refs-'));
  let server: BenchLspClient | undefined;
  try {
    const paths = writeWorkspace(dir, files);
    const client = new BenchLspClient(path.join(root, 'dist', 'server.js'), { cwd: root });
    server = client;
    let indexEnd: number | undefined;
    let indexed = NaN;
    client.onNotification((method, params) => {
      const p = params as { message?: string } | undefined;
      // Built: a scan that completes logs how many files it indexed (and then ends its work-done progress); a scan
      // superseded by a newer one (a profile reload) ends its progress without that line.
      const m = method === 'window/logMessage' ? /Indexed (\d+) workspace files/.exec(p?.message ?? '') : null;
      if (m) {
        indexed = Number(m[1]);
        indexEnd ??= performance.now();
      }
    });
    const rootUri = pathToFileURL(dir).href;
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { window: { workDoneProgress: true }, workspace: { workspaceFolders: true }, textDocument: { references: {} } },
    });
    client.notify('initialized', {});
    const initialized = performance.now();

    // One document open in the editor, as a writer would have it (the scanner leaves it to the server).
    const opened = paths[0] ?? '';
    const text = fs.readFileSync(opened, 'utf8');
    const uri = pathToFileURL(opened).href;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const needle = NEEDLES.find((n) => text.includes(n));
    if (needle === undefined) throw new Error(`no NMRK1 in prose in ${opened}`);
    const position = TextDocument.create(uri, 'markdown', 1, text).positionAt(text.indexOf(needle) + needle.indexOf('NMRK1') + 1);

    while (indexEnd === undefined) {
      if (performance.now() - initialized > timeoutMs) throw new Error(`the workspace index was not built within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (!(indexed >= files - 1)) throw new Error(`the server indexed ${indexed} files, not the ${files - 1} on disk`);

    const params = { textDocument: { uri }, position, context: { includeDeclaration: true } };
    const references = async (): Promise<{ ms: number; count: number }> => {
      const t0 = performance.now();
      const result = await client.request<unknown[] | null>('textDocument/references', params);
      const ms = performance.now() - t0;
      if (!result?.length) throw new Error('no references to NMRK1: the bench would measure nothing');
      return { ms, count: result.length };
    };
    // The first request once the index is built: it unpacks the locations of every document that mentions NMRK1.
    const firstRequest = await references();
    await settle(client, uri, indexEnd);
    const times: number[] = [];
    let locations = 0;
    for (let i = 0; i < requests; i++) {
      const { ms, count } = await references();
      times.push(ms);
      locations = count;
    }
    const key = `references_${files}_docs`;
    return {
      references_index_ms: round(indexEnd - initialized),
      [`${key}_first_ms`]: round(firstRequest.ms, 3),
      [`${key}_p50_ms`]: round(percentile(times, 50), 3),
      [`${key}_p99_ms`]: round(percentile(times, 99), 3),
      [`${key}_locations`]: locations,
    };
  } finally {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
