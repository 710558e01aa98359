import * as assert from 'node:assert/strict';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { hasConflictMarkers, splitConflicts } from '../../../src/core/annotations/conflicts';
import { mergeAnnotationTexts, resolveConflictedText } from '../../../src/core/annotations/merge-text';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/model';

function annotation(id: string, line: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id, quote: `passage ${line}`, prefix: '', suffix: '', start: { line, column: 1 }, end: { line, column: 10 },
    author: 'Ann Abe <ann@example.org>', created: '2026-11-20T09:00:00Z', ...fields,
  };
}
const file = (...annotations: Annotation[]): AnnotationFile => ({ document: 'report.txt', annotations });
const text = (...annotations: Annotation[]) => stringifyAnnotationFile(file(...annotations));

/** What git writes when the two sides changed the same lines: the common lines, then each conflict. */
function conflicted(base: string, ours: string, theirs: string, withBase: boolean): string {
  const [b, o, t] = [base, ours, theirs].map(s => s.split('\n'));
  let head = 0;
  while (head < o.length && o[head] === t[head] && o[head] === b[head]) head++;
  let tail = 0;
  while (tail < o.length - head && o[o.length - 1 - tail] === t[t.length - 1 - tail] && o[o.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = (lines: string[]) => lines.slice(head, lines.length - tail);
  return [
    ...o.slice(0, head),
    '<<<<<<< HEAD', ...middle(o),
    ...(withBase ? ['||||||| merged common ancestors', ...middle(b)] : []),
    '=======', ...middle(t),
    '>>>>>>> feature',
    ...o.slice(o.length - tail),
  ].join('\n');
}

describe('git conflict markers in annotation files', () => {
  const base = [annotation('A', 2, { note: 'base note' })];
  const ours = [annotation('A', 2, { note: 'our note', updated: '2026-11-21T08:00:00Z' }), annotation('B', 9)];
  const theirs = [annotation('A', 2, { note: 'their note', updated: '2026-11-21T09:00:00Z' }), annotation('C', 12)];

  it('finds markers only at the start of a line', () => {
    assert.equal(hasConflictMarkers(text(...base)), false);
    assert.equal(hasConflictMarkers(text(annotation('A', 2, { note: 'a note quoting <<<<<<< HEAD inside' }))), false);
    assert.equal(hasConflictMarkers(conflicted(text(...base), text(...ours), text(...theirs), false)), true);
  });

  it('splits markers in git\'s default style into both whole sides, with no base', () => {
    const split = splitConflicts(conflicted(text(...base), text(...ours), text(...theirs), false));
    assert.ok(split.ok);
    assert.equal(split.sides.ours, text(...ours));
    assert.equal(split.sides.theirs, text(...theirs));
    assert.equal(split.sides.base, undefined);
    assert.equal(split.sides.conflicts, 1);
  });

  it('splits diff3-style markers into ours, theirs and the base', () => {
    const split = splitConflicts(conflicted(text(...base), text(...ours), text(...theirs), true));
    assert.ok(split.ok);
    assert.deepEqual([split.sides.ours, split.sides.base, split.sides.theirs], [text(...ours), text(...base), text(...theirs)]);
  });

  it('keeps CRLF line ends and several conflicts', () => {
    const crlf = 'a\r\n<<<<<<< ours\r\nb\r\n=======\r\nc\r\n>>>>>>> theirs\r\nd\r\n<<<<<<< ours\r\ne\r\n=======\r\n>>>>>>> theirs\r\n';
    const split = splitConflicts(crlf);
    assert.ok(split.ok);
    assert.deepEqual([split.sides.ours, split.sides.theirs, split.sides.conflicts], ['a\r\nb\r\nd\r\ne\r\n', 'a\r\nc\r\nd\r\n', 2]);
  });

  it('reports malformed markers at their line', () => {
    const cases: [string, RegExp, number][] = [
      ['a\n<<<<<<< x\nb\n', /never closed/, 2],
      ['a\n=======\nb\n', /no conflict open/, 2],
      ['<<<<<<< x\na\n>>>>>>> y\n', /before the =======/, 3],
      ['<<<<<<< x\n<<<<<<< y\n', /inside the conflict opened at line 1/, 2],
    ];
    for (const [input, message, line] of cases) {
      const split = splitConflicts(input);
      assert.ok(!split.ok, input);
      assert.match(split.problem.message, message);
      assert.equal(split.problem.line, line);
    }
  });

  describe('resolving a conflicted file by the three-way merge', () => {
    it('keeps both additions and both notes from diff3 markers', () => {
      const resolved = resolveConflictedText(conflicted(text(...base), text(...ours), text(...theirs), true));
      assert.ok(resolved.ok);
      assert.deepEqual(resolved.file.annotations.map(a => a.id), ['A', 'B', 'C']);
      assert.equal(resolved.file.annotations[0].note, 'their note');
      assert.deepEqual(resolved.file.annotations[0].replies?.map(r => [r.note, r.merged]), [['our note', true]]);
      assert.ok(parseAnnotationFile(resolved.text).ok);
    });

    it('without a base, keeps what only one side has, even what the other deleted', () => {
      const withDeletion = [annotation('B', 9)];
      const resolved = resolveConflictedText(conflicted(text(...base), text(...withDeletion), text(...theirs), false));
      assert.ok(resolved.ok);
      assert.deepEqual(resolved.file.annotations.map(a => a.id), ['A', 'B', 'C']);
      const resolvedWithBase = resolveConflictedText(conflicted(text(...base), text(...withDeletion), text(...base, annotation('C', 12)), true));
      assert.ok(resolvedWithBase.ok);
      assert.deepEqual(resolvedWithBase.file.annotations.map(a => a.id), ['B', 'C'], 'with a base, the deletion stands');
    });

    it('names the side that is not a valid annotation file', () => {
      const bad = conflicted(text(...base), text(...ours), text(...theirs).replace('author:', 'autor:'), false);
      const resolved = resolveConflictedText(bad);
      assert.ok(!resolved.ok);
      assert.equal(resolved.side, 'theirs');
      assert.ok(resolved.problems.some(p => /autor|author/.test(p.message)), JSON.stringify(resolved.problems));
    });

    it('treats an empty base as a file both sides added', () => {
      const merged = mergeAnnotationTexts({ base: '', ours: text(...ours), theirs: text(...theirs) });
      assert.ok(merged.ok);
      assert.deepEqual(merged.file.annotations.map(a => a.id), ['A', 'B', 'C']);
    });
  });
});
