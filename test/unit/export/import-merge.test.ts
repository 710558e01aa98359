import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/annotations/model';
import { mergeImported } from '../../../src/core/export/import-merge';

function annotation(id: string, line: number, fields: Partial<Annotation> = {}): Annotation {
  return { id, quote: 'q', prefix: '', suffix: '', start: { line, column: 1 }, end: { line, column: 2 }, author: 'A <a@example.org>', created: '2026-11-20T00:00:00Z', ...fields };
}

describe('Merging imported annotations by id', () => {
  it('adds new ids, takes newer edits, keeps the file\'s copy when it is as new or newer, sorted by position', () => {
    const existing = [annotation('b', 5, { note: 'mine, later', updated: '2026-11-22T00:00:00Z' }), annotation('c', 9, { note: 'old' })];
    const imported = [annotation('b', 5, { note: 'theirs, earlier', updated: '2026-11-21T00:00:00Z' }), annotation('c', 9, { note: 'new', updated: '2026-11-21T00:00:00Z' }), annotation('a', 1)];
    const merged = mergeImported(existing, imported);
    assert.deepEqual(merged.annotations.map(a => [a.id, a.note]), [['a', undefined], ['b', 'mine, later'], ['c', 'new']]);
    assert.deepEqual([merged.added, merged.updated, merged.kept], [1, 1, 1]);
  });
});
