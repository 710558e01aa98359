import type { Lines } from './lines';
import { CLOSING_LINES, isClosingNavigation } from './rules/back-matter';

/** The next visible line's text after line i, if any. */
export function nextVisibleText(lines: Lines, i: number): string | undefined {
  const next = nextVisibleLine(lines, i);
  return next === undefined ? undefined : lines.text(next);
}

/** The first line after line i that is not blank. */
export function nextVisibleLine(lines: Lines, i: number): number | undefined {
  for (let j = i + 1; j < lines.count; j++) if (lines.firstCode(j) >= 0) return j;
  return undefined;
}

/** The visible lines up to `reach` lines before and after line i. */
export function visibleTextsAround(lines: Lines, i: number, reach: number): string[] {
  const texts: string[] = [];
  for (let j = Math.max(0, i - reach); j < Math.min(lines.count, i + reach + 1); j++) {
    if (j !== i && lines.firstCode(j) >= 0) texts.push(lines.text(j));
  }
  return texts;
}

/** The first line that is not blank, or -1. */
export function firstVisibleLine(lines: Lines): number {
  for (let i = 0; i < lines.count; i++) if (lines.firstCode(i) >= 0) return i;
  return -1;
}

/** A web page's closing navigation at line i: looked for only among its last few lines. */
export function closesPage(lines: Lines, i: number, text: string): boolean {
  const after: string[] = [];
  for (let j = i + 1; j < lines.count; j++) {
    if (lines.firstCode(j) < 0) continue;
    if (after.length === CLOSING_LINES) return false;
    after.push(lines.text(j));
  }
  return isClosingNavigation(text, after);
}
