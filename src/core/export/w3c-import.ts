import { annotationProblems, replyProblems } from '../annotations/codec/validate';
import type { Annotation, AnnotationFile, Reply } from '../annotations/model';
import { LineIndex, type LineColumn } from '../text/line-index';
import { utf16Offset } from './code-points';
import {
  ID_PREFIX, authorOf, iriToPath,
  type W3cAnnotation, type W3cTextPositionSelector, type W3cTextQuoteSelector, type W3cTextualBody,
} from './w3c-model';

/** The annotation file of one document, recreated from an export. */
export interface ImportedFile {
  /** The document's path relative to the folder imported into, `/` separators. */
  path: string;
  file: AnnotationFile;
}

export interface ImportMessage {
  severity: 'error' | 'warning';
  /** Which item: `items[3] (urn:policy-annotator:…)` or the document. */
  where: string;
  message: string;
}

export interface ImportResult {
  files: ImportedFile[];
  /** Errors name what was left out; warnings what was imported with a guess. */
  messages: ImportMessage[];
}

/** A document path the caller will not read (outside the folder imported into, say), and why. */
export interface RefusedDocument {
  refused: string;
}

/**
 * Reads a W3C Web Annotation export (a collection with embedded pages, a page, an array or one
 * annotation) back into annotation files. `readText` gives a document's current text (or
 * undefined when it is missing): positions are code points in the export and line:column here.
 * Only annotations with our ids (`urn:policy-annotator:…`) are read; others are reported.
 */
export function importW3c(json: string, readText: (path: string) => string | undefined | RefusedDocument): ImportResult {
  const messages: ImportMessage[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { files: [], messages: [{ severity: 'error', where: 'JSON', message: error instanceof Error ? error.message : String(error) }] };
  }
  const items = itemsOf(data);
  if (!items) {
    return { files: [], messages: [{ severity: 'error', where: 'top level', message: 'expected an AnnotationCollection, an AnnotationPage or an array of annotations' }] };
  }

  const byId = new Map<string, { annotation: Annotation; where: string; path: string }>();
  const firstItem = new Map<string, number>();
  const files = new Map<string, AnnotationFile>();
  const texts = new Map<string, LineIndexedText | RefusedDocument | undefined>();
  const replies: { where: string; parent: string; reply: Reply }[] = [];

  items.forEach((item, index) => {
    const where = `items[${index}]${isObject(item) && typeof item.id === 'string' ? ` (${item.id})` : ''}`;
    const fail = (message: string) => messages.push({ severity: 'error', where, message });
    if (!isObject(item) || item.type !== 'Annotation') return fail('not an Annotation');
    const a = item as unknown as W3cAnnotation;
    if (typeof a.id !== 'string' || !a.id.startsWith(ID_PREFIX)) return fail(`the id does not start with ${ID_PREFIX}: not exported by Policy Annotator`);
    const bodies = bodiesOf(a);
    if (a.motivation === 'replying') {
      const parent = parentIdOf(a.target);
      if (!parent) return fail('a reply without the id of the annotation it answers');
      const reply: Reply = { author: authorOf(a.creator), created: a.created ?? '', note: bodies[0]?.value ?? '' };
      if (a.mergedReply === true) reply.merged = true;
      replies.push({ where, parent, reply });
      return;
    }
    if (!isObject(a.target) || typeof a.target.source !== 'string') return fail('no target document (target.source)');
    const selectors = Array.isArray(a.target.selector) ? a.target.selector : [a.target.selector];
    const quote = selectors.find((s): s is W3cTextQuoteSelector => isObject(s) && s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
    if (!quote) return fail('no TextQuoteSelector with the exact quote');
    const position = selectors.find((s): s is W3cTextPositionSelector => isObject(s) && s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end));

    const path = iriToPath(a.target.source);
    if (!texts.has(path)) texts.set(path, indexed(readText(path)));
    const text = texts.get(path);
    if (!text) return fail(`the document ${path} is not there, so its positions cannot be turned into lines`);
    if ('refused' in text) return fail(`the document ${path} ${text.refused}; not imported`);
    const earlier = firstItem.get(a.id);
    if (earlier !== undefined) return fail(`the id is also that of items[${earlier}], which was imported; this one was left out`);
    const located = locate(text, quote, position);
    if (!located) messages.push({ severity: 'warning', where, message: `the quote is not in ${path}; imported at 1:1 and will show as orphaned` });

    const annotation: Annotation = {
      id: a.id.slice(ID_PREFIX.length),
      quote: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
      start: located?.start ?? { line: 1, column: 1 },
      end: located?.end ?? { line: 1, column: 1 },
    } as Annotation;
    const tags = bodies.filter(b => b.purpose === 'tagging').map(b => b.value);
    if (tags.length) annotation.tags = tags;
    const note = bodies.find(b => b.purpose === 'commenting' || b.purpose === undefined);
    if (note) annotation.note = note.value;
    annotation.author = authorOf(a.creator);
    annotation.created = a.created ?? '';
    if (a.modified !== undefined) annotation.updated = a.modified;
    firstItem.set(a.id, index);
    byId.set(a.id, { annotation, where, path });
  });

  for (const { where, parent, reply } of replies) {
    const annotation = byId.get(parent)?.annotation;
    const refused = annotation ? replyProblems(reply) : [];
    if (!annotation) messages.push({ severity: 'error', where, message: `a reply to ${parent}, which is not in the export` });
    else if (refused.length > 0) messages.push({ severity: 'error', where, message: `not imported: ${refused.join('; ')}` });
    else (annotation.replies ??= []).push(reply);
  }
  // Checked as the reader will check the file: one bad item would make every annotation of its file unreadable.
  for (const { annotation, where, path } of byId.values()) {
    const refused = annotationProblems(annotation);
    if (refused.length > 0) messages.push({ severity: 'error', where, message: `not imported: ${refused.join('; ')}` });
    else fileFor(files, path).annotations.push(annotation);
  }
  return { files: [...files].map(([path, file]) => ({ path, file })), messages };
}

