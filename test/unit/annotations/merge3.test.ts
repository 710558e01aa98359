import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { mergeAnnotationFiles } from '../../../src/core/annotations/merge3';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/model';

const ANN = 'Ann Abe <ann@example.org>';
const BO = 'Bo Berg <bo@example.org>';

function annotation(id: string, line: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id, quote: `passage ${line}`, prefix: '- ', suffix: '。', start: { line, column: 3 }, end: { line, column: 12 },
    author: ANN, created: '2026-11-20T09:00:00Z', ...fields,
  };
}

function file(...annotations: Annotation[]): AnnotationFile {
  return { document: 'report.txt', annotations };
}

const ids = (f: AnnotationFile) => f.annotations.map(a => a.id);
const merge = (base: AnnotationFile | undefined, ours: AnnotationFile, theirs: AnnotationFile) => mergeAnnotationFiles(base, ours, theirs);

/** The merge is written, read back and compared: what it gives must be a valid file, unchanged by the trip. */
function roundTrip(merged: AnnotationFile): string {
  const text = stringifyAnnotationFile(merged);
  const parsed = parseAnnotationFile(text);
  assert.ok(parsed.ok, `the merged file does not validate: ${JSON.stringify(!parsed.ok && parsed.problems)}`);
  assert.equal(stringifyAnnotationFile(parsed.file), text);
  return text;
}

