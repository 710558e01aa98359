import type { Lines } from './lines';
import { firstVisibleLine, nextVisibleText } from './line-context';
import { isPlainHeading } from './rules/plain-heading';
import { matchSectionHeading } from './rules/section-heading';
import { isClosingTitle, isOpeningTitle } from './rules/unnumbered-chapters';

/**
 * Whether the unmarked headings of a plain text are a report's chapters rather than an article's
 * sub-heads: two of a report's marks among them, a first heading that opens it (`Executive
 * Summary`, `Introduction`, `はじめに`), one that closes it (`Conclusion`, `おわりに`), one that labels
 * its recommendations (`Recommendations`, `提言`, `What does the school need to do to improve?`),
 * as policy papers extracted from PDF without numbers are laid out; its pages are one more (a
 * running footer, `Page 3 of 8`, as an inspection report is printed). A news analysis that opens
 * with `はじめに` and ends with `まとめ` keeps sections.
 */
export function plainHeadingsAreChapters(lines: Lines, isLabel: (text: string) => boolean, paginated: boolean): boolean {
  const title = firstVisibleLine(lines);
  let opens = false;
  let closes = false;
  let labels = false;
  let first = true;
  for (let i = title + 1; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) continue;
    const text = lines.text(i);
    if (!isPlainHeading(text, nextVisibleText(lines, i))) continue;
    if (first) opens = isOpeningTitle(text);
    else closes ||= isClosingTitle(text);
    labels ||= isLabel(text);
    first = false;
    if (Number(paginated) + Number(opens) + Number(closes) + Number(labels) >= 2) return true;
  }
  return false;
}

/**
 * Whether the marked headings of a plain text (`■ 暮らし`, `◆ 子育て`) are its top level: two or
 * more, and no unmarked heading before the first of them, as a manifesto or a leaflet divides
 * itself by topic with nothing over the topics.
 */
export function markedTopicsAreChapters(lines: Lines): boolean {
  const title = firstVisibleLine(lines);
  let marked = 0;
  for (let i = title + 1; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first < 0) continue;
    const text = lines.text(i);
    if (matchSectionHeading(text, first) !== undefined) {
      if (++marked >= LEAST_MARKED_TOPICS) return true;
    } else if (marked === 0 && first !== HASH && isPlainHeading(text, nextVisibleText(lines, i))) return false;
  }
  return false;
}

const LEAST_MARKED_TOPICS = 2;
/** A Markdown page's `#` title stands over its marked topics: the plan's heading, no unmarked one. */
const HASH = 0x23;
