import * as assert from 'node:assert/strict';
import { lineChanges, type LineChange } from '../../src/core/text/line-changes';

/** Applies the changes as an editor would: whole lines, from the last to the first. */
function apply(text: string, changes: readonly LineChange[]): string {
  const lines = text.split('\n').map(l => l + '\n');
  for (const c of [...changes].reverse()) lines.splice(c.startLine, c.endLine - c.startLine, c.text);
  return lines.join('').slice(0, -1);
}

describe('lineChanges', () => {
  it('replaces only the lines that changed, each run apart, when the line count stays', () => {
    const before = 'a\ntags: [x]\nb\nc\ntags: [x, y]\n';
    const after = 'a\ntags: [z]\nb\nc\ntags: [z, y]\n';
    const changes = lineChanges(before, after);
    assert.deepEqual(changes, [{ startLine: 1, endLine: 2, text: 'tags: [z]\n' }, { startLine: 4, endLine: 5, text: 'tags: [z, y]\n' }]);
    assert.equal(apply(before, changes), after);
  });

  it('replaces one run between the common first and last lines when lines come or go', () => {
    const before = 'a\nb\nc\nd\n';
    const after = 'a\nB\nB2\nd\n';
    const changes = lineChanges(before, after);
    assert.deepEqual(changes, [{ startLine: 1, endLine: 3, text: 'B\nB2\n' }]);
    assert.equal(apply(before, changes), after);
    assert.deepEqual(lineChanges(before, before), []);
  });
});
