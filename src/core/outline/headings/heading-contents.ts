import type { Lines } from '../lines';
import type { TocBlock } from '../toc-block';
import { CodeSet } from '../rules/line-start';
import { matchMarkdownHeading } from '../rules/section-heading';
import { titleKey } from './markdown-levels';

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
  let run: { line: number; title: string }[] = [];
  let last = -1;
  for (let i = 0; i < reach; i++) {
    const first = lines.firstCode(i);
    if (first < 0) continue;
    const text = lines.text(i);
    const heading = first === HASH ? matchMarkdownHeading(text) : undefined;
    if (heading) {
      run.push({ line: i, title: withoutNumber(heading.title) });
      last = i;
    } else if (run.length && isEntryLine(text, first)) {
      last = i;
    } else if (run.length >= LEAST_ENTRIES) {
      break;
    } else {
      run = [];
    }
  }
  if (run.length < LEAST_ENTRIES) return undefined;
  const keys = new Set(run.map(entry => titleKey(entry.title)));
  let again = 0;
  for (let i = last + 1; i < lines.count; i++) {
    if (lines.firstCode(i) !== HASH) continue;
    const heading = matchMarkdownHeading(lines.text(i));
    if (heading && keys.delete(titleKey(withoutNumber(heading.title)))) again++;
  }
  if (again < LEAST_ENTRIES || again * 2 < run.length) return undefined;
  return { first: run[0].line, last, titles: run.map(entry => entry.title), writtenAsHeadings: true };
}

/** How far into a text its contents are looked for. */
const CONTENTS_REACH = 400;
/** Entries of a contents, at the least, and titles that stand again as headings. */
const LEAST_ENTRIES = 3;
/** A contents' line under an entry is a section's title: short, no sentence, no bullet. */
const LONGEST_ENTRY = 100;
const SENTENCE_END = /[.。!?！？]\s*$/;
const LEADING_NUMBER = /^(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?|[IVX]{1,5}\.)\s+/;
const HASH = 0x23;
const BULLETS = new CodeSet('-*+•・');

function isEntryLine(text: string, first: number): boolean {
  const trimmed = text.trim();
  return trimmed.length <= LONGEST_ENTRY && !SENTENCE_END.test(trimmed) && !BULLETS.has(first);
}

function withoutNumber(title: string): string {
  return title.replace(LEADING_NUMBER, '');
}
