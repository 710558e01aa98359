import * as assert from 'node:assert/strict';
import { parseCodebook, stringifyCodebook } from '../../../src/core/codebook/codec';
import { isCodebookText, mergeCodebookTexts } from '../../../src/core/codebook/merge-text';
import { mergeCodebooks } from '../../../src/core/codebook/merge3';
import type { Codebook, CodebookTag } from '../../../src/core/codebook/model';

const GUID_A = '0b6c3f9e-5d0a-4c4b-9a51-3f2e1d7c8b90';
const GUID_B = '7f0d1c2b-3a49-4e5f-8a6b-7c8d9e0f1a2b';

const tag = (name: string, fields: Partial<CodebookTag> = {}): CodebookTag => ({ name, codable: true, ...fields });
const book = (...tags: CodebookTag[]): Codebook => ({ tags });

const BASE = book(
  tag('economy', { description: 'Trade and growth' }),
  tag('security', { codable: false }),
  tag('security/maritime', { guid: GUID_A, description: 'Sea lanes', color: '#2196f355', examples: ['港湾の点検'] }),
);

/** Both ways round: the result does not depend on who merges whom (conflicts aside). */
function mergedBothWays(base: Codebook | undefined, ours: Codebook, theirs: Codebook): Codebook {
  const one = mergeCodebooks(base, ours, theirs);
  const other = mergeCodebooks(base, theirs, ours);
  assert.deepEqual(one.conflicts, []);
  assert.equal(stringifyCodebook(one.codebook), stringifyCodebook(other.codebook));
  return one.codebook;
}

describe('merging two versions of the codebook', () => {
  it('keeps tags added on either side, and a tag both added alike once', () => {
    const ours = book(...BASE.tags, tag('energy', { description: 'Grids' }), tag('health'));
    const theirs = book(...BASE.tags, tag('health'), tag('security/cyber'));
    assert.deepEqual(mergedBothWays(BASE, ours, theirs).tags.map(t => t.name), ['economy', 'energy', 'health', 'security', 'security/cyber', 'security/maritime']);
  });

  it('merges changes to different tags and to different fields of one tag', () => {
    const ours = book(tag('economy', { description: 'Trade, growth and jobs' }), BASE.tags[1], tag('security/maritime', { ...BASE.tags[2], color: '#ff000080' }));
    const theirs = book(BASE.tags[0], BASE.tags[1], tag('security/maritime', { ...BASE.tags[2], description: 'Sea lanes and ports', examples: ['港湾の点検', '沿岸警備'] }));
    const merged = mergedBothWays(BASE, ours, theirs);
    assert.equal(merged.tags[0].description, 'Trade, growth and jobs');
    assert.deepEqual(merged.tags[2], tag('security/maritime', { guid: GUID_A, description: 'Sea lanes and ports', color: '#ff000080', examples: ['港湾の点検', '沿岸警備'] }));
  });

  it('deletes a tag one side deleted and the other left alone, and keeps one the other edited', () => {
    const ours = book(BASE.tags[1], BASE.tags[2]);
    const theirs = book(BASE.tags[0], BASE.tags[1], tag('security/maritime', { ...BASE.tags[2], description: 'Edited' }));
    assert.deepEqual(mergedBothWays(BASE, ours, theirs).tags.map(t => t.name), ['security', 'security/maritime']);
    const gone = book(BASE.tags[0], BASE.tags[1]);
    assert.deepEqual(mergedBothWays(BASE, gone, theirs).tags.at(-1)?.description, 'Edited', 'an edit beats a deletion');
  });

  it('combines examples as a set: both sides\' additions, without what either removed', () => {
    const ours = book(tag('x', { examples: ['a', 'b', 'e', 'c'] }));
    const theirs = book(tag('x', { examples: ['b', 'd'] }));
    assert.deepEqual(mergedBothWays(book(tag('x', { examples: ['a', 'b'] })), ours, theirs).tags[0].examples, ['b', 'c', 'd', 'e']);
    const reordered = book(tag('x', { examples: ['b', 'a'] }));
    assert.deepEqual(mergedBothWays(book(tag('x', { examples: ['a', 'b'] })), reordered, book(tag('x', { examples: ['a', 'b'] }))).tags[0].examples, ['b', 'a'], 'one side\'s list as it wrote it when the other left it alone');
  });

  it('keeps a GUID once given, and one of two GUIDs given to the same new tag, the same whoever merges', () => {
    const merged = mergedBothWays(undefined, book(tag('x', { guid: GUID_B })), book(tag('x', { guid: GUID_A })));
    assert.equal(merged.tags[0].guid, GUID_A);
    assert.equal(mergedBothWays(book(tag('x', { guid: GUID_B })), book(tag('x', { guid: GUID_B })), book(tag('x', { guid: GUID_A }))).tags[0].guid, GUID_B);
  });

  it('reports the same field changed differently on both sides as a conflict, with both versions merged in every other field', () => {
    const ours = book(tag('economy', { description: 'Ours', color: '#00ff00' }));
    const theirs = book(tag('economy', { description: 'Theirs', codable: false }));
    const { codebook, conflicts } = mergeCodebooks(book(BASE.tags[0]), ours, theirs);
    assert.equal(conflicts.length, 1);
    assert.deepEqual(conflicts[0].fields, ['description']);
    assert.deepEqual(conflicts[0].ours, tag('economy', { description: 'Ours', color: '#00ff00', codable: false }));
    assert.deepEqual(conflicts[0].theirs, tag('economy', { description: 'Theirs', color: '#00ff00', codable: false }));
    assert.deepEqual(codebook.tags, [conflicts[0].ours]);
    assert.deepEqual(mergeCodebooks(undefined, ours, theirs).conflicts.map(c => c.fields), [['description']], 'added on both sides: what only one side wrote is no conflict');
  });
});

