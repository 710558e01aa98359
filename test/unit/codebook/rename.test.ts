import * as assert from 'node:assert/strict';
import type { Annotation, AnnotationFile } from '../../../src/core/annotations/model';
import { renamedTag, renameTagInCodebook, renameTagInFile } from '../../../src/core/codebook/rename';
import { checkTagUsage } from '../../../src/core/codebook/tag-usage';

function annotation(id: string, tags?: string[]): Annotation {
  return { id, quote: 'q', prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, tags, author: 'A <a@x>', created: '2026-11-20T09:30:00Z' };
}

describe('renaming and merging tags', () => {
  it('renames a tag and its sub-tags, leaving tags that only share a prefix', () => {
    assert.equal(renamedTag('port', 'port', 'harbour'), 'harbour');
    assert.equal(renamedTag('port/security', 'port', 'maritime/port'), 'maritime/port/security');
    assert.equal(renamedTag('ports', 'port', 'harbour'), 'ports');
    assert.equal(renamedTag('other', 'port', 'harbour'), 'other');
  });

  it('rewrites only annotations that carry the tag, and merging drops the duplicate it makes', () => {
    const untouched = annotation('2', ['economy']);
    const file: AnnotationFile = { document: 'a.txt', annotations: [annotation('1', ['port', 'harbour', 'x']), untouched, annotation('3')] };
    const result = renameTagInFile(file, 'port', 'harbour')!;
    assert.equal(result.changed, 1);
    assert.deepEqual(result.file.annotations[0].tags, ['harbour', 'x']);
    assert.equal(result.file.annotations[1], untouched, 'the same object: nothing rebuilt');
    assert.equal(renameTagInFile(file, 'absent', 'y'), undefined, 'a file without the tag is not rewritten');
  });

  it('renames codebook entries and merges onto an existing entry, keeping its fields and both examples', () => {
    const codebook = { tags: [
      { name: 'port', description: 'Ports', examples: ['a'], color: '#111111', codable: true },
      { name: 'port/security', codable: true },
      { name: 'harbour', examples: ['b'], codable: true },
    ] };
    const renamed = renameTagInCodebook(codebook, 'port', 'harbour')!;
    assert.deepEqual(renamed.tags.sort((a, b) => a.name.localeCompare(b.name)), [
      { name: 'harbour', description: 'Ports', examples: ['b', 'a'], color: '#111111', codable: true },
      { name: 'harbour/security', codable: true },
    ]);
    assert.equal(renameTagInCodebook(codebook, 'absent', 'y'), undefined);
  });

  it('finds tags used but not in the codebook, and grouping tags given to passages', () => {
    const codebook = { tags: [{ name: 'security', codable: false }, { name: 'security/maritime', codable: true }] };
    const files = [{ document: 'a.txt', annotations: [annotation('1', ['security/maritime', 'economy']), annotation('2', ['security', 'economy'])] }];
    assert.deepEqual(checkTagUsage(codebook, files), [
      { tag: 'economy', problem: 'not-in-codebook', annotations: 2 },
      { tag: 'security', problem: 'not-codable', annotations: 1 },
    ]);
  });
});
