// Entry point of the `genelens` command (bundled to dist/cli.js). All logic lives in cli/. The same bundle runs the
// worker threads of `genelens annotate --jobs N` (started with `workerData.genelensAnnotate`).
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { annotateBatch } from './cli/annotateStream';
import type { AnnotateWorkerData } from './cli/annotateWorkers';
import { serveAnnotateJobs } from './cli/annotateWorkers';
import { createNodeEnv } from './cli/env';
import { runCli } from './cli/main';

const job = workerData as AnnotateWorkerData | undefined;
if (!isMainThread && parentPort && job?.genelensAnnotate) {
  const env = createNodeEnv();
  const service = env.loadService(job.profileDirs);
  const genes = new Map<string, string | undefined>();
  serveAnnotateJobs(parentPort, (docs) => annotateBatch(service, docs, job.format, genes));
} else {
  runCli(process.argv.slice(2), createNodeEnv()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`genelens: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
