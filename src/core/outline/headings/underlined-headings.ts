import type { Lines } from '../lines';
import { isTitleShaped } from './candidates';
import type { MarkdownHeading } from './markdown-levels';

/**
 * Plain texts that underline their titles (`Findings` over `========`, `2. Scope` over `------`):
 * reStructuredText reports and the plain-text documents that follow its habit. Each adornment
 * character is a level, in the order the text first uses it; a title over- and underlined is a
 * level of its own. The levels are ranked as Markdown's are (markdown-levels.ts).
 */
export function findUnderlinedHeadings(lines: Lines, skip: (i: number) => boolean): MarkdownHeading[] {
  const found: MarkdownHeading[] = [];
  const styles: string[] = [];
  for (let i = 1; i < lines.count; i++) {
    if (!startsAdornment(lines, i) || skip(i) || skip(i - 1)) continue;
    const underline = ADORNMENT.exec(lines.text(i))?.[0];
    if (!underline || lines.firstCode(i - 1) < 0) continue;
    const title = lines.text(i - 1).trim();
    // A numbered title may be underlined (`2. Scope`); a bulleted line under a rule is no title.
    if (underline.length < title.length / 2 || !isTitleShaped(title) || BULLETED.test(title)) continue;
    const over = i >= 2 && lines.text(i - 2).trim() === underline ? 1 : 0;
    if (!over && i >= 2 && lines.firstCode(i - 2) >= 0 && !skip(i - 2)) continue; // a paragraph's last line
    const style = (over ? 'over' : '') + underline[0];
    if (!styles.includes(style)) styles.push(style);
    found.push({ line: i - 1, level: styles.indexOf(style) + 1, title, last: i });
  }
  return found;
}

/**
 * The line opens with one adornment character three times, at its first column: read by code,
 * as this runs on every line of a plain text (bullets start with `-` too).
 */
function startsAdornment(lines: Lines, i: number): boolean {
  const code = lines.firstCode(i);
  if (!isAdornment(code)) return false;
  const at = lines.start(i);
  return lines.source.charCodeAt(at) === code && lines.source.charCodeAt(at + 1) === code && lines.source.charCodeAt(at + 2) === code;
}

/** One adornment character repeated, three times at least: `=`, `-`, `~`, `^`, `*`, `+`, `#`, `_`. */
const ADORNMENT = /^(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,}|\+{3,}|#{3,}|_{3,})(?=\s*$)/;
const BULLETED = /^[-*+•・]\s/;
/** `=-~^*+#_` by comparison (a set lookup per line costs more, on every line of a plain text). */
function isAdornment(code: number): boolean {
  return code === 0x3d || code === 0x2d || code === 0x7e || code === 0x5e || code === 0x2a || code === 0x2b || code === 0x23 || code === 0x5f;
}
