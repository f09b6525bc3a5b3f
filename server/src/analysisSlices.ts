// Runs the core's work in steps (generators: the analysis of a large document, its diagnostics, its place in the
// workspace index) in slices of the event loop: steps for SLICE_MS at most, then the loop gets its turn (setImmediate:
// incoming messages are read and answered), then the next slice. So a hover or a keystroke in any document is answered
// between two slices while a 10 MB document is analysed. The core stays pure: the timing is the host's.

/** Work per slice before the event loop gets its turn. */
export const SLICE_MS = 8;

// A web worker (the browser build) has no setImmediate: a zero timeout gives the loop its turn there.
const yieldTurn: (resolve: () => void) => void =
  typeof setImmediate === 'function' ? (resolve) => setImmediate(resolve) : (resolve) => setTimeout(resolve, 0);
const turn = (): Promise<void> => new Promise<void>(yieldTurn);

/**
 * Runs `steps` to the end in slices and returns its result, or undefined as soon as `wanted()` turns false between two
 * slices (the generator is then dropped, not finished: a job it advanced stays for the next caller).
 */
export async function runInSlices<T>(steps: Iterator<void, T>, wanted: () => boolean = () => true): Promise<T | undefined> {
  for (;;) {
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
