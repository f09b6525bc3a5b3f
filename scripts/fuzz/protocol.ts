// The protocol suite: a real server (`node dist/server.js --stdio`) fed random requests and notifications over the
// shared transport (scripts/lspTransport.ts), malformed ones among them, and broken frames on a server of their own.
// Every request must be answered within the hang limit, never with an internal error (-32603); the server must not
// exit or print a stack trace.
import { spawn } from 'child_process';
import * as path from 'path';
import { LspTransport } from '../lspTransport';
import { randomDocument, SNIPPETS } from './documents';
import type { Context } from './inProcess';
import type { Rng } from './rng';

const INTERNAL_ERROR = -32603;
/** Errors a well-behaved server may answer a malformed or untimely request with. */
const EXPECTED_ERRORS = new Set([-32602, -32600, -32601, -32800, -32801, -32802]);

const METHODS = [
  'textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/completion', 'textDocument/codeAction',
  'textDocument/documentSymbol', 'textDocument/semanticTokens/full', 'textDocument/documentLink', 'workspace/symbol',
  'completionItem/resolve', 'genelens/profile', 'textDocument/formatting', 'no/such/method',
];

/** A value of any JSON type, sometimes huge or deep. */
function junk(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 6 : 9)) {
    case 0: return null;
    case 1: return rng.pick([0, -1, 1e308, -1e308, 0.5, 2 ** 31, Number.MAX_SAFE_INTEGER]);
    case 2: return rng.pick(['', 'x', 'file:///nope.md', 'untitled:x', '\u0000', 'NMRK1', 'a'.repeat(1 + rng.int(100_000))]);
    case 3: return rng.chance(0.5);
    case 4: return [];
    case 5: return {};
    case 6: return Array.from({ length: rng.int(4) }, () => junk(rng, depth + 1));
    case 7: return { line: junk(rng, depth + 1), character: junk(rng, depth + 1) };
    default: return { uri: junk(rng, depth + 1), textDocument: junk(rng, depth + 1), position: junk(rng, depth + 1) };
  }
}

function position(rng: Rng): unknown {
  return rng.chance(0.8) ? { line: rng.int(40), character: rng.int(120) } : junk(rng);
}

export class ProtocolFuzzer {
  private transport: LspTransport | undefined;
  private stderr = '';
  private open: string[] = [];
  private versions = new Map<string, number>();

  constructor(private readonly serverJs: string, private readonly ctx: Context) {}

  private async start(): Promise<LspTransport> {
    this.stderr = '';
    this.open = [];
    const t = new LspTransport(this.serverJs, ['--stdio'], {}, {
      onServerRequest: (method, params) => (method === 'workspace/configuration' ? ((params as { items?: unknown[] }).items ?? []).map(() => null) : null),
      onNotification: () => undefined,
      onStderr: (text) => {
        if (this.stderr.length < 200_000) this.stderr += text;
      },
      context: () => this.stderr.slice(-2000),
    });
    await t.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} }, 30_000);
    t.notify('initialized', {});
    // Requests wait for the lexicon: one answered hover means the server is ready, and the cases' limits hold.
    const uri = 'file:///fuzz/ready.md';
    t.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'NMRK1. AMPK inhibits NMRK1. NMRK1 activates mTOR signaling. NMN cures ageing.\n' } });
    await t.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }, 60_000);
    // After the load the server warms up (completion's index in steps; the first unsupported claim builds the word
    // index of the profiles' prose): ready once three hovers in a row are quick.
    for (let quick = 0, tries = 0; quick < 3 && tries < 300; tries++) {
      const t0 = performance.now();
      await t.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }, 60_000);
      quick = performance.now() - t0 < 50 ? quick + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.transport = t;
    return t;
  }

  /** One case: a few notifications and one request. */
  async runCase(rng: Rng, n: number): Promise<void> {
    const t = this.transport?.running ? this.transport : await this.start();
    const what: string[] = [];
    for (let k = rng.int(3); k > 0; k--) what.push(this.notification(t, rng, n));
    const method = rng.pick(METHODS);
    const uri = this.open.length > 0 && rng.chance(0.8) ? rng.pick(this.open) : `file:///fuzz/none${rng.int(3)}.md`;
    const params = rng.chance(0.7) ? { textDocument: { uri }, position: position(rng), range: { start: position(rng), end: position(rng) }, context: { diagnostics: rng.chance(0.5) ? [] : junk(rng), includeDeclaration: rng.chance(0.5) }, query: rng.pick(['', 'NM', 'a'.repeat(500)]), label: 'NMRK1' } : junk(rng);
    what.push(`${method} ${JSON.stringify(params).slice(0, 200)}`);
    const t0 = performance.now();
    const limit = Math.max(this.ctx.hangMs, 1000) * 10;
    try {
      await t.request(method, params, limit);
    } catch (e) {
      const code = (e as { code?: number }).code;
      if (code === INTERNAL_ERROR || (code !== undefined && !EXPECTED_ERRORS.has(code)) || code === undefined) {
        const kind = code === undefined && /no answer/.test(String(e)) ? 'hang' : 'crash';
        this.ctx.fail({ kind, suite: 'protocol', case: n, what: what.join('; '), detail: String(e instanceof Error ? e.message : e).slice(0, 1500) });
      }
    }
    const ms = performance.now() - t0;
    if (ms > this.ctx.hangMs) this.ctx.fail({ kind: 'hang', suite: 'protocol', case: n, what: what.join('; ').slice(0, 500), detail: `answered after ${ms.toFixed(0)} ms` });
    if (/\n\s+at /.test(this.stderr)) {
      this.ctx.fail({ kind: 'crash', suite: 'protocol', case: n, what: what.join('; ').slice(0, 500), detail: `stack trace on stderr:\n${this.stderr.slice(-1500)}` });
      this.stderr = '';
    }
    if (!t.running) this.ctx.fail({ kind: 'crash', suite: 'protocol', case: n, what: what.join('; ').slice(0, 500), detail: `the server exited (${t.exitCode})\n${this.stderr.slice(-1500)}` });
  }

  private notification(t: LspTransport, rng: Rng, n: number): string {
    const r = rng.next();
    if (r < 0.35 || this.open.length === 0) {
      const language = rng.pick(['markdown', 'latex', 'plaintext', 'json', 'x']);
      const uri = `file:///fuzz/p${n}-${rng.int(1000)}.md`;
      t.notify('textDocument/didOpen', { textDocument: { uri, languageId: language, version: 1, text: randomDocument(rng, 1 + rng.int(3000)) } });
      this.open.push(uri);
      this.versions.set(uri, 1);
      return `didOpen ${uri}`;
    }
    const uri = rng.pick(this.open);
    if (r < 0.8) {
      const version = (this.versions.get(uri) ?? 1) + 1;
      this.versions.set(uri, version);
      const change = rng.chance(0.8)
        ? { range: { start: position(rng), end: position(rng) }, text: rng.pick(SNIPPETS) }
        : rng.chance(0.5) ? { text: randomDocument(rng, 2000) } : junk(rng);
      t.notify('textDocument/didChange', { textDocument: { uri, version: rng.chance(0.9) ? version : junk(rng) }, contentChanges: [change] });
      return `didChange ${uri} ${JSON.stringify(change).slice(0, 200)}`;
    }
    if (r < 0.9) {
      t.notify('textDocument/didClose', { textDocument: { uri } });
      this.open = this.open.filter((u) => u !== uri);
      return `didClose ${uri}`;
    }
    const method = rng.pick(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles', '$/cancelRequest', 'textDocument/didSave', 'unknown/notification']);
    const params = junk(rng);
    t.notify(method, params);
    return `${method} ${JSON.stringify(params).slice(0, 200)}`;
  }

  async stop(): Promise<void> {
    await this.transport?.stop();
    this.transport = undefined;
  }
}

