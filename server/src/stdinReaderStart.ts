// The --stdio server's reader thread (workerReader.ts, dist/stdinWorker.js), started by the entry (main.ts) before the
// server's bundle is loaded, so that the thread boots on the other core while this one compiles and runs the bundle:
// `initialize` is read and parsed by the time the server listens. The thread is the only reader of fd 0 from its
// start (nothing is handed over between threads); its messages wait in the thread's port until the server listens,
// which happens in the same synchronous run as the bundle's load. The entry and the bundle are separate files, so the
// thread is passed in a global slot.
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';

const SLOT = Symbol.for('genelens.stdinReader');

/** Whether fd 0 is a pipe or a socket (as editors start servers) and the worker file is there. */
export function readerThreadWanted(file: string): boolean {
  try {
    const stat = fs.fstatSync(0);
    return (stat.isFIFO() || stat.isSocket()) && fs.existsSync(file);
  } catch {
    return false;
  }
}

/** Starts the reader thread early when the process serves over --stdio. Unreferenced until the server takes it. */
export function startReaderThreadEarly(dir: string): void {
  const file = path.join(dir, 'stdinWorker.js');
  if (!process.argv.includes('--stdio') || !readerThreadWanted(file)) return;
  const worker = new Worker(file, { workerData: { role: 'reader' } });
  worker.unref(); // `--stdio --version` and a bundle that fails to load must still end the process
  worker.on('error', () => undefined); // until the server's own handler is there (it is added in the same run)
  (globalThis as Record<symbol, unknown>)[SLOT] = worker;
}

/** The reader thread the entry started, once (the caller owns it), or undefined. */
export function takeEarlyReaderThread(): Worker | undefined {
  const slots = globalThis as Record<symbol, unknown>;
  const worker = slots[SLOT];
  delete slots[SLOT];
  return worker instanceof Worker ? worker : undefined;
}
