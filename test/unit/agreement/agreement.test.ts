import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/annotations/model';
import { computeAgreement } from '../../../src/core/agreement/agreement';
import { cohenKappa } from '../../../src/core/agreement/cohen-kappa';
import { prepareDocuments } from '../../../src/core/export/rows';
import { annotationOf } from '../export/helpers';

const HANAKO = 'Hanako Yamada <hanako@example.org>';
const TARO = 'Taro Sato <taro@example.org>';
const JIRO = 'Jiro Kato <jiro@example.org>';

// Four sentences of a brief, written for these tests.
const BRIEF = '港湾の点検を毎年行う。結果を公表する。\n予算を確保すべきである。人材を育成する。\n';
const SENTENCES = ['港湾の点検を毎年行う。', '結果を公表する。', '予算を確保すべきである。', '人材を育成する。'];

let serial = 0;
function mark(text: string, quote: string, author: string, tags: string[]): Annotation {
  return annotationOf(text, quote, { id: `01KAMB3Q8V${String(++serial).padStart(16, '0')}`, author, tags });
}

function agreement(docs: Record<string, { text: string; annotations: Annotation[] }>, options: Parameters<typeof computeAgreement>[1] = { unit: 'sentence' }) {
  const sources = Object.entries(docs).map(([path, d]) => ({ path, text: d.text, file: { document: path, annotations: d.annotations } }));
  return computeAgreement(prepareDocuments(sources), options);
}

