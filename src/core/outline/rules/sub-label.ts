import { lastVisibleCode, visibleLength } from './line-start';

/** Longer than this, a line is a sentence rather than the name of a group. */
const MAX_SUB_LABEL = 30;

/**
 * A short line that names a group inside a block of recommendations rather than ending it:
 * `個人の取り組み`, `__地域の__`, `＜その他の意見＞`, `For Congress:` (minutes of citizens'
 * workshops, reports that sort proposals by who is to act). Not a sentence: no closing punctuation.
 */
export function isSubLabel(text: string): boolean {
  if (visibleLength(text) > MAX_SUB_LABEL || text.includes('。')) return false;
  return !SENTENCE_ENDS.has(lastVisibleCode(text));
}

const SENTENCE_ENDS = new Set([0x3002 /* 。 */, 0xff0e /* ． */, 0x2e /* . */, 0x21, 0x3f, 0xff01, 0xff1f]);
