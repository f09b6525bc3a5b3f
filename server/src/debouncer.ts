// Runs a task once per key after a quiet period: typing fast validates a document once, not on every keystroke.

export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** (Re)starts the key's timer; only the last task scheduled for a key runs. */
  schedule(key: string, delayMs: number, task: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      task();
    }, delayMs);
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
