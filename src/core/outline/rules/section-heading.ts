import { codesOf, firstVisibleCode } from './line-start';

const MARK_CHARS = '◆■◇□▼▶●';
const SECTION_MARKS = codesOf(MARK_CHARS);

/** A marked heading of a Japanese report (`◆ 概観`) or a Markdown heading. */
export const SECTION_STARTS = `${MARK_CHARS}#`;

// Compiled once: a regular expression literal is a new object each time it is evaluated, on every line.
const MARKED_HEADING = /^\s*[◆■◇□▼▶●]\s*(\S.*)$/;
const FULL_STOP_END = /。$/;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** `◆ 概観`, `■ …`, `● …`, `◇ …`: returns the heading's title without its mark. */
export function matchSectionHeading(text: string, first = firstVisibleCode(text)): string | undefined {
  if (!SECTION_MARKS.has(first)) return undefined;
  const m = MARKED_HEADING.exec(text);
  if (!m) return undefined;
  const title = m[1].trim();
  // A ● followed by a full sentence is a bullet, not a heading.
  return title.length > 60 && FULL_STOP_END.test(title) ? undefined : title;
}

/** `## Title` -> { level: 2, title }. */
export function matchMarkdownHeading(text: string): { level: number; title: string } | undefined {
  if (text.charCodeAt(0) !== 35 /* # */) return undefined;
  const m = MARKDOWN_HEADING.exec(text);
  return m ? { level: m[1].length, title: m[2] } : undefined;
}
