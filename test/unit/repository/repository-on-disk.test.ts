import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation } from '../../../src/core/annotations/model';
import { AnnotationRepository } from '../../../src/core/annotations/repository/repository';
import { nodeAnnotationFiles } from '../../../src/cli/node-annotation-files';
import { MemoryDocuments } from './ports';

const TEXT = '第1章 総論\n- 同志国との連携を強化すべきである。\n';
const ANN = 'Ann Abe <ann@example.org>';

function annotation(id: string, fields: Partial<Annotation> = {}): Annotation {
  return { id, quote: '同志国との連携', prefix: '- ', suffix: 'を強化', start: { line: 2, column: 3 }, end: { line: 2, column: 10 }, author: ANN, created: '2026-11-20T09:00:00Z', ...fields };
}

describe('AnnotationRepository on a folder, through the command line\'s file port', () => {
  let folder: string;
  let document: string;
  let file: string;
  let repository: AnnotationRepository;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'repository-'));
    document = path.join(folder, 'report.txt');
    file = `${document}.annotations.yaml`;
    fs.writeFileSync(document, TEXT);
    const documents = new MemoryDocuments();
    documents.saved.set(document, TEXT);
    repository = new AnnotationRepository({ files: nodeAnnotationFiles, documents, authorOf: async () => ANN });
  });

  afterEach(() => {
    repository.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('merges a change made on disk with an edit made here, and leaves no temporary file or lock behind', async () => {
    fs.writeFileSync(file, stringifyAnnotationFile({ document: 'report.txt', annotations: [annotation('A', { tags: ['a', 'b'] })] }));
    await repository.load([file]);
    fs.writeFileSync(file, stringifyAnnotationFile({ document: 'report.txt', annotations: [annotation('A', { tags: ['a'], updated: '2026-11-21T00:00:00Z' }), annotation('B')] }));
    await repository.update(document, 'A', { note: 'Mine.' });
    const parsed = parseAnnotationFile(fs.readFileSync(file, 'utf8'));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.file.annotations.map(a => [a.id, a.tags, a.note]), [['A', ['a'], 'Mine.'], ['B', undefined, undefined]]);
    assert.deepEqual(fs.readdirSync(folder).sort(), ['report.txt', 'report.txt.annotations.yaml']);
  });

  it('treats a symbolic link in place of the annotation file as unreadable and never writes through it', async () => {
    const outside = path.join(folder, 'outside.yaml');
    const original = stringifyAnnotationFile({ document: 'report.txt', annotations: [annotation('A')] });
    fs.writeFileSync(outside, original);
    fs.symlinkSync(outside, file);
    await repository.load([file]);
    assert.equal(repository.stateOf(document)?.status, 'invalid');
    await assert.rejects(repository.create(document, { start: 5, end: 8 }, {}));
    assert.equal(fs.readFileSync(outside, 'utf8'), original);
    assert.ok(fs.lstatSync(file).isSymbolicLink());
  });
});
