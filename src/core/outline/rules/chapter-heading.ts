import { codesOf, firstVisibleCode, lastVisibleCode } from './line-start';
import { parseNumeral, parseRoman } from './numerals';
import { closesUnopenedQuote } from './quotation';

export interface ChapterHeading {
  number: number;
  title: string;
}

/** `第N章` and `Chapter N`. */
export const CHAPTER_STARTS = '第Cc';

const JAPANESE = /^\s*第\s*([0-9０-９〇一二三四五六七八九十百]+)\s*章\s*(.*)$/;
const ENGLISH = /^\s*Chapter\s+([0-9]+|[IVXLC]+)\s*[:.．：\-–—]?\s*(.*)$/i;

/** `第8章 …`, `第１章`, `第十章`, `Chapter 3: …` (the whole line is the title). */
export function matchChapterHeading(text: string, first = firstVisibleCode(text)): ChapterHeading | undefined {
  if (first !== 0x7b2c /* 第 */ && first !== 0x43 /* C */ && first !== 0x63 /* c */) return undefined;
  const ja = JAPANESE.exec(text);
  if (ja) {
    const number = parseNumeral(ja[1]);
    return number === undefined || continuesProse(ja[2]) ? undefined : { number, title: text.trim() };
  }
  const en = ENGLISH.exec(text);
  if (en) return { number: /^\d+$/.test(en[1]) ? Number(en[1]) : parseRoman(en[1]) ?? 0, title: text.trim() };
  return undefined;
}

/** `第２章` or `Chapter 4` alone on its line, the title set elsewhere (a chapter's title page). */
export function isChapterNumberAlone(text: string): boolean {
  const rest = (JAPANESE.exec(text) ?? ENGLISH.exec(text))?.[2];
  return rest !== undefined && rest.trim() === '';
}

/**
 * Hard-wrapped prose whose line happens to start with a cited chapter (`第２章 管理体制」にて、…`):
 * the rest closes a quotation it did not open, or ends a sentence. A chapter's title does neither.
 */
function continuesProse(rest: string): boolean {
  return closesUnopenedQuote(rest) || /[。．]\s*$/.test(rest);
}

/**
 * A title that the PDF broke over two lines ends with a colon or an unfinished connective. `こと`
 * ends a title whole (`本会が求めること`, as statements and requests head what they ask).
 */
export function titleContinues(title: string): boolean {
  return CONTINUING_ENDS.has(lastVisibleCode(title)) && !ENDS_AS_NOUN.test(title);
}
const ENDS_AS_NOUN = /こと\s*$/;

const CONTINUING_ENDS = codesOf('：:、,と・の');
