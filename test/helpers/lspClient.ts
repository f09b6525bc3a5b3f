// A small LSP client for tests: the shared transport (scripts/lspTransport.ts, `npm run bench`'s too) over
// `node dist/server.js --stdio`, recording what the server pushes and answering its requests. Waiting is always
// polling with a deadline, never a fixed sleep.
import * as path from 'node:path';
import { LspTransport } from '../../scripts/lspTransport';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

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
  /** The section `workspace/configuration` answers with (null: the client has no settings). */
  configuration: unknown = null;
  private readonly transport: LspTransport;
  private readonly handlers = new Map<string, ServerRequestHandler>();

  constructor(args: string[] = ['--stdio'], options: { cwd?: string } = {}) {
    this.transport = new LspTransport(SERVER, args, { cwd: options.cwd ?? ROOT }, {
      onServerRequest: (method, params) => this.handlers.get(method)?.(params) ?? null,
      onNotification: (method, params) => this.record(method, params),
      onStderr: (text) => {
        if (this.stderr.length < 100_000) this.stderr += text;
      },
      context: () => this.stderr,
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
    return this.transport.running;
  }

  get exitCode(): number | null | undefined {
    return this.transport.exitCode;
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 20_000): Promise<T> {
    return this.transport.request<T>(method, params, timeoutMs);
  }

  notify(method: string, params: unknown): void {
    this.transport.notify(method, params);
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
  stop(): Promise<void> {
    return this.transport.stop();
  }

  private record(method: string, params: unknown): void {
    this.notifications.push({ method, params });
    if (method === 'textDocument/publishDiagnostics') this.published.push(params as PublishedDiagnostics);
    if (method === 'window/logMessage') this.logs.push(String((params as { message?: unknown }).message));
  }
}
