// A tiny LSP client for `npm run bench`: spawns `node dist/server.js --stdio`, frames messages with Content-Length,
// sends requests and notifications, answers the server's own requests (workspace/configuration with no settings,
// everything else with null) and hands every notification to the listeners. Not a test helper: no assertions.
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';

interface Message {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export type NotificationListener = (method: string, params: unknown) => void;

export class BenchLspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes the message being received needs in all (0: not known yet). */
  private needed = 0;
  private nextId = 1;
  private exited = false;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private readonly listeners: NotificationListener[] = [];

  constructor(serverJs: string, options: { cwd?: string } = {}) {
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.resume(); // not read; drained so the server never blocks on it
    this.child.stdin.on('error', () => undefined);
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.on('exit', (code) => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`the server exited (${code}) before answering ${p.method}`));
      this.pending.clear();
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.exited) {
        reject(new Error(`the server has exited; cannot send ${method}`));
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve: (v) => resolve(v as T), reject, method });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  onNotification(listener: NotificationListener): void {
    this.listeners.push(listener);
  }

  /** shutdown + exit; kills the server when it does not answer or leave within a few seconds. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
    const answered = await Promise.race([this.request('shutdown', null).then(() => 'ok', () => 'ok'), timeout(5000)]);
    if (answered === 'ok') this.notify('exit', null);
    if ((await Promise.race([gone.then(() => 'gone'), timeout(5000)])) === 'timeout') this.child.kill('SIGKILL');
  }

  private send(message: Message): void {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Chunks are joined once a message is complete: a large answer (a megabyte of locations) is copied once. */
  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered < this.needed) return;
    let buffer = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.buffered);
    this.needed = 0;
    for (;;) {
      const sep = buffer.indexOf('\r\n\r\n');
      if (sep < 0) break;
      const length = Number(/Content-Length:\s*(\d+)/i.exec(buffer.subarray(0, sep).toString('ascii'))?.[1] ?? 0);
      if (buffer.length < sep + 4 + length) {
        this.needed = sep + 4 + length;
        break;
      }
      const message = JSON.parse(buffer.subarray(sep + 4, sep + 4 + length).toString('utf8')) as Message;
      buffer = buffer.subarray(sep + 4 + length);
      this.onMessage(message);
    }
    this.chunks = buffer.length > 0 ? [buffer] : [];
    this.buffered = buffer.length;
  }

  private onMessage(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!pending || typeof message.id !== 'number') return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result ?? null);
    } else if (message.id !== undefined && message.id !== null) {
      // The server's own requests: configuration (no settings: the defaults), progress tokens and registrations.
      const items = (message.params as { items?: unknown[] } | undefined)?.items;
      const result = message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null;
      this.send({ id: message.id, result });
    } else {
      for (const listener of this.listeners) listener(message.method, message.params);
    }
  }
}
