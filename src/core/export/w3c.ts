import type { Annotation } from '../annotations/model';
import { LineIndex } from '../text/line-index';
import { codePointOffset } from './code-points';
import type { PreparedDocument } from './rows';
import {
  EXPORT_CONTEXT, ID_PREFIX, agentFor, pathToIri,
  type W3cAnnotation, type W3cCollection, type W3cTextualBody,
} from './w3c-model';

export interface W3cExportOptions {
  /** The collection's IRI; stable by default so that exporting twice gives the same bytes. */
  id?: string;
  label?: string;
}

/**
 * One AnnotationCollection whose first (and only) page embeds every annotation: the simplest
 * form the model allows for a file. Replies follow their parent as `replying` annotations.
 */
export function toW3c(documents: readonly PreparedDocument[], options: W3cExportOptions = {}): string {
  const id = options.id ?? `${ID_PREFIX}collection`;
  const items = documents.flatMap(d => {
    const lines = new LineIndex(d.text);
    return d.rows.flatMap(row => {
      // An orphan keeps its stored position, so that importing gives back what was exported.
      const range = row.range ?? { start: lines.offsetAt(row.annotation.start), end: lines.offsetAt(row.annotation.end) };
      return [
        annotationItem(d.path, row.annotation, codePointOffset(d.text, range.start), codePointOffset(d.text, range.end)),
        ...(row.annotation.replies ?? []).map((reply, i): W3cAnnotation => ({
          id: replyId(row.annotation.id, i),
          type: 'Annotation',
          motivation: 'replying',
          creator: agentFor(reply.author),
          created: reply.created,
          body: { type: 'TextualBody', value: reply.note, format: 'text/plain' },
          target: annotationId(row.annotation.id),
          ...(reply.merged ? { mergedReply: true } : {}),
        })),
      ];
    });
  });
  const collection: W3cCollection = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Policy Annotator annotations',
    total: items.length,
    first: { id: `${id}/page/1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function annotationItem(path: string, a: Annotation, start: number, end: number): W3cAnnotation {
  const body: W3cTextualBody[] = [];
  if (a.note !== undefined) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags ?? []) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: annotationId(a.id),
    type: 'Annotation',
    motivation: a.note !== undefined ? 'commenting' : a.tags?.length ? 'tagging' : 'highlighting',
    creator: agentFor(a.author),
    created: a.created,
    ...(a.updated !== undefined ? { modified: a.updated } : {}),
    ...(body.length ? { body } : {}),
    target: {
      source: pathToIri(path),
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

export function annotationId(id: string): string {
  return `${ID_PREFIX}${id}`;
}

function replyId(parentId: string, index: number): string {
  return `${annotationId(parentId)}/reply/${index + 1}`;
}
