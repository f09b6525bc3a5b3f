// Background work gives way to a burst of interactive requests (requestBursts.ts): with a clock of the test's own, no
// wait without requests, a wait until QUIET_MS after the last one, never more than the budget in all under a stream
// of them; runInSlices awaits it before each slice and stops when the work is no longer wanted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInSlices } from '../../server/src/analysisSlices';
import { QUIET_MS, RequestBursts } from '../../server/src/requestBursts';

/** A clock moved only by the sleeps, which note what they waited; `during` runs at each sleep (a request coming). */
function fakeTime(during: (at: number) => void = () => undefined) {
  const time = { now: 1000, slept: [] as number[] };
  const bursts = new RequestBursts(
    () => time.now,
    async (ms) => {
      time.slept.push(ms);
      time.now += ms;
      during(time.now);
    },
  );
  return { time, bursts };
}

describe('request bursts', () => {
  it('lets background work go on at once when no request came', async () => {
    const { time, bursts } = fakeTime();
    await bursts.giveWay()();
    assert.deepEqual(time.slept, []);
  });

  it('waits until QUIET_MS after the last request', async () => {
    const { time, bursts } = fakeTime();
    bursts.noted();
    time.now += 5;
    await bursts.giveWay()();
    assert.deepEqual(time.slept, [QUIET_MS - 5]);
    await bursts.giveWay()();
    assert.equal(time.slept.length, 1, 'quiet now');
  });

  it('gives way for the budget at most in all, under a stream of requests', async () => {
    const stream: { bursts?: RequestBursts } = {};
    const faked = fakeTime(() => stream.bursts?.noted());
    stream.bursts = faked.bursts;
    faked.bursts.noted();
    const giveWay = faked.bursts.giveWay(100);
    await giveWay();
    await giveWay();
    const total = faked.time.slept.reduce((a, b) => a + b, 0);
    assert.equal(total, 100);
  });

  it('is awaited by runInSlices before each slice; unwanted work stops there', async () => {
    const steps = function* (): Generator<void, string> {
      yield;
      return 'done';
    };
    let calls = 0;
    assert.equal(await runInSlices(steps(), () => true, async () => void calls++), 'done');
    assert.ok(calls >= 1);
    let wanted = true;
    const stopped = await runInSlices(steps(), () => wanted, async () => {
      wanted = false;
    });
    assert.equal(stopped, undefined);
  });
});
