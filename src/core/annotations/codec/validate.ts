import type { LineColumn } from '../../text/line-index';
import { SCHEMA_ID, STRUCTURE_MARKS, type Annotation, type AnnotationFile, type Reply, type StructureMark } from '../model';

export type DataPath = (string | number)[];

/** A schema problem, located by its path in the data; `key` points at the key rather than the value. */
export interface DataProblem {
  message: string;
  path: DataPath;
  at: 'value' | 'key';
}

export type Validated = { file: AnnotationFile; problems: [] } | { file?: undefined; problems: DataProblem[] };

const FILE_KEYS = ['schema', 'document', 'annotations'];
const ANNOTATION_REQUIRED = ['id', 'quote', 'prefix', 'suffix', 'start', 'end', 'author', 'created'];
const ANNOTATION_KEYS = [...ANNOTATION_REQUIRED, 'mark', 'tags', 'note', 'updated', 'replies'];
const REPLY_REQUIRED = ['author', 'created', 'note'];
const REPLY_KEYS = [...REPLY_REQUIRED, 'merged'];
const POSITION = /^([1-9][0-9]{0,8}):([1-9][0-9]{0,8})$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
const SCHEMA_LIKE = /^policy-annotator\/\S+$/;

/**
 * Checks plain data (what `yaml` gives for the file) against the annotation file schema and
 * builds the typed model. Unknown keys are problems too: a misspelt `tgas:` would otherwise
 * be dropped silently at the next save.
 */
export function validateData(data: unknown): Validated {
  const problems: DataProblem[] = [];
  const report = (message: string, path: DataPath, at: 'value' | 'key' = 'value') => problems.push({ message, path, at });

  if (!isMap(data)) {
    report(`an annotation file is a map with schema, document and annotations; found ${describe(data)}`, []);
    return { problems };
  }
  if (data.schema !== SCHEMA_ID) {
    const found = data.schema;
    if (found === undefined) report(`schema: is missing; expected schema: ${SCHEMA_ID}`, []);
    else if (typeof found === 'string' && SCHEMA_LIKE.test(found)) report(`unknown schema version ${found}; this version of Policy Annotator reads ${SCHEMA_ID}`, ['schema']);
    else report(`unknown schema ${describe(found)}; expected ${SCHEMA_ID}`, ['schema']);
    return { problems };
  }
  checkKeys(data, FILE_KEYS, FILE_KEYS, [], report);
  const document = text(data, 'document', [], report, { nonEmpty: true, oneLine: true });
  const annotations: Annotation[] = [];
  if ('annotations' in data) {
    if (!Array.isArray(data.annotations)) report(`annotations must be a list (write annotations: [] for none); found ${describe(data.annotations)}`, ['annotations']);
    else {
      const firstLine = new Map<string, number>();
      data.annotations.forEach((item, i) => {
        const annotation = annotationAt(item, ['annotations', i], report);
        if (!annotation) return;
        const earlier = firstLine.get(annotation.id);
        if (earlier !== undefined) report(`duplicate id ${annotation.id} (also annotation ${earlier + 1} of the list)`, ['annotations', i, 'id']);
        else firstLine.set(annotation.id, i);
        annotations.push(annotation);
      });
    }
  }
  if (problems.length > 0 || document === undefined) return { problems };
  return { file: { document, annotations }, problems: [] };
}

type Report = (message: string, path: DataPath, at?: 'value' | 'key') => void;

/**
 * What the reader would refuse in one annotation of the model (built elsewhere, by an import
 * say), as messages; none when a file may hold it. The same rules as reading a file, so that
 * nothing is written that would make the whole file unreadable.
 */
export function annotationProblems(annotation: Annotation): string[] {
  const messages: string[] = [];
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(annotation)) if (value !== undefined) data[key] = value;
  data.start = positionText(annotation.start);
  data.end = positionText(annotation.end);
  annotationAt(data, [], message => messages.push(message));
  return messages;
}

