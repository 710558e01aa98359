import * as assert from 'node:assert/strict';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';

/** Texts written for these tests, each imitating a class of documents saved as text from a word processor. */

const recommendations = (text: string) => flattenOutline(outlineDocument(text, { fileName: 'plan.txt' })).filter(n => n.kind === 'recommendation');

describe('a table saved as text from Word: cells parted by tabs, a cell\'s lines on lines of their own', () => {
  it('takes each numbered row of a request list as one request, titled by the column named after the label, up to its last cell', () => {
    const text = [
      '１．物流分野', '　物流の効率化に向けた制度の見直しが必要である。',
      '番号\t要望事項\t要望内容\t根拠法令等\t所管省庁',
      '1-1\t【重点】', '車両の通行許可の', '迅速化\t通行許可の審査期間を', '短縮すること。\t道路法第47条の', '2\t国土交通省',
      '1-2\t荷待ち時間の記録の簡素化\t記録様式を統一すること。\t貨物自動車運送事業', '輸送安全規則\t国土交通省', '警察庁',
      '', '２．雇用分野', '　働き方の多様化に応じた見直しが求められる。',
      '（１）労働時間', '番号\t要望事項\t要望内容\t根拠法令等\t所管省庁',
      '2-1\t裁量労働制の対象業務の拡大\t対象業務を明確化すること。\t労働基準法\t厚生労働省', '',
      '別添\u3000前年度要望の措置状況', '番号\t前年度要望事項\t政府の対応', 'R6-1\t電子契約の本人確認\t措置済み', 'R6-2\t通行許可の迅速化\t検討中', '',
    ].join('\n');
    const found = recommendations(text);
    assert.deepEqual(found.map(r => [r.line, r.endLine, r.title, r.label]), [
      [4, 8, '【重点】車両の通行許可の迅速化', '要望事項'],
      [9, 11, '荷待ち時間の記録の簡素化', '要望事項'],
      [17, 17, '裁量労働制の対象業務の拡大', '要望事項'],
    ]);
  });

  it('takes the rows of a plan\'s action table under a header of two lines, past the names of their groups', () => {
    const text = [
      '第５\u3000実施計画', '', '２\u3000取組項目及び年次計画', '\u3000各取組の内容は、次のとおりです。', '',
      '番号\t取組項目\t内容\t担当課\t年次計画', '\t\t\t\tR7\tR8\tR9',
      '基本方針１\u3000行政のデジタル化', '（１）行政手続のデジタル化',
      '1-1\t手続のオンライン化\t対象手続を拡大する。', '電子決済にも対応する。\t情報政策課', '各課\t実施\t→\t→',
      '1-2\t窓口の改善\t書かない窓口を導入する。\t市民課\t準備\t実施\t→',
      '（２）業務の効率化',
      '1-3\t文書の電子化\t電子決裁を進める。\t総務課\t実施\t→\t→', '',
    ].join('\n');
    assert.deepEqual(recommendations(text).map(r => [r.line, r.endLine, r.title, r.label]), [
      [10, 12, '手続のオンライン化', '取組項目'],
      [13, 13, '窓口の改善', '取組項目'],
      [15, 15, '文書の電子化', '取組項目'],
    ]);
  });
});
