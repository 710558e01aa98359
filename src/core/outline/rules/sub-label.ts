import { lastVisibleCode, visibleLength } from './line-start';
import { SENTENCE_END_CODES, withoutEmphasis } from './join-wrapped';
import { isIssueTitle } from './recommendation-heading';

/** Longer than this, a line is a sentence rather than the name of a group. */
const MAX_SUB_LABEL = 30;

/**
 * A short line that names a group inside a block of recommendations rather than ending it:
 * `個人の取り組み`, `__地域の__`, `＜その他の意見＞`, `For Congress:` (minutes of citizens'
 * workshops, reports that sort proposals by who is to act). Not a sentence: no closing punctuation.
 */
export function isSubLabel(text: string): boolean {
  // Its bold (`**To Donors and Agencies**`) marks the name; it is no part of it.
  const name = withoutEmphasis(text);
  const length = visibleLength(name);
  if (length > MAX_TITLE_CASE_LABEL || name.includes('。') || SENTENCE_END_CODES.has(lastVisibleCode(name))) return false;
  return length <= MAX_SUB_LABEL || isTitleCased(name);
}

/** A group's name inside a block (see isSubLabel), not a label of issues (`課題`, `Issues`), which starts a block of its own. */
export function namesGroup(text: string): boolean {
  return isSubLabel(text) && !isIssueTitle(text);
}

/**
 * `Pay for Readiness, Not Only for Transports`: an English report names its groups of
 * recommendations in title case, at more length than a Japanese one; each word of four letters
 * or more is capitalised.
 */
function isTitleCased(text: string): boolean {
  const words = text.trim().split(WHITE_SPACE);
  return words.length >= 2 && words.every(word => word.length < 4 || CAPITALISED.test(word));
}

const MAX_TITLE_CASE_LABEL = 60;
const WHITE_SPACE = /\s+/;
const CAPITALISED = /^["'“‘(]?[A-Z0-9]/;

