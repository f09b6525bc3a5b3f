// `genelens annotate --jobs N`: PubTator documents annotated by N worker threads, each with its own language service.
// The main thread reads and batches the documents and writes the results in input order; at most two batches wait per
// worker, so memory stays bounded however large the input. The workers run this same bundle (dist/cli.js), started
// with `workerData.genelensAnnotate`; see cli.ts.
import { Worker } from 'worker_threads';
import type { PubtatorDocument } from './pubtator';

export interface AnnotateWorkerData {
  genelensAnnotate: true;
  profileDirs: string[];
  format: 'pubtator' | 'json';
}

interface Job {
  id: number;
  docs: PubtatorDocument[];
}

interface Reply {
  id: number;
  text?: string;
  error?: string;
}

/** A pool of workers that turn batches of documents into output text. */
export class AnnotatePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(script: string, jobs: number, data: Omit<AnnotateWorkerData, 'genelensAnnotate'>) {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(script, { workerData: { genelensAnnotate: true, ...data } satisfies AnnotateWorkerData });
      worker.on('message', (reply: Reply) => {
        const w = this.waiting.get(reply.id);
        if (!w) return;
        this.waiting.delete(reply.id);
        if (reply.error !== undefined) w.reject(new Error(reply.error));
        else w.resolve(reply.text ?? '');
      });
      worker.on('error', (e) => this.failAll(e));
      this.workers.push(worker);
    }
  }

  /** The output of a batch, from the next worker in turn. */
  run(docs: PubtatorDocument[]): Promise<string> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker?.postMessage({ id, docs } satisfies Job);
    });
  }

  get size(): number {
    return this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private failAll(e: Error): void {
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }
}

/** The worker side: answers each batch with `annotate(docs)`. */
export function serveAnnotateJobs(port: { on(event: 'message', f: (job: Job) => void): unknown; postMessage(reply: Reply): void }, annotate: (docs: PubtatorDocument[]) => string): void {
  port.on('message', (job) => {
    try {
      port.postMessage({ id: job.id, text: annotate(job.docs) });
    } catch (e) {
      port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
}
