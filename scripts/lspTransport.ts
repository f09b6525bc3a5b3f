// The one LSP client transport of the repository, for the tests (test/helpers/lspClient.ts) and `npm run bench`
// (scripts/benchLsp.ts): spawns `node dist/server.js` with its arguments, frames messages with Content-Length, sends
// requests (with ids, and an optional deadline) and notifications, and hands the server's requests and
// notifications to its owner. A large answer (a megabyte of locations) is joined from its chunks once.
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';

interface Message {
  jsonrpc?: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code?: number; message: string };
}

export interface TransportOwner {
  /** Answers a request the server sends to the client. */
  onServerRequest(method: string, params: unknown): unknown;
  onNotification(method: string, params: unknown): void;
  /** What the server wrote to stderr (not read when absent: drained). */
  onStderr?(text: string): void;
  /** Details for an error message (the server's stderr). */
  context?(): string;
}

export class LspTransport {
  private readonly child: ChildProcessWithoutNullStreams;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes the message being received needs in all (0: not known yet). */
  private needed = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  /** The server's exit code once it has exited (undefined while it runs). */
  exitCode: number | null | undefined;

  constructor(serverJs: string, args: readonly string[], options: { cwd?: string }, private readonly owner: TransportOwner) {
    this.child = spawn(process.execPath, [serverJs, ...args], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    if (owner.onStderr) this.child.stderr.on('data', (chunk: Buffer) => owner.onStderr?.(chunk.toString('utf8')));
    else this.child.stderr.resume(); // drained so the server never blocks on it
    this.child.stdin.on('error', () => undefined); // the server may be gone; requests then reject
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.on('exit', (code) => {
      this.exitCode = code;
      for (const p of this.pending.values()) p.reject(new Error(`the server exited (${code}) before answering ${p.method}${this.context()}`));
      this.pending.clear();
    });
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs?: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (!this.running) {
        reject(new Error(`the server has exited; cannot send ${method}${this.context()}`));
        return;
      }
      const id = this.nextId++;
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.pending.delete(id);
              reject(new Error(`no answer to ${method} within ${timeoutMs} ms${this.context()}`));
            }, timeoutMs);
      const done = () => {
        if (timer) clearTimeout(timer);
      };
      this.pending.set(id, { method, resolve: (v) => (done(), resolve(v as T)), reject: (e) => (done(), reject(e)) });
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** shutdown + exit; kills the server when it does not answer or leave within a few seconds. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
    const answered = await Promise.race([this.request('shutdown', null).then(() => 'ok', () => 'ok'), timeout(5000)]);
    if (answered === 'ok') this.notify('exit', null);
    if ((await Promise.race([gone.then(() => 'gone'), timeout(5000)])) === 'timeout') this.kill();
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }

  private context(): string {
    const text = this.owner.context?.() ?? '';
    return text ? `\n${text}` : '';
  }

  private send(message: Message): void {
    if (!this.running) return;
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered < this.needed) return;
    let buffer = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.buffered);
    this.needed = 0;
    for (;;) {
      const sep = buffer.indexOf('\r\n\r\n');
      if (sep < 0) break;
      const header = buffer.subarray(0, sep).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) {
        this.owner.onStderr?.(`\n[lspTransport] bad header from the server: ${header}\n`);
        this.kill();
        return;
      }
      const length = Number(match[1]);
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
      if (message.error) pending.reject(Object.assign(new Error(`${pending.method}: ${message.error.message}`), { code: message.error.code }));
      else pending.resolve(message.result ?? null);
    } else if (message.id !== undefined && message.id !== null) {
      this.send({ id: message.id, result: this.owner.onServerRequest(message.method, message.params) ?? null });
    } else {
      this.owner.onNotification(message.method, message.params);
    }
  }
}
