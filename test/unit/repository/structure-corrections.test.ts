import * as assert from 'node:assert/strict';
import { parseAnnotationFile } from '../../../src/core/annotations/codec';
import { AnnotationRepository } from '../../../src/core/annotations/repository/repository';
import { ManualClock, MemoryDocuments, MemoryFiles } from './ports';

const DOCUMENT = '/work/report.txt';
const FILE = `${DOCUMENT}.annotations.yaml`;
const TEXT = ['第1章 総論', '運営は地域に任せたい。', '- 点検を定期的に行う。', ''].join('\n');

function setUp() {
  const files = new MemoryFiles();
  const documents = new MemoryDocuments();
  documents.saved.set(DOCUMENT, TEXT);
  const repository = new AnnotationRepository({ files, documents, clock: new ManualClock(), authorOf: async () => 'Ann <ann@example.org>' });
  return { files, repository };
}

const rangeOf = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

describe('AnnotationRepository and structure corrections', () => {
  it('writes a correction in the annotation file and lists it apart from the annotations, uncounted and unhighlighted', async () => {
    const { repository, files } = setUp();
    await repository.create(DOCUMENT, rangeOf('点検'), { tags: ['audit'] });
    const correction = await repository.create(DOCUMENT, rangeOf('運営は地域に任せたい。'), { mark: 'recommendation' });
    assert.equal(correction.mark, 'recommendation');
    const parsed = parseAnnotationFile(files.files.get(FILE)!);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.annotations.map(a => a.mark), ['recommendation', undefined]);

    assert.deepEqual(repository.entries(DOCUMENT).map(e => e.annotation.quote), ['点検']);
    assert.deepEqual(repository.entries().map(e => e.annotation.quote), ['点検']);
    assert.deepEqual(repository.corrections(DOCUMENT).map(e => [e.annotation.quote, e.range]), [['運営は地域に任せたい。', rangeOf('運営は地域に任せたい。')]]);
    const state = repository.stateOf(DOCUMENT)!;
    assert.equal(state.annotationCount(), 1);
    assert.deepEqual(state.highlights().map(h => h.tags), [['audit']]);
    assert.deepEqual(repository.tagCounts(), new Map([['audit', 1]]));

    await repository.delete(DOCUMENT, correction.id);
    assert.deepEqual(repository.corrections(DOCUMENT), []);
    const after = parseAnnotationFile(files.files.get(FILE)!);
    assert.ok(after.ok && after.file.annotations.every(a => a.mark === undefined));
  });
});
