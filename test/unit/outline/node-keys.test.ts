import * as assert from 'node:assert/strict';
import { outlineDocument } from '../../../src/core/outline';
import type { OutlineNode } from '../../../src/core/outline/model';
import { nodeKey, nodeKeys } from '../../../src/core/outline/node-keys';

const TEXT = '第1章 はじめに\n本文。\n◆ 提言\n- 一つ目の提言を行う。\n- 二つ目の提言を行う。\n第2章 つぎに\n本文。\n';

/** Every node's path of keys, root first, e.g. `chapter:0/section:0/recommendation:1`. */
function keyPaths(nodes: readonly OutlineNode[], prefix = ''): string[] {
  const keys = nodeKeys(nodes);
  return nodes.flatMap((node, i) => [prefix + keys[i], ...keyPaths(node.children, prefix + keys[i] + '/')]);
}

describe('nodeKeys', () => {
  it('ranks a node among the siblings of its kind, whatever lies between them', () => {
    const outline = outlineDocument(TEXT);
    const paths = keyPaths(outline.nodes);
    assert.ok(paths.includes('chapter:1'), paths.join(' '));
    assert.ok(paths.some(p => /^chapter:0\/.*recommendation:1$/.test(p)), paths.join(' '));
    assert.equal(new Set(paths).size, paths.length, 'every key path is unique');
    const second = outline.nodes[1];
    assert.equal(nodeKey(outline.nodes, second), nodeKeys(outline.nodes)[1]);
  });

  it('gives every node the same key after lines are inserted above it', () => {
    const before = keyPaths(outlineDocument(TEXT).nodes);
    const after = keyPaths(outlineDocument('前置きの一行を足した。\n\n' + TEXT.replace('本文。', '本文。\n追記した文。')).nodes);
    assert.deepEqual(after.filter(p => !p.startsWith('front-matter')), before);
  });

  it('refuses a node that is not among the siblings', () => {
    const outline = outlineDocument(TEXT);
    assert.throws(() => nodeKey(outline.nodes[0].children, outline.nodes[1]), /not among the siblings/);
  });
});
