import * as assert from 'node:assert/strict';
import { toW3c } from '../../../src/core/export/w3c';
import { importW3c } from '../../../src/core/export/w3c-import';
import type { W3cAnnotation, W3cCollection, W3cSpecificTarget, W3cTextPositionSelector } from '../../../src/core/export/w3c-model';
import { annotationOf, preparedDocument } from './helpers';

// 𠮷 and 🌊 are outside the BMP: one code point, two UTF-16 units each.
const TEXT = '𠮷田の覚書🌊\n◆ 提言\n- 港湾の🚢点検を毎年行い、結果を公表すべきである。\n';

function positionOf(item: W3cAnnotation): W3cTextPositionSelector {
  const target = item.target as W3cSpecificTarget;
  return target.selector.find(s => s.type === 'TextPositionSelector') as W3cTextPositionSelector;
}

describe('W3C Web Annotation export', () => {
  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const a = annotationOf(TEXT, '点検を毎年行い', { id: '01KAMB3Q8V0000000000000001' });
    const collection: W3cCollection = JSON.parse(toW3c([preparedDocument('brief.txt', TEXT, [a])]));
    const position = positionOf(collection.first.items[0]);
    const expectedStart = [...TEXT.slice(0, TEXT.indexOf('点検'))].length;
    assert.notEqual(expectedStart, TEXT.indexOf('点検'), 'the text has characters outside the BMP before the quote');
    assert.deepEqual(position, { type: 'TextPositionSelector', start: expectedStart, end: expectedStart + 7 });
    assert.equal([...TEXT].slice(position.start, position.end).join(''), '点検を毎年行い');
  });

  it('writes a collection with quote and position selectors, comment and tag bodies, and replies', () => {
    const a = annotationOf(TEXT, '𠮷田の覚書', {
      id: '01KAMB3Q8V0000000000000002',
      tags: ['security/maritime'],
      note: 'Whose memo?',
      updated: '2026-11-21T00:00:00Z',
      replies: [{ author: 'Taro Sato <taro@example.org>', created: '2026-11-22T01:02:03Z', note: 'The director\'s.' }],
    });
    const collection: W3cCollection = JSON.parse(toW3c([preparedDocument('notes/brief 1.txt', TEXT, [a])]));
    assert.equal((collection['@context'] as unknown[])[0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 2);
    const [item, reply] = collection.first.items;
    assert.deepEqual(item, {
      id: 'urn:policy-annotator:01KAMB3Q8V0000000000000002',
      type: 'Annotation',
      motivation: 'commenting',
      creator: { type: 'Person', name: 'Hanako Yamada', email: 'mailto:hanako@example.org' },
      created: '2026-11-20T09:30:00Z',
      modified: '2026-11-21T00:00:00Z',
      body: [
        { type: 'TextualBody', value: 'Whose memo?', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'security/maritime', purpose: 'tagging' },
      ],
      target: {
        source: 'notes/brief%201.txt',
        selector: [
          { type: 'TextQuoteSelector', exact: '𠮷田の覚書', prefix: '', suffix: a.suffix },
          { type: 'TextPositionSelector', start: 0, end: 5 },
        ],
      },
    });
    assert.equal(reply.motivation, 'replying');
    assert.equal(reply.target, item.id);
  });

  it('imports its own export back into the same annotations, replies, tags, notes and positions', () => {
    const second = 'Summary 📄\r\nChapter 1: Ports\r\n- Inspect every 🚢 each year.\r\n';
    const first = [
      annotationOf(TEXT, '𠮷田の覚書', { id: '01KAMB3Q8V0000000000000003', tags: ['a/b', 'c'], note: '二行の\nメモ',
        replies: [
          { author: 'Taro Sato <taro@example.org>', created: '2026-11-22T01:02:03Z', note: 'ok' },
          { author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-22T02:00:00Z', note: 'kept by a merge', merged: true },
        ] }),
      annotationOf(TEXT, '🚢点検', { id: '01KAMB3Q8V0000000000000004', updated: '2026-11-23T00:00:00Z', author: 'Someone without email' }),
      annotationOf(TEXT, '結果を公表', { id: '01KAMB3Q8V0000000000000005', tags: ['only-a-tag'] }),
    ];
    const other = [annotationOf(second, 'every 🚢 each', { id: '01KAMB3Q8V0000000000000006', note: '' })];
    const documents = [preparedDocument('a/覚書.txt', TEXT, first), preparedDocument('b.md', second, other)];
    const texts: Record<string, string> = { 'a/覚書.txt': TEXT, 'b.md': second };

    const result = importW3c(toW3c(documents), path => texts[path]);
    assert.deepEqual(result.messages, []);
    assert.deepEqual(result.files, [
      { path: 'a/覚書.txt', file: { document: '覚書.txt', annotations: first } },
      { path: 'b.md', file: { document: 'b.md', annotations: other } },
    ]);
  });

  it('reports what it cannot import, with where, and keeps the rest', () => {
    const a = annotationOf(TEXT, '提言', { id: '01KAMB3Q8V0000000000000007' });
    const exported: W3cCollection = JSON.parse(toW3c([preparedDocument('gone.txt', TEXT, [a]), preparedDocument('here.txt', TEXT, [a])]));
    exported.first.items.push({ id: 'https://elsewhere.example/1', type: 'Annotation', motivation: 'commenting', target: 'x' });
    const result = importW3c(JSON.stringify(exported), path => (path === 'here.txt' ? TEXT : undefined));
    assert.equal(result.files.length, 1);
    assert.equal(result.files[0].path, 'here.txt');
    assert.deepEqual(result.messages.map(m => [m.severity, m.where]), [
      ['error', 'items[0] (urn:policy-annotator:01KAMB3Q8V0000000000000007)'],
      ['error', 'items[2] (https://elsewhere.example/1)'],
    ]);
    assert.match(result.messages[0].message, /gone\.txt is not there/);
  });

  it('explains a file that is not JSON', () => {
    const result = importW3c('{ "type": ', () => '');
    assert.equal(result.messages[0].where, 'JSON');
    assert.equal(result.files.length, 0);
  });
});
