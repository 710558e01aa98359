import * as assert from 'node:assert/strict';
import { readTypedTags, suggests } from '../../src/core/tag-input';

describe('readTypedTags', () => {
  it('splits complete tags from the piece being typed, at any comma', () => {
    assert.deepEqual(readTypedTags('要確認, econ'), { complete: ['要確認'], partial: 'econ', several: true });
    assert.deepEqual(readTypedTags('要確認、安全保障，'), { complete: ['要確認', '安全保障'], partial: '', several: true });
    assert.deepEqual(readTypedTags('econ'), { complete: [], partial: 'econ', several: false });
    assert.deepEqual(readTypedTags(' a , , a , b'), { complete: ['a'], partial: 'b', several: true });
  });
});

describe('suggests', () => {
  it('matches any part of a tag, whatever the case or width', () => {
    assert.ok(suggests('economy/trade', 'econ'));
    assert.ok(suggests('Economy', 'ＥＣＯＮ'));
    assert.ok(suggests('security/maritime', 'mari'));
    assert.ok(!suggests('security', 'econ'));
  });
});
