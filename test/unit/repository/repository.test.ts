import * as assert from 'node:assert/strict';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation } from '../../../src/core/annotations/model';
import { AnnotationRepository } from '../../../src/core/annotations/repository/repository';
import { AnnotationsUnavailableError } from '../../../src/core/annotations/repository/errors';
import { ManualClock, MemoryDocuments, MemoryFiles, settle } from './ports';

const DOCUMENT = '/work/report.txt';
const FILE = `${DOCUMENT}.annotations.yaml`;
const TEXT = ['第1章 総論', '- 同志国との連携を強化すべきである。', '- 供給網の点検を定期的に行うべきである。', ''].join('\n');
const ANN = 'Ann Abe <ann@example.org>';
const BO = 'Bo Berg <bo@example.org>';

function annotationOf(quote: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  const line = TEXT.slice(0, start).split('\n').length;
  const column = start - TEXT.lastIndexOf('\n', start - 1);
  return {
    id, quote, prefix: TEXT.slice(Math.max(0, start - 2), start), suffix: TEXT.slice(start + quote.length, start + quote.length + 2),
    start: { line, column }, end: { line, column: column + quote.length }, author: ANN, created: '2026-11-20T09:00:00Z', ...fields,
  };
}

function fileText(...annotations: Annotation[]): string {
  return stringifyAnnotationFile({ document: 'report.txt', annotations });
}

function onDisk(files: MemoryFiles): Annotation[] {
  const parsed = parseAnnotationFile(files.files.get(FILE) ?? '');
  assert.ok(parsed.ok, 'the file on disk is valid');
  return parsed.file.annotations;
}

function setUp(...annotations: Annotation[]) {
  const files = new MemoryFiles();
  const documents = new MemoryDocuments();
  const clock = new ManualClock();
  documents.saved.set(DOCUMENT, TEXT);
  if (annotations.length) files.files.set(FILE, fileText(...annotations));
  const repository = new AnnotationRepository({ files, documents, clock, authorOf: async () => ANN });
  return { files, documents, clock, repository };
}

const A = annotationOf('同志国との連携', 'A', { tags: ['a', 'b'], note: 'First note.' });
const B = annotationOf('供給網の点検', 'B', { note: 'Second.' });

