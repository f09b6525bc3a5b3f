// A preload for the server (issue #16): a CPU profile of `dist/server.js` and a heartbeat timer that notes every
// event-loop block (a turn of the loop later than BLOCK_MS, with the CPU time the process spent in it), written at exit to $GENELENS_TRACE_DIR as
// server-<pid>.cpuprofile and server-<pid>.blocks.json (times in ms from the profile's start).
// scripts/eventLoopBlocks.mjs reads both and says what ran in each block. Usage:
//   GENELENS_TRACE_DIR=/tmp/trace NODE_OPTIONS="-r ./scripts/eventLoopTrace.cjs" npm run bench -- --large-only
// A development tool: the server does not load it otherwise.
'use strict';
if ((process.argv[1] || '').endsWith('server.js') && process.env.GENELENS_TRACE_DIR) {
  const inspector = require('inspector');
  const fs = require('fs');
  const path = require('path');
  const { performance } = require('perf_hooks');
  const { setInterval } = require('timers');
  const BLOCK_MS = 20;
  const BEAT_MS = 2;
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  const t0 = performance.now();
  const blocks = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const beat = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    // cpuMs: the process's CPU time in the block (all its threads: GC helpers too), a figure a loaded machine stretches less.
    if (now - last - BEAT_MS > BLOCK_MS) blocks.push({ start: last - t0, ms: now - last, cpuMs: (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000 });
    last = now;
    lastCpu = cpu;
  }, BEAT_MS);
  beat.unref();
  process.on('exit', () => {
    const dir = process.env.GENELENS_TRACE_DIR;
    fs.writeFileSync(path.join(dir, `server-${process.pid}.blocks.json`), JSON.stringify(blocks));
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
