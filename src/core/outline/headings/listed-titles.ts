import type { Lines } from '../lines';
import { isLowerCaseLetter, isSpace } from '../rules/line-start';
import { isTocHeading } from '../rules/toc';
import type { TocBlock } from '../toc-block';
import { titleKey } from './markdown-levels';
import { NESTED_ENTRY } from './contents';
import { matchMarkdownHeading } from '../rules/section-heading';
import { isThematicBreak } from '../rules/thematic-break';
import { SENTENCE_END_CODES } from '../rules/join-wrapped';
import { indentOf } from '../rules/list-item';

/**
 * A contents without page numbers (`Contents`, then `Executive summary`, `Findings` … one title
 * to a line, as a web page printed to PDF or saved as text lists its sections): the titles after a
 * contents heading, up to the first line that is no title, each title's wrapped line joined. It is
 * a contents only where at least LEAST_LISTED of its titles stand again, alone on their line,
 * in the text after it.
 */
export function findListedContents(lines: Lines): TocBlock | undefined {
  const reach = Math.min(lines.count, CONTENTS_REACH);
  for (let i = 0; i < reach; i++) {
    if (lines.firstCode(i) < 0) continue;
    const text = lines.text(i);
    // `## On this page` over `* Introduction`, `* Part I: …`: a web page's contents kept as Markdown, a bulleted list.
    const bulleted = lines.firstCode(i) === HASH && isTocHeading(matchMarkdownHeading(text.trimStart())?.title ?? '');
    if (!bulleted && !isTocHeading(text)) continue;
    const block = readListedTitles(lines, i, bulleted);
    const found = block && titleLines(lines, block.titles, block.last + 1);
    return found && found.size >= LEAST_LISTED ? { ...block, titleLines: found } : undefined;
  }
  return undefined;
}

/** A title in the text may be spaced, indented or marked up more than in the contents, within these bounds. */
const TITLE_SLACK = 2;
const TITLE_SLACK_CHARACTERS = 40;
/** How far into a text a contents heading is looked for. */
const CONTENTS_REACH = 400;
/** Titles of a listed contents found again in the text, at the least. */
const LEAST_LISTED = 3;
/** A title is shorter than this. */
const LONGEST_TITLE = 100;
/** A contents lists fewer titles than this: a longer run of short lines is a list of something else. */
const MOST_TITLES = 300;

const HASH = 0x23;

/** `=====`: a line of one mark, as plain text underlines or boxes its headings. */
function isRule(text: string): boolean {
  return RULE.test(text);
}

const RULE = /^([=~])\1{2,}$/;

function readListedTitles(lines: Lines, heading: number, bulleted: boolean): TocBlock | undefined {
  const titles: string[] = [];
  const indents: number[] = [];
  let last = heading;
  for (let j = heading + 1; j < lines.count; j++) {
    const first = lines.firstCode(j);
    if (first < 0) continue;
    const text = lines.text(j).trim();
    // The rules a plain text draws under its contents heading and around the list (`IN THIS ISSUE` over `-----`).
    if (isThematicBreak(text) || isRule(text)) continue;
    // A title wrapped onto the next line goes on in lower case, or inside its link's brackets
    // (`-   [Health Effects and Populations at Elevated` over `Risk](#health-effects…)`, as pandoc wraps a linked contents).
    if (titles.length && text.length < LONGEST_TITLE && (isLowerCaseLetter(first) || OPEN_LINK_TEXT.test(titles[titles.length - 1]))) {
      titles[titles.length - 1] += ` ${text}`;
      last = j;
      continue;
    }
    if (bulleted && !NESTED_ENTRY.test(text)) break;
    if (!isListedTitle(text) || (titles.length && titleKey(text) === titleKey(titles[0])) || titles.length === MOST_TITLES) break;
    titles.push(text);
    indents.push(indentOf(lines.text(j)));
    last = j;
  }
  if (titles.length < LEAST_LISTED) return undefined;
  // A bulleted contents sets its sections' entries deeper under their chapter's.
  const nestedTitles = bulleted ? titles.filter((_, k) => indents[k] > indents[0]) : [];
  return nestedTitles.length ? { first: heading, last, titles, nestedTitles } : { first: heading, last, titles };
}

