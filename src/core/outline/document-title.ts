import { frontMatterEnd, frontMatterTitle } from './rules/front-matter';

/**
 * The title a reader sees first. Texts extracted from PDFs and web pages open with their cover
 * line (the report's name) and Markdown files with a `#` heading, so the first line with text
 * names the document; a site's page names it in its front matter (`title:`), or under it. A first
 * line that is long running text is no title, and the caller falls back to the file name.
 */
const MAX_TITLE_LENGTH = 80;
/** A title is read from the opening of the text only: a document's length must not matter. */
const OPENING_LENGTH = 4000;
/** An RFC draft's front matter lists its authors and references before it closes: read further. */
const FRONT_MATTER_OPENING_LENGTH = 32_000;

export function documentTitle(text: string): string | undefined {
  const opening = text.startsWith('---', text.charCodeAt(0) === 0xfeff ? 1 : 0) ? FRONT_MATTER_OPENING_LENGTH : OPENING_LENGTH;
  const lines = text.slice(0, opening).replace(/^\uFEFF/, '').split(/\r?\n/);
  const frontMatter = frontMatterEnd(lines);
  const named = frontMatter === undefined ? undefined : frontMatterTitle(lines, frontMatter);
  if (named) return named.length <= MAX_TITLE_LENGTH ? named : undefined;
  for (const raw of lines.slice(frontMatter === undefined ? 0 : frontMatter + 1)) {
    const line = raw.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (/^---$/.test(line)) return undefined; // metadata not read as front matter: no cover line to read
    return line.length <= MAX_TITLE_LENGTH ? line : undefined;
  }
  return undefined;
}
