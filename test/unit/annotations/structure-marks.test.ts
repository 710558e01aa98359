import * as assert from 'node:assert/strict';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { mergeAnnotationFiles } from '../../../src/core/annotations/merge3';
import { correctionsInOrder } from '../../../src/core/annotations/structure-corrections';
import { isStructureCorrection, type Annotation, type AnnotationFile } from '../../../src/core/annotations/model';

const ANN = 'Ann Abe <ann@example.org>';

function entry(id: string, line: number, fields: Partial<Annotation> = {}): Annotation {
  return {
    id, quote: `line ${line}`, prefix: '', suffix: '\n', start: { line, column: 1 }, end: { line, column: 7 },
    author: ANN, created: '2026-11-20T09:00:00Z', ...fields,
  };
}

const file = (...annotations: Annotation[]): AnnotationFile => ({ document: 'report.txt', annotations });

describe('structure corrections in the annotation file', () => {
  it('are written with their mark right after the target and read back the same', () => {
    const original = file(entry('01A', 3, { mark: 'chapter' }), entry('01B', 5, { note: 'an annotation' }));
    const text = stringifyAnnotationFile(original);
    assert.match(text, / {4}end: 3:7\n {4}mark: chapter\n {4}author:/);
    const parsed = parseAnnotationFile(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file, original);
    assert.deepEqual(parsed.file.annotations.map(isStructureCorrection), [true, false]);
  });

  it('refuse an unknown mark, located on its line', () => {
    const text = stringifyAnnotationFile(file(entry('01A', 3, { mark: 'chapter' }))).replace('mark: chapter', 'mark: chapterr');
    const parsed = parseAnnotationFile(text);
    assert.ok(!parsed.ok);
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, /^mark must be one of chapter, section, recommendation, none; found "chapterr"/);
    assert.equal(parsed.problems[0].line, text.split('\n').findIndex(l => l.includes('mark:')) + 1);
  });

  it('merge three ways like annotations: a correction added on one side stays, a mark changed on one side wins', () => {
    const base = file(entry('01A', 3, { mark: 'section' }));
    const ours = file(entry('01A', 3, { mark: 'chapter' }));
    const theirs = file(entry('01A', 3, { mark: 'section' }), entry('01C', 9, { mark: 'none' }));
    const merged = mergeAnnotationFiles(base, ours, theirs);
    assert.deepEqual(merged.annotations.map(a => [a.id, a.mark]), [['01A', 'chapter'], ['01C', 'none']]);
    const text = stringifyAnnotationFile(merged);
    const parsed = parseAnnotationFile(text);
    assert.ok(parsed.ok && stringifyAnnotationFile(parsed.file) === text);
  });

  it('merge three ways: both changed the mark, the more recent change wins whichever side it is', () => {
    const base = file(entry('01A', 3, { mark: 'section' }));
    const older = entry('01A', 3, { mark: 'chapter', updated: '2026-11-21T09:00:00Z' });
    const newer = entry('01A', 3, { mark: 'none', updated: '2026-11-22T09:00:00Z' });
    assert.equal(mergeAnnotationFiles(base, file(older), file(newer)).annotations[0].mark, 'none');
    assert.equal(mergeAnnotationFiles(base, file(newer), file(older)).annotations[0].mark, 'none');
  });

  it('a correction deleted on one side and untouched on the other is deleted', () => {
    const base = file(entry('01A', 3, { mark: 'recommendation' }), entry('01B', 5));
    const merged = mergeAnnotationFiles(base, file(entry('01B', 5)), base);
    assert.deepEqual(merged.annotations.map(a => a.id), ['01B']);
  });

  it('apply oldest first, so the latest word on a line stands whatever order a merge left them in', () => {
    const older = entry('01Z', 3, { mark: 'chapter', created: '2026-11-20T09:00:00Z' });
    const newer = entry('01A', 3, { mark: 'none', created: '2026-11-21T09:00:00Z' });
    const edited = entry('01B', 3, { mark: 'section', created: '2026-11-19T09:00:00Z', updated: '2026-11-22T09:00:00Z' });
    assert.deepEqual(correctionsInOrder([newer, entry('01C', 4), edited, older]).map(a => a.id), ['01Z', '01A', '01B']);
  });
});
