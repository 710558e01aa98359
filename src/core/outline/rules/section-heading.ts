import { codesOf, firstVisibleCode, isSpace } from './line-start';
import { isCaptionStart } from './caption';

const MARK_CHARS = '◆■◇□▼▶●';
const SECTION_MARKS = codesOf(MARK_CHARS);

/** A marked heading of a Japanese report (`◆ 概観`) or a Markdown heading. */
export const SECTION_STARTS = `${MARK_CHARS}#`;

// Compiled once: a regular expression literal is a new object each time it is evaluated, on every line.
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
/**
 * `## Title`; also `##Title`, two marks or more run into a letter, as kramdown and the first
 * Markdown read them and the Jekyll pages of agencies write them (`####Action 01:`). One mark run
 * into text is a hashtag or a number (`#1`), not a heading.
 */
const MARKDOWN_HEADING = /^(#{1,6})(?:\s+|(?<=##)(?=\p{L}))(.+?)\s*#*\s*$/u;
/**
 * `{#id}`, `{: .class}`, `{-}`, `{:numbered="false"}` after a title: the attribute list that
 * kramdown, Pandoc and MkDocs sources of reports and RFC drafts give a heading. It is not shown.
 */
const HEADING_ATTRIBUTES = /\s*\{[#.:-][^{}]*\}$/;
/**
 * `<a id="security"></a>`, `<span class="icon"></span>` inside a title: the anchors and icons that
 * static-site pages (Jekyll, Hugo, agency design-system templates) put in their headings, and the
 * comments that tell a contents generator to pass a heading over (`<!-- omit in toc -->`). Not shown.
 */
const INLINE_TAGS = /\s*(?:<\/?[A-Za-z][^<>]*>|<!--.*?-->)\s*/g;

/**
 * `◆ 概観`, `■ …`, `● …`, `◇ …`: returns the heading's title without its mark. Read by
 * character positions (the rule is `^\s*[◆■◇□▼▶●]\s*(\S.*)$`): a marked line of a report is
 * often a long bullet, and only a heading's title is copied.
 */
export function matchSectionHeading(text: string, first = firstVisibleCode(text)): string | undefined {
  if (!SECTION_MARKS.has(first)) return undefined;
  let start = 0;
  while (isSpace(text.charCodeAt(start))) start++;
  start++; // the mark
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  LINE_BREAK.lastIndex = start;
  if (start === text.length || LINE_BREAK.test(text)) return undefined;
  let end = text.length;
  while (isSpace(text.charCodeAt(end - 1))) end--;
  // A mark followed by a sentence (`▶ 窓口を設ける。`) is a bullet, not a heading: a title has no full
  // stop, nor a note after one (`◆ …を拡大する。（継続）`, as a union marks the demands it carries over).
  // A marked caption (`■第１-３-１図／…`) names a figure, not a part of the text.
  const title = text.slice(start, end);
  if (SENTENCE_END.test(title)) return undefined;
  return isCaptionStart(title) ? undefined : title;
}

/** A full stop at the end, or before a short bracketed note (`。（継続）`, `。【新規】`). */
const SENTENCE_END = /。(?:[（(【［][^）)】］]{1,10}[）)】］])?$/;

/**
 * `<h3 id="action-4">Action 4</h3>` on a line of its own, perhaps inside a wrapper's tags
 * (`<legend><h2>まとめ</h2></legend>`): a heading that a static-site page or a blog writes as HTML
 * inside its Markdown (agencies' action plans, design-system templates, members' reports).
 */
const HTML_HEADING = /^\s*(?:<(?!h[1-6]\b)[A-Za-z][^<>]*>\s*)*<h([1-6])(?:\s[^<>]*)?>(.*?)<\/h\1>(?:\s*<\/[A-Za-z][^<>]*>)*\s*$/i;

/** `<h2>Title</h2>` -> { level: 2, title }; the caller has seen that the line starts with `<`. */
export function matchHtmlHeading(text: string): { level: number; title: string } | undefined {
  const m = HTML_HEADING.exec(text);
  if (!m) return undefined;
  const title = m[2].replace(INLINE_TAGS, ' ').trim();
  return title ? { level: Number(m[1]), title } : undefined;
}

const WHOLLY_BOLD = /^(\*\*|__)(?![\s*_])((?:(?!\1).)+)\1$/;
/** Two bold runs or more and nothing else (`**1** **Remote hearings**`). */
const BOLD_RUNS = /^(?:(\*\*|__)(?![\s*_])[^*_]+?\1\s*){2,}$/;
const BOLD_MARKS = /\*\*|__/g;

/** `## Title` or `## Title {#id}` -> { level: 2, title }. */
export function matchMarkdownHeading(text: string): { level: number; title: string } | undefined {
  if (text.charCodeAt(0) !== 35 /* # */) return undefined;
  const m = MARKDOWN_HEADING.exec(text);
  if (!m) return undefined;
  let title = m[2].replace(HEADING_ATTRIBUTES, '');
  if (title.includes('<')) title = title.replace(INLINE_TAGS, ' ').trim();
  // `## **ビジョン**`: a heading set in bold as well, as pages pasted from word processors are.
  const bold = WHOLLY_BOLD.exec(title);
  if (bold) title = bold[2];
  // `# **1** **Remote hearings**`: a converter from PDF bolds each run of the title apart.
  else if (BOLD_RUNS.test(title)) title = title.replace(BOLD_MARKS, '').replace(/\s+/g, ' ').trim();
  // `## [2. Findings](#findings)`: a heading that links to itself, as HTML reports saved as Markdown write them.
  const linked = WHOLLY_LINKED.exec(title);
  if (linked) title = linked[1].trim();
  return { level: m[1].length, title: title || m[2] };
}

const WHOLLY_LINKED = /^\[([^[\]]+)\]\([^()\s]*\)$/;
