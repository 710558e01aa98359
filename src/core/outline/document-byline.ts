import { toAsciiDigits } from './rules/numerals';

/** Who wrote a document and when, as its opening states them. */
export interface DocumentByline {
  author?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
}

/** A byline sits under the title: only the opening lines of the text are read. */
const OPENING_LINES = 12;
const OPENING_LENGTH = 3000;
/** Longer than this, a line is running text, not a byline or a date. */
const LONGEST_LINE = 120;

/**
 * `執筆者：山田太郎（架空研究所）`, `文・山田太郎`, `By Jane Doe | March 1, 2026`, `Author: Jane Doe`:
 * the author line of news analyses, think-tank columns and briefs, its name before an affiliation.
 */
const JAPANESE_AUTHOR = /^(?:執筆者|著者|筆者|執筆|文|寄稿)\s*[:：・／/]\s*(.+)$/;
const ENGLISH_AUTHOR = /^(?:By|Authors?:|Written by)\s+(.+)$/i;
/** What follows a name on its line: an affiliation in brackets, a title after a slash or a bar. */
const AFTER_NAME = /\s*[（(［[|｜/／,、]|\s+[-–—]\s+/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Japanese era names and the year before each one's first. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988 };

const JAPANESE_DATE = /(令和|平成)?\s*([0-9０-９]{1,4}|元)\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/;
const ISO_DATE = /\b(20[0-9]{2}|19[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})\b/;
const MONTH_FIRST = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+([0-9]{1,2}),?\s+([0-9]{4})\b/i;
const DAY_FIRST = /\b([0-9]{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+([0-9]{4})\b/i;
/** A line that states a date and little else: `2026年3月1日`, `公表日：2026-03-01`, `March 1, 2026`. */
const DATE_LINE_REST = /^[\s:：|｜・,()（）]*(?:発行日?|公表日?|公開日?|掲載日?|更新日?|作成日?|Published|Updated|Date)?[\s:：|｜・,()（）]*$/i;

/**
 * The author and date a document states under its title: an author line (`執筆者：…`, `By …`) and
 * a line that is a date, within the opening lines. Either may be missing; undefined when neither
 * is there. A date inside running text is not the document's.
 */
export function documentByline(text: string): DocumentByline | undefined {
  const byline: DocumentByline = {};
  let read = 0;
  for (const raw of text.slice(0, OPENING_LENGTH).split(/\r?\n/)) {
    // Markdown's heading marks, quotes and emphasis are no part of a byline (`**Author:** …`).
    const line = raw.replace(/^\uFEFF/, '').replace(/\*\*|__/g, '').replace(/^[#>*_\s]+|[*_\s]+$/g, '');
    if (!line) continue;
    if (++read > OPENING_LINES) break;
    if (line.length > LONGEST_LINE) continue;
    const author = JAPANESE_AUTHOR.exec(line) ?? ENGLISH_AUTHOR.exec(line);
    if (author && !byline.author) {
      const name = author[1].split(AFTER_NAME)[0].trim();
      if (name) byline.author = name;
      byline.date ??= dateIn(author[1]);
      continue;
    }
    if (!byline.date) {
      const date = dateLine(line);
      if (date) byline.date = date;
    }
  }
  return byline.author || byline.date ? byline : undefined;
}

/** The date a line states when the line is little but that date. */
function dateLine(line: string): string | undefined {
  for (const pattern of [JAPANESE_DATE, ISO_DATE, MONTH_FIRST, DAY_FIRST]) {
    const m = pattern.exec(line);
    if (m && DATE_LINE_REST.test(line.slice(0, m.index) + line.slice(m.index + m[0].length))) return dateIn(m[0]);
  }
  return undefined;
}

/** The first date in a text, as `YYYY-MM-DD`. */
function dateIn(text: string): string | undefined {
  const japanese = JAPANESE_DATE.exec(text);
  if (japanese) {
    const era = japanese[1] ? ERAS[japanese[1]] : 0;
    const year = japanese[2] === '元' ? 1 : Number(toAsciiDigits(japanese[2]));
    return iso(era + year, Number(toAsciiDigits(japanese[3])), Number(toAsciiDigits(japanese[4])));
  }
  const numeric = ISO_DATE.exec(text);
  if (numeric) return iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return iso(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1].toLowerCase()) + 1, Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return iso(Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2].toLowerCase()) + 1, Number(dayFirst[1]));
  return undefined;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
