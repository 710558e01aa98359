import { findDate, findMonth } from './rules/dates';

/** Who wrote a document and when, as its opening states them. */
export interface DocumentByline {
  author?: string;
  /** ISO date, `YYYY-MM-DD`, or `YYYY-MM` where the text gives only the month. */
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
const JAPANESE_AUTHOR_LABELS = '執筆者|著者|筆者|執筆|文|寄稿';
const JAPANESE_AUTHOR = new RegExp(`^(?:${JAPANESE_AUTHOR_LABELS})\\s*[:：・／/]\\s*(.+)$`);
/** `By` capitalised (a line starting with `by` goes on with a sentence); `author:` as a front-matter field too. */
const ENGLISH_AUTHOR = /^(?:By|BY|Written [Bb]y|WRITTEN BY|[Aa]uthors?:|AUTHORS?:)\s+(.+)$/;
/**
 * After `By`, a name does not start in lower case (`By order of the Assembly` is a formula) nor
 * with a digit (`By 2035 every port should …` is a sentence): neither is a byline.
 */
function namedAfterBy(match: RegExpExecArray | null): RegExpExecArray | null {
  return match && !NOT_A_NAME_START.test(match[1]) ? match : null;
}

const NOT_A_NAME_START = /^[\p{Ll}\p{Nd}]/u;

/** Whether the line names the document's author (`By Jane Doe`, `執筆者：山田太郎`): a byline, no heading. */
export function isAuthorLine(text: string): boolean {
  const line = text.trim();
  return JAPANESE_AUTHOR.test(line) || namedAfterBy(ENGLISH_AUTHOR.exec(line)) !== null;
}

/** A name has letters: `by 2032;` is no author. */
const HAS_LETTER = /\p{L}/u;
/** What follows a name on its line: an affiliation in brackets, a title after a slash or a bar. */
const AFTER_NAME = /\s*[（(［[|｜/／,、]|\s+[-–—]\s+/;

/** A line that states a date and little else: `2026年3月1日`, `公表日：2026-03-01`, `March 1, 2026`. */
const DATE_LINE_REST = /^[\s:：|｜・,()（）]*(?:発行日?|公表日?|公開日?|掲載日?|更新日?|作成日?|Published|Updated|Date)?[\s:：|｜・,()（）]*$/i;

/**
 * The author and date a document states under its title: an author line (`執筆者：…`, `By …`) and
 * a line that is a date, within the opening lines, or a signature among the last ones. Either may
 * be missing; undefined when neither is there. A date inside running text is not the document's.
 */
export function documentByline(text: string): DocumentByline | undefined {
  const byline: DocumentByline = {};
  for (const line of bareLines(text.slice(0, OPENING_LENGTH)).slice(0, OPENING_LINES)) {
    // A header of fields (`Report: … | Published: … | Source: [link](…)`) may run long.
    if (line.length > LONGEST_LINE && !FIELD_BAR.test(line)) continue;
    const reporter = byline.author ? undefined : reporterName(line);
    if (reporter) {
      byline.author = reporter;
      continue;
    }
    const author = JAPANESE_AUTHOR.exec(line) ?? namedAfterBy(ENGLISH_AUTHOR.exec(line));
    if (author && !byline.author) {
      const name = author[1].split(AFTER_NAME)[0].trim();
      if (HAS_LETTER.test(name)) byline.author = name;
      const date = findDate(author[1])?.date;
      if (date) byline.date ??= date;
      continue;
    }
    if (!byline.date) {
      const date = dateLine(line);
      if (date) byline.date = date;
    }
  }
  const signed = byline.author ? undefined : closingAuthor(text);
  if (signed) byline.author = signed;
  return byline.author || byline.date ? byline : undefined;
}

/**
 * A news report's byline: the reporter with the desk or bureau before the name, in brackets or not
 * (`（経済部\u3000山本健太記者）`, `【ワシントン＝山本健太】`, `政治部・田中一郎 編集委員`).
 */
function reporterName(line: string): string | undefined {
  const inside = ENCLOSING.exec(line)?.[1] ?? line;
  const reporter = REPORTER.exec(inside);
  if (reporter) return reporter[1];
  const dispatched = line.startsWith('【') ? DISPATCH.exec(inside) : null;
  return dispatched?.[1];
}
const REPORTER = /^(?:\S{1,12}?(?:部|局|支社|支局|総局|センター)[\s・＝=]+)?(\S{1,8}(?:[ \u3000]\S{1,8})?)\s*(?:記者|特派員|編集委員|論説委員)$/;
/** `【ワシントン＝山本健太】`: a dispatch's place and its reporter, as Japanese papers open a report. */
const DISPATCH = /^\S{1,12}[＝=](\S{1,8}(?:[ \u3000]\S{1,8})?)$/;

/** News analyses and columns often sign at the end: `（筆者：架空新聞 論説委員 田中一郎）`. */
const CLOSING_LINES = 4;
const CLOSING_LENGTH = 1000;
/** At the end, only a labelled author line: `By order of the Council` closes a resolution. */
const CLOSING_AUTHOR = new RegExp(`^(?:${JAPANESE_AUTHOR_LABELS}|[Aa]uthors?|AUTHORS?)\\s*[:：・／/]\\s*(.+)$`);
/** Brackets around a whole line, as a signature is set. */
const ENCLOSING = /^[（(［[【]\s*(.*?)\s*[）)］\]】]$/;

function closingAuthor(text: string): string | undefined {
  for (const line of bareLines(text.slice(-CLOSING_LENGTH)).slice(-CLOSING_LINES).reverse()) {
    if (line.length > LONGEST_LINE) continue;
    const author = CLOSING_AUTHOR.exec(ENCLOSING.exec(line)?.[1] ?? line);
    const name = author?.[1].split(AFTER_NAME)[0].trim();
    if (name && HAS_LETTER.test(name)) return name;
  }
  return undefined;
}

/** The text's non-blank lines without Markdown's heading marks, quotes and emphasis, which are no part of a byline (`**Author:** …`). */
function bareLines(text: string): string[] {
  return text.split(/\r?\n/).map(raw => raw.replace(/^\uFEFF/, '').replace(/\*\*|__/g, '').replace(/^[#>*_\s]+|[*_\s]+$/g, '')).filter(Boolean);
}

/**
 * The date a line states when the line, or one of the fields a bar separates on it (`Report: … |
 * Published: 2007-02-01 | Source: …`, as reader sites head a converted report), is little but that date.
 */
function dateLine(line: string): string | undefined {
  for (const part of line.split(FIELD_BAR)) {
    const found = findDate(part) ?? findMonth(part);
    // A news site's time of posting and its note of an update (`12:05（…18:40更新）`) say nothing more.
    if (found && DATE_LINE_REST.test((part.slice(0, found.index) + part.slice(found.end)).replace(POSTED_AT, ''))) return found.date;
  }
  return undefined;
}

const FIELD_BAR = /\s[|｜]\s/;
const POSTED_AT = /(?:午前|午後)?\s*[0-9０-９]{1,2}(?:[:：][0-9０-９]{2}|時(?:[0-9０-９]{1,2}分)?)|[（(][^（）()]*(?:更新|配信|公開)[）)]/g;