describe('three-way merge of annotation files', () => {
  const base = file(annotation('A1', 2, { note: 'first' }), annotation('A3', 6, { note: 'third' }));

  it('keeps the annotations both sides added on different passages, in file order', () => {
    const ours = file(...base.annotations, annotation('B', 4));
    const theirs = file(...base.annotations, annotation('C', 8));
    const merged = merge(base, ours, theirs);
    assert.deepEqual(ids(merged), ['A1', 'B', 'A3', 'C']);
    roundTrip(merged);
  });

  it('keeps both annotations when both sides annotated the same passage', () => {
    const ours = file(...base.annotations, annotation('01OURS', 4, { note: 'mine', author: ANN }));
    const theirs = file(...base.annotations, annotation('01THEIRS', 4, { note: 'yours', author: BO }));
    const merged = merge(base, ours, theirs);
    assert.deepEqual(ids(merged), ['A1', '01OURS', '01THEIRS', 'A3']);
    assert.deepEqual(merged.annotations.map(a => a.note), ['first', 'mine', 'yours', 'third']);
  });

  it('keeps what both sides appended at the end of the file', () => {
    const ours = file(...base.annotations, annotation('B', 10));
    const theirs = file(...base.annotations, annotation('C', 12), annotation('D', 14));
    assert.deepEqual(ids(merge(base, ours, theirs)), ['A1', 'A3', 'B', 'C', 'D']);
  });

  it('keeps an annotation one side edited and the other deleted, whichever side is ours', () => {
    const edited = { ...base.annotations[0], note: 'rewritten', updated: '2026-11-21T08:00:00Z' };
    const deleted = file(base.annotations[1]);
    const editedFile = file(edited, base.annotations[1]);
    assert.deepEqual(merge(base, deleted, editedFile).annotations[0], edited);
    assert.deepEqual(merge(base, editedFile, deleted).annotations[0], edited);
  });

  it('deletes an annotation one side deleted and the other left alone', () => {
    const ours = file(base.annotations[1]);
    assert.deepEqual(ids(merge(base, ours, base)), ['A3']);
    assert.deepEqual(ids(merge(base, base, ours)), ['A3']);
    assert.deepEqual(ids(merge(base, ours, ours)), ['A3']);
  });

  it('takes the only side that edited an annotation', () => {
    const theirs = file(base.annotations[0], { ...base.annotations[1], tags: ['x'], updated: '2026-11-21T08:00:00Z' });
    assert.deepEqual(merge(base, base, theirs), theirs);
    assert.deepEqual(merge(base, theirs, base), theirs);
  });

  describe('both sides edited the same annotation', () => {
    const original = annotation('A', 2, { note: 'original', tags: ['energy', 'trade'] });
    const mine = { ...original, note: 'my reading', updated: '2026-11-21T08:00:00Z' };
    const yours = { ...original, note: 'your reading', updated: '2026-11-21T09:30:00Z' };

    it('keeps the later note and the other as a reply marked merged, by its author, at its time', () => {
      const merged = merge(file(original), file(mine), file({ ...yours, author: ANN })).annotations[0];
      assert.equal(merged.note, 'your reading');
      assert.deepEqual(merged.replies, [{ author: ANN, created: '2026-11-21T08:00:00Z', note: 'my reading', merged: true }]);
      assert.equal(merged.updated, '2026-11-21T09:30:00Z');
    });

    it('gives the same bytes whichever side is ours', () => {
      const a = roundTrip(merge(file(original), file(mine), file(yours)));
      const b = roundTrip(merge(file(original), file(yours), file(mine)));
      assert.equal(a, b);
    });

    it('breaks a tie in update time the same way from both sides', () => {
      const same = { ...yours, updated: mine.updated };
      assert.equal(roundTrip(merge(file(original), file(mine), file(same))), roundTrip(merge(file(original), file(same), file(mine))));
    });

    it('merges the other fields independently: a tag change on one side, a note change on the other', () => {
      const tagged = { ...original, tags: ['energy', 'trade', 'security'], updated: '2026-11-21T07:00:00Z' };
      const merged = merge(file(original), file(tagged), file(yours)).annotations[0];
      assert.deepEqual(merged.tags, ['energy', 'trade', 'security']);
      assert.equal(merged.note, 'your reading');
      assert.equal(merged.replies, undefined, 'no reply when only one side changed the note');
    });

    it('merges tags as a union minus what either side removed', () => {
      const ours = { ...original, tags: ['trade', 'asia'], updated: '2026-11-21T07:00:00Z' };
      const theirs = { ...original, tags: ['energy', 'trade', 'maritime'], note: 'x', updated: '2026-11-21T08:00:00Z' };
      assert.deepEqual(merge(file(original), file(ours), file(theirs)).annotations[0].tags, ['trade', 'maritime', 'asia']);
      const cleared = { ...original, tags: undefined, updated: '2026-11-21T07:00:00Z' };
      const removedBoth = { ...original, tags: ['energy'], note: 'y', updated: '2026-11-21T08:00:00Z' };
      assert.equal(merge(file(original), file(cleared), file(removedBoth)).annotations[0].tags, undefined);
    });

    it('merges replies as a union minus removals, sorted by time, and keeps a removed note rewritten on the other side', () => {
      const r1 = { author: BO, created: '2026-11-20T10:00:00Z', note: 'agreed' };
      const r2 = { author: ANN, created: '2026-11-20T11:00:00Z', note: 'thanks' };
      const withReplies = { ...original, replies: [r1, r2] };
      const r3 = { author: BO, created: '2026-11-21T10:00:00Z', note: 'later thought' };
      const r0 = { author: ANN, created: '2026-11-20T09:30:00Z', note: 'early' };
      const ours = { ...withReplies, note: undefined, replies: [r1, r3], updated: '2026-11-21T10:00:00Z' };
      const theirs = { ...withReplies, note: 'kept', replies: [r0, r1, r2], updated: '2026-11-21T11:00:00Z' };
      const merged = merge(file(withReplies), file(ours), file(theirs)).annotations[0];
      assert.deepEqual(merged.replies, [r0, r1, r3], 'r2 was removed by ours; r0 and r3 were added');
      assert.equal(merged.note, 'kept');
    });

    it('keeps the newer target when both moved the annotation, and the earliest creation time', () => {
      const moved = { ...original, quote: 'passage 2 and more', end: { line: 2, column: 21 }, note: 'a', updated: '2026-11-21T08:00:00Z' };
      const movedElsewhere = { ...original, start: { line: 3, column: 3 }, end: { line: 3, column: 12 }, note: 'b', updated: '2026-11-21T09:00:00Z' };
      const merged = merge(file(original), file(moved), file(movedElsewhere)).annotations[0];
      assert.deepEqual([merged.quote, merged.start, merged.end], [original.quote, { line: 3, column: 3 }, { line: 3, column: 12 }]);
      assert.equal(merged.created, original.created);
    });

    it('does not add the same merged reply twice when the merge is merged again', () => {
      const once = merge(file(original), file(mine), file(yours));
      const again = merge(file(original), once, file(yours));
      assert.deepEqual(again.annotations[0].replies, once.annotations[0].replies);
    });
  });

  it('merges two files added on both sides with no common base', () => {
    const shared = annotation('S', 3, { note: 'same' });
    const ours = file(shared, annotation('B', 5, { note: 'ours', tags: ['x'] }));
    const theirs = file(shared, annotation('B', 5, { note: 'theirs', tags: ['y'], updated: '2026-11-22T00:00:00Z' }), annotation('C', 1));
    const merged = merge(undefined, ours, theirs);
    assert.deepEqual(ids(merged), ['C', 'S', 'B']);
    const b = merged.annotations[2];
    assert.deepEqual([b.note, b.tags, b.replies?.map(r => [r.note, r.merged])], ['theirs', ['y', 'x'], [['ours', true]]]);
    roundTrip(merged);
  });

  it('keeps the document name one side changed', () => {
    assert.equal(merge(base, base, { ...base, document: 'renamed.txt' }).document, 'renamed.txt');
    assert.equal(merge(base, { ...base, document: 'mine.txt' }, base).document, 'mine.txt');
  });

  describe('properties over random edits of a common base', () => {
    const times = ['2026-11-21T08:00:00Z', '2026-11-21T09:00:00Z', '2026-11-21T10:00:00Z'];
    const baseFile = file(...[2, 4, 6, 8].map((line, i) => annotation(`A${i}`, line, { note: `note ${i}`, tags: ['t1', 't2'] })));
    type Edit = { kind: 'delete' | 'note' | 'tag' | 'reply' | 'add'; target: number; value: number };
    const edit = fc.record({ kind: fc.constantFrom('delete', 'note', 'tag', 'reply', 'add'), target: fc.nat(3), value: fc.nat(5) }) as fc.Arbitrary<Edit>;
    const edits = fc.array(edit, { maxLength: 5 });

    function apply(start: AnnotationFile, list: Edit[], side: string): AnnotationFile {
      let annotations = [...start.annotations];
      list.forEach((e, n) => {
        const id = `A${e.target}`;
        const at = annotations.findIndex(a => a.id === id);
        const updated = times[e.value % times.length];
        if (e.kind === 'add') annotations.push(annotation(`${side}${n}`, 1 + e.value * 2, { note: `added ${side}` }));
        else if (at === -1) return;
        else if (e.kind === 'delete') annotations = annotations.filter(a => a.id !== id);
        else if (e.kind === 'note') annotations[at] = { ...annotations[at], note: `${side} ${e.value}`, updated };
        else if (e.kind === 'tag') annotations[at] = { ...annotations[at], tags: [...(annotations[at].tags ?? []).slice(1), `${side}${e.value}`], updated };
        else annotations[at] = { ...annotations[at], replies: [...(annotations[at].replies ?? []), { author: side, created: updated, note: `re ${e.value}` }] };
      });
      return file(...annotations);
    }

    it('is deterministic, does not depend on which side is ours, validates and loses no addition or edit', () => {
      fc.assert(fc.property(edits, edits, (mineEdits, yourEdits) => {
        const ours = apply(baseFile, mineEdits, 'O');
        const theirs = apply(baseFile, yourEdits, 'T');
        const merged = merge(baseFile, ours, theirs);
        const text = roundTrip(merged);
        assert.equal(roundTrip(merge(baseFile, ours, theirs)), text);
        assert.equal(roundTrip(merge(baseFile, theirs, ours)), text);
        const kept = new Set(ids(merged));
        for (const side of [ours, theirs]) {
          for (const a of side.annotations) {
            const original = baseFile.annotations.find(b => b.id === a.id);
            const changedOrAdded = !original || JSON.stringify(original) !== JSON.stringify(a);
            if (changedOrAdded) assert.ok(kept.has(a.id), `${a.id} was added or edited on one side and must be kept`);
          }
        }
        for (const a of merged.annotations) {
          for (const side of [ours, theirs]) {
            const version = side.annotations.find(b => b.id === a.id);
            const notes = [a.note, ...(a.replies ?? []).map(r => r.note)];
            const original = baseFile.annotations.find(b => b.id === a.id);
            if (version?.note && version.note !== original?.note) assert.ok(notes.includes(version.note), `the note "${version.note}" was lost`);
          }
        }
      }), { numRuns: 300 });
    });

    it('gives back a side when the other did nothing, and that side when both did the same', () => {
      fc.assert(fc.property(edits, list => {
        const side = apply(baseFile, list, 'O');
        const expected = stringifyAnnotationFile(side);
        assert.equal(stringifyAnnotationFile(merge(baseFile, side, baseFile)), expected);
        assert.equal(stringifyAnnotationFile(merge(baseFile, baseFile, side)), expected);
        assert.equal(stringifyAnnotationFile(merge(baseFile, side, side)), expected);
      }), { numRuns: 200 });
    });
  });
});
