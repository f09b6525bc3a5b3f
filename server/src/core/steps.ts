// Work done in steps: generators that yield between chunks of a long task, so a host can run one step per turn of its
// event loop and answer requests in between (the server's warm-up). A request that needs the result now finishes it.

/** Runs the steps left and returns the result. */
export function runToEnd<T>(steps: Iterator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
