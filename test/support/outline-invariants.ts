import * as assert from 'node:assert/strict';
import type { OutlineNode } from '../../src/core/outline/model';

/** The 1-based line an offset falls on, counted the plain way. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * What every outline of `text` keeps: each node inside the text and inside its parent, siblings
 * in document order and apart, lines matching offsets, titles on one line.
 */
export function assertOutlineInvariants(text: string, nodes: readonly OutlineNode[], parent?: OutlineNode): void {
  let previousStart = parent ? parent.start : 0;
  let previousEnd = previousStart;
  for (const node of nodes) {
    assert.ok(node.start >= 0 && node.start <= node.end && node.end <= text.length, `${node.kind} ${node.start}-${node.end}`);
    assert.ok(node.line >= 1 && node.line <= node.endLine, `${node.kind} lines ${node.line}-${node.endLine}`);
    assert.equal(lineAt(text, node.start), node.line, `${node.kind} starts on its line`);
    assert.equal(lineAt(text, node.end), node.endLine, `${node.kind} ends on its last line`);
    assert.ok(!node.title.includes('\r') && !node.title.includes('\n'), 'titles are one line');
    assert.ok(node.start >= previousStart, 'siblings in document order');
    // A click on the text must find one node at each level: siblings never overlap.
    assert.ok(node.start >= previousEnd || node.end === node.start, `${node.kind} "${node.title}" ${node.start}-${node.end} starts before its sibling ends (${previousEnd})`);
    if (parent) assert.ok(node.start >= parent.start && node.end <= parent.end, `${node.kind} ${node.start}-${node.end} inside its ${parent.kind} ${parent.start}-${parent.end}`);
    previousStart = node.start;
    previousEnd = Math.max(previousEnd, node.end);
    assertOutlineInvariants(text, node.children, node);
  }
}
