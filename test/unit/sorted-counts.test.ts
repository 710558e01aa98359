import * as assert from 'node:assert/strict';
import { countInRange } from '../../src/core/sorted-counts';

describe('counting sorted values in a range', () => {
  const values = [3, 5, 5, 9, 12];

  it('counts the values from the start, inclusive, to the end, exclusive', () => {
    assert.equal(countInRange(values, 5, 12), 3);
    assert.equal(countInRange(values, 0, 100), 5);
    assert.equal(countInRange(values, 6, 9), 0);
    assert.equal(countInRange(values, 9, 10), 1);
  });

  it('agrees with a plain scan on random values', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: Math.floor(random() * 30) }, () => Math.floor(random() * 50)).sort((a, b) => a - b);
      const from = Math.floor(random() * 60) - 5;
      const to = Math.floor(random() * 60) - 5;
      assert.equal(countInRange(list, from, to), list.filter(v => v >= from && v < to).length);
    }
  });

  it('counts nothing in an empty or reversed range', () => {
    assert.equal(countInRange(values, 9, 9), 0);
    assert.equal(countInRange(values, 12, 3), 0);
    assert.equal(countInRange([], 0, 10), 0);
  });
});
