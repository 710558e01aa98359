import * as assert from 'node:assert/strict';
import { boundariesOf, distinctAscending, indicesByKey } from '../../../src/core/agreement/numeric-order';

describe('numeric order of offsets', () => {
  it('gives the distinct values in ascending numeric order, not in the order of their digits', () => {
    assert.deepEqual([...distinctAscending(Float64Array.from([10, 2, 33, 2, 0, 10, 9]))], [0, 2, 9, 10, 33]);
    assert.deepEqual([...distinctAscending(new Float64Array(0))], []);
  });

  it('collects the starts and ends of spans with the extra offsets, each once', () => {
    assert.deepEqual([...boundariesOf([{ start: 4, end: 12 }, { start: 0, end: 4 }, { start: 12, end: 20 }], 0, 30)], [0, 4, 12, 20, 30]);
  });

  it('orders indices by key, ties in index order as a stable sort would', () => {
    assert.deepEqual([...indicesByKey([5, 1, 5, 0, 1, 12])], [3, 1, 4, 0, 2, 5]);
  });

  it('orders keys too large to pack with the index, and keys that are not whole numbers, the same way', () => {
    assert.deepEqual([...indicesByKey([Number.MAX_SAFE_INTEGER, 3, 3, 0])], [3, 1, 2, 0]);
    assert.deepEqual([...indicesByKey([2.5, -1, 2.5, 0])], [1, 3, 0, 2]);
  });
});
