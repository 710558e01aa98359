/**
 * The title a reader sees first. Texts extracted from PDFs and web pages open with their cover
 * line (the report's name) and Markdown files with a `#` heading, so the first line with text
 * names the document; a first line that is long running text is no title, and the caller falls
 * back to the file name.
 */
const MAX_TITLE_LENGTH = 80;
/** A title is read from the opening of the text only: a document's length must not matter. */
const OPENING_LENGTH = 4000;

export function documentTitle(text: string): string | undefined {
  const opening = text.slice(0, OPENING_LENGTH).replace(/^\uFEFF/, '');
  for (const raw of opening.split(/\r?\n/)) {
    const line = raw.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (/^---$/.test(line)) return undefined; // YAML front matter: no cover line to read
    return line.length <= MAX_TITLE_LENGTH ? line : undefined;
  }
  return undefined;
}
