// `npm run bench`'s figures for VS Code for the Web: the size of the web bundles (dist/browser/, as built by
// `node esbuild.js`), and the web server's start to its first hover with a card for a gene of the table, started in a
// worker without Node built-ins (webWorkerHost.ts) and handed the shipped data as the web client hands it.
import * as fs from 'fs';
import * as path from 'path';
import { webData, WebWorkerServer } from './webWorkerHost';

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

export async function benchWeb(root: string): Promise<Record<string, number>> {
  const dir = path.join(root, 'dist', 'browser');
  const size = (name: string): number => fs.statSync(path.join(dir, name)).size / 1024;
  const data = webData(path.join(root, 'data'));
  const t0 = performance.now();
  const server = new WebWorkerServer(path.join(dir, 'server.js'), (method) => (method === 'genelens/data' ? data : method === 'workspace/configuration' ? [null] : null));
  try {
    await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    const initialized = performance.now() - t0;
    server.notify('initialized', {});
    const uri = 'vscode-vfs://bench/notes.md';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'TP53 and NMRK1 are genes.\n' } });
    // The first hover waits for the data: it answers once the lexicon is built.
    const card = await server.request<{ contents?: { value?: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }, 120_000);
    if (!card?.contents?.value?.includes('TP53')) throw new Error(`the web server's first hover had no TP53 card: ${JSON.stringify(card)}`);
    return {
      web_extension_kb: round(size('extension.js')),
      web_server_kb: round(size('server.js')),
      web_initialize_ms: round(initialized, 2),
      web_first_hover_ms: round(performance.now() - t0, 2),
    };
  } finally {
    await server.stop();
  }
}
