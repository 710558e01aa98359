import { isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair } from 'yaml';
import { LineIndex } from '../text/line-index';
import type { HeadingPattern, OutlineOptions } from './options';

/** Where a project keeps its additions to structure recognition, relative to its root (shared through git). */
export const PROJECT_OUTLINE_FILE = '.policy-annotator/outline.yaml';

/** What a project adds: the part of the outline options that a file in the workspace can set. */
export type ProjectOutline = Pick<OutlineOptions, 'recommendationLabels' | 'headingPatterns'>;

/** One reason the file was not taken, at a 1-based line and column (in code points) of the file. */
export interface ConfigProblem {
  message: string;
  line: number;
  column: number;
}

export type ProjectOutlineResult = { ok: true; outline: ProjectOutline } | { ok: false; problems: ConfigProblem[] };

// The file comes from colleagues through git: it is bounded before anything is made of it, and
// its patterns stay literal text with placeholders, never regular expressions.
export const PROJECT_OUTLINE_MAX_BYTES = 64 * 1024;
const MAX_LABELS = 200;
const MAX_PATTERNS = 50;
const MAX_TEXT_LENGTH = 60;
const MAX_PLACEHOLDERS = 3;
const LEVELS = ['chapter', 'section'];
const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Reads `.policy-annotator/outline.yaml`:
 * ```yaml
 * recommendationLabels: [施策, Proposals]
 * headingPatterns:
 *   - pattern: 第{n}条
 *     level: section
 * ```
 * Strictly: unknown keys, wrong types, over-long or blank texts, patterns without a `{n}` or `{a}`
 * placeholder, YAML anchors, aliases and tags are problems, each located; with any problem
 * nothing of the file is taken (a half-read file would change outlines in ways nobody asked for).
 */
export function parseProjectOutline(text: string): ProjectOutlineResult {
  if (text.length * 3 > PROJECT_OUTLINE_MAX_BYTES && new TextEncoder().encode(text).length > PROJECT_OUTLINE_MAX_BYTES) return oversizedProjectOutline();
  const lineIndex = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const report = (message: string, offset: number) => problems.push({ message, ...lineIndex.positionAt(offset) });
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false, version: '1.2', schema: 'core' });
  // The first syntax error is the one to fix; those after it mostly follow from it.
  const [syntax] = doc.errors;
  if (syntax) return { ok: false, problems: [{ message: syntaxMessage(syntax.message), ...lineIndex.positionAt(syntax.pos[0]) }] };
  visit(doc, {
    Alias: (_key, node) => void report('YAML aliases are not allowed here; write the value out', start(node)),
    Node: (_key, node) => {
      // The anchor or tag is written before the node it applies to: point at it.
      if (node.anchor) report('YAML anchors are not allowed here', Math.max(0, text.lastIndexOf('&' + node.anchor, start(node))));
      if (node.tag) report('YAML tags are not allowed here; write plain values', tagStart(text, start(node)));
    },
  });
  if (problems.length > 0) return { ok: false, problems };
  const outline: ProjectOutline = {};
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { ok: true, outline };
  if (!isMap(contents)) {
    report('the file is a map with recommendationLabels and headingPatterns', start(contents));
    return { ok: false, problems };
  }
  for (const pair of contents.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key === 'recommendationLabels') outline.recommendationLabels = labels(pair.value, pair, report);
    else if (key === 'headingPatterns') outline.headingPatterns = patterns(pair.value, pair, report);
    else report(`unknown key ${String(key)}: (expected recommendationLabels or headingPatterns)`, start(pair.key));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, outline };
}

/** What is said of a file over the size limit (a caller that knows the size says it without reading the file). */
export function oversizedProjectOutline(): ProjectOutlineResult {
  return { ok: false, problems: [{ message: `the file is larger than ${PROJECT_OUTLINE_MAX_BYTES / 1024} KB; it was not read`, line: 1, column: 1 }] };
}

type Report = (message: string, offset: number) => void;

/** yaml's message, on one line, with a hint for the usual slip: braces of `{n}` inside a `[...]` or `{...}` list. */
function syntaxMessage(message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return /flow|comma/i.test(first) ? `${first} (inside [ ] or { }, quote a pattern with braces: "第{n}条")` : first;
}

