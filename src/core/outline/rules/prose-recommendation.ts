import { firstVisible } from './line-start';

// One scan per line: the markers of a proposal, Japanese and English, in a single expression.
// No case-insensitive flag and no lookbehind: both slow the scan down by half.
const MARKERS = /べき(?:である|だ|。)|必要がある|求められる|てはどうか|望まれる|\b(?:[Ss]hould|[Mm]ust|[Rr]ecommend(?:s|ed)?|[Oo]ught to)\b/g;
const SENTENCE_END = /[。．.!?！？]/;

/** Sentences that propose something in running prose: …すべきである, …必要がある, should, must. */
export function findProseRecommendations(paragraph: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(paragraph); m; m = MARKERS.exec(paragraph)) {
    const start = sentenceStart(paragraph, m.index);
    const end = sentenceEnd(paragraph, m.index + m[0].length);
    if (found.length && found[found.length - 1].end >= end) continue; // the same sentence again
    found.push({ start, end });
    MARKERS.lastIndex = end;
  }
  return found;
}

function sentenceStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  while (i < from && /\s/.test(text[i])) i++;
  return i;
}

function sentenceEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !SENTENCE_END.test(text[i])) i++;
  return Math.min(text.length, i + 1);
}

/** `第一に、…` paragraphs of an article, each a recommendation. */
export function matchOrdinalParagraph(text: string): boolean {
  if (!'第まFST'.includes(firstVisible(text))) return false;
  return /^\s*(第[一二三四五六七八九十]+に|まず第一に|First(ly)?,|Second(ly)?,|Third(ly)?,)/.test(text);
}
