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
