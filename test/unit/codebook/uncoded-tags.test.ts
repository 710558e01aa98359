import * as assert from 'node:assert/strict';
import { stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import type { Annotation } from '../../../src/core/annotations/model';
import { withTagsAdded } from '../../../src/core/codebook/add-tags';
import type { Codebook } from '../../../src/core/codebook/model';
import { findUncodedTags } from '../../../src/core/codebook/uncoded-tags';

const CODEBOOK: Codebook = { tags: [{ name: 'security', codable: false }, { name: 'security/maritime', codable: true }] };

function annotation(id: string, tags?: string[]): Annotation {
  return { id, quote: '港湾', prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 3 }, tags, author: 'A <a@example.org>', created: '2026-11-20T09:30:00Z' };
}

/** The text between the offsets the finding gives: what the editor would underline. */
const marked = (text: string, found: { startOffset: number; endOffset: number }) => text.slice(found.startOffset, found.endOffset);

describe('tags not in the codebook', () => {
  it('finds each occurrence in a canonical annotation file, with its line, column and offsets', () => {
    const text = stringifyAnnotationFile({ document: 'a.txt', annotations: [
      annotation('01KAMB3Q8V0000010000000000', ['security/maritime', 'economy']),
      annotation('01KAMB3Q8V0000020000000000'),
      annotation('01KAMB3Q8V0000030000000000', ['economy', '要確認']),
    ] });
    const found = findUncodedTags(text, CODEBOOK);
    assert.deepEqual(found.map(f => f.tag), ['economy', 'economy', '要確認']);
    assert.deepEqual(found.map(f => marked(text, f)), ['economy', 'economy', '要確認']);
    const lines = text.split('\n');
    for (const f of found) {
      assert.equal(f.start.line, f.end.line);
      assert.equal([...lines[f.start.line - 1]].slice(f.start.column - 1, f.end.column - 1).join(''), marked(text, f));
    }
  });

  it('counts columns in code points and marks a quoted tag with its quotes', () => {
    const text = [
      'schema: policy-annotator/1',
      'document: a.txt',
      'annotations:',
      '  - id: 01KAMB3Q8V0000010000000000',
      '    quote: 𠮷野家',
      '    tags: ["𠮷/食", security/maritime]',
      '',
    ].join('\n');
    const [found] = findUncodedTags(text, CODEBOOK);
    assert.equal(found.tag, '𠮷/食');
    assert.equal(marked(text, found), '"𠮷/食"');
    assert.deepEqual(found.start, { line: 6, column: 12 });
    assert.deepEqual(found.end, { line: 6, column: 17 }, 'the surrogate pair counts as one column');
  });

  it('finds tags written as a block list, normalised as annotations store them', () => {
    const text = 'annotations:\n  - id: x\n    tags:\n      - security//maritime\n      - new/tag/\n';
    const found = findUncodedTags(text, CODEBOOK);
    assert.deepEqual(found.map(f => [f.tag, f.start.line, f.start.column]), [['new/tag', 5, 9]]);
  });

  it('still shows what it can find in a file that cannot be read, and nothing where there are no tags', () => {
    const invalid = 'annotations:\n  - id: x\n    tags: [economy]\n    unknown: 1\n';
    assert.deepEqual(findUncodedTags(invalid, CODEBOOK).map(f => f.tag), ['economy']);
    assert.deepEqual(findUncodedTags('', CODEBOOK), []);
    assert.deepEqual(findUncodedTags('annotations: [', CODEBOOK), []);
    assert.deepEqual(findUncodedTags('tags: [economy]\n', CODEBOOK), [], 'only annotations\' tags count');
  });

  it('flags nothing when every tag is in the codebook, grouping tags included', () => {
    const text = stringifyAnnotationFile({ document: 'a.txt', annotations: [annotation('01KAMB3Q8V0000010000000000', ['security', 'security/maritime'])] });
    assert.deepEqual(findUncodedTags(text, CODEBOOK), []);
  });
});

describe('adding tags to the codebook', () => {
  let serial = 0;
  const guid = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;

  it('adds each missing tag once, normalised, with a new GUID, keeping what is there', () => {
    const added = withTagsAdded(CODEBOOK, ['economy', 'security/maritime', 'economy', 'a//b/'], guid);
    assert.ok(added);
    assert.deepEqual(added.tags.slice(0, 2), CODEBOOK.tags);
    assert.deepEqual(added.tags.slice(2).map(t => [t.name, t.codable]), [['economy', true], ['a/b', true]]);
    assert.notEqual(added.tags[2].guid, added.tags[3].guid);
  });

  it('starts a codebook when there is none, and gives nothing when nothing is new', () => {
    assert.deepEqual(withTagsAdded(undefined, ['x'], () => 'g')?.tags, [{ name: 'x', guid: 'g', codable: true }]);
    assert.equal(withTagsAdded(CODEBOOK, ['security', ' / '], guid), undefined);
  });
});
