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

function writeAnnotation(out: string[], a: Annotation): void {
  const lines: string[] = [];
  lines.push(`id: ${scalar(a.id)}`, `quote: ${scalar(a.quote)}`, `prefix: ${scalar(a.prefix)}`, `suffix: ${scalar(a.suffix)}`);
  lines.push(`start: ${position(a.start)}`, `end: ${position(a.end)}`);
  if (a.tags !== undefined) lines.push(`tags: [${a.tags.map(tag => scalar(tag, true)).join(', ')}]`);
  if (a.note !== undefined) pushNote(lines, a.note, true);
  lines.push(`author: ${scalar(a.author)}`, `created: ${scalar(a.created)}`);
  if (a.updated !== undefined) lines.push(`updated: ${scalar(a.updated)}`);
  if (a.replies !== undefined) {
    if (a.replies.length === 0) lines.push('replies: []');
    else {
      lines.push('replies:');
      for (const reply of a.replies) pushItem(lines, replyLines(reply), '  ');
    }
  }
  pushItem(out, lines, '  ');
}

function replyLines(reply: Reply): string[] {
  const lines = [`author: ${scalar(reply.author)}`, `created: ${scalar(reply.created)}`];
  pushNote(lines, reply.note, false);
  if (reply.merged !== undefined) lines.push(`merged: ${reply.merged}`);
  return lines;
}

/** Adds a map as a sequence item: `- ` before its first line, the rest indented to match. */
function pushItem(out: string[], lines: string[], indent: string): void {
  lines.forEach((line, i) => out.push(line === '' ? '' : `${indent}${i === 0 ? '- ' : '  '}${line}`));
}

/**
 * An annotation's note is always a `|-` block when one can hold it, as in the format's
 * definition: adding a second line later then changes only that line in a diff. A reply's
 * note is one line unless it has line breaks.
 */
function pushNote(lines: string[], note: string, preferBlock: boolean): void {
  const multiLine = note.includes('\n');
  if (!(preferBlock || multiLine) || !fitsLiteralBlock(note)) {
    lines.push(`note: ${multiLine ? doubleQuoted(note) : scalar(note)}`);
    return;
  }
  lines.push('note: |-');
  for (const line of note.split('\n')) lines.push(line === '' ? '' : `  ${line}`);
}

function position(p: LineColumn): string {
  return `${p.line}:${p.column}`;
}
