// The server's health as the user sees it: what does not work right now, one line each (a feature whose last request
// failed, profile files that did not load). Sent with every genelens/status; the VS Code client shows it in a
// language status item with a link to the output, where the full error is logged.
import type { Logger } from './core';
import type { GuardLogger } from './guard';

/** Problems listed at most: the output holds the rest. */
const MAX_PROBLEMS = 8;

export class ServerHealth {
  /** By feature ("Hover", "Diagnostics"): the first line of its last failure, until it next succeeds. */
  private readonly failing = new Map<string, string>();
  private profiles: string[] = [];

  constructor(private readonly changed: () => void) {}

  /** A logger for guard(): failures and successes of each feature are noted here too. */
  watch(logger: Logger): Required<GuardLogger> {
    return {
      log: (m) => logger.log(m),
      error: (m) => logger.error(m),
      failed: (what, error) => this.set(featureOf(what), `${featureOf(what)} failed: ${firstLine(error)}`),
      succeeded: (what) => {
        if (this.failing.size > 0) this.set(featureOf(what), undefined);
      },
    };
  }

  /** The profile files that did not load (their errors), after each load. */
  setProfileProblems(problems: readonly { uri: string; message: string }[]): void {
    const next = problems.map((p) => `Profile ${fileName(p.uri)} not loaded: ${p.message}`);
    if (next.join('\n') === this.profiles.join('\n')) return;
    this.profiles = next;
    this.changed();
  }

  /** What does not work, empty when all is well. */
  problems(): string[] {
    return [...this.profiles, ...this.failing.values()].slice(0, MAX_PROBLEMS);
  }

  private set(feature: string, problem: string | undefined): void {
    if (this.failing.get(feature) === problem) return;
    if (problem === undefined) this.failing.delete(feature);
    else this.failing.set(feature, problem);
    this.changed();
  }
}

/** The feature a guard label names: "Hover", or "Diagnostics" for "Diagnostics of file:///a.md". */
function featureOf(what: string): string {
  const of = what.indexOf(' of ');
  return of > 0 ? what.slice(0, of) : what;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]?.slice(0, 200) ?? '';
}

function fileName(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}