/** What the reader would refuse in one reply, as messages. */
export function replyProblems(reply: Reply): string[] {
  const messages: string[] = [];
  replyList([reply], [], message => messages.push(message));
  return messages;
}

function positionText(p: unknown): unknown {
  const { line, column } = (isMap(p) ? p : {}) as { line?: unknown; column?: unknown };
  return `${String(line)}:${String(column)}`;
}

function annotationAt(item: unknown, path: DataPath, report: Report): Annotation | undefined {
  if (!isMap(item)) {
    report(`an annotation is a map with ${ANNOTATION_REQUIRED.join(', ')}; found ${describe(item)}`, path);
    return undefined;
  }
  const before = { count: 0 };
  const counting: Report = (...args) => { before.count++; report(...args); };
  checkKeys(item, ANNOTATION_REQUIRED, ANNOTATION_KEYS, path, counting);
  const id = text(item, 'id', path, counting, { nonEmpty: true, oneLine: true, noSpaces: true });
  const quote = text(item, 'quote', path, counting, { nonEmpty: true });
  const prefix = text(item, 'prefix', path, counting);
  const suffix = text(item, 'suffix', path, counting);
  const start = position(item, 'start', path, counting);
  const end = position(item, 'end', path, counting);
  if (start && end && (end.line < start.line || (end.line === start.line && end.column < start.column))) {
    counting(`end ${end.line}:${end.column} comes before start ${start.line}:${start.column}`, [...path, 'end']);
  }
  const mark = item.mark === undefined ? undefined : structureMark(item.mark, [...path, 'mark'], counting);
  const tags = item.tags === undefined ? undefined : tagList(item.tags, [...path, 'tags'], counting);
  const note = item.note === undefined ? undefined : text(item, 'note', path, counting);
  const author = text(item, 'author', path, counting, { nonEmpty: true, oneLine: true });
  const created = time(item, 'created', path, counting);
  const updated = item.updated === undefined ? undefined : time(item, 'updated', path, counting);
  const replies = item.replies === undefined ? undefined : replyList(item.replies, [...path, 'replies'], counting);
  if (before.count > 0) return undefined;
  // Built key by key in file order, without temporary objects: this runs 10,000 times per large file.
  const annotation = { id, quote, prefix, suffix, start, end } as Annotation;
  if (mark !== undefined) annotation.mark = mark;
  if (tags !== undefined) annotation.tags = tags;
  if (note !== undefined) annotation.note = note;
  annotation.author = author!;
  annotation.created = created!;
  if (updated !== undefined) annotation.updated = updated;
  if (replies !== undefined) annotation.replies = replies;
  return annotation;
}

function structureMark(value: unknown, path: DataPath, report: Report): StructureMark | undefined {
  if (typeof value === 'string' && (STRUCTURE_MARKS as readonly string[]).includes(value)) return value as StructureMark;
  report(`mark must be one of ${STRUCTURE_MARKS.join(', ')}; found ${describe(value)}`, path);
  return undefined;
}

function tagList(value: unknown, path: DataPath, report: Report): string[] | undefined {
  if (!Array.isArray(value)) {
    report(`tags must be a list such as [policy, defense]; found ${describe(value)}`, path);
    return undefined;
  }
  let ok = true;
  value.forEach((tag, i) => {
    if (typeof tag !== 'string' || tag.trim() === '' || /[\r\n]/.test(tag)) {
      report(`a tag must be a non-empty one-line text; found ${describe(tag)}`, [...path, i]);
      ok = false;
    }
  });
  return ok ? value as string[] : undefined;
}