/** Broken frames, each on a server of its own: it must log, not crash, and leave when its input ends. */
export function frameCase(serverJs: string, ctx: Context, rng: Rng, n: number): Promise<void> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { capabilities: {} } });
  const frames = [
    () => `Content-Length: abc\r\n\r\n${body}`,
    () => `Content-Length: ${body.length}\n\n${body}`,
    () => `Content-Length: ${body.length + 50}\r\n\r\n${body}`,
    () => `Content-Length: ${Math.max(0, body.length - 5)}\r\n\r\n${body}`,
    () => `Content-Length: -1\r\n\r\n${body}`,
    () => `Content-Length: 99999999999999999999\r\n\r\n${body}`,
    () => `Content-Type: x\r\n\r\n${body}`,
    () => `\r\n\r\n\r\n`,
    () => `Content-Length: 2\r\n\r\n{]`,
    () => `Content-Length: 4\r\n\r\nnull`,
    () => `Content-Length: 2\r\n\r\n[]`,
    () => Array.from({ length: 1 + rng.int(2000) }, () => String.fromCharCode(rng.int(256))).join(''),
    () => `Content-Length: ${body.length}\r\n\r\n${body}`.repeat(2) + 'garbage\r\n\r\n',
  ];
  const input = `${rng.pick(frames)()}${rng.chance(0.5) ? `Content-Length: ${body.length}\r\n\r\n${body}` : ''}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout.resume();
    child.stdin.on('error', () => undefined);
    const limit = setTimeout(() => {
      ctx.fail({ kind: 'hang', suite: 'frames', case: n, what: JSON.stringify(input.slice(0, 200)), detail: 'the server did not leave after its input ended' });
      child.kill('SIGKILL');
    }, Math.max(ctx.hangMs, 1000) * 20);
    child.on('exit', (code, signal) => {
      clearTimeout(limit);
      if (/\n\s+at /.test(stderr) || signal === 'SIGSEGV' || signal === 'SIGABRT') {
        ctx.fail({ kind: 'crash', suite: 'frames', case: n, what: JSON.stringify(input.slice(0, 200)), detail: `exit ${code} ${signal ?? ''}\n${stderr.slice(-1500)}` });
      }
      resolve();
    });
    child.stdin.end(input);
  });
}

/** dist/server.js beside the repository's out/ or scripts/ folder. */
export function serverScript(from: string): string {
  return path.resolve(from, 'dist', 'server.js');
}
