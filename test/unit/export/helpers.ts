import type { Annotation } from '../../../src/core/annotations/model';
import type { ExportRow, PreparedDocument } from '../../../src/core/export/rows';
import { LineIndex } from '../../../src/core/text/line-index';

/** An annotation of `quote` at its first occurrence in `text`, with the fields tests vary. */
export function annotationOf(text: string, quote: string, fields: Partial<Annotation> & { id: string }): Annotation {
  const lines = new LineIndex(text);
  const at = text.indexOf(quote);
  if (at === -1) throw new Error(`test text does not contain ${quote}`);
  return {
    quote,
    prefix: text.slice(Math.max(0, at - 32), at),
    suffix: text.slice(at + quote.length, at + quote.length + 32),
    start: lines.positionAt(at),
    end: lines.positionAt(at + quote.length),
    author: 'Hanako Yamada <hanako@example.org>',
    created: '2026-11-20T09:30:00Z',
    ...fields,
  };
}

/** A prepared document whose annotations stand where their stored positions say. */
export function preparedDocument(path: string, text: string, annotations: Annotation[], chapterOf: (a: Annotation) => string | undefined = () => undefined): PreparedDocument {
  const lines = new LineIndex(text);
  const rows = annotations.map((annotation): ExportRow => ({
    document: path,
    annotation,
    range: { start: lines.offsetAt(annotation.start), end: lines.offsetAt(annotation.end) },
    start: annotation.start,
    end: annotation.end,
    chapter: chapterOf(annotation),
  }));
  return { path, text, outline: { format: 'plain', nodes: [] }, rows };
}
