import * as assert from 'node:assert/strict';
import { outlineDocument } from '../../../src/core/outline';
import { corpusRealDocuments, readRealDocument, scoreOutline, type DocumentScore } from '../../support/corpus-real';

/**
 * What the outline must at least reach on each real document of ../shared/corpus-real, counted the
 * way its scorer counts: required chapters found, chapters shown that are real.
 */
const HELD: Record<string, { chaptersMatched: number; chaptersShownReal: number; chaptersShownAtMost: number }> = {
  'anno-democracy.md': { chaptersMatched: 15, chaptersShownReal: 15, chaptersShownAtMost: 15 },
  'cisa-powerbi.md': { chaptersMatched: 10, chaptersShownReal: 6, chaptersShownAtMost: 6 },
  'gao-program-inventory.md': { chaptersMatched: 12, chaptersShownReal: 12, chaptersShownAtMost: 12 },
  'higashiosaka-roundtable.md': { chaptersMatched: 4, chaptersShownReal: 4, chaptersShownAtMost: 4 },
  'iab-eimpact.txt': { chaptersMatched: 12, chaptersShownReal: 13, chaptersShownAtMost: 13 },
  'iab-nemops.txt': { chaptersMatched: 12, chaptersShownReal: 15, chaptersShownAtMost: 15 },
  'mirai-sangyo.md': { chaptersMatched: 3, chaptersShownReal: 3, chaptersShownAtMost: 3 },
};

/** Listed recommendations: how many of the truth's are found, how many are shown at most. */
const RECOMMENDATIONS_HELD: Record<string, { matched: number; shownAtMost: number }> = {
  'anno-democracy.md': { matched: 3, shownAtMost: 3 },
  'cisa-powerbi.md': { matched: 8, shownAtMost: 8 },
  'gao-program-inventory.md': { matched: 17, shownAtMost: 17 },
  'higashiosaka-roundtable.md': { matched: 61, shownAtMost: 61 },
  'iab-eimpact.txt': { matched: 5, shownAtMost: 5 },
  'iab-nemops.txt': { matched: 6, shownAtMost: 6 },
  'mirai-sangyo.md': { matched: 6, shownAtMost: 6 },
};

describe('outline of real policy documents (../shared/corpus-real), held to their hand-counted truth', () => {
  const scores: DocumentScore[] = [];

  for (const document of corpusRealDocuments()) {
    it(`${document}: finds its chapters and shows few that are not`, () => {
      const { text, truth } = readRealDocument(document);
      const score = scoreOutline(truth, outlineDocument(text, { fileName: document }).nodes);
      scores.push(score);
      const held = HELD[document];
      assert.ok(held, `${document} has totals held here`);
      assert.ok(score.chapters.matched >= held.chaptersMatched, `chapters found ${score.chapters.matched}/${score.chapters.required}, held ${held.chaptersMatched}`);
      assert.ok(score.chapters.foundMatched >= held.chaptersShownReal, `chapters shown that are real ${score.chapters.foundMatched}, held ${held.chaptersShownReal}`);
      assert.ok(score.chapters.found <= held.chaptersShownAtMost, `chapters shown ${score.chapters.found}, held at most ${held.chaptersShownAtMost}`);
    });
  }

  for (const document of corpusRealDocuments()) {
    it(`${document}: finds its listed recommendations and shows few that are not`, () => {
      const { text, truth } = readRealDocument(document);
      const { recommendations } = scoreOutline(truth, outlineDocument(text, { fileName: document }).nodes);
      const held = RECOMMENDATIONS_HELD[document];
      assert.ok(held, `${document} has recommendation totals held here`);
      assert.ok(recommendations.matched >= held.matched, `recommendations found ${recommendations.matched}/${recommendations.truth}, held ${held.matched}`);
      assert.ok(recommendations.found <= held.shownAtMost, `recommendations shown ${recommendations.found}, held at most ${held.shownAtMost}`);
    });
  }

  it('every document of the folder is held here', () => {
    assert.deepEqual(corpusRealDocuments(), Object.keys(HELD).sort());
  });
});
