import type { Lines } from '../lines';
import type { TocBlock } from '../toc-block';
import { CodeSet } from '../rules/line-start';
import { matchMarkdownHeading } from '../rules/section-heading';
import { titleKey } from './markdown-levels';
import { isTocHeading } from '../rules/toc';
import { NESTED_ENTRY } from './contents';
import { isThematicBreak } from '../rules/thematic-break';

/**
 * A contents written as Markdown headings (`# 1. Introduction`, its sections as short lines under
 * it, `# 2. …`, `# Annex A: …`), as converters from Word or PDF leave a contents page whose entries
 * were styled as headings: a run of headings near the start with nothing but short lines between
 * them, most of whose titles stand again as headings further on (`# Introduction`, unnumbered
 * there). It is the contents, not the chapters; its headings' titles, without their numbers, are
 * its titles.
 */
export function findHeadingContents(lines: Lines): TocBlock | undefined {
  const reach = Math.min(lines.count, CONTENTS_REACH);
  let run: Entry[] = [];
  for (let i = 0; i < reach; i++) {
    const first = lines.firstCode(i);
    if (first < 0) continue;
    const text = lines.text(i);
    const heading = first === HASH ? matchMarkdownHeading(text) : undefined;
    if (heading) {
      run.push({ line: i, title: withoutNumber(heading.title), last: i, nested: [] });
    } else if (run.length && isEntryLine(text, first)) {
      const entry = run[run.length - 1];
      const trimmed = text.trim();
      const bullet = NESTED_ENTRY.exec(trimmed);
      if (bullet) entry.nested.push(trimmed.slice(bullet[0].length));
      entry.last = i;
    } else if (run.length >= LEAST_ENTRIES) {
      break;
    } else {
      run = [];
    }
  }
  if (run.length < LEAST_ENTRIES) return undefined;
  const standing = titlesStandingAfter(lines, run);
  const again = run.filter(entry => standing.has(titleKey(entry.title))).length;
  if (again < LEAST_ENTRIES || again * 2 < run.length) return undefined;
  // The contents ends with the last entry that stands again: a heading right after it, with no
  // text between, is the body's first. The document's title and cover lines may run straight
  // into the contents: a contents heading starts it.
  let end = run.length;
  while (end > 0 && !standing.has(titleKey(run[end - 1].title))) end--;
  const heading = run.findIndex(entry => isTocHeading(entry.title));
  const entries = run.slice(Math.max(0, heading), end);
  if (!entries.length) return undefined;
  return {
    first: entries[0].line,
    last: entries[entries.length - 1].last,
    titles: entries.map(entry => entry.title),
    nestedTitles: entries.flatMap(entry => entry.nested),
    writtenAsHeadings: true,
  };
}

/** A heading of the run and the lines under it, its bullets being the titles it lists under it. */
interface Entry {
  line: number;
  title: string;
  last: number;
  nested: string[];
}

/**
 * The keys of the run's titles that stand again as headings after it, once each. A title that
 * stands again under every chapter (`### Resources`, `### Implementation`, as a baseline repeats
 * its sections' names) names a kind of section: the run is a chapter's own headings, no contents.
 */
function titlesStandingAfter(lines: Lines, run: readonly Entry[]): Set<string> {
  const keys = new Set(run.map(entry => titleKey(entry.title)));
  const times = new Map<string, number>();
  for (let i = run[run.length - 1].last + 1; i < lines.count; i++) {
    if (lines.firstCode(i) !== HASH) continue;
    const heading = matchMarkdownHeading(lines.text(i));
    const key = heading && titleKey(withoutNumber(heading.title));
    if (key && keys.has(key)) times.set(key, (times.get(key) ?? 0) + 1);
  }
  return new Set([...times].filter(([, count]) => count === 1).map(([key]) => key));
}

/** How far into a text its contents are looked for. */
const CONTENTS_REACH = 400;
/** Entries of a contents, at the least, and titles that stand again as headings. */
const LEAST_ENTRIES = 3;
/**
 * A contents' line under an entry is a section's title: short, no sentence. It may be a bullet (a
 * converter lists a section's unnumbered titles so) or a rule, where the contents ran over a page.
 */
const LONGEST_ENTRY = 100;
const SENTENCE_END = /[.。!?！？]\s*$/;
const LEADING_NUMBER = /^(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[IVX]{1,5}\.)\s+/;
const HASH = 0x23;
const BULLETS = new CodeSet('-*+•・');

function isEntryLine(text: string, first: number): boolean {
  const trimmed = text.trim();
  if (BULLETS.has(first) && !isThematicBreak(trimmed) && !NESTED_ENTRY.test(trimmed)) return false;
  return trimmed.length <= LONGEST_ENTRY && !SENTENCE_END.test(trimmed);
}

function withoutNumber(title: string): string {
  return title.replace(LEADING_NUMBER, '');
}
