import type { Lines } from '../lines';
import { taggedParagraphText, withoutInlineTags } from '../rules/inline-html';
import { LESS_THAN } from '../rules/line-start';

/** The words a line's HTML tags wrap, and the last line they run over. */
export interface TaggedText {
  text: string;
  last: number;
  /** The words after the closing tag on its line (`<u>Sec. 3.</u>  Definitions.  For …`: the title the number's tag left out). */
  after: string;
}

/**
 * The text that opens line i inside HTML tags: a whole paragraph (`<p> Section 1.  Introduction.</p>`),
 * or a run-in heading that a converter kept in the tag marking it (`<span style="text-decoration:
 * underline">Sec. 6.  Standardizing the` / `Playbook. </span>  (a) The …`, as pandoc keeps the
 * underlined section titles of orders published as web pages; `<u>`, `<b>`, `<strong>` alike), its
 * words wrapped over a few lines. Undefined where the line opens with no such tag or it does not close.
 */
export function taggedLineText(lines: Lines, i: number): TaggedText | undefined {
  const line = lines.text(i);
  const paragraph = taggedParagraphText(line);
  if (paragraph !== undefined) return { text: paragraph, last: i, after: '' };
  const open = OPENING_INLINE_TAG.exec(line);
  if (!open) return undefined;
  const close = closingTag(open[1].toLowerCase());
  let words = line.slice(open[0].length);
  for (let j = i; j < lines.count && j <= i + MOST_WRAPPED_LINES; j++) {
    if (j > i) {
      if (lines.firstCode(j) < 0) return undefined;
      words = `${words} ${lines.text(j).trim()}`;
    }
    const end = close.exec(words);
    if (end) {
      const text = withoutInlineTags(words.slice(0, end.index)).replace(SPACES, ' ').trim();
      const after = withoutInlineTags(words.slice(end.index + end[0].length)).trim();
      return text && text.charCodeAt(0) !== LESS_THAN ? { text, last: j, after } : undefined;
    }
  }
  return undefined;
}

/** The expression that finds a tag's closing, compiled once for each of the few tags read. */
function closingTag(name: string): RegExp {
  let close = CLOSING_TAGS.get(name);
  if (!close) CLOSING_TAGS.set(name, (close = new RegExp(`</${name}\\s*>`, 'i')));
  return close;
}
const CLOSING_TAGS = new Map<string, RegExp>();

/** A tag that marks words inline, opening the line: a span (its style underlining), an underline, bold. */
const OPENING_INLINE_TAG = /^\s*<(span|u|b|strong)(?:\s[^<>]*)?>/i;
/** A run-in title wraps over this many lines after its first at most. */
const MOST_WRAPPED_LINES = 3;
const SPACES = /\s+/g;
