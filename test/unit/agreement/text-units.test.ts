import * as assert from 'node:assert/strict';
import { recommendationUnits, sentenceUnits } from '../../../src/core/agreement/text-units';
import { outlineDocument } from '../../../src/core/outline/index';

describe('text units', () => {
  it('ends sentences at terminal punctuation with closing brackets, blank lines and list items, not at wrapped lines', () => {
    const text = '政府は「対策を急ぐ。」と述べた。この方針は\n次の年度にも続く。\n\n見出し\n- 港湾を点検する\n- 予算を確保する\n\nGDP grew 1.5 percent. Then it fell!';
    assert.deepEqual(sentenceUnits(text).map(r => text.slice(r.start, r.end)), [
      '政府は「対策を急ぐ。」', 'と述べた。', 'この方針は\n次の年度にも続く。', '見出し', '- 港湾を点検する', '- 予算を確保する', 'GDP grew 1.5 percent.', 'Then it fell!',
    ]);
  });

  it('takes the recommendations of the outline, in document order', () => {
    const text = '第1章 海洋安全保障\n◆ 提言\n- 港湾の点検を毎年行うべきである。\n- 予算を確保すべきである。\n';
    const units = recommendationUnits(outlineDocument(text));
    assert.deepEqual(units.map(r => text.slice(r.start, r.end).trim()), ['港湾の点検を毎年行うべきである。', '予算を確保すべきである。']);
  });
});
