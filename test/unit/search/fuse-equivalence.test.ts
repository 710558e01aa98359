import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { CANDIDATE_CAP, FUSE_OPTIONS, SearchIndex, queryPieces, type SearchItem } from '../../../src/core/search';
import { foldText } from '../../../src/core/text/normalize';

/**
 * The gram filter in front of fuse.js must lose nothing: over corpora small enough that the
 * candidate cap never applies, the index finds exactly the items plain fuse.js finds on the
 * folded texts (every word of the query matching), with the same scores.
 */

// Few distinct characters, so that random texts share many grams and near-matches are common;
// katakana, half-width and full-width forms so that folding is exercised too.
const CHARACTERS = ['あ', 'ア', 'ｱ', 'い', 'イ', 'か', 'カ', 'が', 'ｶﾞ', '国', '際', 'a', 'A', 'Ａ', 'b', ' '];
const text = (max: number) => fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: max }).map(parts => parts.join(''));

function item(id: number, body: string): SearchItem {
  return { id: String(id), kind: 'recommendation', text: body, document: 'doc.txt', line: id + 1, start: 0, end: body.length };
}

/** Plain fuse.js over every folded text: the ids matching every piece, with the mean score. */
function plainMatches(texts: string[], query: string): Map<string, number> {
  const fuse = new Fuse(texts.map(foldText), FUSE_OPTIONS);
  const pieces = queryPieces(query);
  let scores: Map<string, number> | undefined;
  for (const piece of pieces) {
    const found = new Map(fuse.search(piece).map(r => [String(r.refIndex), (r.score ?? 0) / pieces.length]));
    scores = scores ? new Map([...scores].filter(([id]) => found.has(id)).map(([id, s]) => [id, s + found.get(id)!])) : found;
  }
  return scores ?? new Map();
}

function assertSameMatches(texts: string[], query: string): void {
  const index = new SearchIndex();
  index.addAll(texts.map((t, i) => item(i, t)));
  const ours = new Map(index.search(query, { limit: 1_000 }).map(r => [r.item.id, r.score]));
  const plain = plainMatches(texts, query);
  assert.deepEqual([...ours.keys()].sort(), [...plain.keys()].sort(), `query ${JSON.stringify(query)}`);
  for (const [id, score] of plain) assert.ok(Math.abs(ours.get(id)! - score) < 1e-9, `score of ${id} for ${JSON.stringify(query)}`);
}

describe('the search index against plain fuse.js', () => {
  it('finds the same items with the same scores, for random texts and queries', () => {
    fc.assert(
      fc.property(fc.array(text(40), { minLength: 1, maxLength: 60 }), text(12), (texts, query) => {
        fc.pre(queryPieces(query).length > 0);
        assertSameMatches(texts, query);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same items for queries cut from the texts with one character changed', () => {
    fc.assert(
      fc.property(
        fc.array(text(60), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 3, max: 20 }),
        fc.constantFrom(...CHARACTERS.filter(c => c !== ' ')),
        (texts, pick, at, length, replacement) => {
          const source = texts[pick % texts.length];
          const start = at % source.length;
          const cut = source.slice(start, start + length);
          const typo = cut.length > 1 ? cut.slice(0, 1) + replacement + cut.slice(2) : cut;
          fc.pre(queryPieces(typo).length > 0);
          assertSameMatches(texts, typo);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds the same items when the texts change document by document', () => {
    fc.assert(
      fc.property(fc.array(fc.array(text(30), { maxLength: 8 }), { minLength: 2, maxLength: 6 }), fc.array(text(30), { maxLength: 8 }), text(8), (documents, replacement, query) => {
        fc.pre(queryPieces(query).length > 0);
        const index = new SearchIndex();
        const itemsOf = (d: number, texts: string[]) => texts.map((t, i) => ({ ...item(i, t), id: `d${d}:${i}`, document: `d${d}` }));
        // The first documents arrive in bulk, the others one by one; then the first is replaced.
        index.addAll(itemsOf(0, documents[0]));
        documents.slice(1).forEach((texts, d) => index.setDocument(`d${d + 1}`, itemsOf(d + 1, texts)));
        index.setDocument('d0', itemsOf(0, replacement));
        const current = [replacement, ...documents.slice(1)].flatMap((texts, d) => texts.map((t, i) => ({ id: `d${d}:${i}`, text: t })));
        const plain = plainMatches(current.map(c => c.text), query);
        const expected = [...plain.keys()].map(k => current[Number(k)].id).sort();
        assert.deepEqual(index.search(query, { limit: 1_000 }).map(r => r.item.id).sort(), expected, 'before the postings are compacted');
        index.addAll([]);
        assert.deepEqual(index.search(query, { limit: 1_000 }).map(r => r.item.id).sort(), expected, 'after');
      }),
      { numRuns: 200 },
    );
  });

  it('beyond the candidate cap, keeps the exact matches the tie-breakers favour', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text(30), fc.boolean()), { minLength: CANDIDATE_CAP * 4, maxLength: CANDIDATE_CAP * 5 }), fc.constantFrom('あ', 'か', 'a'), (rows, query) => {
        const items = rows.map(([body, prose], i) => ({ ...item(i, body), kind: prose ? ('prose-recommendation' as const) : ('recommendation' as const) }));
        const index = new SearchIndex();
        index.addAll(items);
        const kindOrder = (i: SearchItem) => (i.kind === 'recommendation' ? 0 : 1);
        // A one-character query matches only exactly: plain fuse.js's scores, then the ranking's
        // tie-breakers (kind, first occurrence, length, document order).
        const scores = new Map(new Fuse(items.map(i => foldText(i.text)), FUSE_OPTIONS).search(query).map(r => [items[r.refIndex], r.score!]));
        fc.pre(scores.size > CANDIDATE_CAP);
        const first = (i: SearchItem) => foldText(i.text).indexOf(query);
        const exact = [...scores.keys()].sort((a, b) => scores.get(a)! - scores.get(b)! || kindOrder(a) - kindOrder(b) || first(a) - first(b) || a.text.length - b.text.length || Number(a.id) - Number(b.id));
        assert.deepEqual(index.search(query, { limit: 10 }).map(r => r.item.id), exact.slice(0, 10).map(i => i.id));
      }),
      { numRuns: 15 },
    );
  });
  it('answers as a fresh index after a document was replaced many times (its old items compacted away)', () => {
    const words = ['同盟', '連携', 'サプライチェーン', '半導体', '人材', '予算', '強化', '確保'];
    const version = (v: number) => Array.from({ length: 100 }, (_, i) => {
      const body = `${words[(v + i) % words.length]}の${words[(v * 3 + i) % words.length]}を${i % 7}回`;
      return { ...item(i, body), id: `a:${v}:${i}`, document: 'a.txt' };
    });
    const other = [item(0, '同盟国との連携'), item(1, '半導体の確保')].map(i => ({ ...i, id: `b:${i.id}`, document: 'b.txt' }));
    const edited = new SearchIndex();
    edited.setDocument('b.txt', other);
    for (let v = 0; v < 150; v++) edited.setDocument('a.txt', version(v));
    const fresh = new SearchIndex();
    fresh.setDocument('b.txt', other);
    fresh.setDocument('a.txt', version(149));
    assert.equal(edited.size, fresh.size);
    for (const query of ['同盟 連携', 'さぷらいちぇーん', '半導休', '予算 3回', 'の']) {
      assert.deepEqual(edited.search(query, { limit: 20 }).map(r => r.item.id), fresh.search(query, { limit: 20 }).map(r => r.item.id), query);
    }
  });
});
