import { parseAnnotationFile, stringifyAnnotationFile } from '../annotations/codec';
import type { Annotation, AnnotationFile, Reply } from '../annotations/model';
import { describeTarget } from '../annotations/target';
import { utf16Offset } from '../export/code-points';
import type { ImportMessage, ImportResult } from '../export/w3c-import';
import { LineIndex } from '../text/line-index';
import { readCodeTree } from './codebook-xml';
import { ulidFromGuid } from './guid';
import { REPLY_NAME } from './project-xml';
import { unpackQdpx } from './qdpx';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml-parse';

/** A workspace document that a project's text source stands for. */
export interface FoundDocument {
  /** Relative to the folder imported into, `/` separators. */
  path: string;
  text: string;
}

export interface QdpxImportOptions {
  /** The document a source names (our exports name the relative path; other tools a file name). */
  findDocument(sourceName: string): FoundDocument | undefined;
  /** Who an annotation is by when the project names no user for it (the importer, from git). */
  defaultAuthor: string;
}

/**
 * Reads the codings on text sources of a REFI-QDA project archive back into annotation files:
 * each `PlainTextSelection` becomes an annotation whose id is its GUID's ULID, whose quote is
 * the selected text of the archived source, whose tags are its codes (`parent/child`), whose
 * note and replies are its notes. Each annotation is checked by the annotation file's own
 * reader before it is kept, so nothing is imported that would make a file unreadable.
 */
export function importQdpx(bytes: Uint8Array, options: QdpxImportOptions): ImportResult {
  const messages: ImportMessage[] = [];
  const unpacked = unpackQdpx(bytes);
  if (!unpacked.ok) return { files: [], messages: [{ severity: 'error', where: 'archive', message: unpacked.message }] };
  const parsed = parseXml(unpacked.archive.project);
  if (!parsed.ok) return { files: [], messages: [{ severity: 'error', where: 'project.qde', message: parsed.message }] };
  const project = parsed.root;
  if (project.name !== 'Project') return { files: [], messages: [{ severity: 'error', where: 'project.qde', message: `the root element is ${project.name}, not Project` }] };

  const users = new Map(childrenNamed(childNamed(project, 'Users') ?? emptyElement, 'User').map(u => [guidKey(u.attributes.guid), u.attributes.name ?? '']));
  const codeBook = childNamed(project, 'CodeBook');
  const codes = new Map<string, string>();
  if (codeBook) for (const code of readCodeTree(codeBook).codes) if (code.guid) codes.set(guidKey(code.guid), code.name);
  const notes = new Map(childrenNamed(childNamed(project, 'Notes') ?? emptyElement, 'Note').map(n => [guidKey(n.attributes.guid), n]));

  const files: ImportResult['files'] = [];
  for (const source of childrenNamed(childNamed(project, 'Sources') ?? emptyElement, 'TextSource')) {
    const name = source.attributes.name ?? '';
    const where = `TextSource "${name}"`;
    const selections = childrenNamed(source, 'PlainTextSelection');
    if (!selections.length) continue;
    const sourceText = textOf(source, unpacked.archive.source);
    if (sourceText === undefined) {
      messages.push({ severity: 'error', where, message: 'its text is not in the archive; its codings were not imported' });
      continue;
    }
    const document = options.findDocument(name);
    if (!document) {
      messages.push({ severity: 'error', where, message: `no document of that name in the folder; ${selections.length} codings not imported` });
      continue;
    }
    const file: AnnotationFile = { document: document.path.slice(document.path.lastIndexOf('/') + 1), annotations: [] };
    const context = { sourceText, sourceLines: new LineIndex(sourceText), document, users, codes, notes, options };
    for (const selection of selections) {
      const result = annotationOf(selection, context);
      const selectionWhere = `${where} PlainTextSelection ${selection.attributes.guid ?? '(no guid)'}`;
      for (const warning of result.warnings) messages.push({ severity: 'warning', where: selectionWhere, message: warning });
      if ('error' in result) messages.push({ severity: 'error', where: selectionWhere, message: result.error });
      else file.annotations.push(result.annotation);
    }
    if (file.annotations.length) files.push({ path: document.path, file });
  }
  return { files, messages };
}

interface SelectionContext {
  sourceText: string;
  sourceLines: LineIndex;
  document: FoundDocument;
  users: Map<string, string>;
  codes: Map<string, string>;
  notes: Map<string, XmlElement>;
  options: QdpxImportOptions;
}

type SelectionResult = ({ annotation: Annotation } | { error: string }) & { warnings: string[] };

