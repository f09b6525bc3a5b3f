// Whether a test that drives a real editor or browser (Neovim, Chromium) runs, is skipped or fails.
// Present: it runs. Absent: it is reported as skipped, with the reason and the Debian install command, so `npm test`
// passes on a fresh machine without hiding what it did not test. Absent under CI (CI=true, as CI services set it):
// the test fails, since .ci/run installs both and CI must run every test.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface Requirement {
  /** What the test needs, as the user knows it ("nvim", "Chromium"). */
  what: string;
  /** Whether it was found. */
  found: boolean;
  /** Where it was looked for ("on PATH", "at /usr/bin/chromium"). */
  where: string;
  /** The command that installs it. */
  install: string;
}

export type Decision =
  | { kind: 'run' }
  | { kind: 'skip'; reason: string }
  | { kind: 'fail'; reason: string };

/** True when the environment says it is CI (CI=true or CI=1, as GitHub Actions, GitLab and most services set it). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1|yes)$/i.test(env.CI ?? '');
}

/** The decision for one requirement: run when found; skip with the install command; fail instead under CI. */
export function decide(req: Requirement, ci: boolean): Decision {
  if (req.found) return { kind: 'run' };
  const missing = `${req.what} not found ${req.where}; install it with \`${req.install}\``;
  return ci
    ? { kind: 'fail', reason: `${missing} (CI=true: a missing editor fails the run; .ci/run installs it)` }
    : { kind: 'skip', reason: `${missing} to run this test` };
}

/** The options of the test (`it`, not `describe`: a skipped suite is not counted as skipped): skipped with the reason, or run (a `fail` decision runs and fails in `demand`). */
export function testOptions(decision: Decision): { skip: string | false } {
  return { skip: decision.kind === 'skip' ? decision.reason : false };
}

/** First statement of a test that needs the requirement: fails with the reason when CI lacks it. */
export function demand(decision: Decision): void {
  if (decision.kind === 'fail') throw new Error(decision.reason);
}

/** `nvim` on PATH (the test spawns it by name). */
export function nvimRequirement(env: NodeJS.ProcessEnv = process.env): Requirement {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', env, timeout: 30_000 });
  return { what: 'nvim', found: run.status === 0, where: 'on PATH', install: 'apt-get install neovim' };
}

/** Debian's Chromium at $CHROMIUM or /usr/bin/chromium (playwright-core drives it; it downloads no browser). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM ?? '/usr/bin/chromium';
}

export function chromiumRequirement(env: NodeJS.ProcessEnv = process.env): Requirement {
  const file = chromiumPath(env);
  return { what: 'Chromium', found: fs.existsSync(file), where: `at ${file} (set CHROMIUM to use another)`, install: 'apt-get install chromium' };
}
