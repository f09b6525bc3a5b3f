// Background work gives way to a burst of interactive requests (hover, definition, completion, links: the requests
// that read only the paragraph under the cursor): before each slice of a document's diagnostics and indexing
// (validation.ts), it waits until no such request came for QUIET_MS, for at most a budget in all per run. A document's
// first analysis after a (re)load runs cold code (steps of 20-200 ms on this project's VMs, against under 1 ms once
// warm): under a stream of hovers each of its steps held up one hover. Diagnostics then come later by at most the
// budget, and only while requests keep coming. The timing is the host's (injectable clock and sleep for the tests).

/** No interactive request for this long (ms): background work goes on. */
export const QUIET_MS = 16;
/** A run of background work gives way for this long (ms) at most, in all. */
export const GIVE_WAY_BUDGET_MS = 1000;

export class RequestBursts {
  private last = -Infinity;

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** An interactive request came. */
  noted(): void {
    this.last = this.now();
  }

  /** For one run of background work: a wait to await before each slice, `budgetMs` at most in all. */
  giveWay(budgetMs = GIVE_WAY_BUDGET_MS): () => Promise<void> {
    let left = budgetMs;
    return async () => {
      for (;;) {
        const wait = Math.min(QUIET_MS - (this.now() - this.last), left);
        if (wait <= 0) return;
        const start = this.now();
        await this.sleep(wait);
        left -= Math.max(this.now() - start, wait);
      }
    };
  }
}
