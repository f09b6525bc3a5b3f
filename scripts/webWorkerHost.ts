// Runs the web build's language server (dist/browser/server.js) as VS Code for the Web does, in a worker, with
// nothing of Node in reach: a Node worker thread whose script runs the bundle in a fresh V8 context holding only what a
// browser's web worker has (self, postMessage, onmessage, timers, TextEncoder/TextDecoder, URL, crypto, console). No
// require, process, Buffer or setImmediate: a bundle that needs a Node built-in fails here. Messages are JSON-RPC
// objects, as BrowserMessageReader/Writer exchange them. The host answers the server's requests as the web client
// does, genelens/data from the data folder. Used by the web test and by `npm run bench`.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Worker } from 'worker_threads';
import type { WebData } from '../server/src/shared/webData';

/** Runs in the worker thread: builds the browser-like context and runs the bundle in it. */
const BOOT = `
const { parentPort, workerData } = require('worker_threads');
const vm = require('vm');
const code = require('fs').readFileSync(workerData.bundle, 'utf8');
const context = vm.createContext({
  console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL,
  performance, crypto: globalThis.crypto, __post: (json) => parentPort.postMessage(json),
});
vm.runInContext(${JSON.stringify(`
  globalThis.self = globalThis;
  const listeners = [];
  globalThis.addEventListener = (type, listener) => { if (type === 'message') listeners.push(listener); };
  globalThis.removeEventListener = (type, listener) => { const i = listeners.indexOf(listener); if (i >= 0) listeners.splice(i, 1); };
  globalThis.postMessage = (message) => __post(JSON.stringify(message));
  globalThis.__deliver = (json) => {
    const event = { data: JSON.parse(json) };
    if (typeof self.onmessage === 'function') self.onmessage(event);
    for (const listener of listeners) listener(event);
  };
`)}, context);
parentPort.on('message', (json) => context.__deliver(json));
vm.runInContext(code, context, { filename: workerData.bundle });
`;

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

/** What the web client answers to genelens/data: the shipped profiles and gene table, read from `dataDir`. */
export function webData(dataDir: string): WebData {
  const profiles: { uri: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.json')) profiles.push({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') });
    }
  };
  walk(path.join(dataDir, 'profiles'));
  const table = path.join(dataDir, 'lexicon', 'genes.tsv');
  const read = (file: string) => (fs.existsSync(file) ? { uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') } : undefined);
  const genes = read(table);
  if (!genes) return { profiles };
  const rodent = [read(path.join(dataDir, 'lexicon', 'rodent-genes.tsv'))?.text, read(path.join(dataDir, 'lexicon', 'gene-names.tsv'))?.text].filter((t) => t !== undefined).join('\n');
  return { profiles, genes: { ...genes, rodent: rodent || undefined, families: read(path.join(dataDir, 'lexicon', 'families.tsv')) } };
}

export class WebWorkerServer {
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly errors: string[] = [];
  private readonly worker: Worker;
  private readonly pending = new Map<number | string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private exited = false;

  constructor(bundle: string, private readonly answer: (method: string, params: unknown) => unknown) {
    this.worker = new Worker(BOOT, { eval: true, workerData: { bundle }, stdout: false, stderr: false });
    this.worker.on('message', (json: string) => void this.receive(JSON.parse(json) as Message));
    this.worker.on('error', (e) => {
      this.errors.push(e.stack ?? e.message);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    this.worker.on('exit', () => (this.exited = true));
  }

  get running(): boolean {
    return !this.exited;
  }

  request<T>(method: string, params: unknown, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer after ${timeoutMs} ms${this.errors.length ? `\n${this.errors.join('\n')}` : ''}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.post({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.post({ jsonrpc: '2.0', method, params });
  }

  /** Polls until `probe` gives something, or fails after the deadline. */
  async waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (this.exited || this.errors.length > 0) throw new Error(`the worker failed while waiting for ${what}: ${this.errors.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    await this.request('shutdown', null, 10_000).catch(() => undefined);
    this.notify('exit', null);
    await this.worker.terminate();
  }

  private post(message: Message & { jsonrpc: string }): void {
    this.worker.postMessage(JSON.stringify(message));
  }

  private async receive(message: Message): Promise<void> {
    if (message.method !== undefined && message.id !== undefined) {
      let result: unknown = null;
      try {
        result = (await this.answer(message.method, message.params)) ?? null;
      } catch (e) {
        this.post({ jsonrpc: '2.0', id: message.id, error: { message: String(e) } } as never);
        return;
      }
      this.post({ jsonrpc: '2.0', id: message.id, result } as never);
    } else if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
    } else if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message));
      else pending?.resolve(message.result);
    }
  }
}
