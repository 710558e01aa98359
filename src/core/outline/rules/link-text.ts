/**
 * `[Improve Public Engagement.](./improve-engagement/)`: a Markdown link in a title, as web pages
 * and converted reports write one around a recommendation that has a page of its own. A title shows
 * the link's text; the address is no part of what the document says (and is never made a link).
 */
export function withoutLinkMarkup(title: string): string {
  if (!title.includes('](') && !title.includes('][')) return title;
  return title.replace(IMAGE, '').replace(INLINE_LINK, '$1').replace(REFERENCE_LINK, '$1').trim();
}

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const INLINE_LINK = /\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
