import assert from 'node:assert/strict';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { mergeAnnotationFiles } from '../../../src/core/annotations/merge3';
import type { Annotation } from '../../../src/core/annotations/model';
import { mergeImported } from '../../../src/core/export/import-merge';
import { decodeUtf8Strictly } from '../../../src/core/text/utf8';
import { decodeDocument } from '../../../src/core/text/document-text';

const ANN = 'Ann Abe <ann@example.org>';
const BO = 'Bo Berg <bo@example.org>';

function annotation(fields: Partial<Annotation> = {}): Annotation {
  return { id: 'A1', quote: '連携の強化', prefix: '', suffix: 'を進める', start: { line: 5, column: 3 }, end: { line: 5, column: 8 }, author: ANN, created: '2026-11-20T09:00:00Z', ...fields };
}

const valid = stringifyAnnotationFile({ document: 'report.txt', annotations: [annotation({ note: 'first' })] });

describe('annotation files from colleagues: text the reader refuses', () => {
  for (const impossible of ['2026-02-30T10:00:00Z', '2026-04-31T10:00:00Z', '2026-11-20T24:00:00Z', '2025-02-29T00:00:00Z']) {
    it(`refuses the impossible date ${impossible} at its line`, () => {
      const parsed = parseAnnotationFile(valid.replace('2026-11-20T09:00:00Z', impossible));
      assert.ok(!parsed.ok, 'read as valid');
      assert.equal(parsed.problems[0].line, valid.split('\n').findIndex(l => l.includes('created:')) + 1);
      assert.match(parsed.problems[0].message, /created must be an ISO 8601 UTC time/);
    });
  }

  it('still reads a leap day and sub-second times', () => {
    assert.ok(parseAnnotationFile(valid.replace('2026-11-20T09:00:00Z', '2028-02-29T23:59:59.500Z')).ok);
  });

  it('refuses a NUL character with its line and column', () => {
    const parsed = parseAnnotationFile(valid.replace('first', 'fi\u0000rst'));
    assert.ok(!parsed.ok, 'read as valid');
    const line = valid.split('\n').indexOf('      first') + 1;
    assert.deepEqual({ line: parsed.problems[0].line, column: parsed.problems[0].column }, { line, column: 9 });
    assert.match(parsed.problems[0].message, /NUL/);
  });

  it('locates bytes that are not UTF-8 instead of reading them as U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('schema: x\nnote: 連携'), Buffer.from([0xe3, 0x81]), Buffer.from('\n')]);
    const decoded = decodeUtf8Strictly(bytes);
    assert.deepEqual(decoded, { ok: false, line: 2, column: 9, message: 'byte 0xe3 is not UTF-8 text (save the file as UTF-8)' });
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0x80]]) {
      assert.equal(decodeUtf8Strictly(Buffer.from(bad)).ok, false, `0x${Buffer.from(bad).toString('hex')} accepted`);
    }
    assert.deepEqual(decodeUtf8Strictly(Buffer.from('\uFEFF連携\n')), { ok: true, text: '連携\n' });
    const firstByte = decodeUtf8Strictly(Buffer.from([0x8d, 0x60, 0x0a, 0x41, 0x0a]));
    assert.deepEqual(firstByte.ok ? undefined : [firstByte.line, firstByte.column], [1, 1], 'a bad first byte is on line 1, not the last line');
  });

  it('reads a document as the editor opens it: UTF-16 by its byte order mark, and says where it is not UTF-8 (Shift_JIS) with the text the editor shows', () => {
    const text = '港湾\n提言\n';
    assert.deepEqual(decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), { text });
    const big = Buffer.from(text, 'utf16le');
    for (let i = 0; i < big.length; i += 2) [big[i], big[i + 1]] = [big[i + 1], big[i]];
    assert.deepEqual(decodeDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), big])), { text });
    assert.deepEqual(decodeDocument(Buffer.from('\uFEFF' + text)), { text });
    // `港湾` in Shift_JIS, on the second line.
    const shiftJis = decodeDocument(Buffer.concat([Buffer.from('title\n'), Buffer.from([0x8d, 0x60, 0x98, 0x70]), Buffer.from('\n')]));
    assert.deepEqual(shiftJis.problem && [shiftJis.problem.line, shiftJis.problem.column], [2, 1]);
    assert.match(shiftJis.problem!.message, /not UTF-8.*Shift_JIS/);
    assert.ok(shiftJis.text.startsWith('title\n\uFFFD'), 'the text as the editor shows it, each bad byte a replacement character');
  });

  it('reports 2,000 levels of nested blocks as a located problem, not a stack overflow', () => {
    const nested = Array.from({ length: 2000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n') + ' x\n';
    const parsed = parseAnnotationFile('schema: policy-annotator/1\n' + nested);
    assert.ok(!parsed.ok);
    assert.match(parsed.problems[0].message, /nested too deeply/);
    assert.ok(parsed.problems[0].line > 2, `located at line ${parsed.problems[0].line}`);
  });

  it('reports 5,000 levels of nested flow lists the same way', () => {
    const parsed = parseAnnotationFile('schema: policy-annotator/1\nannotations: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    assert.ok(!parsed.ok);
    assert.match(parsed.problems[0].message, /nested too deeply/);
  });
});

describe('times compared as instants, not as text', () => {
  const base = annotation({ note: 'base' });
  const ours = annotation({ note: 'ours, half a second later', updated: '2026-11-21T10:00:00.500Z' });
  const theirs = annotation({ note: 'theirs', author: BO, updated: '2026-11-21T10:00:00Z' });

  it('the later sub-second edit keeps the note in a three-way merge, whichever side it is on', () => {
    for (const [o, t] of [[ours, theirs], [theirs, ours]]) {
      const merged = mergeAnnotationFiles({ document: 'r', annotations: [base] }, { document: 'r', annotations: [o] }, { document: 'r', annotations: [t] }).annotations[0];
      assert.equal(merged.note, 'ours, half a second later');
      assert.equal(merged.updated, '2026-11-21T10:00:00.500Z');
      assert.deepEqual(merged.replies?.map(r => r.note), ['theirs']);
    }
  });

  it('an import of a later sub-second edit replaces the older copy', () => {
    assert.equal(mergeImported([theirs], [ours]).updated, 1);
    assert.equal(mergeImported([ours], [theirs]).kept, 1);
  });
});
