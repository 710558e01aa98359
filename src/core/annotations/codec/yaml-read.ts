import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { DataPath } from './validate';

/** A problem found while reading, at a UTF-16 offset of the file. */
export interface OffsetProblem {
  message: string;
  offset: number;
}

export type YamlRead = { ok: true; data: unknown; locate: (path: DataPath, at: 'value' | 'key') => number } | { ok: false; problems: OffsetProblem[] };

export const NESTED_TOO_DEEPLY = 'the YAML is nested too deeply to be an annotation file; it was not read';

/**
 * Reads any YAML through `yaml`, the reference for what a file means, refusing what an
 * annotation file never needs and what makes reading unsafe or ambiguous: anchors and aliases
 * (a few lines can expand to gigabytes), explicit tags (custom types), several documents.
 */
export function readWithYaml(text: string): YamlRead {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false, version: '1.2', schema: 'core' });
  const problems: OffsetProblem[] = doc.errors.map(error => ({
    message: error.code === 'MULTIPLE_DOCS' ? 'an annotation file holds one YAML document: remove the --- and what follows it, or move it to its own file'
      : error.code === 'RESOURCE_EXHAUSTION' ? NESTED_TOO_DEEPLY
      : error.code === 'DUPLICATE_KEY' ? `duplicate key ${keyAt(text, error.pos[0])}: a key appears once in each map` : firstLine(error.message),
    // yaml reports a missing closing quote where the text ends; the opening quote is what to fix.
    offset: error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuote(text) ?? error.pos[0] : error.pos[0],
  }));
  visit(doc, {
    Alias(_key, node) {
      problems.push({ message: `YAML aliases (*${node.source}) are not allowed in an annotation file; write the value out`, offset: node.range?.[0] ?? 0 });
    },
    Node(_key, node) {
      if (isAlias(node)) return;
      const start = node.range?.[0] ?? 0;
      if (node.anchor) problems.push({ message: `YAML anchors (&${node.anchor}) are not allowed in an annotation file`, offset: tokenBefore(text, '&' + node.anchor, start) });
      if (node.tag) problems.push({ message: `YAML tags (${shortTag(node.tag)}) are not allowed in an annotation file; write plain values`, offset: tokenBefore(text, '!', start) });
    },
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, data: doc.toJS(), locate: (path, at) => locate(doc, path, at) };
}

/** Offset of the node at `path` (or of its key), or of the deepest node on the way there. */
function locate(doc: Document, path: DataPath, at: 'value' | 'key'): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find(p => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) return offset;
      if (at === 'key' && i === path.length - 1) return rangeStart(pair.key, offset);
      node = pair.value;
      // A key with no value has no range of its own: point at the key.
      offset = pair.value ? rangeStart(pair.value, offset) : rangeStart(pair.key, offset);
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = rangeStart(node, offset);
    } else return offset;
  }
  return offset;
}

function rangeStart(node: unknown, fallback = 0): number {
  return (isNode(node) || isCollection(node)) && (node as Node).range ? (node as Node).range![0] : fallback;
}

/** Anchors and tags come before the node they apply to; returns where the token (`&a`, `!x`, `!!str`) begins. */
function tokenBefore(text: string, token: string, nodeStart: number): number {
  let found = text.lastIndexOf(token, nodeStart);
  if (found === -1) return nodeStart;
  while (found > 0 && !/[\s,[{]/.test(text[found - 1])) found--;
  return found;
}

const QUOTE_OPENING = /(?:^|[:,[{-]\s|\[|\{)\s*(["'])/g;

/** Offset of the first quote that opens a scalar and is not closed on its own line. */
function unclosedQuote(text: string): number | undefined {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const match of line.matchAll(QUOTE_OPENING)) {
      const open = match.index + match[0].length - 1;
      if (!closesOnLine(line, open, match[1])) return lineStart + open;
    }
    lineStart += line.length + 1;
  }
  return undefined;
}

function closesOnLine(line: string, open: number, quote: string): boolean {
  for (let i = open + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** The key written at `offset`, for a message. */
function keyAt(text: string, offset: number): string {
  return /^[^:\n]{1,40}/.exec(text.slice(offset))?.[0].trim() ?? '';
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? '!!' + tag.slice('tag:yaml.org,2002:'.length) : tag;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
