import * as assert from 'node:assert/strict';
import { countTags, parentTag, rolledUpTags, sortTagsAsTree, tagDepth, tagWithAncestors } from '../../../src/core/tags';

describe('Hierarchical tags', () => {
  it('lists a tag with its ancestors, root first, ignoring stray slashes', () => {
    assert.deepEqual(tagWithAncestors('security/maritime/ports'), ['security', 'security/maritime', 'security/maritime/ports']);
    assert.deepEqual(tagWithAncestors('/security//maritime/'), ['security', 'security/maritime']);
    assert.equal(parentTag('security/maritime'), 'security');
    assert.equal(parentTag('security'), undefined);
    assert.equal(tagDepth('a/b/c'), 2);
  });

  it('rolls counts up to parents, counting each annotation once per tag', () => {
    const annotations = [['security/maritime'], ['security/cyber', 'security'], ['security/maritime', 'security/maritime/ports'], ['economy']];
    const counts = countTags(annotations, { rollUp: true });
    assert.deepEqual(Object.fromEntries(counts), {
      security: 3,
      'security/maritime': 2,
      'security/maritime/ports': 1,
      'security/cyber': 1,
      economy: 1,
    });
    assert.deepEqual(Object.fromEntries(countTags(annotations, { rollUp: false })), {
      'security/maritime': 2, 'security/cyber': 1, security: 1, 'security/maritime/ports': 1, economy: 1,
    });
    assert.deepEqual(rolledUpTags(['a/b', 'a/c']), ['a', 'a/b', 'a/c']);
  });

  it('orders tags as a tree: each parent just before its children', () => {
    assert.deepEqual(sortTagsAsTree(['b', 'a/c', 'a-z', 'a', 'a/b/x', 'a/b']), ['a', 'a/b', 'a/b/x', 'a/c', 'a-z', 'b']);
  });
});
