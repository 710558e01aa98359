import * as assert from 'node:assert/strict';
import { SearchIndex, recommendationItems } from '../../../src/core/search';
import { CORPUS_FILES, readCorpus } from '../../support/corpus';

/**
 * Queries a researcher would type, each with the recommendation it must find in the top 3,
 * named by corpus document and line (no corpus text is kept here).
 */
const QUERIES: [query: string, expected: string, what: string][] = [
  ['台湾海峡', 'outlook:232', 'Japanese'],
  ['ｻﾌﾟﾗｲﾁｪｰﾝ 脆弱性', 'outlook:445', 'half-width katakana, two words'],
  ['セキュリティクリアランス', 'outlook:444', 'katakana'],
  ['せきゅりてぃくりあらんす', 'outlook:444', 'hiragana for katakana'],
  ['セキュリテイクリアランス', 'outlook:444', 'a one-character typo'],
  ['aukus', 'outlook:339', 'English, lower case'],
  ['ＮＡＴＯ', 'outlook:340', 'full-width letters'],
  ['nato 首脳会議', 'outlook:340', 'mixed scripts'],
  ['アラスカ パイプライン', 'outlook:160', 'two words'],
  ['潜水艦 造船', 'outlook:161', 'two words'],
  ['弾薬', 'outlook:162', 'two characters'],
  ['防空ミサイル', 'outlook:163', 'Japanese'],
  ['在日米軍 戦略軍', 'outlook:164', 'two words'],
  ['南西諸島 統合部隊', 'outlook:165', 'two words'],
  ['Quad', 'outlook:196', 'English'],
  ['ｑｕａｄ', 'outlook:196', 'full-width lower case'],
  ['CPTPP', 'outlook:233', 'acronym'],
  ['ＣＰＴＰＰ', 'outlook:233', 'full-width acronym'],
  ['在中邦人', 'outlook:268', 'Japanese'],
  ['日本人学校', 'outlook:269', 'Japanese'],
  ['日本人学効', 'outlook:269', 'a one-character typo'],
  ['一衣帯水', 'outlook:270', 'idiom'],
  ['一依帯水', 'outlook:270', 'a one-character typo'],
  ['日米韓協力', 'outlook:303', 'Japanese'],
  ['戒厳令', 'outlook:306', 'three characters'],
  ['ロシア 対話チャンネル', 'outlook:381', 'two words'],
  ['原油輸入', 'outlook:418', 'Japanese'],
  ['サウジアラビア UAE', 'outlook:418', 'Japanese and English'],
  ['光半導体 量子', 'outlook:443', 'two words'],
  ['都市鉱山', 'outlook:445', 'Japanese'],
  ['サプライチェーン ボトルネック', 'outlook:445', 'two words'],
  ['日米経済枠組み', 'outlook:482', 'Japanese'],
  ['産業補助金 過剰生産', 'outlook:483', 'two words'],
  ['グローバルサウス 知財', 'outlook:484', 'two words'],
  ['ドローン ドクトリン', 'outlook:519', 'two words'],
  ['ﾄﾞﾛｰﾝ ﾄﾞｸﾄﾘﾝ', 'outlook:519', 'half-width katakana with voiced marks'],
  ['無人機 共同開発', 'outlook:520', 'two words'],
  ['プレバンキング', 'outlook:555', 'katakana'],
  ['ぷればんきんぐ', 'outlook:555', 'hiragana for katakana'],
  ['モグラ叩き', 'outlook:554', 'mixed scripts'],
  ['whole-of-society', 'outlook:557', 'English with hyphens'],
  ['Whole of society', 'outlook:557', 'English, three words'],
  ['インテリジェンス 戦略的コミュニケーション', 'outlook:556', 'long words'],
  ['NPT 核不拡散', 'outlook:609', 'acronym and Japanese'],
  ['安保理 常任理事国', 'survey:288', 'a survey answer'],
  ['WTO 紛争解決', 'survey:309', 'a survey answer'],
  ['WHO 改革', 'survey:311', 'a survey answer'],
  ['日米同盟 自立', 'survey:340', 'a survey answer'],
  ['like minded country', 'survey:330', 'English words inside Japanese'],
  ['第一に 欧州', 'article:25', 'an article\'s 第一に paragraph'],
];

describe('search over the reference corpus', () => {
  const index = new SearchIndex();
  for (const name of Object.keys(CORPUS_FILES) as (keyof typeof CORPUS_FILES)[]) {
    index.setDocument(name, recommendationItems(name, readCorpus(name)));
  }

  it(`has at least 30 queries`, () => assert.ok(QUERIES.length >= 30));

  for (const [query, expected, what] of QUERIES) {
    it(`"${query}" (${what}) finds ${expected} in the top 3`, () => {
      const top = index.search(query, { limit: 3 }).map(r => `${r.item.document}:${r.item.line}`);
      assert.ok(top.includes(expected), `top 3: ${top.join(', ') || 'nothing'}`);
    });
  }
});
