// What the server reports as not working (server/src/health.ts), fed by guard(): a feature's failure until it next
// succeeds, and the profiles that did not load.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guard } from '../../server/src/guard';
import { ServerHealth } from '../../server/src/health';

function quietHealth() {
  let changes = 0;
  const health = new ServerHealth(() => changes++);
  const errors: string[] = [];
  const logger = health.watch({ log: () => undefined, error: (m) => errors.push(m) });
  return { health, logger, errors, changes: () => changes };
}

describe('server health', () => {
  it('lists a failing feature until it next succeeds, and logs the error in full', async () => {
    const { health, logger, errors, changes } = quietHealth();
    assert.deepEqual(health.problems(), []);
    const answer = await guard(logger, 'Hover', null, () => {
      throw new Error('boom\nat somewhere');
    });
    assert.equal(answer, null, 'the request is answered with its empty answer');
    assert.deepEqual(health.problems(), ['Hover failed: boom']);
    assert.match(errors[0] ?? '', /Hover failed: Error: boom/);
    assert.equal(changes(), 1);
    await guard(logger, 'Hover', null, () => 'card');
    assert.deepEqual(health.problems(), []);
    assert.equal(changes(), 2);
    await guard(logger, 'Hover', null, () => 'card');
    assert.equal(changes(), 2, 'no change, no new status');
  });

  it('keys diagnostics by feature, not by document', async () => {
    const { health, logger } = quietHealth();
    for (const uri of ['file:///a.md', 'file:///b.md']) {
      await guard(logger, `Diagnostics of ${uri}`, undefined, () => Promise.reject(new Error('bad')));
    }
    assert.deepEqual(health.problems(), ['Diagnostics failed: bad']);
  });

  it('lists the profiles that did not load, replaced at each load', () => {
    const { health, changes } = quietHealth();
    health.setProfileProblems([{ uri: 'file:///w/.genelens/profiles/broken.json', message: 'Expected a value' }]);
    assert.deepEqual(health.problems(), ['Profile broken.json not loaded: Expected a value']);
    health.setProfileProblems([{ uri: 'file:///w/.genelens/profiles/broken.json', message: 'Expected a value' }]);
    assert.equal(changes(), 1);
    health.setProfileProblems([]);
    assert.deepEqual(health.problems(), []);
  });
});
