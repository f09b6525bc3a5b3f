// `genelens annotate --input pubtator`: PubTator documents read as a stream (a file of any size is never read whole),
// annotated in batches, in this thread or by worker threads (`--jobs N`), and written in input order. A progress line
// is drawn on standard error when it is a terminal.
import type { LanguageService } from '../core';
import { AnnotatePool } from './annotateWorkers';
import type { CliEnv } from './env';
import { readPubtator, writePubtator, type PubtatorDocument } from './pubtator';
import { annotatePubtator } from './pubtatorAnnotations';

/** Documents sent to a worker at once. */
const BATCH = 32;

/** The output text of a batch of documents, as one worker or the main thread makes it. */
export function annotateBatch(service: LanguageService, docs: PubtatorDocument[], format: 'pubtator' | 'json', genes: Map<string, string | undefined>): string {
  let out = '';
  for (const doc of docs) {
    const annotated = annotatePubtator(service, doc, genes);
    out += format === 'json' ? `${JSON.stringify({ pmid: doc.pmid, annotations: annotated.annotations })}\n` : writePubtator(annotated);
  }
  return out;
}

/** What `annotate` passes on: the output format and the number of worker threads. */
export interface StreamOptions {
  format: 'pubtator' | 'json';
  jobs: number;
}

export async function annotatePubtatorStream(files: string[], args: StreamOptions, profileDirs: string[], env: CliEnv): Promise<number> {
  const format = args.format;
  const sources: { name: string; lines: AsyncIterable<string> | Iterable<string> }[] = [];
  let ok = true;
  for (const name of files) {
    const lines = env.readLines?.(name);
    if (lines) sources.push({ name, lines });
    else {
      env.stderr(`genelens: cannot read '${name}': no such file, or not readable\n`);
      ok = false;
    }
  }
  if (sources.length === 0) return 2;
  const pool = args.jobs > 1 && env.workerScript ? new AnnotatePool(env.workerScript, args.jobs, { profileDirs, format }) : undefined;
  const service = pool ? undefined : env.loadService(profileDirs);
  const genes = new Map<string, string | undefined>();
  const pending: Promise<string>[] = [];
  const maxPending = pool ? pool.size * 2 : 1;
  let done = 0;
  let lastProgress = 0;
  const t0 = Date.now();
  const progress = (final = false): void => {
    if (!env.progress) return;
    const now = Date.now();
    if (!final && now - lastProgress < 250) return;
    lastProgress = now;
    const rate = done / Math.max(0.001, (now - t0) / 1000);
    env.stderr(`\rgenelens annotate: ${done} documents (${rate.toFixed(0)}/s)${final ? '\n' : ''}`);
  };
  const flush = async (all: boolean): Promise<void> => {
    while (pending.length > (all ? 0 : maxPending - 1)) {
      env.stdout(await (pending.shift() as Promise<string>));
      progress();
      await env.drain?.();
    }
  };
  const submit = async (batch: PubtatorDocument[]): Promise<void> => {
    done += batch.length;
    pending.push(pool ? pool.run(batch) : Promise.resolve(annotateBatch(service as LanguageService, batch, format, genes)));
    await flush(false);
  };
  try {
    for (const { name, lines } of sources) {
      let batch: PubtatorDocument[] = [];
      const problem = (n: number, message: string): void => env.stderr(`${name}:${n}: ${message}\n`);
      for await (const doc of readPubtator(lines, problem)) {
        batch.push(doc);
        if (batch.length >= BATCH) {
          await submit(batch);
          batch = [];
          if (env.stdoutClosed?.()) return ok ? 0 : 2; // nobody reads on (`| head`): stop quietly
        }
      }
      if (batch.length > 0) await submit(batch);
    }
    await flush(true);
    progress(true);
  } finally {
    await pool?.close();
  }
  return ok ? 0 : 2;
}