/** The items of a list of at most `max` `things`, or none after saying what the list should be. */
function listItems(value: Node | null, pair: Pair<Node, Node>, expected: string, max: number, things: string, report: Report): Node[] {
  if (!isSeq(value)) {
    report(expected, start(value ?? pair.key));
    return [];
  }
  if (value.items.length > max) report(`at most ${max} ${things}`, start(value));
  return value.items as Node[];
}

function labels(value: Node | null, pair: Pair<Node, Node>, report: Report): string[] {
  const found: string[] = [];
  for (const item of listItems(value, pair, 'recommendationLabels must be a list of texts, such as [施策, Proposals]', MAX_LABELS, 'recommendation labels', report)) {
    const label = shortText(item, 'a recommendation label', report);
    if (label !== undefined && !found.includes(label)) found.push(label);
  }
  return found;
}

function patterns(value: Node | null, pair: Pair<Node, Node>, report: Report): HeadingPattern[] {
  const found: HeadingPattern[] = [];
  for (const item of listItems(value, pair, 'headingPatterns must be a list of { pattern, level } maps', MAX_PATTERNS, 'heading patterns', report)) {
    if (!isMap(item)) {
      report('a heading pattern is a map such as { pattern: 第{n}条, level: section }', start(item));
      continue;
    }
    let pattern: string | undefined;
    let level: HeadingPattern['level'] | undefined;
    const keys = (item.items as Pair<Node, Node>[]).map(field => (isScalar(field.key) ? field.key.value : undefined));
    for (const missing of ['pattern', 'level'].filter(k => !keys.includes(k))) report(`${missing}: is missing`, start(item));
    for (const field of item.items as Pair<Node, Node>[]) {
      const key = isScalar(field.key) ? field.key.value : undefined;
      if (key === 'pattern') pattern = placeholders(field.value, shortText(field.value, 'a pattern', report), report);
      else if (key === 'level') {
        const text = isScalar(field.value) ? field.value.value : undefined;
        if (typeof text === 'string' && LEVELS.includes(text)) level = text as HeadingPattern['level'];
        else report(`level must be ${LEVELS.join(' or ')}`, start(field.value ?? field.key));
      } else report(`unknown key ${String(key)}: (expected pattern and level)`, start(field.key));
    }
    if (pattern !== undefined && level !== undefined) found.push({ pattern, level });
  }
  return found;
}

/** A pattern numbers its headings: `{n}` (a number) or `{a}` (a letter), a few at most, and no other braces. */
function placeholders(node: Node | null, pattern: string | undefined, report: Report): string | undefined {
  if (pattern === undefined) return undefined;
  const found = [...pattern.matchAll(PLACEHOLDER)].map(m => m[1]);
  const unknown = found.find(name => name !== 'n' && name !== 'a');
  if (unknown !== undefined) report(`unknown placeholder {${unknown}} in the pattern: use {n} for a number, {a} for a letter`, start(node));
  else if (found.length === 0) report('a pattern needs {n} (a number) or {a} (a letter) where headings are numbered, such as 第{n}条', start(node));
  else if (found.length > MAX_PLACEHOLDERS) report(`at most ${MAX_PLACEHOLDERS} placeholders in a pattern`, start(node));
  else if (/[{}]/.test(pattern.replace(PLACEHOLDER, ''))) report('a brace outside {n} or {a} in the pattern', start(node));
  else return pattern;
  return undefined;
}

function shortText(node: Node | null, what: string, report: Report): string | undefined {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'string') report(`${what} must be text`, start(node));
  else if (value.trim() === '') report(`${what} must not be blank`, start(node));
  else if (/[\r\n]/.test(value)) report(`${what} must be on one line`, start(node));
  else if ([...value].length > MAX_TEXT_LENGTH) report(`${what} has at most ${MAX_TEXT_LENGTH} characters`, start(node));
  else return value.trim();
  return undefined;
}

/** Where the tag before a node begins (`!x`, `!!str`). */
function tagStart(text: string, nodeStart: number): number {
  let i = Math.max(0, text.lastIndexOf('!', nodeStart));
  while (i > 0 && text[i - 1] === '!') i--;
  return i;
}

function start(node: unknown): number {
  return (node as Node | null)?.range?.[0] ?? 0;
}
