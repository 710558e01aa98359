import type { Lines } from './lines';
import { firstVisibleLine, nextVisibleText } from './line-context';
import { isPlainHeading } from './rules/plain-heading';
import { isClosingTitle, isOpeningTitle } from './rules/unnumbered-chapters';

/**
 * Whether the unmarked headings of a plain text are a report's chapters rather than an article's
 * sub-heads: the first opens a report (`Executive Summary`, `Introduction`, `はじめに`) and a later
 * one closes it (`Conclusion`, `おわりに`) or labels its recommendations (`Recommendations`, `提言`),
 * as policy papers extracted from PDF without numbers are laid out. A news analysis that opens
 * with `はじめに` and ends with `まとめ` keeps sections.
 */
export function plainHeadingsAreChapters(lines: Lines, isLabel: (text: string) => boolean): boolean {
  const title = firstVisibleLine(lines);
  let opened = false;
  for (let i = title + 1; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) continue;
    const text = lines.text(i);
    if (!isPlainHeading(text, nextVisibleText(lines, i))) continue;
    if (!opened) {
      if (!isOpeningTitle(text)) return false;
      opened = true;
    } else if (isClosingTitle(text) || isLabel(text)) return true;
  }
  return false;
}
