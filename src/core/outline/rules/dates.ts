import { toAsciiDigits } from './numerals';

/** A date found in a text: as `YYYY-MM-DD`, and where it stands. */
export interface FoundDate {
  date: string;
  index: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Japanese era names and the year before each one's first. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988 };

const MONTH_NAMES = MONTHS.join('|');

/** `27 October 2025`, `30 June`: a day's number, then a month's name (no year needed), where it is read (sticky). */
export const DAY_AND_MONTH = new RegExp(`[0-9]{1,2}\\s+(?:${MONTH_NAMES})\\b`, 'iy');
/** A Japanese year, by era or not: `令和6年`, `令和元年`, `２０２６年`. */
const JAPANESE_YEAR = '(令和|平成)?\\s*([0-9０-９]{1,4}|元)\\s*年\\s*([0-9０-９]{1,2})\\s*月';

/** `2026年3月1日`, `２０２６年３月１日`, `令和6年3月1日`, `令和元年5月1日`. */
const JAPANESE_DATE = new RegExp(`${JAPANESE_YEAR}\\s*([0-9０-９]{1,2})\\s*日`);
/** `2026-03-01`, `2026/3/1`, `2026.3.1`. */
const NUMERIC_DATE = /\b(20[0-9]{2}|19[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})\b/;
const MONTH_FIRST = new RegExp(`\\b(${MONTH_NAMES})\\s+([0-9]{1,2}),?\\s+([0-9]{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b([0-9]{1,2})\\s+(${MONTH_NAMES}),?\\s+([0-9]{4})\\b`, 'i');

/**
 * The first date a text writes in one of the forms of Japanese and English documents (tried in
 * that order: Japanese, numeric, `March 1, 2026`, `1 March 2026`); undefined for none or for an
 * impossible one.
 */
export function findDate(text: string): FoundDate | undefined {
  const japanese = JAPANESE_DATE.exec(text);
  if (japanese) return found(japanese, iso(japaneseYear(japanese), Number(toAsciiDigits(japanese[3])), Number(toAsciiDigits(japanese[4]))));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return found(numeric, iso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return found(monthFirst, iso(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1].toLowerCase()) + 1, Number(monthFirst[2])));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return found(dayFirst, iso(Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2].toLowerCase()) + 1, Number(dayFirst[1])));
  return undefined;
}

/** The Western year of a match of JAPANESE_YEAR. */
function japaneseYear(match: RegExpExecArray): number {
  const era = match[1] ? ERAS[match[1]] : 0;
  return era + (match[2] === '元' ? 1 : Number(toAsciiDigits(match[2])));
}

function found(match: RegExpExecArray, date: string | undefined): FoundDate | undefined {
  return date === undefined ? undefined : { date, index: match.index, end: match.index + match[0].length };
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `令和13年3月`, `2031年3月`, `March 2031`: a report dated by its month, as many are. */
const JAPANESE_MONTH = new RegExp(`${JAPANESE_YEAR}(?!\\s*[0-9０-９])`);
const ENGLISH_MONTH = new RegExp(`\\b(${MONTH_NAMES}),?\\s+([0-9]{4})\\b`, 'i');

/** The first month a text writes without a day, as `YYYY-MM`; undefined for none or an impossible one. */
export function findMonth(text: string): FoundDate | undefined {
  const japanese = JAPANESE_MONTH.exec(text);
  if (japanese) return found(japanese, isoMonth(japaneseYear(japanese), Number(toAsciiDigits(japanese[3]))));
  const english = ENGLISH_MONTH.exec(text);
  return english ? found(english, isoMonth(Number(english[2]), MONTHS.indexOf(english[1].toLowerCase()) + 1)) : undefined;
}

function isoMonth(year: number, month: number): string | undefined {
  return iso(year, month, 1)?.slice(0, 7);
}
