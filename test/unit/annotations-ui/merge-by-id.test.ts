import * as assert from 'node:assert/strict';
import { mergeById, sameAnnotation, type PendingChanges } from '../../../src/core/annotations/merge-by-id';
import type { Annotation } from '../../../src/core/annotations/model';

function annotation(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id, quote: `quote ${id}`, prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 8 },
    author: 'Ann <ann@example.org>', created: '2026-11-20T09:00:00Z', ...fields,
  };
}

const none: PendingChanges = { changed: new Map(), deleted: new Map() };
const ids = (list: Annotation[]) => list.map(a => a.id);

describe('mergeById (a file changed on disk while this editor had unwritten changes)', () => {
  it('follows disk when nothing is pending: additions and deletions made elsewhere', () => {
    const local = [annotation('a'), annotation('b')];
    const disk = [annotation('a'), annotation('c')];
    assert.deepEqual(ids(mergeById(disk, local, none)), ['a', 'c']);
  });

  it('keeps an annotation created here that disk does not have yet', () => {
    const created = annotation('new');
    const merged = mergeById([annotation('a')], [annotation('a'), created], { changed: new Map([['new', undefined]]), deleted: new Map() });
    assert.deepEqual(ids(merged), ['a', 'new']);
  });

  it('keeps our edit when disk did not touch the annotation', () => {
    const base = annotation('a', { note: 'old' });
    const ours = { ...base, note: 'ours' };
    const merged = mergeById([base], [ours], { changed: new Map([['a', base]]), deleted: new Map() });
    assert.equal(merged[0].note, 'ours');
  });

  it('keeps both notes when both sides edited the same annotation', () => {
    const base = annotation('a', { note: 'old', tags: ['x'] });
    const ours = { ...base, note: 'ours' };
    const theirs = { ...base, note: 'theirs', tags: ['y'], updated: '2026-11-21T00:00:00Z', replies: [{ author: 'Bo', created: '2026-11-21T01:00:00Z', note: 'reply' }] };
    const [merged] = mergeById([theirs], [ours], { changed: new Map([['a', base]]), deleted: new Map() });
    assert.equal(merged.note, 'ours');
    assert.deepEqual(merged.tags, ['x', 'y']);
    assert.deepEqual(merged.replies?.map(r => [r.note, !!r.merged]), [['theirs', true], ['reply', false]]);
  });

  it('deletes what was deleted here, unless disk changed it meanwhile', () => {
    const base = annotation('a', { note: 'old' });
    const deleted: PendingChanges = { changed: new Map(), deleted: new Map([['a', base]]) };
    assert.deepEqual(mergeById([base], [], deleted), []);
    const edited = { ...base, note: 'edited elsewhere' };
    assert.deepEqual(mergeById([edited], [], deleted), [edited]);
  });

  it('keeps an annotation edited here that disk deleted', () => {
    const base = annotation('a');
    const ours = { ...base, note: 'still wanted' };
    assert.deepEqual(mergeById([], [ours], { changed: new Map([['a', base]]), deleted: new Map() }), [ours]);
  });
});

describe('sameAnnotation', () => {
  it('ignores absent versus empty optional fields and notices any real difference', () => {
    assert.ok(sameAnnotation(annotation('a'), { ...annotation('a'), tags: [], note: '' }));
    assert.ok(!sameAnnotation(annotation('a'), annotation('a', { end: { line: 1, column: 9 } })));
    assert.ok(!sameAnnotation(annotation('a'), annotation('a', { replies: [{ author: 'x', created: 'y', note: 'z' }] })));
  });
});
