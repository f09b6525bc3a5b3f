// Runs the core's work in steps (generators: the analysis of a large document, its diagnostics, its place in the
// workspace index) in slices of the event loop: steps for SLICE_MS at most, then the loop gets its turn (setImmediate:
// incoming messages are read and answered), then the next slice. So a hover or a keystroke in any document is answered
// between two slices while a 10 MB document is analysed. The core stays pure: the timing is the host's.

/** Work per slice before the event loop gets its turn. */
export const SLICE_MS = 8;

// setImmediate in Node (I/O is read before it runs); a zero timeout in a web worker (browserServer.ts), which has none.
const later: (run: () => void) => void = typeof setImmediate === 'function' ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);
const turn = (): Promise<void> => new Promise<void>((resolve) => later(resolve));

/**
 * Runs `steps` to the end in slices and returns its result, or undefined as soon as `wanted()` turns false between two
 * slices (the generator is then dropped, not finished: a job it advanced stays for the next caller). Background work
 * passes `before`, awaited before each slice (requestBursts.ts: it gives way to a burst of requests).
 */
export async function runInSlices<T>(steps: Iterator<void, T>, wanted: () => boolean = () => true, before?: () => Promise<void>): Promise<T | undefined> {
  for (;;) {
    if (before) {
      await before();
      if (!wanted()) return undefined;
    }
    const until = performance.now() + SLICE_MS;
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      if (performance.now() >= until) break;
    }
    await turn();
    if (!wanted()) return undefined;
  }
}
