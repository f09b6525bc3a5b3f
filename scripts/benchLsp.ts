// The LSP client of `npm run bench`: the shared transport (lspTransport.ts, the tests' too) with listeners for the
// server's notifications; the server's own requests are answered as by a client without settings (configuration:
// the defaults; progress tokens and registrations: null). Not a test helper: no assertions.
import { LspTransport } from './lspTransport';

export type NotificationListener = (method: string, params: unknown) => void;

export class BenchLspClient {
  private readonly transport: LspTransport;
  private readonly listeners: NotificationListener[] = [];

  constructor(serverJs: string, options: { cwd?: string } = {}) {
    this.transport = new LspTransport(serverJs, ['--stdio'], options, {
      onServerRequest: (method, params) =>
        method === 'workspace/configuration' ? ((params as { items?: unknown[] } | undefined)?.items ?? []).map(() => null) : null,
      onNotification: (method, params) => {
        for (const listener of this.listeners) listener(method, params);
      },
    });
  }

  get pid(): number | undefined {
    return this.transport.pid;
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    return this.transport.request<T>(method, params);
  }

  notify(method: string, params: unknown): void {
    this.transport.notify(method, params);
  }

  onNotification(listener: NotificationListener): void {
    this.listeners.push(listener);
  }

  /** shutdown + exit; kills the server when it does not answer or leave within a few seconds. */
  stop(): Promise<void> {
    return this.transport.stop();
  }
}
