import { LESS_THAN } from './line-start';

/**
 * `<span class="q-a">Q7.</span> …`, `…、<ins>仕組み</ins>があれば`, `<td><strong>…`: the tags of HTML
 * that Markdown written from Word, converted from PDF or kept in a repository sets around words
 * (spans for indents, marks of an edit, a table's cells). A title shows the words, not the tags
 * (and no tag of a file is ever rendered).
 */
export function withoutInlineTags(title: string): string {
  if (!title.includes('<')) return title;
  // A title that is nothing but tags (code a converter set as a heading) stays as written.
  return title.replace(TAG, '').replace(SPACES, ' ').trim() || title;
}

/** A tag has a Latin name right after its bracket: `a < b` and `<提言>` are text. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g;
const SPACES = / {2,}/g;

/**
 * The text of a line that is one HTML paragraph (`<p> Section 1.  Introduction.</p>`, the
 * paragraph's text perhaps in a `<span>` too), its tags off; undefined for any other line. Only
 * the tags that wrap a paragraph's text are read: a list's or a table's cells are not paragraphs.
 */
export function taggedParagraphText(line: string): string | undefined {
  const m = TAGGED_PARAGRAPH.exec(line);
  if (!m) return undefined;
  const text = withoutInlineTags(m[1]).trim();
  return text && text.charCodeAt(0) !== LESS_THAN ? text : undefined;
}

const TAGGED_PARAGRAPH = /^\s*<(?:p|div)(?:\s[^<>]*)?>(.*?)<\/(?:p|div)>\s*$/i;
