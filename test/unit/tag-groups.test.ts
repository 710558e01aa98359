import * as assert from 'node:assert/strict';
import { groupByNestedTags, passesTagFilter, type TagGroup } from '../../src/core/tag-groups';

interface Item { id: string; tags: string[] }

const items: Item[] = [
  { id: 'a', tags: ['security/maritime'] },
  { id: 'b', tags: ['security', 'security/maritime'] },
  { id: 'c', tags: ['security/cyber'] },
  { id: 'd', tags: ['economy'] },
  { id: 'e', tags: [] },
  { id: 'f', tags: ['security//maritime/'] },
];

function shape(group: TagGroup<Item>): unknown {
  return { tag: group.tag, name: group.name, own: group.own.map(i => i.id), total: group.total, children: group.children.map(shape) };
}

describe('groupByNestedTags', () => {
  it('nests `a/b` under `a`, counting each item once per group, largest groups first', () => {
    const { roots, untagged } = groupByNestedTags(items, i => i.tags);
    assert.deepEqual(roots.map(shape), [
      {
        tag: 'security', name: 'security', own: ['b'], total: 4, children: [
          { tag: 'security/maritime', name: 'maritime', own: ['a', 'b', 'f'], total: 3, children: [] },
          { tag: 'security/cyber', name: 'cyber', own: ['c'], total: 1, children: [] },
        ],
      },
      { tag: 'economy', name: 'economy', own: ['d'], total: 1, children: [] },
    ]);
    assert.deepEqual(untagged.map(i => i.id), ['e']);
  });

  it('makes a group for a parent no item carries itself', () => {
    const { roots } = groupByNestedTags([{ id: 'x', tags: ['a/b/c'] }], i => i.tags);
    assert.deepEqual(roots.map(shape), [
      { tag: 'a', name: 'a', own: [], total: 1, children: [
        { tag: 'a/b', name: 'b', own: [], total: 1, children: [
          { tag: 'a/b/c', name: 'c', own: ['x'], total: 1, children: [] },
        ] },
      ] },
    ]);
  });

  it('orders groups of equal size by tag, Japanese included', () => {
    const { roots } = groupByNestedTags([{ id: '1', tags: ['経済'] }, { id: '2', tags: ['安全保障'] }, { id: '3', tags: ['b'] }], i => i.tags);
    assert.deepEqual(roots.map(g => g.tag), ['b', '安全保障', '経済']);
  });
});

describe('passesTagFilter', () => {
  it('keeps everything when nothing is chosen', () => {
    assert.ok(passesTagFilter([], []));
    assert.ok(passesTagFilter(['x'], []));
  });

  it('keeps items carrying a chosen tag or a tag below it', () => {
    assert.ok(passesTagFilter(['security/maritime'], ['security']));
    assert.ok(passesTagFilter(['economy', 'security'], ['security']));
    assert.ok(passesTagFilter(['security//maritime'], ['security/maritime']));
    assert.ok(!passesTagFilter(['security'], ['security/maritime']));
    assert.ok(!passesTagFilter(['securityx'], ['security']));
    assert.ok(!passesTagFilter([], ['security']));
  });

  it('keeps an item matching any of several chosen tags', () => {
    assert.ok(passesTagFilter(['economy'], ['security', 'economy']));
  });
});
