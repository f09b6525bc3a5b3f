// Memory returned after a large document closes (issue #16). Its analysis, text and index entries are dropped at once
// (analyzer.forget, the workspace index), but V8 collects them only when the server next allocates enough: an idle
// server kept a closed 10 MB document's 90 MB of garbage (and the young generation grown for it) until the next burst
// of work, and its RSS stayed 130-250 MB above what it was before the document opened. So, a second after such a close,
// the server asks V8 for full collections (two: the second gives back the pages the first freed); each blocks the
// event loop 50-130 ms on a loaded machine, once per closed large document, while nobody is typing in it.
// The collector: `gc` when node runs with --expose-gc, else the same function taken from a fresh context after
// v8.setFlagsFromString('--expose-gc') (as Jest's --logHeapUsage does); none in a web worker (not used there).
import * as v8 from 'v8';
import * as vm from 'vm';

/** A closed document this long (characters) is worth a collection. */
export const RELEASE_CHARS = 1 << 20;
/** The wait after the close before the first collection, and between the collections. */
const AFTER_CLOSE_MS = 1000;
const COLLECTIONS = 2;

type Collect = () => void;

function collector(): Collect | undefined {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as Collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  }
}

export class MemoryRelease {
  private collect: Collect | undefined | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The heap when the document closed, before any collection (V8's own may run before ours): the first line's "from". */
  private heapAtClose: number | undefined;

  constructor(private readonly log: (message: string) => void = () => undefined) {}

  /** A document of `chars` characters closed: collections a second later (again later if more close meanwhile). */
  closed(chars: number): void {
    if (chars < RELEASE_CHARS) return;
    if (this.collect === null) this.collect = collector();
    if (this.collect === undefined) return;
    this.heapAtClose ??= process.memoryUsage().heapUsed;
    this.run(COLLECTIONS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(left: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const t0 = performance.now();
      const before = this.heapAtClose ?? process.memoryUsage().heapUsed;
      this.heapAtClose = undefined;
      this.collect?.();
      const after = process.memoryUsage();
      this.log(`Memory after a large document closed: heap ${mb(before)} -> ${mb(after.heapUsed)} MB, RSS ${mb(after.rss)} MB (collection ${(performance.now() - t0).toFixed(0)} ms).`);
      if (left > 1) this.run(left - 1);
    }, AFTER_CLOSE_MS);
    this.timer.unref();
  }
}

const mb = (bytes: number): string => (bytes / (1 << 20)).toFixed(1);
