// A seeded, bounded fuzz run: `cases` cases drawn from the suites (each case from its own generator, forked from the
// seed by its number, so `--only N` runs case N alone), then the growth checks. Shared by `npm run fuzz`
// (scripts/fuzz.ts) and the short run in `npm test` (test/protocol/fuzz.test.ts).
import { documentCase, editCase, growthChecks, profileCase, warmUp, type Context, type Failure, type GrowthFigure, type Kind } from './inProcess';
import { frameCase, ProtocolFuzzer } from './protocol';
import { Rng } from './rng';
import { stopCounting } from './workCounter';

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** dist/server.js, for the protocol suites (left out when undefined). */
  serverJs?: string;
  /** A case slower than this is a hang. */
  hangMs: number;
  /** Run only this case (its number), or only these suites. */
  only?: number;
  suites?: readonly string[];
  /** Growth checks: characters at 1x, and the slack on time (0: work counted only, nothing timed). */
  growthSize: number;
  growthTimeSlack: number;
  log?: (line: string) => void;
}

export interface FuzzReport {
  seed: number;
  cases: Record<string, number>;
  failures: Failure[];
  counts: Record<Kind, number>;
  growth: GrowthFigure[];
  ms: number;
}

/** Suites and their share of the cases. */
const SUITES: [string, number][] = [
  ['documents', 0.33],
  ['edits', 0.2],
  ['profiles', 0.1],
  ['protocol', 0.367],
  ['frames', 0.003],
];

function suiteOf(rng: Rng, allowed: readonly string[]): string | undefined {
  let r = rng.next();
  for (const [name, share] of SUITES) {
    r -= share;
    if (r < 0) return allowed.includes(name) ? name : undefined;
  }
  return undefined;
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const failures: Failure[] = [];
  const ctx: Context = { hangMs: o.hangMs, fail: (f) => failures.push(f) };
  const allowed = (o.suites ?? [...SUITES.map(([s]) => s), 'growth']).filter((s) => o.serverJs !== undefined || (s !== 'protocol' && s !== 'frames'));
  const cases: Record<string, number> = {};
  const growth: GrowthFigure[] = [];
  ctx.growth = growth;
  // Growth first: its work counts are exact only for code that ran after counting began (the caller started it
  // before loading anything); then counting stops and the cases run at full speed.
  if (allowed.includes('growth') && o.only === undefined) {
    o.log?.('  growth checks');
    cases.growth = await growthChecks(ctx, { size: o.growthSize, slack: 2, timeSlack: o.growthTimeSlack });
  }
  stopCounting();
  const root = new Rng(o.seed);
  warmUp(root);
  const protocol = o.serverJs && allowed.includes('protocol') ? new ProtocolFuzzer(o.serverJs, ctx) : undefined;
  const frames: Promise<void>[] = [];
  try {
    for (let n = 0; n < o.cases; n++) {
      if (o.only !== undefined && n !== o.only) continue;
      const rng = root.fork(n);
      let suite = suiteOf(rng, allowed);
      // A case whose suite is left out goes to the first suite allowed, so --cases N still runs N cases.
      suite ??= allowed.find((s) => s !== 'growth');
      if (suite === undefined) break;
      cases[suite] = (cases[suite] ?? 0) + 1;
      if (suite === 'documents') documentCase(ctx, rng, n);
      else if (suite === 'edits') editCase(ctx, rng, n);
      else if (suite === 'profiles') profileCase(ctx, rng, n);
      else if (suite === 'protocol' && protocol) await protocol.runCase(rng, n);
      else if (suite === 'frames' && o.serverJs) {
        // A server of its own that mostly waits (for the end of its input): a few run beside the other cases.
        if (frames.length >= 4) await frames.shift();
        frames.push(frameCase(o.serverJs, ctx, rng, n));
      }
      if ((n + 1) % 1000 === 0) o.log?.(`  ${n + 1} cases, ${failures.length} failures, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    await Promise.all(frames);
  } finally {
    await protocol?.stop();
  }
  const counts: Record<Kind, number> = { crash: 0, hang: 0, divergence: 0, growth: 0 };
  for (const f of failures) counts[f.kind]++;
  return { seed: o.seed, cases, failures, counts, growth, ms: performance.now() - t0 };
}

/** The report as text: counts per suite and kind, then each failure with how to run it again. */
export function formatReport(r: FuzzReport, verbose = false): string {
  const lines = [
    `seed ${r.seed}: ${Object.values(r.cases).reduce((a, b) => a + b, 0)} cases (${Object.entries(r.cases).map(([s, n]) => `${s} ${n}`).join(', ')}) in ${(r.ms / 1000).toFixed(1)} s`,
    `${r.counts.crash} crashes, ${r.counts.hang} hangs, ${r.counts.divergence} divergences, ${r.counts.growth} super-linear growths`,
  ];
  if (verbose) {
    lines.push('', 'growth, 1x -> 8x: work (ms)');
    for (const g of r.growth) {
      const time = g.ms ? `  (${g.ms[0]} -> ${g.ms[1]} ms, ${(g.ms[1] / Math.max(g.ms[0], 1)).toFixed(1)}x)` : '';
      lines.push(`  ${g.name.padEnd(24)} ${g.chars[0]} -> ${g.chars[1]}: ${(g.work[1] / Math.max(1, g.work[0])).toFixed(1)}x${time}`);
    }
  }
  for (const f of r.failures.slice(0, 40)) {
    const again = f.suite === 'growth' ? `--suites growth` : `--seed ${r.seed} --cases ${f.case + 1} --only ${f.case}`;
    lines.push('', `${f.kind} in ${f.suite} case ${f.case}: ${f.what}`, `  again: npm run fuzz -- ${again}`, ...f.detail.split('\n').map((l) => `  ${l}`));
  }
  if (r.failures.length > 40) lines.push('', `... and ${r.failures.length - 40} more`);
  return lines.join('\n');
}
