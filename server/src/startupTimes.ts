// The server's start-up, in the log once: when `initialize` came, when the profiles and the gene table were ready,
// and when the first diagnostics went out, in ms since the process started (performance.now()). The e2e test prints
// this line beside its open-to-first-squiggle figure, so the server's part of start-up is known in a real editor.

export class StartupTimes {
  private readonly marks: string[] = [];
  private done = false;

  constructor(private readonly log: (message: string) => void) {}

  /** Notes a moment of start-up (the first time only for each label). */
  mark(label: string): void {
    if (this.done || this.marks.some((m) => m.startsWith(`${label} `))) return;
    this.marks.push(`${label} ${Math.round(performance.now())}`);
  }

  /** The first diagnostics were sent (for `uri`): logs the start-up line, once. */
  published(uri: string): void {
    if (this.done) return;
    this.mark('first diagnostics');
    this.done = true;
    this.log(`Start-up, ms after the server process started: ${this.marks.join(', ')} (${uri.slice(uri.lastIndexOf('/') + 1)}).`);
  }
}
