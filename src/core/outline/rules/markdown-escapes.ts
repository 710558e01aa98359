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

/**
 * `3\. Member States should …` over `\(a\) use thresholds …`: pandoc escapes the numbers a Word
 * document typed by hand (a legal act's points, a report's numbered paragraphs), so that they stay
 * text; they number the text all the same, in bold too (`__\(1\)\u3000…__`, as mammoth writes a
 * titled measure). Each backslash of such a marker at a line's start becomes a space before it, so
 * that the line reads as the item it is and every offset stays.
 */
export function withEscapedMarkersAsItems(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPED_MARKER, (_, indent: string, number?: string, close?: string, inner?: string) =>
    number !== undefined ? ` ${indent}${number}${close}` : `  ${indent}(${inner})`) : text;
}

const ESCAPED_MARKER = /^([ \t]*(?:\*\*|__)?)(?:([0-9]{1,3})\\([.)])|\\\(([0-9]{1,3}|[a-z]{1,4}|[A-Z])\\\))(?=[ \t\u3000])/gm;

/**
 * `…改修費用を支援します。\` over `（拡充：…）`: pandoc writes a line break inside a Word paragraph as a
 * backslash at the line's end. The reader sees no mark there: it becomes a space, every offset kept,
 * so that the line ends as its sentence does.
 */
export function withoutHardLineBreaks(text: string): string {
  return text.includes('\\') ? text.replace(HARD_LINE_BREAK, ' ') : text;
}

const HARD_LINE_BREAK = /(?<!\\)\\(?=\r?\n)/g;