function annotationOf(selection: XmlElement, c: SelectionContext): SelectionResult {
  const warnings: string[] = [];
  const fail = (error: string): SelectionResult => ({ error, warnings });
  const id = ulidFromGuid(selection.attributes.guid ?? '');
  if (!id) return fail('no GUID, so it has no id to merge by');
  const startPoint = integer(selection.attributes.startPosition);
  const endPoint = integer(selection.attributes.endPosition);
  if (startPoint === undefined || endPoint === undefined) return fail('startPosition and endPosition must be whole numbers');
  if (startPoint < 0 || endPoint <= startPoint || endPoint > codePointLength(c.sourceText)) {
    return fail(`positions ${startPoint}-${endPoint} are not a passage of the source's text`);
  }
  const start = utf16Offset(c.sourceText, startPoint);
  const end = utf16Offset(c.sourceText, endPoint);
  const target = describeTarget(c.sourceText, start, end, c.sourceLines);
  if (c.document.text !== c.sourceText) {
    const located = locateInDocument(c.document.text, target.prefix, target.quote, target.suffix);
    if (located) Object.assign(target, located);
    else warnings.push(`the selected text is not in ${c.document.path}; it will show as orphaned`);
  }
  const author = c.users.get(guidKey(selection.attributes.creatingUser)) || c.options.defaultAuthor;
  const created = utcTime(selection.attributes.creationDateTime);
  if (!created) return fail('no valid creationDateTime');
  const tags: string[] = [];
  for (const coding of childrenNamed(selection, 'Coding')) {
    const target = childNamed(coding, 'CodeRef')?.attributes.targetGUID;
    const tag = target ? c.codes.get(guidKey(target)) : undefined;
    if (tag === undefined) warnings.push(`a coding refers to a code that is not in the codebook (${target ?? 'no CodeRef'}); left out`);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  const annotation: Annotation = { id, ...target, author, created };
  const updated = utcTime(selection.attributes.modifiedDateTime);
  if (updated && updated > created) annotation.updated = updated;
  if (tags.length) annotation.tags = tags;
  const description = childNamed(selection, 'Description')?.text.trim();
  const { note, replies } = notesOf(selection, c, description || undefined);
  if (note !== undefined) annotation.note = note;
  if (replies.length) annotation.replies = replies;
  const check = parseAnnotationFile(stringifyAnnotationFile({ document: 'check', annotations: [annotation] }));
  if (!check.ok) return fail(`would not be a valid annotation: ${check.problems[0].message}`);
  return { annotation: check.file.annotations[0], warnings };
}

/** The selection's own note (ours is named so; else its description, else its first note); the rest are replies. */
function notesOf(selection: XmlElement, c: SelectionContext, description: string | undefined): { note?: string; replies: Reply[] } {
  const referenced = childrenNamed(selection, 'NoteRef')
    .map(ref => c.notes.get(guidKey(ref.attributes.targetGUID)))
    .filter((n): n is XmlElement => n !== undefined);
  let note = description;
  const replies: Reply[] = [];
  for (const n of referenced) {
    const text = childNamed(n, 'PlainTextContent')?.text ?? '';
    if (note === undefined && n.attributes.name !== REPLY_NAME) {
      note = text;
      continue;
    }
    const created = utcTime(n.attributes.creationDateTime);
    if (!created || !text.trim()) continue;
    replies.push({ author: c.users.get(guidKey(n.attributes.creatingUser)) || c.options.defaultAuthor, created, note: text });
  }
  return { note, replies };
}

function textOf(source: XmlElement, archived: (path: string) => string | undefined): string | undefined {
  const inline = childNamed(source, 'PlainTextContent');
  if (inline) return inline.text;
  const path = source.attributes.plainTextPath ?? '';
  // Only texts inside the archive are read: a path elsewhere on disk is never followed.
  const internal = /^internal:\/\/([^/\\]+)$/.exec(path);
  return internal ? archived(`sources/${internal[1]}`) : undefined;
}

function locateInDocument(text: string, prefix: string, quote: string, suffix: string) {
  const withContext = text.indexOf(prefix + quote + suffix);
  const start = withContext !== -1 ? withContext + prefix.length : text.indexOf(quote);
  if (start === -1) return undefined;
  const lines = new LineIndex(text);
  return { start: lines.positionAt(start), end: lines.positionAt(start + quote.length) };
}

/** An xsd:dateTime as the annotation file writes times: UTC, whole seconds. */
function utcTime(value: string | undefined): string | undefined {
  const parts = value ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!value || !parts) return undefined;
  // Date.parse rolls 30 February over into March: check the fields as written.
  const [year, month, day, hour, minute, second] = parts.slice(1).map(Number);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return undefined;
  // A time without a zone is read as UTC, not as the importer's local time.
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d{1,15}\s*$/.test(value)) return undefined;
  return Number(value);
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}

function guidKey(guid: string | undefined): string {
  return (guid ?? '').replace(/[{}]/g, '').toLowerCase();
}

const emptyElement: XmlElement = { name: '', attributes: {}, children: [], text: '' };