interface LineIndexedText {
  text: string;
  lines: LineIndex;
}

function indexed(text: string | undefined | RefusedDocument): LineIndexedText | RefusedDocument | undefined {
  if (text === undefined || typeof text !== 'string') return text;
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return { text: clean, lines: new LineIndex(clean) };
}

/** The position selector when there is one; otherwise the quote in its context, then alone. */
function locate(doc: LineIndexedText, quote: W3cTextQuoteSelector, position?: W3cTextPositionSelector): { start: LineColumn; end: LineColumn } | undefined {
  let start: number;
  let end: number;
  if (position) {
    start = utf16Offset(doc.text, position.start);
    end = utf16Offset(doc.text, position.end);
  } else {
    const withContext = doc.text.indexOf((quote.prefix ?? '') + quote.exact + (quote.suffix ?? ''));
    start = withContext !== -1 ? withContext + (quote.prefix ?? '').length : doc.text.indexOf(quote.exact);
    if (start === -1) return undefined;
    end = start + quote.exact.length;
  }
  return { start: doc.lines.positionAt(start), end: doc.lines.positionAt(end) };
}

function itemsOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return undefined;
  if (data.type === 'Annotation') return [data];
  if (data.type === 'AnnotationPage' && Array.isArray(data.items)) return data.items;
  if (data.type === 'AnnotationCollection') {
    // Only pages embedded in the file are read: an export never points elsewhere.
    const items: unknown[] = [];
    for (let page = data.first; isObject(page) && Array.isArray(page.items); page = page.next) items.push(...page.items);
    return items;
  }
  return undefined;
}

/** A reply targets its parent by id: a plain IRI, or an object with an `id`. */
function parentIdOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  return isObject(target) && typeof target.id === 'string' ? target.id : undefined;
}

function bodiesOf(a: W3cAnnotation): W3cTextualBody[] {
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  return bodies.filter((b): b is W3cTextualBody => isObject(b) && typeof b.value === 'string');
}

function fileFor(files: Map<string, AnnotationFile>, path: string): AnnotationFile {
  let file = files.get(path);
  if (!file) {
    file = { document: path.slice(path.lastIndexOf('/') + 1), annotations: [] };
    files.set(path, file);
  }
  return file;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
