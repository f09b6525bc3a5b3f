// An operation counter for growth checks: V8's precise block coverage (through the in-process inspector) counts
// how often each function and block of JavaScript ran. The sum over a piece of work grows as the work does, and
// is the same on every run: a check that 8x the input makes at most ~8x the work never depends on the machine's
// load. It does not see inside native code (a regex's backtracking, String#includes): the fuzzer's time ratio does.
import * as inspector from 'inspector';

let session: inspector.Session | undefined;

function post<T>(method: string, params?: object): T {
  if (!session) {
    session = new inspector.Session();
    session.connect();
  }
  let result: T | undefined;
  let error: Error | null = null;
  // An in-process session answers synchronously.
  session.post(method, params, (e, r) => {
    error = e;
    result = r as T;
  });
  if (error) throw error;
  return result as T;
}

interface Coverage {
  result: { url: string; functions: { ranges: { count: number }[] }[] }[];
}

/** Starts counting (best before the code to be measured is loaded: its counts are then exact). */
export function startCounting(): void {
  post('Profiler.enable');
  post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
}

/** Starts a measurement (resets the counters). */
export function startMeasure(): void {
  if (!session) startCounting();
  post<Coverage>('Profiler.takePreciseCoverage');
}

/** Block executions (calls and blocks run) since startMeasure. */
export function endMeasure(): number {
  const coverage = post<Coverage>('Profiler.takePreciseCoverage');
  let work = 0;
  for (const script of coverage.result) {
    if (script.url.startsWith('node:')) continue; // Node's own modules
    for (const f of script.functions) for (const r of f.ranges) work += r.count;
  }
  return work;
}

/** Block executions during `fn`, and its result. */
export function countWork<T>(fn: () => T): { work: number; value: T } {
  startMeasure();
  const value = fn();
  return { work: endMeasure(), value };
}

/** The same for an async function that waits on nothing but its own promises (the counters see all it runs). */
export async function countWorkAsync(fn: () => Promise<void>): Promise<number> {
  startMeasure();
  await fn();
  return endMeasure();
}

/** Stops counting: the code runs at full speed again. */
export function stopCounting(): void {
  if (!session) return;
  post('Profiler.stopPreciseCoverage');
  post('Profiler.disable');
}
