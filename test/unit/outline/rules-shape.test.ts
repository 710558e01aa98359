import * as assert from 'node:assert/strict';
import { BACK_MATTER_STARTS, isBackMatterHeading, isClosingNavigation } from '../../../src/core/outline/rules/back-matter';
import { BULLET_STARTS } from '../../../src/core/outline/rules/bullet';
import { CHAPTER_STARTS } from '../../../src/core/outline/rules/chapter-heading';
import { OPERATIVE_STARTS } from '../../../src/core/outline/rules/operative-paragraph';
import { isFieldLabel } from '../../../src/core/outline/rules/plain-heading';
import { SECTION_STARTS } from '../../../src/core/outline/rules/section-heading';
import { mayBeStructure } from '../../../src/core/outline/rules/structure-starts';

/** Rules that recognise a class of lines by shape; fixtures are written here, imitating each class. */
describe('outline rules recognised by shape and declared starts', () => {
  it('builds the running-text test from what each rule declares it can start with', () => {
    for (const starts of [BACK_MATTER_STARTS, BULLET_STARTS, CHAPTER_STARTS, OPERATIVE_STARTS, SECTION_STARTS]) {
      for (const c of starts) assert.ok(mayBeStructure(c.charCodeAt(0)), `${c} is declared by a rule`);
    }
    for (const c of 'のは今日「') assert.ok(!mayBeStructure(c.charCodeAt(0)), `${c} starts running text`);
    assert.ok(!mayBeStructure(-1), 'a blank line');
  });

  it('takes a back-matter label from its table in either case, with a colon', () => {
    assert.ok(isBackMatterHeading('参考文献'));
    assert.ok(isBackMatterHeading('related articles:'));
    assert.ok(!isBackMatterHeading('参考文献の一覧を作る方法について'));
    assert.ok(BACK_MATTER_STARTS.includes('r') && BACK_MATTER_STARTS.includes('R'));
  });

  it('finds the labelled fields of a project page by labels of one form beginning alike', () => {
    const form = ['事業名', '地域の見守り', '事業期間 2030年4月~2031年3月', '事業概要', '事業担当 (所属)'];
    assert.ok(isFieldLabel('事業名', form.filter(l => l !== '事業名')));
    assert.ok(isFieldLabel('事業期間 2030年4月~2031年3月', form));
    assert.ok(!isFieldLabel('地域の見守り', form), 'a value, not a label of the form');
    const prose = ['地域では高齢化が進んでいる。', '地域の課題は多い。', '地域ごとに違う。'];
    assert.ok(!isFieldLabel('地域の課題は多い。', prose), 'sentences beginning alike are not fields');
    const wrapped = ['those who cannot travel alone.', 'than a tenth of what the health service spends treating the', 'the effects of a single severe heatwave.', 'they require is for heat'];
    assert.ok(!isFieldLabel(wrapped[1], wrapped.filter(l => l !== wrapped[1])), 'a wrapped line of prose is no field, however its neighbours begin');
  });

  it('finds a web page\'s closing navigation: a short line over short link bullets at the end', () => {
    assert.ok(isClosingNavigation('サイトについて', ['  • お問い合わせ', '  • English', 'メール配信のお申込みはこちら。']));
    assert.ok(!isClosingNavigation('サイトについて', ['  • お問い合わせ', ...Array(8).fill('本文が続く。')]), 'text still argued after it');
    assert.ok(!isClosingNavigation('これは文である。', ['  • お問い合わせ', '  • English']));
    assert.ok(!isClosingNavigation('提言', ['- 長い提言の本文が続いていてリンクの文字列とは言えない長さである', '- 二つ目の長い提言の本文もリンクではない長さで続いている']));
    assert.ok(!isClosingNavigation('■ 経済', ['・賃上げを後押しします。', '・物流を電子化します。']), 'short sentences are a list of the text\'s (a manifesto\'s last topic), no links');
  });
});
