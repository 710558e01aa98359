import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/annotations/model';
import { DocumentState } from '../../../src/vscode/annotations/document-state';

// DocumentState only carries the uris; plain objects stand in for them here.
const uri = (path: string) => ({ path, toString: () => path }) as unknown as vscode.Uri;

function annotation(id: string, note = ''): Annotation {
  return { id, quote: id, prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, author: 'A', created: '2026-11-20T00:00:00Z', note };
}

describe('DocumentState (what the editor has not written yet)', () => {
  const state = () => new DocumentState(uri('/d.txt'), uri('/d.txt.annotations.yaml'));

  it('remembers the version a change started from, not the intermediate ones', () => {
    const s = state();
    s.markChanged('a', annotation('a', 'v1'));
    s.markChanged('a', annotation('a', 'v2'));
    assert.equal(s.changed.get('a')?.note, 'v1');
  });

  it('forgets an annotation created and deleted before it was written', () => {
    const s = state();
    s.markChanged('new', undefined);
    s.markDeleted('new', annotation('new'));
    assert.equal(s.hasPendingChanges, false);
  });

  it('deletes an edited annotation from the version on disk', () => {
    const s = state();
    s.markChanged('a', annotation('a', 'on disk'));
    s.markDeleted('a', annotation('a', 'edited'));
    assert.equal(s.deleted.get('a')?.note, 'on disk');
    assert.equal(s.changed.size, 0);
  });

  it('gives back the changes of a failed write without overriding newer ones', () => {
    const s = state();
    s.markChanged('a', annotation('a', 'base a'));
    s.markChanged('b', annotation('b', 'base b'));
    const pending = s.takePending();
    assert.equal(s.hasPendingChanges, false);
    s.markDeleted('b', annotation('b', 'newer'));
    s.restorePending(pending);
    assert.equal(s.changed.get('a')?.note, 'base a');
    assert.ok(!s.changed.has('b') && s.deleted.has('b'), 'the deletion made during the write stands');
  });

  it('orders annotations by where they stand now, orphans last', () => {
    const s = state();
    for (const id of ['x', 'y', 'z']) s.annotations.set(id, annotation(id));
    s.ranges.set('x', { start: 50, end: 60 });
    s.ranges.set('y', undefined);
    s.ranges.set('z', { start: 10, end: 20 });
    assert.deepEqual(s.sorted().map(a => a.id), ['z', 'x', 'y']);
  });

  it('runs reads and writes one after the other, even after a failure', async () => {
    const s = state();
    const order: string[] = [];
    const slow = s.serialize(async () => {
      await new Promise(r => setTimeout(r, 20));
      order.push('first');
      throw new Error('write failed');
    });
    const next = s.serialize(async () => order.push('second'));
    await assert.rejects(slow);
    await next;
    assert.deepEqual(order, ['first', 'second']);
  });
});