describe('merging codebook texts (what git hands the driver)', () => {
  const text = (codebook: Codebook) => stringifyCodebook(codebook);

  it('writes a clean merge in the canonical form', () => {
    const merged = mergeCodebookTexts({ base: text(BASE), ours: text(book(...BASE.tags, tag('energy'))), theirs: text(book(...BASE.tags, tag('health'))) });
    assert.equal(merged.status, 'merged');
    assert.ok(merged.status === 'merged');
    assert.equal(merged.text, text(merged.codebook));
    assert.deepEqual(merged.codebook.tags.map(t => t.name), ['economy', 'energy', 'health', 'security', 'security/maritime']);
  });

  it('writes a conflict as the whole codebook with both versions of the tag between markers, and reads back as a file with conflict markers', () => {
    const merged = mergeCodebookTexts({ base: text(BASE), ours: text(book(tag('economy', { description: 'Ours\nsecond line' }), BASE.tags[1], BASE.tags[2])), theirs: text(book(tag('economy', { description: 'Theirs' }), BASE.tags[1], tag('energy'))) }, { ours: 'HEAD', theirs: 'colleague' });
    assert.equal(merged.status, 'conflict');
    assert.ok(merged.status === 'conflict');
    assert.deepEqual(merged.conflicts.map(c => c.tag), ['economy']);
    assert.match(merged.text, /\ntags:\n<<<<<<< HEAD\n {2}- name: economy\n {4}description: \|-\n {6}Ours\n {6}second line\n=======\n {2}- name: economy\n {4}description: Theirs\n>>>>>>> colleague\n {2}- name: energy\n/);
    assert.doesNotMatch(merged.text, /security\/maritime/, 'their deletion of an unchanged tag is merged too');
    const read = parseCodebook(merged.text);
    assert.ok(!read.ok);
    const lineOf = (marker: string) => merged.text.split('\n').findIndex(line => line.startsWith(marker)) + 1;
    assert.deepEqual(read.problems.map(p => p.line), [lineOf('<<<<<<<'), lineOf('======='), lineOf('>>>>>>>')]);
    assert.match(read.problems[0].message, /keep one version of each tag/);
  });

  it('names the side that is not a valid codebook, and takes a base with conflict markers for none', () => {
    const invalid = mergeCodebookTexts({ base: text(BASE), ours: text(BASE), theirs: 'schema: policy-annotator-codebook/1\ntags: [1]\n' });
    assert.equal(invalid.status, 'invalid');
    assert.ok(invalid.status === 'invalid');
    assert.equal(invalid.side, 'theirs');
    assert.equal(invalid.problems[0].line, 2);
    const virtualBase = `${text(BASE)}<<<<<<< a\n=======\n>>>>>>> b\n`;
    const merged = mergeCodebookTexts({ base: virtualBase, ours: text(book(BASE.tags[0])), theirs: text(book(BASE.tags[1])) });
    assert.ok(merged.status === 'merged');
    assert.deepEqual(merged.codebook.tags.map(t => t.name), ['economy', 'security'], 'nothing either side has is lost');
  });

  it('tells a codebook from an annotation file by its schema line', () => {
    assert.ok(isCodebookText(text(BASE)));
    assert.ok(isCodebookText('schema: "policy-annotator-codebook/1"\r\ntags: []\r\n'));
    assert.ok(!isCodebookText('schema: policy-annotator/1\ndocument: a.txt\nannotations: []\n'));
    assert.ok(!isCodebookText('note: "schema: policy-annotator-codebook/1"\n'));
  });
});
