import * as assert from 'node:assert/strict';
import { documentByline } from '../../../src/core/outline/document-byline';

/** Openings written for these tests, each imitating a class of documents (never a real document's text). */
describe('the author and date under a document\'s title', () => {
  it('a Japanese column: 執筆者 with an affiliation, a date line, an era year', () => {
    assert.deepEqual(documentByline('# 架空の供給網\n\n2026年3月1日\n執筆者：山田太郎（架空研究所 主任研究員）\n\n## はじめに\n本文。'), { date: '2026-03-01', author: '山田太郎' });
    assert.deepEqual(documentByline('架空の報告\n\n令和6年3月1日\n文・佐藤花子／架空大学\n'), { date: '2024-03-01', author: '佐藤花子' });
  });

  it('an English brief: By … | date, or Author: and a date of its own', () => {
    assert.deepEqual(documentByline('The Future of Water Pricing\n\nBy Jane Doe | March 1, 2026\n\n1. Introduction\n'), { author: 'Jane Doe', date: '2026-03-01' });
    assert.deepEqual(documentByline('A Brief\n**Author:** John Roe, Fellow\n_Published 4 May 2031_\n\nText.'), { author: 'John Roe', date: '2031-05-04' });
  });

  it('a byline in capitals or as a front-matter field, and no author from a sentence wrapped onto a line starting with "by"', () => {
    assert.deepEqual(documentByline('RURAL BUSES\n\nBY JANE DOE\n\nText.'), { author: 'JANE DOE' });
    assert.deepEqual(documentByline('---\nauthor: Jane Doe\n---\n# Rural Buses\n'), { author: 'Jane Doe' });
    assert.deepEqual(documentByline('Rural Buses\nAuthor: 山田太郎\n'), { author: '山田太郎' });
    assert.equal(documentByline('Resolution 14/7\n\n    1.  Calls upon member councils to adopt plans\nby 2032;\n'), undefined);
    assert.equal(documentByline('Notes\n\nThe plan was agreed\nby the board in May.\n'), undefined);
  });

  it('a plain-text memo whose heading block ends with its date on a line of its own, not a deadline beside other words', () => {
    const heading = ['Harbour Board', 'Note to members', 'Comments due 30 June 2032 to the secretary'];
    assert.equal(documentByline(heading.join('\n')), undefined, 'a line that holds more than a date says nothing of the document');
    assert.deepEqual(documentByline([...heading, '', '                        1 May 2031'].join('\n')), { date: '2031-05-01' });
  });

  it('a report dated by its month only, in Japanese or English', () => {
    assert.deepEqual(documentByline('市民意識調査 結果報告書\n\n令和13年3月\n架空市 企画課\n\n１ 概要\n'), { date: '2031-03' });
    assert.deepEqual(documentByline('CITY WATER FUTURES\n\nMarch 2031\n\nText.'), { date: '2031-03' });
    assert.equal(documentByline('架空の報告\n\n2031年3月に議論を始めた。\n'), undefined, 'a month in a sentence is not the document\'s');
    assert.deepEqual(documentByline('# Grants: A Review\n\n**Report:** XR-31-7 | **Published:** 2031-02-01 | **Source:** [the office](https://example.org/reports/grants/2031/a-review-of-the-grants-programme)\n\nFebruary 2031\n'), { date: '2031-02-01' }, 'a field of a header line, however long');
  });

  it('a column signed at its end, in brackets; not a closing formula', () => {
    const column = ['# 架空の港の行方', '', '2031年5月10日', '', '## 現状', '', '本文。', '', '（筆者：架空新聞 論説委員 田中一郎）'].join('\n');
    assert.deepEqual(documentByline(column), { date: '2031-05-10', author: '架空新聞 論説委員 田中一郎' });
    assert.equal(documentByline('Resolution 14/7\n\n1. Urges the councils to act;\n\nBy order of the Assembly\n'), undefined);
  });

  it('a Japanese news report: the time of posting and its update beside the date, the reporter after the desk', () => {
    const report = ['ホーム ＞ 経済', '架空日報', '', '港湾税の導入を提言', '', '2031年11月3日 12:05（2031年11月3日 18:40更新）', '', '（経済部　川村一郎記者）', '', '　本文。'];
    assert.deepEqual(documentByline(report.join('\n')), { date: '2031-11-03', author: '川村一郎' });
    assert.deepEqual(documentByline(['港湾税の行方', '2031年11月3日 午前6時00分', '【ワシントン＝川村 一郎】', '　本文。'].join('\n')), { date: '2031-11-03', author: '川村 一郎' });
    assert.equal(documentByline(['港湾税の行方', '', '　記者会見で、川村一郎は2031年11月3日の記者発表を振り返った。'].join('\n')), undefined, 'a sentence that names a reporter is no byline');
  });

  it('a sentence that opens with `By` and a year is no byline', () => {
    assert.equal(documentByline('PORT STRATEGY\n\nWhere we want to be\n\nBy 2035 every port should be resilient.\n'), undefined);
  });

  it('takes no date from running text, nor anything beyond the opening lines', () => {
    assert.equal(documentByline('架空の報告\n\n本研究会は2026年3月1日に発足し、議論を重ねた。\n'), undefined);
    const late = ['題名', ...Array.from({ length: 15 }, (_, i) => `段落${i}。`), '2026年3月1日'].join('\n');
    assert.equal(documentByline(late), undefined);
  });
});