describe('AnnotationRepository (the annotations of the workspace, behind a file port)', () => {
  it('loads a file and anchors its annotations in the document text', async () => {
    const { repository } = setUp(A, B);
    await repository.load([FILE]);
    const entries = repository.entries(DOCUMENT);
    assert.deepEqual(entries.map(e => e.annotation.id), ['A', 'B']);
    assert.equal(entries[0].range?.start, TEXT.indexOf('同志国との連携'));
    assert.equal(entries[1].range?.start, TEXT.indexOf('供給網の点検'));
  });

  it('writes a new annotation at once, described from the current text, dated by the clock', async () => {
    const { repository, files } = setUp();
    const start = TEXT.indexOf('供給網');
    const created = await repository.create(DOCUMENT, { start, end: start + 3 }, { tags: [' x ', 'x', ''], note: ' note\r\n' });
    assert.equal(created.quote, '供給網');
    assert.equal(created.created, '2026-12-01T10:00:00Z');
    assert.deepEqual(created.tags, ['x']);
    assert.equal(created.note, 'note');
    assert.deepEqual(onDisk(files).map(a => a.id), [created.id]);
  });

  it('merges a colleague\'s tag removal with my note edit as git would: the removed tag stays removed', async () => {
    const { repository, files } = setUp(A);
    await repository.load([FILE]);
    // The colleague's pull lands, but the watcher has not reported it yet when I save my note.
    files.change(FILE, fileText({ ...A, tags: ['a'], updated: '2026-11-21T09:00:00Z' }), false);
    await repository.update(DOCUMENT, 'A', { note: 'My rewrite.' });
    const [merged] = onDisk(files);
    assert.deepEqual(merged.tags, ['a']);
    assert.equal(merged.note, 'My rewrite.');
    assert.equal(merged.replies, undefined, 'no reply holding the old note');
  });

  it('keeps annotations added on disk and here, and an edit made here to one deleted on disk', async () => {
    const { repository, files } = setUp(A, B);
    await repository.load([FILE]);
    const added = annotationOf('供給網', 'C', { author: BO });
    files.change(FILE, fileText(added), false); // A and B deleted elsewhere, C added.
    await repository.update(DOCUMENT, 'B', { note: 'Still wanted.' });
    assert.deepEqual(onDisk(files).map(a => a.id).sort(), ['B', 'C']);
    assert.deepEqual(repository.entries(DOCUMENT).map(e => e.annotation.id).sort(), ['B', 'C']);
  });

  it('follows a file changed on disk while nothing is pending, without writing it back', async () => {
    const { repository, files } = setUp(A);
    await repository.load([FILE]);
    files.change(FILE, fileText(A, B));
    await settle();
    assert.deepEqual(repository.entries(DOCUMENT).map(e => e.annotation.id), ['A', 'B']);
    assert.equal(files.writes, 0);
  });

  it('deletes and restores an annotation, and refuses to change one that no longer exists', async () => {
    const { repository, files } = setUp(A, B);
    await repository.load([FILE]);
    const removed = await repository.delete(DOCUMENT, 'A');
    assert.deepEqual(onDisk(files).map(a => a.id), ['B']);
    await assert.rejects(repository.update(DOCUMENT, 'A', { note: 'x' }), /no longer exists/);
    await repository.restore(DOCUMENT, removed);
    assert.deepEqual(onDisk(files).map(a => a.id), ['A', 'B']);
    assert.equal(repository.find(DOCUMENT, 'A')?.range?.start, TEXT.indexOf('同志国との連携'));
  });

  describe('an annotation file that cannot be read', () => {
    it('is reported once with its problems, refuses changes, is never written, and comes back when fixed', async () => {
      const { repository, files } = setUp();
      files.files.set(FILE, 'schema: policy-annotator/1\nannotations: [\n');
      const reports: number[] = [];
      repository.onDidChangeProblems(p => reports.push(p.problems.length));
      await repository.load([FILE]);
      assert.equal(repository.stateOf(DOCUMENT)?.status, 'invalid');
      assert.equal(reports.length, 1);
      assert.ok(reports[0] > 0);
      await assert.rejects(repository.create(DOCUMENT, { start: 0, end: 3 }, {}), AnnotationsUnavailableError);
      assert.equal(files.writes, 0);

      files.change(FILE, fileText(B));
      await settle();
      assert.equal(repository.stateOf(DOCUMENT)?.status, 'ready');
      assert.deepEqual(reports, [reports[0], 0]);
      assert.deepEqual(repository.entries(DOCUMENT).map(e => e.annotation.id), ['B']);
    });

    it('refuses a file over the size limit from its size, before reading it', async () => {
      const files = new MemoryFiles();
      let reads = 0;
      const read = files.read.bind(files);
      files.read = file => { reads++; return read(file); };
      files.files.set(FILE, fileText(A, B));
      const documents = new MemoryDocuments();
      documents.saved.set(DOCUMENT, TEXT);
      const repository = new AnnotationRepository({ files, documents, authorOf: async () => ANN, maxBytes: 100 });
      await repository.load([FILE]);
      assert.equal(repository.stateOf(DOCUMENT)?.status, 'invalid');
      assert.match(repository.stateOf(DOCUMENT)!.problems[0].message, /MB an annotation file may have/);
      assert.equal(reads, 0);
      repository.dispose();
    });

    it('becomes unavailable when the file turns invalid under a write, keeping what was typed', async () => {
      const { repository, files } = setUp(A);
      await repository.load([FILE]);
      files.change(FILE, '<<<<<<< ours\n=======\n>>>>>>> theirs\n', false);
      await repository.update(DOCUMENT, 'A', { note: 'Typed.' }).catch(() => undefined);
      assert.equal(files.files.get(FILE), '<<<<<<< ours\n=======\n>>>>>>> theirs\n', 'not overwritten');
      assert.equal(repository.stateOf(DOCUMENT)?.status, 'invalid');
      files.change(FILE, fileText(A, B));
      await settle();
      assert.equal(repository.find(DOCUMENT, 'A')?.annotation.note, 'Typed.', 'the edit made meanwhile is merged in once the file is fixed');
      assert.equal(onDisk(files).find(a => a.id === 'A')?.note, 'Typed.');
    });
  });

  describe('following an open document', () => {
    it('shifts ranges at each edit and re-anchors the ones an edit touched only once typing pauses', async () => {
      const { repository, documents, clock } = setUp(A, B);
      documents.open.set(DOCUMENT, TEXT);
      await repository.load([FILE]);
      const at = TEXT.indexOf('同志国');
      // Typing inside A's passage: "との" is replaced by "や".
      const edited = TEXT.slice(0, at + 3) + 'や' + TEXT.slice(at + 5);
      documents.open.set(DOCUMENT, edited);
      repository.followEdits(DOCUMENT, [{ offset: at + 3, length: 2, text: 'や' }]);
      assert.equal(repository.find(DOCUMENT, 'B')?.range?.start, edited.indexOf('供給網の点検'), 'B moved with the edit at once');
      const stretched = repository.find(DOCUMENT, 'A')?.range;
      clock.advance(199);
      assert.deepEqual(repository.find(DOCUMENT, 'A')?.range, stretched, 'not re-anchored while typing goes on');
      clock.advance(1);
      const anchored = repository.find(DOCUMENT, 'A')?.range;
      assert.equal(anchored?.start, at, 'A re-anchored by its fuzzy quote after the pause');
      assert.equal(clock.pending, 1, 'only the change notification remains');
    });

    it('tells listeners once typing pauses, not at each keystroke, while the ranges move at once', async () => {
      const { repository, documents, clock } = setUp(B);
      const fired: (string | undefined)[] = [];
      documents.open.set(DOCUMENT, TEXT);
      await repository.load([FILE]);
      clock.advance(50); // the load's own notice
      repository.onDidChange(document => fired.push(document));
      let text = TEXT;
      for (const [i, typed] of ['あ', 'い', 'う'].entries()) {
        text = typed + text;
        documents.open.set(DOCUMENT, text);
        repository.followEdits(DOCUMENT, [{ offset: 0, length: 0, text: typed }]);
        assert.equal(repository.find(DOCUMENT, 'B')?.range?.start, text.indexOf('供給網の点検'), `moved at keystroke ${i + 1}`);
        clock.advance(150);
      }
      assert.deepEqual(fired, [], 'nothing told while typing goes on');
      clock.advance(50 + 50);
      assert.deepEqual(fired, [DOCUMENT], 'told once, after the pause');
    });

    it('writes the position hints on save, settling what typing touched first', async () => {
      const { repository, documents, files, clock } = setUp(B);
      documents.open.set(DOCUMENT, TEXT);
      await repository.load([FILE]);
      const moved = '追加の一行\n' + TEXT;
      documents.open.set(DOCUMENT, moved);
      repository.followEdits(DOCUMENT, [{ offset: 0, length: 0, text: '追加の一行\n' }]);
      await repository.documentSaved(DOCUMENT, moved);
      assert.deepEqual(onDisk(files)[0].start, { line: B.start.line + 1, column: B.start.column });
      assert.equal(clock.pending <= 1, true);
    });
  });

  it('counts tags with the core\'s countTags and notifies listeners once for a burst of changes', async () => {
    const { repository, clock } = setUp(A, B);
    const fired: (string | undefined)[] = [];
    repository.onDidChange(document => fired.push(document));
    await repository.load([FILE]);
    await repository.update(DOCUMENT, 'B', { tags: ['a/c'] });
    clock.advance(50);
    assert.deepEqual(fired, [undefined]);
    assert.deepEqual([...repository.tagCounts()].sort(), [['a', 1], ['a/c', 1], ['b', 1]]);
  });
});
