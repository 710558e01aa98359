import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CSV_COLUMNS, quoteCsvField, toCsv } from '../../../src/core/export/csv';
import { annotationOf, preparedDocument } from './helpers';

/** A small RFC 4180 reader, written independently of the writer, to read the output back. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') { field += '"'; i += 2; }
        else if (csv[i] === '"') { i++; break; }
        else if (i >= csv.length) throw new Error('unterminated quoted field');
        else field += csv[i++];
      }
    } else if (csv[i] === ',') { record.push(field); field = ''; i++; }
    else if (csv.startsWith('\r\n', i)) { record.push(field); records.push(record); record = []; field = ''; i += 2; }
    else if (csv[i] === '\n' || csv[i] === '\r') throw new Error(`bare line break at ${i}: records must end with CRLF`);
    else field += csv[i++];
  }
  if (field || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

const TEXT = '第1章 海の秩序\n- 沿岸国と協力し、情報共有の枠組みを作るべきである。\n';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and a header, and ends every record with CRLF', () => {
    const csv = toCsv([]);
    assert.ok(csv.startsWith('\uFEFF'), 'BOM first, so spreadsheets read UTF-8');
    assert.deepEqual(parseCsv(csv.slice(1)), [[...CSV_COLUMNS]]);
  });

  it('quotes commas, doubled quotes and line breaks in Japanese notes, and reads back unchanged', () => {
    const note = '「協力」の範囲が曖昧、要確認。\n彼は "five years" と書いた,\r\n二行目の後にCRLF。';
    const a = annotationOf(TEXT, '情報共有の枠組み', { id: '01KAMB3Q8V0000000000000001', note, tags: ['security/maritime', 'data-sharing'] });
    const document = preparedDocument('dir/年報, 2026.txt', TEXT, [a], () => '第1章 海の秩序');
    const records = parseCsv(toCsv(document.rows).slice(1));
    assert.equal(records.length, 2);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, records[1][i]]));
    assert.deepEqual(row, {
      document: 'dir/年報, 2026.txt',
      chapter: '第1章 海の秩序',
      section: '',
      quote: '情報共有の枠組み',
      tags: 'security/maritime; data-sharing',
      note,
      author: 'Hanako Yamada <hanako@example.org>',
      created: '2026-11-20T09:30:00Z',
      updated: '',
      line: '2',
      id: '01KAMB3Q8V0000000000000001',
    });
  });

  it('reads back any record of any fields unchanged', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '提', '𠮷', ',', '"', '\r', '\n', ' '), maxLength: 12 });
    fc.assert(fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), fields => {
      assert.deepEqual(parseCsv(fields.map(quoteCsvField).join(',') + '\r\n'), [fields]);
    }));
  });

  it('quotes a field only when RFC 4180 requires it', () => {
    assert.equal(quoteCsvField('提言'), '提言');
    assert.equal(quoteCsvField('a,b'), '"a,b"');
    assert.equal(quoteCsvField('say "yes"'), '"say ""yes"""');
    assert.equal(quoteCsvField('one\ntwo'), '"one\ntwo"');
    assert.equal(quoteCsvField('one\rtwo'), '"one\rtwo"');
  });
});
