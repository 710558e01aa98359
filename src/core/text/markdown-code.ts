/**
 * Text as a Markdown code span that nothing inside can end: the fence is one backtick longer
 * than the longest run of backticks in the text (CommonMark), and a space pads a text that
 * starts or ends with one. Inside, `[`, `<` and `*` are plain characters, so a tag from a
 * colleague's file can never become a link, a command or HTML.
 */
export function markdownCode(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return fence + pad + text + pad + fence;
}
