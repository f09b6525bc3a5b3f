import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerBound, partitionPoint, upperBound } from '../../server/src/core/text/search';

/** A sorted list with repeats, from a seeded generator. */
function sortedList(seed: number, length: number): number[] {
  let x = seed;
  const out: number[] = [];
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push((x >>> 16) % 20);
  }
  return out.sort((a, b) => a - b);
}

test('lowerBound and upperBound agree with a linear scan, repeats and ends included', () => {
  for (let seed = 1; seed <= 40; seed++) {
    const values = sortedList(seed, seed % 13);
    for (let x = -1; x <= 21; x++) {
      const lower = values.findIndex((v) => v >= x);
      const upper = values.findIndex((v) => v > x);
      assert.equal(lowerBound(values, x), lower < 0 ? values.length : lower, `lowerBound ${x} in ${values}`);
      assert.equal(upperBound(values, x), upper < 0 ? values.length : upper, `upperBound ${x} in ${values}`);
    }
  }
});

test('the bounds stay inside the range they are given', () => {
  const values = new Int32Array([0, 5, 5, 9, 12]);
  assert.equal(upperBound(values, 5, 1, 4), 3);
  assert.equal(upperBound(values, 100, 1, 4), 4);
  assert.equal(lowerBound(values, -3, 2, 5), 2);
  assert.equal(partitionPoint(3, 3, () => true), 3);
  assert.equal(partitionPoint(0, 10, (i) => i * i >= 50), 8);
});
