/**
 * `[]{#_Toc160501102 .anchor}第１\u3000意見の趣旨`, `[重要]{.underline}`: pandoc writes a Word document's
 * bookmarks as empty spans with attributes, and underlined or styled runs as spans around their
 * text. The reader sees the text alone; so does a title, and so does a label read from it.
 */
export function withoutSpanAttributes(text: string): string {
  return text.includes(']{') ? text.replace(SPAN_WITH_ATTRIBUTES, '$1') : text;
}

/** A bracketed span (no brackets inside) followed by its attributes: an id, a class or a key. */
const SPAN_WITH_ATTRIBUTES = /\[([^[\]]*)\]\{(?:[#.][\w:.-]+|[\w-]+=[^}\s]*)(?:\s+(?:[#.][\w:.-]+|[\w-]+=[^}\s]*))*\}/g;
