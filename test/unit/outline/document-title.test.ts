import * as assert from 'node:assert/strict';
import { documentTitle } from '../../../src/core/outline/document-title';

describe('documentTitle', () => {
  it('reads the cover line of an extracted text, past blank lines and a BOM', () => {
    assert.equal(documentTitle('\uFEFF\n\n  港湾と物流の年次報告 2030  \n研究所\n\n第1章 序論\n'), '港湾と物流の年次報告 2030');
  });

  it('reads a Markdown heading without its marks', () => {
    assert.equal(documentTitle('# Coastal Resilience Review\n\nBy a fictional institute\n'), 'Coastal Resilience Review');
  });

  it('gives no title when the text opens with running prose', () => {
    assert.equal(documentTitle('本報告は'.repeat(30) + '\n次の行\n'), undefined);
    assert.equal(documentTitle('\n  \n'), undefined);
    assert.equal(documentTitle('---\ntitle: x\nText that is no metadata\n---\n# Heading\n'), undefined, 'metadata it cannot read');
  });

  it('reads the title a site\'s page names in its front matter, else the heading under it', () => {
    assert.equal(documentTitle('---\nlayout: page\ntitle: "Open Data Action Plan"\n---\n# Overview\n'), 'Open Data Action Plan');
    assert.equal(documentTitle('---\nsidebar_position: 3\n---\n\n# 暮らしの政策\n'), '暮らしの政策');
    assert.equal(documentTitle('---\nlayout: article\nheader: Findings\n---\n<p>Text.</p>\n'), 'Findings', 'a theme\'s `header:` where no `title:` is');
    assert.equal(documentTitle('---\nheader:\n  image: cover.png\ntitle: Port Plan\n---\n'), 'Port Plan', 'a `header:` mapping names nothing');
    const draft = ['---', 'title: "Workshop Report"', 'author:', ...Array.from({ length: 150 }, (_, i) => `  - name: Author Number ${i} of the workshop`), '--- abstract', '', 'Summary.'].join('\n');
    assert.equal(documentTitle(draft), 'Workshop Report', 'a draft whose front matter runs long');
  });
});
