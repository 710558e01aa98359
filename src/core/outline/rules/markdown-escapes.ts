/**
 * `2\. When the code applies`, `Providers \(NCPs\)`: Markdown's backslash before a punctuation
 * mark, which converters from Word, Google Docs and PDF write so that a number is not read as a
 * list or a bracket as a link. The reader sees the mark alone; so does a title.
 */
export function withoutMarkdownEscapes(title: string): string {
  return title.includes('\\') ? title.replace(ESCAPED_PUNCTUATION, '$1') : title;
}

/** CommonMark escapes ASCII punctuation only: `\n` in a path or `C:\Users` stays as written. */
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g;
