import { codesOf, firstVisibleCode, isLowerCaseLetter } from './line-start';
/**
 * Joins a line that a PDF or an editor wrapped to the text before it: Japanese runs on without
 * a space, words of English (or numbers) keep one between them.
 */
export function joinWrapped(before: string, next: string): string {
  if (!before || !next) return before + next;
  return isWordChar(before.charCodeAt(before.length - 1)) && isWordChar(next.charCodeAt(0)) ? `${before} ${next}` : before + next;
}

/** Latin (and other alphabetic) letters, digits and ASCII punctuation; not white space. */
function isWordChar(code: number): boolean {
  return code < 0x2000 && code !== 0x20 && code !== 0x09 && code !== 0xa0;
}

/**
 * Joins the next line of an item or a numbered recommendation. A short title line followed by a
 * sentence at least twice its length was broken by its writer, not wrapped by the width of a page
 * (`提言１ 交通の再編` over `市町村は…べきである。`): the two keep a space between them.
 */
export function joinItemLine(before: string, next: string): string {
  const broken = before.length <= LONGEST_TITLE_LINE && !HOLDS_SENTENCE_STOP.test(before) && !ENDS_OPEN.test(before)
    && ((next.length >= before.length * 2 && SENTENCE_END.test(next)) || endsShortOfJapaneseLine(before, next));
  return broken && !before.endsWith(' ') ? `${before} ${next}` : joinWrapped(before, next);
}

/**
 * `①\u3000名簿の平常時からの提供` over `\u3000\u3000本人の同意を得た方の名簿を、平常時から自治会長…`: Japanese
 * wraps at any character, so a line the page wrapped is as long as the next, give or take a
 * character kept off a line's start; one that ends well short of it is a title, and its
 * explanation follows.
 */
function endsShortOfJapaneseLine(before: string, next: string): boolean {
  return next.length >= before.length + WRAP_SHORTFALL && JAPANESE_END.test(before) && JAPANESE_END.test(next.slice(0, 1));
}

/** How much shorter than the next a Japanese line must be to have ended before the page's width. */
const WRAP_SHORTFALL = 5;
const JAPANESE_END = /[\u3040-\u30ff\u3400-\u9fff]$/;

/** Longer than this, a line is no title. */
const LONGEST_TITLE_LINE = 30;
/** A line with a full stop in it is a sentence, not a title. */
const HOLDS_SENTENCE_STOP = /[。．.!?！？]/;
/** A line ending with a comma, a colon or a semicolon goes on into the next. */
const ENDS_OPEN = /[、,，:：;；]$/;
const SENTENCE_END = /[。．.!?！？]$/;

/**
 * A recommendation's text as the reader sees it: Markdown's bold and italic markers (`**1. Fund
 * the programme.** Congress should …`) taken out of the title, the text itself left as written.
 */
export function withoutEmphasis(text: string): string {
  return text.includes('**') || text.includes('__') ? text.replace(EMPHASIS_MARKS, '') : text;
}

const EMPHASIS_MARKS = /\*\*|__/g;

/**
 * A report extracted from a PDF leaves a blank line where a page broke inside an item or a
 * paragraph: its text stopped mid-sentence and the next line goes on in lower case. Japanese has
 * no case to tell: there, a text as long as a full line that stops on a kanji or a kana (no title
 * is so long, no sentence ends so) goes on in the next line that opens with one (`…つなぐ社会的`
 * over a blank line and `処方を行うことを提案する。`, as pymupdf4llm parts a guideline's lines).
 */
export function cutByPageBreak(itemText: string, next: string): boolean {
  if (isLowerCaseLetter(firstVisibleCode(next))) return !ENDS_SENTENCE.test(itemText);
  return itemText.length >= FULL_JAPANESE_LINE && JAPANESE_END.test(itemText) && JAPANESE_START.test(next);
}

/** A line of Japanese text set across a page holds this many characters at least. */
const FULL_JAPANESE_LINE = 40;
const JAPANESE_START = /^[\u3040-\u30ff\u3400-\u9fff]/;

/** An item's text that ends a sentence (or a clause of a list) is whole. */
export const ENDS_SENTENCE = /[.;:!?。．；：！？)）]$/;

/** What ends a sentence: a full stop, a question or an exclamation mark, in either width. */
export const SENTENCE_END_CODES = codesOf('.。．!?！？');
