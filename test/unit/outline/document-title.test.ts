import * as assert from 'node:assert/strict';
import { documentTitle } from '../../../src/core/outline/document-title';

describe('documentTitle', () => {
  it('reads the cover line of an extracted text, past blank lines and a BOM', () => {
    assert.equal(documentTitle('\uFEFF\n\n  港湾と物流の年次報告 2030  \n研究所\n\n第1章 序論\n'), '港湾と物流の年次報告 2030');
  });

  it('reads a Markdown heading without its marks', () => {
    assert.equal(documentTitle('# Coastal Resilience Review\n\nBy a fictional institute\n'), 'Coastal Resilience Review');
  });

  it('gives no title when the text opens with running prose or front matter', () => {
    assert.equal(documentTitle('本報告は'.repeat(30) + '\n次の行\n'), undefined);
    assert.equal(documentTitle('---\ntitle: x\n---\n# Heading\n'), undefined);
    assert.equal(documentTitle('\n  \n'), undefined);
  });
});