function replyList(value: unknown, path: DataPath, report: Report): Reply[] | undefined {
  if (!Array.isArray(value)) {
    report(`replies must be a list; found ${describe(value)}`, path);
    return undefined;
  }
  const replies: Reply[] = [];
  let ok = true;
  value.forEach((item, i) => {
    const itemPath = [...path, i];
    if (!isMap(item)) {
      report(`a reply is a map with author, created and note; found ${describe(item)}`, itemPath);
      ok = false;
      return;
    }
    const counting = { count: 0 };
    const r: Report = (...args) => { counting.count++; report(...args); };
    checkKeys(item, REPLY_REQUIRED, REPLY_KEYS, itemPath, r);
    const author = text(item, 'author', itemPath, r, { nonEmpty: true, oneLine: true });
    const created = time(item, 'created', itemPath, r);
    const note = text(item, 'note', itemPath, r);
    if (item.merged !== undefined && typeof item.merged !== 'boolean') r(`merged must be true or false; found ${describe(item.merged)}`, [...itemPath, 'merged']);
    if (counting.count > 0) {
      ok = false;
      return;
    }
    const reply: Reply = { author: author!, created: created!, note: note! };
    if (item.merged !== undefined) reply.merged = item.merged as boolean;
    replies.push(reply);
  });
  return ok ? replies : undefined;
}

function checkKeys(map: Record<string, unknown>, required: string[], known: string[], path: DataPath, report: Report): void {
  for (const key of required) if (!(key in map)) report(`${key}: is missing`, path);
  for (const key of Object.keys(map)) {
    if (!known.includes(key)) report(`unknown key ${key}: (expected one of ${known.join(', ')})`, [...path, key], 'key');
  }
}

interface TextRules { nonEmpty?: boolean; oneLine?: boolean; noSpaces?: boolean }

function text(map: Record<string, unknown>, key: string, path: DataPath, report: Report, rules: TextRules = {}): string | undefined {
  if (!(key in map)) return undefined;
  const value = map[key];
  if (typeof value !== 'string') {
    const hint = typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes)' : value === null ? ` (write ${key}: "" for an empty text)` : '';
    report(`${key} must be text; found ${describe(value)}${hint}`, [...path, key]);
    return undefined;
  }
  if (rules.nonEmpty && value.length === 0) report(`${key} must not be empty`, [...path, key]);
  else if (rules.oneLine && /[\r\n]/.test(value)) report(`${key} must be on one line`, [...path, key]);
  else if (rules.noSpaces && /\s/.test(value)) report(`${key} must not contain spaces`, [...path, key]);
  else return value;
  return undefined;
}

function position(map: Record<string, unknown>, key: string, path: DataPath, report: Report): LineColumn | undefined {
  if (!(key in map)) return undefined;
  const value = map[key];
  const parsed = typeof value === 'string' && POSITION.test(value) ? lineColumn(value) : undefined;
  if (!parsed) report(`${key} must be line:column with both 1 or more, such as 12:5; found ${describe(value)}`, [...path, key]);
  return parsed;
}

/** `12:5` (already matched by POSITION) as numbers, without the match arrays and substrings of exec: 20,000 of them per large file. */
function lineColumn(value: string): LineColumn {
  let line = 0;
  let i = 0;
  for (let c = value.charCodeAt(i); c !== 0x3a; c = value.charCodeAt(++i)) line = line * 10 + c - 0x30;
  let column = 0;
  for (i++; i < value.length; i++) column = column * 10 + value.charCodeAt(i) - 0x30;
  return { line, column };
}

function time(map: Record<string, unknown>, key: string, path: DataPath, report: Report): string | undefined {
  if (!(key in map)) return undefined;
  const value = map[key];
  if (typeof value !== 'string' || !UTC_TIME.test(value) || !isCalendarTime(value)) {
    report(`${key} must be an ISO 8601 UTC time such as 2026-11-22T10:15:00Z; found ${describe(value)}`, [...path, key]);
    return undefined;
  }
  return value;
}

/** Date.parse rolls 2026-02-30 over into March and 24:00 into the next day: the time must read back as written. */
function isCalendarTime(value: string): boolean {
  const ms = Date.parse(value);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of a found value for a message. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  return `${typeof value} ${String(value)}`;
}
