// Lists the event-loop blocks of a V8 CPU profile (issue #16): every stretch longer than a threshold in which the
// process never went idle, with its start (ms into the profile), its length and what ran in it (the deepest functions
// under which at least half of its samples sit, and the functions with most self time). For the server of
// `npm run bench -- --large-only`:
//   GENELENS_TRACE_DIR=/tmp/trace NODE_OPTIONS="-r ./scripts/eventLoopTrace.cjs" npm run bench -- --large-only
//   node scripts/eventLoopBlocks.mjs /tmp/trace/server-<pid>.cpuprofile [threshold ms, default 20] [cpu: by CPU time]
// Without the heartbeat's blocks file beside the profile, a block is a stretch without an idle sample (a server
// running slices back to back then counts as one block). A development tool, not a test: it prints.
import * as fs from 'fs';

const [file, thresholdArg, order] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/eventLoopBlocks.mjs <file.cpuprofile> [threshold ms]\n');
  process.exit(2);
}
const threshold = Number(thresholdArg ?? 20);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const name = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
};
/** The stack of a sample, root first. */
function stack(id) {
  const out = [];
  for (let at = id; at !== undefined; at = parent.get(at)) out.push(at);
  return out.reverse();
}
const idle = (id) => byId.get(id).callFrame.functionName === '(idle)';

/** Each sample: its node and its time (µs from the profile's start) and weight. */
const samples = [];
let t = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  samples.push({ id: profile.samples[i], at: t, dt: profile.timeDeltas[i + 1] ?? 0 });
}
/** The blocks the heartbeat saw (eventLoopTrace.cjs), else the stretches in which the process never went idle. */
const blocksFile = file.replace(/\.cpuprofile$/, '.blocks.json');
let blocks;
if (fs.existsSync(blocksFile)) {
  blocks = JSON.parse(fs.readFileSync(blocksFile, 'utf8')).map((b) => ({
    start: b.start,
    ms: b.ms,
    cpuMs: b.cpuMs,
    samples: samples.filter((s) => s.at >= b.start * 1000 && s.at < (b.start + b.ms) * 1000 && !idle(s.id)),
  }));
} else {
  blocks = [];
  let current;
  for (const s of samples) {
    if (idle(s.id)) {
      if (current) blocks.push(current);
      current = undefined;
      continue;
    }
    current ??= { start: s.at / 1000, ms: 0, samples: [] };
    current.ms += s.dt / 1000;
    current.samples.push(s);
  }
  if (current) blocks.push(current);
}

const long = blocks.filter((b) => b.ms >= threshold);
// `cpu` as the third argument: the blocks in order of their CPU time, longest first.
if (order === 'cpu') long.sort((a, b) => (b.cpuMs ?? 0) - (a.cpuMs ?? 0));
process.stdout.write(`${long.length} blocks >= ${threshold} ms (of ${blocks.length}); total ${long.reduce((s, b) => s + b.ms, 0).toFixed(0)} ms\n`);
const cpu = blocks.filter((b) => b.cpuMs !== undefined).map((b) => b.cpuMs).sort((a, b) => b - a);
if (cpu.length > 0) process.stdout.write(`CPU time of the blocks, longest: ${cpu.slice(0, 10).map((x) => x.toFixed(0)).join(', ')} ms\n`);
for (const b of long) {
  const inclusive = new Map();
  const self = new Map();
  for (const { id, dt } of b.samples) {
    for (const at of new Set(stack(id).map((x) => name(byId.get(x))))) inclusive.set(at, (inclusive.get(at) ?? 0) + dt);
    const own = name(byId.get(id));
    self.set(own, (self.get(own) ?? 0) + dt);
  }
  const total = b.samples.reduce((s, x) => s + x.dt, 0) || 1;
  // The path of frames holding at least half the block, from the root down: its deepest frames say what it was.
  const path = [...inclusive].filter(([, v]) => v / total >= 0.5).map(([k]) => k);
  const tops = [...self].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([k, v]) => `${k} ${((100 * v) / total).toFixed(0)}%`);
  process.stdout.write(`\n+${b.start.toFixed(0)} ms: ${b.ms.toFixed(1)} ms${b.cpuMs === undefined ? '' : ` (CPU ${b.cpuMs.toFixed(1)} ms)`}\n  in: ${path.slice(-5).join(' > ')}\n  self: ${tops.join(', ')}\n`);
}
