import * as assert from 'node:assert/strict';
import { LineIndex, codePointCount } from '../../src/core/text/line-index';

describe('LineIndex', () => {
  it('maps offsets to 1-based line:column and back', () => {
    const text = '第1章 総論\n◆ 提言\n- 同盟を強化すべきである。';
    const index = new LineIndex(text);
    const offset = text.indexOf('同盟');
    assert.deepEqual(index.positionAt(offset), { line: 3, column: 3 });
    assert.equal(index.offsetAt({ line: 3, column: 3 }), offset);
    assert.equal(index.lineCount, 3);
  });

  it('counts a character outside the BMP as one column', () => {
    const text = 'a𠮷b\n';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('b')), { line: 1, column: 3 });
    assert.equal(index.offsetAt({ line: 1, column: 3 }), 3);
    assert.equal(codePointCount(text, 0, 4), 3);
  });

  it('keeps the CR of a CRLF out of the line text', () => {
    const text = 'one\r\ntwo\r\n';
    const index = new LineIndex(text);
    assert.equal(index.lineEnd(0), 3);
    assert.deepEqual(index.positionAt(text.indexOf('two')), { line: 2, column: 1 });
    assert.equal(index.offsetAt({ line: 1, column: 99 }), 3, 'columns past the end clamp to the line end');
  });

  it('clamps lines past the end of the text', () => {
    const index = new LineIndex('x\ny');
    assert.equal(index.offsetAt({ line: 10, column: 1 }), 2);
    assert.deepEqual(index.positionAt(99), { line: 2, column: 2 });
  });
});
