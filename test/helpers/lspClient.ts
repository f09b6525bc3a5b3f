// A small LSP client for tests: spawns `node dist/server.js --stdio`, frames messages with Content-Length, sends
// requests (with ids) and notifications, answers the server's own requests, and records what the server pushes.
// Waiting is always polling with a deadline, never a fixed sleep.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; message: string; severity?: number; source?: string }[];
}

type ServerRequestHandler = (params: unknown) => unknown;

export class LspClient {
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Every publishDiagnostics, in order. */
  readonly published: PublishedDiagnostics[] = [];
  /** window/logMessage texts. */
  readonly logs: string[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  /** The section `workspace/configuration` answers with (null: the client has no settings). */
  configuration: unknown = null;
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private readonly handlers = new Map<string, ServerRequestHandler>();

  constructor(args: string[] = ['--stdio'], options: { cwd?: string } = {}) {
    this.child = spawn(process.execPath, [SERVER, ...args], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 100_000) this.stderr += chunk.toString('utf8');
    });
    this.child.stdin.on('error', () => undefined); // the server may be gone; requests then time out or reject
    this.child.on('exit', (code) => {
      this.exitCode = code;
      for (const [, p] of this.pending) p.reject(new Error(`server exited (${code}) before answering ${p.method}\n${this.stderr}`));
      this.pending.clear();
    });
    this.handlers.set('workspace/configuration', (params) =>
      ((params as { items?: unknown[] }).items ?? []).map(() => this.configuration),
    );
  }

  /** Answer a request the server sends to the client (default: null). */
  onRequest(method: string, handler: ServerRequestHandler): void {
    this.handlers.set(method, handler);
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 20_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** initialize + initialized, with a client that can do what VS Code can, unless overridden. */
  async initialize(overrides: { capabilities?: unknown; initializationOptions?: unknown; rootUri?: string | null } = {}): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }> {
    const result = await this.request<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }>('initialize', {
      processId: process.pid,
      rootUri: overrides.rootUri ?? null,
      workspaceFolders: overrides.rootUri ? [{ uri: overrides.rootUri, name: 'root' }] : null,
      capabilities: overrides.capabilities ?? {
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
        },
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      },
      initializationOptions: overrides.initializationOptions,
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Polls `probe` until it returns something other than undefined, or fails after the deadline. */
  async waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (!this.running) throw new Error(`server exited (${this.exitCode}) while waiting for ${what}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Like waitFor, for a probe that has to ask the server (a request per try). */
  async eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (!this.running) throw new Error(`server exited (${this.exitCode}) while waiting for ${what}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The first publishDiagnostics for `uri` (published after index `after`) that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept: (p: PublishedDiagnostics) => boolean = () => true, after = 0, timeoutMs?: number): Promise<PublishedDiagnostics> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.published.slice(after).find((p) => p.uri === uri && accept(p)), timeoutMs);
  }

  /** shutdown + exit; kills the server if it does not leave by itself. */
  async stop(): Promise<void> {
    if (!this.running) return;
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
      await this.waitFor('server exit', () => (this.running ? undefined : true), 5_000);
    } catch {
      this.child.kill('SIGKILL');
    }
  }

  private send(message: Message): void {
    if (!this.running) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length: *(\d+)/i.exec(header);
      if (!match) {
        this.stderr += `\n[lspClient] bad header from the server: ${header}\n`;
        this.child.kill('SIGKILL');
        return;
      }
      const length = Number(match[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(message);
    }
  }

  private onMessage(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!pending || typeof message.id !== 'number') return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(Object.assign(new Error(`${pending.method}: ${message.error.message}`), { code: message.error.code }));
      else pending.resolve(message.result ?? null);
      return;
    }
    if (message.id !== undefined) {
      const handler = this.handlers.get(message.method);
      this.send({ jsonrpc: '2.0', id: message.id, result: handler ? handler(message.params) : null });
      return;
    }
    this.notifications.push({ method: message.method, params: message.params });
    if (message.method === 'textDocument/publishDiagnostics') this.published.push(message.params as PublishedDiagnostics);
    if (message.method === 'window/logMessage') this.logs.push(String((message.params as { message?: unknown }).message));
  }
}
