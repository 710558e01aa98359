import { codesOf, firstVisibleCode, lastVisibleCode } from './line-start';
import { parseNumeral, parseRoman } from './numerals';

export interface ChapterHeading {
  number: number;
  title: string;
}

const JAPANESE = /^\s*第\s*([0-9０-９〇一二三四五六七八九十百]+)\s*章\s*(.*)$/;
const ENGLISH = /^\s*Chapter\s+([0-9]+|[IVXLC]+)\s*[:.．：\-–—]?\s*(.*)$/i;

/** `第8章 …`, `第１章`, `第十章`, `Chapter 3: …` (the whole line is the title). */
export function matchChapterHeading(text: string, first = firstVisibleCode(text)): ChapterHeading | undefined {
  if (first !== 0x7b2c /* 第 */ && first !== 0x43 /* C */ && first !== 0x63 /* c */) return undefined;
  const ja = JAPANESE.exec(text);
  if (ja) {
    const number = parseNumeral(ja[1]);
    return number === undefined ? undefined : { number, title: text.trim() };
  }
  const en = ENGLISH.exec(text);
  if (en) return { number: /^\d+$/.test(en[1]) ? Number(en[1]) : parseRoman(en[1]) ?? 0, title: text.trim() };
  return undefined;
}

/** A title that the PDF broke over two lines ends with a colon or an unfinished connective. */
export function titleContinues(title: string): boolean {
  return CONTINUING_ENDS.has(lastVisibleCode(title));
}

const CONTINUING_ENDS = codesOf('：:、,と・の');
