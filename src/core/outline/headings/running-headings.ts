import type { Lines } from '../lines';
import { isThematicBreak } from '../rules/thematic-break';
import type { Candidate } from './candidates';
import { titleKey, type MarkdownHeading } from './markdown-levels';

/**
 * Running headers made headings: a converter from PDF to Markdown sets the line printed at the top
 * of every page (the report's name, the chapter's) as a heading, so the same heading comes back
 * page after page. A heading of one level and title met RUNNING_LEAST times, most of them at the
 * top of a page (after the last page's number), with no shallower heading between any two of them,
 * repeats a page's header; a title given again under each chapter (`## Recommendations`) has a
 * chapter between, or follows the text it ends. The first stays a heading (it may open the chapter
 * the header names); the lines of the others are returned, to be passed over as page furniture.
 */
export function findRunningHeadings(lines: Lines, headings: readonly MarkdownHeading[]): number[] {
  const byTitle = new Map<string, number[]>();
  headings.forEach((h, k) => {
    const key = `${h.level}:${titleKey(h.title)}`;
    const at = byTitle.get(key);
    if (at) at.push(k);
    else byTitle.set(key, [k]);
  });
  const running: number[] = [];
  for (const at of byTitle.values()) {
    if (at.length < RUNNING_LEAST || at.filter(k => opensPage(lines, headings[k].line)).length * 2 < at.length) continue;
    const level = headings[at[0]].level;
    const shallowerBetween = at.some((k, n) => n > 0 && headings.slice(at[n - 1] + 1, k).some(h => h.level < level));
    if (!shallowerBetween) for (const k of at.slice(1)) running.push(headings[k].line);
  }
  return running.sort((a, b) => a - b);
}

/** A header is met on this many pages at least; two headings of one title may be a coincidence. */
const RUNNING_LEAST = 3;

/**
 * Whether the line comes first on its page: after the number that ended the last page, perhaps
 * with the converter's page break (`---`, `***`) between. A rule alone is no page's end: hand-written
 * Markdown separates cards and sections with it.
 */
function opensPage(lines: Lines, line: number): boolean {
  let before = visibleBefore(lines, line);
  if (before >= 0 && isThematicBreak(lines.text(before))) before = visibleBefore(lines, before);
  return before >= 0 && PAGE_NUMBER.test(lines.text(before));
}

function visibleBefore(lines: Lines, line: number): number {
  let before = line - 1;
  while (before >= 0 && lines.firstCode(before) < 0) before--;
  return before;
}

const PAGE_NUMBER = /^\s*\**[0-9]{1,4}\**\s*$/;

/**
 * A numbered title printed again at the top of page after page (`第３章  …` over each page of the
 * chapter, as text extracted from a white paper's PDF keeps its running header): met RUNNING_LEAST
 * times or more, more often than any other title of its scheme, mostly within a few lines of a
 * form feed after its first time. The first is the heading, the others are dropped. A contents
 * lists a title once, and texts joined one after another repeat all their titles alike.
 */
export function dropRunningTitles(lines: Lines, candidates: Candidate[]): Candidate[] {
  if (lines.source.indexOf('\f') < 0) return candidates;
  const byTitle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = `${c.family}|${c.path.join('.')}|${c.key}`;
    const same = byTitle.get(key);
    if (same) same.push(c);
    else byTitle.set(key, [c]);
  }
  const dropped = new Set<Candidate>();
  for (const same of byTitle.values()) {
    if (same.length < RUNNING_LEAST || same.slice(1).filter(c => nearFormFeed(lines, c.line)).length * 2 < same.length - 1) continue;
    const rivals = [...byTitle.values()].filter(other => other !== same && other[0].family === same[0].family);
    if (rivals.every(other => other.length < same.length)) for (const c of same.slice(1)) dropped.add(c);
  }
  return dropped.size ? candidates.filter(c => !dropped.has(c)) : candidates;
}

/** Whether a form feed stands on one of the few lines before this one: the line heads its page. */
function nearFormFeed(lines: Lines, line: number): boolean {
  for (let i = Math.max(0, line - PAGE_TOP_LINES); i <= line; i++) if (lines.text(i).includes('\f')) return true;
  return false;
}

/** A page's header lies within this many lines of its form feed (a side tab's characters may come first). */
const PAGE_TOP_LINES = 6;
