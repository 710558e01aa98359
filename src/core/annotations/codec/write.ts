import type { LineColumn } from '../../text/line-index';
import { SCHEMA_ID, type Annotation, type AnnotationFile, type Reply } from '../model';
import { compareAnnotations } from './order';
import { commentText, doubleQuoted, fitsLiteralBlock, scalar } from './scalars';

/**
 * The canonical text of an annotation file: a header comment, then `schema`, `document` and
 * the annotations sorted by position, each with its keys in a fixed order, one line per value
 * (multi-line notes as `|-` blocks), LF line ends and a final newline. The same model always
 * gives the same bytes, so saving an unchanged model rewrites nothing and diffs stay small.
 */
export function writeCanonical(file: AnnotationFile): string {
  const out: string[] = [
    `# Policy Annotator annotations for ${commentText(file.document)}`,
    `schema: ${SCHEMA_ID}`,
    `document: ${scalar(file.document)}`,
  ];
  const annotations = [...file.annotations].sort(compareAnnotations);
  if (annotations.length === 0) out.push('annotations: []');
  else {
    out.push('annotations:');
    for (const annotation of annotations) writeAnnotation(out, annotation);
  }
  return out.join('\n') + '\n';
}

/** Annotations are items of `annotations:`; lines are pushed with their indentation, with no temporary lists. */
const ITEM = '  - ';
const KEY = '    ';
const REPLY_ITEM = '      - ';
const REPLY_KEY = '        ';

function writeAnnotation(out: string[], a: Annotation): void {
  out.push(
    `${ITEM}id: ${scalar(a.id)}`,
    `${KEY}quote: ${scalar(a.quote)}`,
    `${KEY}prefix: ${scalar(a.prefix)}`,
    `${KEY}suffix: ${scalar(a.suffix)}`,
    `${KEY}start: ${position(a.start)}`,
    `${KEY}end: ${position(a.end)}`,
  );
  if (a.mark !== undefined) out.push(`${KEY}mark: ${a.mark}`);
  if (a.tags !== undefined) out.push(`${KEY}tags: [${a.tags.map(tag => scalar(tag, true)).join(', ')}]`);
  if (a.note !== undefined) pushNote(out, KEY, a.note, true);
  out.push(`${KEY}author: ${scalar(a.author)}`, `${KEY}created: ${scalar(a.created)}`);
  if (a.updated !== undefined) out.push(`${KEY}updated: ${scalar(a.updated)}`);
  if (a.replies !== undefined) {
    if (a.replies.length === 0) out.push(`${KEY}replies: []`);
    else {
      out.push(`${KEY}replies:`);
      for (const reply of a.replies) writeReply(out, reply);
    }
  }
}

function writeReply(out: string[], reply: Reply): void {
  out.push(`${REPLY_ITEM}author: ${scalar(reply.author)}`, `${REPLY_KEY}created: ${scalar(reply.created)}`);
  pushNote(out, REPLY_KEY, reply.note, false);
  if (reply.merged !== undefined) out.push(`${REPLY_KEY}merged: ${reply.merged}`);
}

/**
 * An annotation's note is always a `|-` block when one can hold it, as in the format's
 * definition: adding a second line later then changes only that line in a diff. A reply's
 * note is one line unless it has line breaks.
 */
function pushNote(out: string[], indent: string, note: string, preferBlock: boolean): void {
  const multiLine = note.includes('\n');
  if (!(preferBlock || multiLine) || !fitsLiteralBlock(note)) {
    out.push(`${indent}note: ${multiLine ? doubleQuoted(note) : scalar(note)}`);
    return;
  }
  out.push(`${indent}note: |-`);
  const blockIndent = indent + '  ';
  for (const line of note.split('\n')) out.push(line === '' ? '' : blockIndent + line);
}

function position(p: LineColumn): string {
  return `${p.line}:${p.column}`;
}
