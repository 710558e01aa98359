import { firstVisible } from './line-start';

// One scan per line: the markers of a proposal, Japanese and English, in a single expression.
// No case-insensitive flag and no lookbehind: both slow the scan down by half.
const MARKERS = /べき(?:である|だ|。)|必要がある|求められる|てはどうか|望まれる|\b(?:[Ss]hould|[Mm]ust|[Rr]ecommend(?:s|ed)?|[Oo]ught to)\b/g;
const MARKERS_ANYWHERE = new RegExp(MARKERS.source, 'g');
const SENTENCE_ENDS = '。．.!?！？';

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

/**
 * Finds the next proposal marker in a whole text, so that lines without one are passed over
 * without running the expression on each of them: one scan of the text instead of one per line.
 */
export class ProseMarkerCursor {
  /** The first marker at or after the last scan's start. */
  private next = -1;

  constructor(private readonly text: string) {}

  /** True when a marker starts in [start, end); calls must come with ascending starts. */
  hasMarker(start: number, end: number): boolean {
    if (this.next < start) {
      MARKERS_ANYWHERE.lastIndex = start;
      const m = MARKERS_ANYWHERE.exec(this.text);
      this.next = m ? m.index : Infinity;
    }
    return this.next >= start && this.next < end;
  }
}

function sentenceStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && !SENTENCE_ENDS.includes(text[i - 1])) i--;
  while (i < from && /\s/.test(text[i])) i++;
  return i;
}

function sentenceEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !SENTENCE_ENDS.includes(text[i])) i++;
  return Math.min(text.length, i + 1);
}

/** `第一に、…` paragraphs of an article, each a recommendation. */
export function matchOrdinalParagraph(text: string): boolean {
  if (!'第まFST'.includes(firstVisible(text))) return false;
  return /^\s*(第[一二三四五六七八九十]+に|まず第一に|First(ly)?,|Second(ly)?,|Third(ly)?,)/.test(text);
}
