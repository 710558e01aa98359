import * as assert from 'node:assert/strict';
import { SearchIndex, recommendationItems } from '../../../src/core/search';
import { CORPUS_FILES, readCorpus } from '../../support/corpus';
import { QUERIES } from '../../support/search-queries';


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
