// The client drops a diagnostics publish that repeats the last one for the document (client/src/samePublish.ts): a
// repeated publish is a marker change to VS Code, which resets its code actions and loses a Ctrl+. being answered.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishKey, SamePublishFilter } from '../../client/src/samePublish';

const d = (line: number, message: string, code: string | { value: string } = 'claim-contradicted') => ({
  range: { start: { line, character: 0 }, end: { line, character: 20 } }, message, severity: 1, source: 'genelens', code,
});

describe('SamePublishFilter', () => {
  it('lets the first publish and every change through, and drops a repeat', () => {
    const f = new SamePublishFilter();
    assert.equal(f.changed('a', [d(2, 'x')]), true);
    assert.equal(f.changed('a', [d(2, 'x')]), false, 'the same again');
    assert.equal(f.changed('a', [d(2, 'x', { value: 'claim-contradicted' })]), false, 'a code object is the same code');
    assert.equal(f.changed('b', [d(2, 'x')]), true, 'another document');
    assert.equal(f.changed('a', [d(3, 'x')]), true, 'moved');
    assert.equal(f.changed('a', [d(3, 'y')]), true, 'another message');
    assert.equal(f.changed('a', []), true, 'cleared');
    assert.equal(f.changed('a', [d(3, 'y')]), true, 'back after being cleared');
    f.clear();
    assert.equal(f.changed('a', [d(3, 'y')]), true, 'after a restart');
  });

  it('keys on what VS Code shows, in order', () => {
    assert.notEqual(publishKey([d(1, 'a'), d(2, 'b')]), publishKey([d(2, 'b'), d(1, 'a')]));
    assert.equal(publishKey([d(1, 'a')]), publishKey([{ ...d(1, 'a'), tags: [] }]));
  });
});
