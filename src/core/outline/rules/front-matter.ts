/** A block is read this far at most: metadata, not a document (an RFC draft's lists its references too). */
export const FRONT_MATTER_MOST_LINES = 400;
const FENCE = /^---\s*$/;
/** `---` or `...`; kramdown-rfc drafts (IETF and IAB documents) close it with `--- abstract`. */
const CLOSING = /^(?:---(?:\s+[a-z]+)?|\.\.\.)\s*$/;
/** A key and its value, a list entry, an indented continuation or a YAML comment. */
const YAML_LINE = /^(?:[A-Za-z_][\w.-]*\s*:(?:\s|$)|\s+\S|-\s|#)/;

/**
 * The YAML metadata block that opens a Markdown file of a static site or a notes tool (Jekyll,
 * Hugo, Docusaurus, Obsidian): `---` on the first line, `key: value` lines, and `---` or `...`
 * closing it. A reader of the rendered page never sees it, so it holds no heading or item; its
 * `title:` names the document. Returns the block's last line (the lines [0, end] are the block),
 * or undefined when the text opens otherwise. The caller has taken off a BOM.
 */
export function frontMatterEnd(lines: readonly string[]): number | undefined {
  if (!lines.length || !FENCE.test(lines[0])) return undefined;
  let keys = 0;
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MOST_LINES); i++) {
    const line = lines[i];
    if (CLOSING.test(line)) return keys ? i : undefined;
    if (!line.trim()) continue;
    if (!YAML_LINE.test(line)) return undefined;
    if (/^[A-Za-z_]/.test(line)) keys++;
  }
  return undefined;
}

/**
 * The `title:` of a front matter block, its quotes taken off. Some site themes (Jekyll's among
 * them) head the page with a `header:` key instead; a scalar one names the page where no `title:`
 * does (a mapping `header:`, a theme's banner image and the like, names nothing).
 */
export function frontMatterTitle(lines: readonly string[], end: number): string | undefined {
  return frontMatterValue(lines, end, TITLE_KEY) ?? frontMatterValue(lines, end, HEADER_KEY);
}

const TITLE_KEY = /^title\s*:\s*(.+?)\s*$/;
const HEADER_KEY = /^header\s*:\s*(.+?)\s*$/;

function frontMatterValue(lines: readonly string[], end: number, key: RegExp): string | undefined {
  for (let i = 1; i < end; i++) {
    const m = key.exec(lines[i]);
    if (m) return m[1].replace(/^(["'])(.*)\1$/, '$2').trim() || undefined;
  }
  return undefined;
}