/** A link whose text is still open at the line's end: `[Trends in Heat-Related` before its `Mortality](#…)`. */
const OPEN_LINK_TEXT = /\[[^\]]*$/;

/** A title of a contents: short, no sentence's end, no page number, not lower case. */
function isListedTitle(text: string): boolean {
  if (text.length > LONGEST_TITLE || /[.。:：;,、]$/.test(text) || /[0-9０-９]$/.test(text)) return false;
  return !isLowerCaseLetter(text.charCodeAt(0));
}

/** The line within TAB_REACH lines under line i written exactly as the contents write `title`, where line i is not. */
function writtenBelow(lines: Lines, i: number, title: string): number | undefined {
  const written = title.trim();
  if (lines.text(i).trim() === written) return undefined;
  for (let j = i + 1; j < lines.count && j <= i + TAB_REACH; j++) if (lines.text(j).trim() === written) return j;
  return undefined;
}

const TAB_REACH = 3;

/**
 * The lines after `from` that stand alone (a blank line or the start of the text before them)
 * and read as one of the titles, alone or with the line after it (a title wrapped over two lines),
 * or set in the margin before the body's column (`Letter                   441 G St. N.W.`, a side
 * heading pdftotext runs into the first line beside it), each title taken at its first place after the one before it.
 */
export function titleLines(lines: Lines, titles: readonly string[], from: number, skip: (i: number) => boolean = () => false): Map<number, string> {
  // Each title's places in the contents, by its folded text: a line is looked up, not compared with every title.
  const places = new Map<string, number[]>();
  titles.forEach((title, k) => {
    const folded = titleKey(title);
    places.set(folded, [...(places.get(folded) ?? []), k]);
  });
  // A line much longer than every title is a paragraph: its key is not made.
  const longest = TITLE_SLACK * Math.max(...titles.map(t => t.length)) + TITLE_SLACK_CHARACTERS;
  const found = new Map<number, string>();
  let next = 0;
  for (let i = from; i < lines.count && next < titles.length; i++) {
    // A page's first line stands alone too (`\f【…】`, as pdftotext opens each page), whatever ended the page before.
    // So does a line right under a title found (`Observations` over `The Commission selected …`, as
    // reports printed to text set a chapter's first section), or under a sentence that ended.
    if (lines.firstCode(i) < 0 || (i > 0 && lines.firstCode(i - 1) >= 0 && !lines.opensPage(i) && !found.has(i - 1) && !SENTENCE_END_CODES.has(lines.lastCode(i - 1)))) continue;
    const length = lines.end(i) - lines.start(i);
    // A running header that names the part (`経済・財政` atop each of its pages) is not its heading.
    if (length > longest || skip(i)) continue;
    const one = places.get(titleKey(lines.text(i)));
    const joined = i + 1 < lines.count && lines.firstCode(i + 1) >= 0 && length + lines.end(i + 1) - lines.start(i + 1) <= longest;
    const two = joined ? places.get(titleKey(`${lines.text(i)} ${lines.text(i + 1)}`)) : undefined;
    const side = one || two ? undefined : sideHeading(lines.text(i));
    const beside = side === undefined ? undefined : places.get(titleKey(side));
    const k = [...(one ?? []), ...(two ?? []), ...(beside ?? [])].filter(at => at >= next).sort((a, b) => a - b)[0];
    if (k === undefined) continue;
    // `子ども・子育て・教育` set right atop the page, then `● 子ども・子育て・教育`: the line written as
    // the contents write the title, just below, is the heading; the other is the page's tab.
    const below = writtenBelow(lines, i, titles[k]);
    found.set(below ?? i, titles[k]);
    if (below !== undefined) i = below;
    next = k + 1;
  }
  return found;
}

/** A margin's heading at a line's start (after a page's form feed) and the body's text after a wide gap: the heading, or undefined. */
function sideHeading(text: string): string | undefined {
  const start = text.charCodeAt(0) === FORM_FEED ? 1 : 0;
  if (isSpace(text.charCodeAt(start))) return undefined;
  const gap = SIDE_GAP.exec(text);
  return gap ? text.slice(start, gap.index) : undefined;
}

/** The gap between a margin's heading and the body's column, wider than any space inside a title. */
const SIDE_GAP = /\s{8,}\S/;
const FORM_FEED = 0x0c;