describe('computeAgreement', () => {
  it('gives alpha, kappa and percentage 1 when two coders mark the same passages with the same tags', () => {
    const annotations = [
      mark(BRIEF, SENTENCES[0], HANAKO, ['port']), mark(BRIEF, SENTENCES[0], TARO, ['port']),
      mark(BRIEF, '予算を確保', HANAKO, ['budget']), mark(BRIEF, '予算を確保', TARO, ['budget']),
    ];
    const result = agreement({ 'brief.txt': { text: BRIEF, annotations } });
    assert.deepEqual(result.coders.map(c => c.label), [HANAKO, TARO]);
    assert.equal(result.overall.alpha.alpha, 1);
    assert.equal(result.overall.pairs[0].kappa, 1);
    assert.equal(result.overall.pairs[0].percent, 1);
    assert.equal(result.overall.pairs[0].units, SENTENCES.length);
    assert.deepEqual(result.tags.map(t => [t.tag, t.alpha.alpha, t.pairs[0].kappa]), [['budget', 1, 1], ['port', 1, 1]]);
    assert.deepEqual(result.disagreements, []);
  });

  it('gives negative figures when the coders systematically tag the sentences the other left out', () => {
    const annotations = [
      mark(BRIEF, SENTENCES[0], HANAKO, ['port']), mark(BRIEF, SENTENCES[2], HANAKO, ['port']),
      mark(BRIEF, SENTENCES[1], TARO, ['port']), mark(BRIEF, SENTENCES[3], TARO, ['port']),
    ];
    const result = agreement({ 'brief.txt': { text: BRIEF, annotations } });
    const port = result.tags.find(t => t.tag === 'port')!;
    assert.equal(port.pairs[0].kappa, -1);
    assert.equal(port.pairs[0].percent, 0);
    assert.ok(port.alpha.alpha < 0, `alpha ${port.alpha.alpha} should be below 0`);
    assert.deepEqual(result.disagreements.map(d => BRIEF.slice(d.start, d.end)), [SENTENCES[0] + SENTENCES[1], SENTENCES[2] + SENTENCES[3]], 'sentences marked by one coder only, joined where they touch');
  });

  it('counts code points, not UTF-16 units, on the continuum and per code-point unit', () => {
    // Krippendorff (1995, p. 57), example A, on 24 characters outside the BMP: Bertha marks
    // [2,10) and [14,20), Bill [4,8) and [15,17); nltk gives kappa 0.385 over the 24 positions.
    const text = '𠮷'.repeat(24);
    const span = (author: string, from: number, to: number): Annotation => ({
      ...mark(text, '𠮷', author, ['A']),
      quote: '𠮷'.repeat(to - from),
      prefix: '𠮷'.repeat(Math.min(from, 32)),
      suffix: '𠮷'.repeat(Math.min(24 - to, 32)),
      start: { line: 1, column: from + 1 },
      end: { line: 1, column: to + 1 },
    });
    const annotations = [span(HANAKO, 2, 10), span(HANAKO, 14, 20), span(TARO, 4, 8), span(TARO, 15, 17)];
    const result = agreement({ 'a.txt': { text, annotations } }, { unit: 'span' });
    assert.equal(result.codePoints, 24);
    const pair = result.tags[0].pairs[0];
    assert.equal(pair.units, 24);
    assert.ok(Math.abs(pair.kappa! - 0.3846153846153845) < 1e-12, `kappa ${pair.kappa}`);
    assert.ok(Math.abs(pair.percent - 16 / 24) < 1e-12);
    assert.ok(Math.abs(result.tags[0].alpha.observed - 0.03125) < 1e-5, 'the observed disagreement Krippendorff gives for A');
  });

  it('leaves out, by default, documents a chosen coder did not annotate, and treats them as missing when chosen', () => {
    const other = 'もう一つの文書。二つ目の文。\n';
    const docs = {
      'brief.txt': { text: BRIEF, annotations: [mark(BRIEF, SENTENCES[0], HANAKO, ['port']), mark(BRIEF, SENTENCES[0], TARO, ['port']), mark(BRIEF, SENTENCES[0], JIRO, ['port'])] },
      'other.txt': { text: other, annotations: [mark(other, 'もう一つの文書。', HANAKO, ['port']), mark(other, '二つ目の文。', TARO, ['port'])] },
    };
    assert.deepEqual(agreement(docs).documents, ['brief.txt']);

    const chosen = agreement(docs, { unit: 'sentence', documents: ['brief.txt', 'other.txt'] });
    assert.deepEqual(chosen.documents, ['brief.txt', 'other.txt']);
    const pair = (a: number, b: number) => chosen.overall.pairs.find(p => p.coders[0] === a && p.coders[1] === b)!;
    // Coders sort as Hanako, Jiro, Taro: Jiro has nothing in other.txt, so pairs with him count brief.txt only.
    assert.equal(pair(0, 2).units, SENTENCES.length + 2);
    assert.equal(pair(0, 1).units, SENTENCES.length);
    assert.equal(pair(1, 2).units, SENTENCES.length);
    assert.equal(chosen.codePoints, BRIEF.length, 'the alpha counts only documents every coder annotated');
  });

  it('compares only the coders chosen, by name or email, and says who there is otherwise', () => {
    const annotations = [mark(BRIEF, SENTENCES[0], HANAKO, ['port']), mark(BRIEF, SENTENCES[1], TARO, ['port']), mark(BRIEF, SENTENCES[0], JIRO, ['port'])];
    const result = agreement({ 'brief.txt': { text: BRIEF, annotations } }, { unit: 'sentence', coders: ['hanako@example.org', 'Jiro Kato'] });
    assert.deepEqual(result.coders.map(c => c.label), [HANAKO, JIRO]);
    assert.equal(result.overall.pairs[0].kappa, 1);
    assert.throws(() => agreement({ 'brief.txt': { text: BRIEF, annotations } }, { unit: 'sentence', coders: ['hanako', 'nobody'] }), /no coder is called 'hanako'.*Hanako Yamada/);
  });

  it('reports a boundary placed differently as one passage, with both coders\' annotations', () => {
    const hanako = mark(BRIEF, '港湾の点検を毎年行う。', HANAKO, ['port']);
    const taro = mark(BRIEF, '点検を毎年行う。結果', TARO, ['port']);
    const result = agreement({ 'brief.txt': { text: BRIEF, annotations: [hanako, taro] } }, { unit: 'span' });
    assert.equal(result.disagreements.length, 2, 'the start and the end differ in two separate stretches');
    const [first, second] = result.disagreements;
    assert.deepEqual([BRIEF.slice(first.start, first.end), BRIEF.slice(second.start, second.end)], ['港湾の', '結果']);
    // Each coder's annotation is named at both places: over the passage, or touching it.
    assert.deepEqual(first.coders, [{ coder: 0, ids: [hanako.id] }, { coder: 1, ids: [taro.id] }]);
    assert.deepEqual(second.coders, [{ coder: 0, ids: [hanako.id] }, { coder: 1, ids: [taro.id] }]);
  });

  it('per code point, gives the figures of comparing each code point\'s tag sets one by one', () => {
    // Overlapping passages of one coder and tag, and passages with two tags: the stretches where
    // nothing changes are counted at once, which must come to the same as counting each code point.
    const passages: [string, string, string[]][] = [
      [HANAKO, '港湾の点検', ['port']], [HANAKO, '点検を毎年', ['port']], [HANAKO, '毎年行う。結果', ['budget']],
      [HANAKO, '予算を確保', ['budget', 'port']], [TARO, '港湾の点検を毎年行う。', ['port']], [TARO, '結果を公表', ['budget', 'port']],
      [TARO, '確保すべき', ['budget']], [TARO, 'すべきである', ['budget']],
    ];
    const annotations = passages.map(([author, quote, tags]) => mark(BRIEF, quote, author, tags));
    const result = agreement({ 'brief.txt': { text: BRIEF, annotations } }, { unit: 'span' });

    const tagsAt = (author: string, at: number) => {
      const tags = new Set(passages.filter(([a, quote]) => a === author && at >= BRIEF.indexOf(quote) && at < BRIEF.indexOf(quote) + quote.length).flatMap(p => p[2]));
      return [...tags].sort();
    };
    const positions = [...BRIEF].map((_, at) => at);
    const sets = [HANAKO, TARO].map(author => positions.map(at => tagsAt(author, at)));
    const expected = cohenKappa(sets[0].map(t => t.join(' ')), sets[1].map(t => t.join(' ')));
    assert.equal(result.overall.pairs[0].units, BRIEF.length);
    assert.equal(result.overall.pairs[0].percent, expected.percent);
    assert.equal(result.overall.pairs[0].kappa, expected.kappa);
    for (const tag of ['budget', 'port']) {
      const given = sets.map(perPoint => perPoint.map(t => (t.includes(tag) ? 'yes' : 'no')));
      const figures = result.tags.find(t => t.tag === tag)!.pairs[0];
      const reference = cohenKappa(given[0], given[1]);
      assert.equal(figures.percent, reference.percent, tag);
      assert.ok(Math.abs(figures.kappa! - reference.kappa!) < 1e-12, `${tag}: kappa ${figures.kappa} against ${reference.kappa}`);
    }
  });

  it('refuses to compare fewer than two coders', () => {
    assert.throws(() => agreement({ 'brief.txt': { text: BRIEF, annotations: [mark(BRIEF, SENTENCES[0], HANAKO, ['port'])] } }), /two coders or more/);
  });
});
