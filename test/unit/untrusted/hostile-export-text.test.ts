import assert from 'node:assert/strict';
import fc from 'fast-check';
import { neutraliseFormula, toCsv } from '../../../src/core/export/csv';
import { markdownCode } from '../../../src/core/text/markdown-code';
import { annotationOf, preparedDocument } from '../export/helpers';

const TEXT = '第1章 総論\n- 港湾の点検を毎年行うべきである。\n';

describe('hostile text in exports and Markdown', () => {
  it('CSV: a cell a spreadsheet would run as a formula gets a leading quote, in every column', () => {
    const a = annotationOf(TEXT, '港湾の点検', { id: 'A1', note: '=HYPERLINK("http://example.invalid","x")', tags: ['+1', '-risk'], author: '@evil <e@example.org>' });
    const csv = toCsv(preparedDocument('=cmd.txt', TEXT, [a]).rows);
    const record = csv.split('\r\n')[1];
    assert.match(record, /^'=cmd\.txt,/);
    assert.match(record, /"'=HYPERLINK\(""http:\/\/example\.invalid"",""x""\)"/);
    assert.match(record, /,'\+1; -risk,/);
    assert.match(record, /,'@evil <e@example\.org>,/);
  });

  it('CSV: tab and carriage return starts are neutralised too; other text and the raw option are left alone', () => {
    assert.equal(neutraliseFormula('\tx'), "'\tx");
    assert.equal(neutraliseFormula('\rx'), "'\rx");
    assert.equal(neutraliseFormula('港湾 = 点検'), '港湾 = 点検');
    const a = annotationOf(TEXT, '港湾の点検', { id: 'A1', note: '=1+1' });
    assert.match(toCsv(preparedDocument('a.txt', TEXT, [a]).rows, { rawCells: true }), /,=1\+1,/);
  });

  it('Markdown code spans: no text can close its fence early, whatever backticks it holds', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('`', 'a', ' ', '[', ']', '(', ')') }), text => {
      const span = markdownCode(text);
      const fence = /^`+/.exec(span)![0];
      const inner = span.slice(fence.length, span.length - fence.length);
      // Inside, no run of backticks as long as the fence: the span ends only where it was meant to.
      assert.ok(!(inner.match(/`+/g) ?? []).some(run => run.length === fence.length), span);
      assert.ok(span.endsWith(fence) && !span.endsWith('`' + fence));
    }));
    assert.equal(markdownCode('a` [x](command:y) `b'), '``a` [x](command:y) `b``');
    assert.equal(markdownCode('`x'), '`` `x ``');
  });
});
