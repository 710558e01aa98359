import type { FileProblem } from '../annotations/codec';
import { conflictMarkers, sizeProblem } from '../annotations/codec/guards';
import { doubleQuoted, fitsLiteralBlock, scalar } from '../annotations/codec/scalars';
import { readWithYaml } from '../annotations/codec/yaml-read';
import { LineIndex } from '../text/line-index';
import { sortTagsAsTree } from '../tags';
import { CODEBOOK_SCHEMA_ID, type Codebook, type CodebookTag } from './model';
import { validateCodebook } from './validate';

/** A codebook is a few hundred tags at most; anything this large is not one. */
export const CODEBOOK_MAX_BYTES = 2 * 1024 * 1024;

export type CodebookParse = { ok: true; codebook: Codebook } | { ok: false; problems: FileProblem[] };

/**
 * Reads codebook.yaml strictly, like an annotation file (it comes from colleagues through git):
 * size, conflict markers, YAML without anchors, aliases or tags, then the schema; every problem
 * with its line and column.
 */
export function parseCodebook(text: string, options: { maxBytes?: number } = {}): CodebookParse {
  const tooLarge = sizeProblem(text, options.maxBytes ?? CODEBOOK_MAX_BYTES);
  if (tooLarge) return { ok: false, problems: [{ message: tooLarge.replace('an annotation file', 'a codebook'), line: 1, column: 1 }] };
  const markers = conflictMarkers(text);
  if (markers.length > 0) return { ok: false, problems: markers.map(m => ({ message: m.message.replace("(keep both sides' annotations)", '(keep one version of each tag)'), line: m.line + 1, column: 1 })) };
  const lines = new LineIndex(text);
  const read = readWithYaml(text);
  if (!read.ok) return { ok: false, problems: read.problems.map(p => ({ message: p.message.replace('an annotation file', 'a codebook'), ...lines.positionAt(p.offset) })) };
  const validated = validateCodebook(read.data ?? {});
  if (validated.codebook) return { ok: true, codebook: validated.codebook };
  const located = validated.problems.map(p => ({ message: p.message, ...lines.positionAt(read.locate(p.path, p.at)) }));
  return { ok: false, problems: located.sort((a, b) => a.line - b.line || a.column - b.column) };
}

const HEADER = [
  '# Policy Annotator codebook: what each tag means. Shared through git; edit it freely.',
  '# Entries are kept in tree order (a tag before its sub-tags), one block each.',
];

/**
 * The canonical text: tags in tree order, keys in a fixed order, one value per line (multi-line
 * descriptions as `|-` blocks), so that two coders adding different tags change different lines
 * and git merges them, and writing an unchanged codebook changes no byte.
 */
export function stringifyCodebook(codebook: Codebook): string {
  return codebookText(codebook, tagBlock);
}

/** The canonical text with each tag's lines written by `block` (a merge writes a conflicting tag twice, between markers). */
export function codebookText(codebook: Codebook, block: (tag: CodebookTag) => string[]): string {
  const out = [...HEADER, `schema: ${CODEBOOK_SCHEMA_ID}`];
  const byName = new Map(codebook.tags.map(t => [t.name, t]));
  if (byName.size === 0) out.push('tags: []');
  else {
    out.push('tags:');
    for (const name of sortTagsAsTree(byName.keys())) out.push(...block(byName.get(name)!));
  }
  return out.join('\n') + '\n';
}

/** One tag's entry in the canonical form: keys in a fixed order, one value per line. */
export function tagBlock(tag: CodebookTag): string[] {
  const out = [`  - name: ${scalar(tag.name)}`];
  if (tag.guid !== undefined) out.push(`    guid: ${tag.guid}`);
  if (tag.description !== undefined) pushText(out, 'description', tag.description);
  if (tag.color !== undefined) out.push(`    color: ${doubleQuoted(tag.color)}`);
  if (!tag.codable) out.push('    codable: false');
  if (tag.examples !== undefined && tag.examples.length > 0) {
    out.push('    examples:');
    for (const example of tag.examples) out.push(`      - ${example.includes('\n') ? doubleQuoted(example) : scalar(example)}`);
  }
  return out;
}

function pushText(out: string[], key: string, value: string): void {
  if (!value.includes('\n') || !fitsLiteralBlock(value)) {
    out.push(`    ${key}: ${value.includes('\n') ? doubleQuoted(value) : scalar(value)}`);
    return;
  }
  out.push(`    ${key}: |-`);
  for (const line of value.split('\n')) out.push(line === '' ? '' : '      ' + line);
}
