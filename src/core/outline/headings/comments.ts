import type { Lines } from '../lines';
import { LESS_THAN } from '../rules/line-start';

/**
 * Lines wholly inside an HTML comment of a Markdown text (`<!-- … -->`): translations that keep
 * each source paragraph in a comment above its translation, drafts with passages commented out,
 * editors' notes. A reader never sees them, so they make no heading, item or recommendation.
 * A comment opens at the start of a line; a line with visible text after the comment's end is
 * shown, and a comment never closed is left alone (a stray `<!--` in prose).
 */
export function findCommentLines(lines: Lines): Uint8Array | undefined {
  const source = lines.source;
  if (source.indexOf(OPEN) < 0) return undefined;
  let hidden: Uint8Array | undefined;
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) !== LESS_THAN) continue;
    const opens = source.indexOf(OPEN, lines.start(i));
    if (opens < 0) break;
    if (opens >= lines.end(i) || source.slice(lines.start(i), opens).trim()) continue;
    const closes = source.indexOf(CLOSE, opens + OPEN.length);
    if (closes < 0) break;
    let last = i;
    while (last + 1 < lines.count && lines.end(last) < closes + CLOSE.length) last++;
    const shownAfter = source.slice(closes + CLOSE.length, lines.end(last)).trim() !== '';
    hidden ??= new Uint8Array(lines.count);
    for (let j = i; j <= (shownAfter ? last - 1 : last); j++) hidden[j] = 1;
    i = last;
  }
  return hidden;
}

const OPEN = '<!--';
const CLOSE = '-->';
