import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { parseAnnotationFile } from '../annotations/codec';
import { ownTags } from '../tags';
import { LineIndex, type LineColumn } from '../text/line-index';
import { normalTagName, type Codebook } from './model';

/** One tag, as written in an annotation file, that the codebook does not describe. */
export interface UncodedTag {
  /** The tag's name, normalised as annotations store it (`a//b` -> `a/b`). */
  tag: string;
  /** UTF-16 offsets of the tag's scalar in the file (quotes included), `end` just after it. */
  startOffset: number;
  endOffset: number;
  /** The same place as 1-based line and code-point column, as in every other file problem. */
  start: LineColumn;
  end: LineColumn;
}

/**
 * Every occurrence, in an annotation file's text, of a tag that is not in the codebook, in file
 * order, with where it is written. Reads the YAML leniently for places only: a file that cannot
 * be read has its own problems reported elsewhere, and what can be found in it is still shown.
 */
export function findUncodedTags(text: string, codebook: Codebook): UncodedTag[] {
  // Most files use only the codebook's tags: the fast reader tells, and the slower walk through
  // yaml's nodes is left for the files that have something to show.
  const known = new Set(codebook.tags.map(t => t.name));
  const parsed = parseAnnotationFile(text);
  if (parsed.ok && parsed.file.annotations.every(a => ownTags(a.tags ?? []).every(tag => known.has(tag)))) return [];
  const document = parseDocument(text, { uniqueKeys: false, version: '1.2', schema: 'core' });
  const lines = new LineIndex(text);
  const found: UncodedTag[] = [];
  for (const scalar of tagScalars(document.contents)) {
    if (typeof scalar.value !== 'string' || !scalar.range) continue;
    const tag = normalTagName(scalar.value);
    if (tag.length === 0 || known.has(tag)) continue;
    // range: [start, end of the value, end of the node with its comment]; the value is what is marked.
    const [startOffset, endOffset] = scalar.range;
    found.push({ tag, startOffset, endOffset, start: lines.positionAt(startOffset), end: lines.positionAt(endOffset) });
  }
  return found;
}

/** The scalars under `annotations[*].tags[*]`, in file order. */
function* tagScalars(root: unknown): Generator<Node & { value: unknown }> {
  const annotations = valueOf(root, 'annotations');
  if (!isSeq(annotations)) return;
  for (const annotation of annotations.items) {
    const tags = valueOf(annotation, 'tags');
    if (!isSeq(tags)) continue;
    for (const item of tags.items) if (isScalar(item)) yield item;
  }
}

function valueOf(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  const pair = map.items.find(p => isPair(p) && isScalar(p.key) && p.key.value === key);
  return pair?.value;
}
