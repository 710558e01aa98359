import * as assert from 'node:assert/strict';
import { freeName } from '../../src/core/free-name';

describe('freeName', () => {
  it('keeps the name when it is free', () => {
    assert.equal(freeName('sample', new Set(['other'])), 'sample');
  });

  it('numbers the name until it is free, never reusing a taken one', () => {
    assert.equal(freeName('sample', new Set(['sample'])), 'sample-2');
    assert.equal(freeName('sample', new Set(['sample', 'sample-2', 'sample-3'])), 'sample-4');
  });
});
