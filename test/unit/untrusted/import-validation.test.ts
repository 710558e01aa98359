import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importCommand } from '../../../src/cli/commands/import';
import { parseAnnotationFile } from '../../../src/core/annotations/codec';
import type { W3cAnnotation, W3cSpecificTarget, W3cTextPositionSelector, W3cTextQuoteSelector } from '../../../src/core/export/w3c-model';
import { annotationOf, capture, DOCUMENT, scratchFolder, w3cItems } from './scratch';

const quoteOf = (item: W3cAnnotation) => (item.target as W3cSpecificTarget).selector.find(s => s.type === 'TextQuoteSelector') as W3cTextQuoteSelector;
const positionOf = (item: W3cAnnotation) => (item.target as W3cSpecificTarget).selector.find(s => s.type === 'TextPositionSelector') as W3cTextPositionSelector;

/** Ways an item from another tool (or a hand-edited export) breaks what the reader accepts. */
const BAD_ITEMS: [string, (item: W3cAnnotation) => void, RegExp][] = [
  ['a missing created', item => { delete (item as Partial<W3cAnnotation>).created; }, /created/],
  ['a missing creator', item => { delete (item as Partial<W3cAnnotation>).creator; }, /author/],
  ['a creator that is a number', item => { item.creator = 42 as never; }, /author must not be empty/],
  ['an empty id', item => { item.id = 'urn:policy-annotator:'; }, /id must not be empty/],
  ['an id with a space', item => { item.id = 'urn:policy-annotator:A B'; }, /id must not contain spaces/],
  ['an empty quote', item => { quoteOf(item).exact = ''; }, /quote must not be empty/],
  ['an empty tag', item => { item.body = [{ type: 'TextualBody', value: ' ', purpose: 'tagging' }]; }, /tag/],
  ['a tag with a line break', item => { item.body = [{ type: 'TextualBody', value: 'a\nb', purpose: 'tagging' }]; }, /tag/],
  ['a reversed position selector', item => { const p = positionOf(item); [p.start, p.end] = [p.end, p.start]; }, /comes before start/],
  ['a prefix that is a number', item => { (quoteOf(item) as { prefix: unknown }).prefix = 12; }, /prefix must be text/],
  ['an impossible date', item => { item.created = '2026-02-30T10:00:00Z'; }, /created/],
];

describe('import: only what the reader accepts is written', () => {
  let dir: string;
  beforeEach(() => {
    dir = scratchFolder('import-validation');
    fs.writeFileSync(path.join(dir, 'a.txt'), DOCUMENT);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const target = () => path.join(dir, 'a.txt.annotations.yaml');

  for (const [what, spoil, reason] of BAD_ITEMS) {
    it(`refuses an item with ${what}, with its reason, and writes the good item beside it`, async () => {
      const [good, bad] = w3cItems(annotationOf('同志国との連携', 'GOOD'), annotationOf('供給網の点検', 'BAD'));
      spoil(bad);
      fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify([good, bad]));
      const io = capture(dir);
      assert.equal(await importCommand.run(['export.jsonld'], io), 1, io.stderr);
      assert.match(io.stderr, /items\[1\].*error: /);
      assert.match(io.stderr, reason);
      const parsed = parseAnnotationFile(fs.readFileSync(target(), 'utf8'));
      assert.ok(parsed.ok, `the written file is refused: ${JSON.stringify(!parsed.ok && parsed.problems)}`);
      assert.deepEqual(parsed.file.annotations.map(a => a.id), ['GOOD']);
    });
  }

  it('refuses a reply with no date and keeps its annotation', async () => {
    const items = w3cItems(annotationOf('同志国との連携', 'A1', { replies: [{ author: 'Taro <t@example.org>', created: '2026-11-23T09:00:00Z', note: 'yes' }] }));
    delete (items[1] as Partial<W3cAnnotation>).created;
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify(items));
    const io = capture(dir);
    assert.equal(await importCommand.run(['export.jsonld'], io), 1);
    assert.match(io.stderr, /items\[1\].*created/);
    const parsed = parseAnnotationFile(fs.readFileSync(target(), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.annotations[0].replies, undefined);
  });

  it('writes nothing when the merged file would be over the size limit', async () => {
    const items = w3cItems(annotationOf('同志国との連携', 'HUGE', { note: 'short' }));
    items[0].body = [{ type: 'TextualBody', value: 'x'.repeat(21 * 1024 * 1024), purpose: 'commenting' }];
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify(items));
    const io = capture(dir);
    assert.equal(await importCommand.run(['export.jsonld'], io), 1);
    assert.match(io.stderr, /would be 21 MB, more than the 20 MB/);
    assert.equal(fs.existsSync(target()), false);
  });

  it('reports a duplicate id in one export instead of keeping the first silently', async () => {
    const [first] = w3cItems(annotationOf('同志国との連携', 'SAME', { note: 'first' }));
    const [second] = w3cItems(annotationOf('供給網の点検', 'SAME', { note: 'second' }));
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify([first, second]));
    const io = capture(dir);
    assert.equal(await importCommand.run(['export.jsonld'], io), 1);
    assert.match(io.stderr, /items\[1\] \(urn:policy-annotator:SAME\): error: the id is also that of items\[0\]/);
  });

  it('says that a document path leading outside the folder is refused, not that it is missing', async () => {
    const [item] = w3cItems(annotationOf('同志国との連携', 'OUT'));
    (item.target as W3cSpecificTarget).source = '../a.txt';
    fs.writeFileSync(path.join(dir, 'export.jsonld'), JSON.stringify([item]));
    const io = capture(dir);
    assert.equal(await importCommand.run(['export.jsonld'], io), 1);
    assert.match(io.stderr, /\.\.\/a\.txt leads outside/);
    assert.doesNotMatch(io.stderr, /is not there/);
  });
});
