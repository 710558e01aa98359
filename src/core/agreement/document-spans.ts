import type { PreparedDocument } from '../export/rows';
import { ownTags } from '../tags';

/** Annotations without a tag still mark a passage; they are compared under this category. */
export const UNTAGGED = '';

/** One coder's passage under one tag, in code points of its document. */
export interface CoderSpan {
  coder: number;
  tag: string;
  start: number;
  end: number;
  /** The annotation it comes from. */
  id: string;
}

/** What the agreement measures read of one document. */
export interface DocumentSpans {
  path: string;
  /** The document's length in code points. */
  length: number;
  /** UTF-16 offset -> code point offset. */
  toCodePoint: (utf16: number) => number;
  /** Code point offset -> UTF-16 offset. */
  toUtf16: (codePoint: number) => number;
  /** Indices of the chosen coders who annotated this document (with at least one annotation). */
  present: Set<number>;
  /** Anchored annotations of the chosen coders, one span per tag, sorted by start. */
  spans: CoderSpan[];
}

/** Reads the chosen coders' anchored annotations of a document; orphans have no place to compare. */
export function documentSpans(document: PreparedDocument, coders: number, coderOfAuthor: (author: string) => number | undefined): DocumentSpans {
  const { toCodePoint, toUtf16, length } = codePointMaps(document.text);
  const present = new Set<number>();
  const spans: CoderSpan[] = [];
  const tagsOf = ownTagsCached();
  for (const row of document.rows) {
    const coder = coderOfAuthor(row.annotation.author);
    if (coder === undefined || coder >= coders) continue;
    present.add(coder);
    if (!row.range || row.range.end <= row.range.start) continue;
    const start = toCodePoint(row.range.start);
    const end = toCodePoint(row.range.end);
    const tags = tagsOf(row.annotation.tags ?? []);
    for (const tag of tags.length > 0 ? tags : [UNTAGGED]) spans.push({ coder, tag, start, end, id: row.annotation.id });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { path: document.path, length, toCodePoint, toUtf16, present, spans };
}

/**
 * `ownTags`, remembered for annotations with one tag: thousands of annotations share a few tags,
 * and normalising each anew costs more than the rest of reading them.
 */
function ownTagsCached(): (tags: readonly string[]) => string[] {
  const single = new Map<string, string[]>();
  return tags => {
    if (tags.length !== 1) return ownTags(tags);
    let own = single.get(tags[0]);
    if (!own) single.set(tags[0], own = ownTags(tags));
    return own;
  };
}

/** Offsets in code points; a text without characters outside the BMP needs no table. */
function codePointMaps(text: string): { toCodePoint: (o: number) => number; toUtf16: (c: number) => number; length: number } {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    return { toCodePoint: o => o, toUtf16: c => c, length: text.length };
  }
  const codePointAt = new Uint32Array(text.length + 1);
  const utf16At: number[] = [];
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    codePointAt[i] = count;
    utf16At.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) codePointAt[++i] = count;
    count++;
  }
  codePointAt[text.length] = count;
  utf16At.push(text.length);
  return { toCodePoint: o => codePointAt[Math.max(0, Math.min(o, text.length))], toUtf16: c => utf16At[Math.max(0, Math.min(c, count))], length: count };
}
