import type { Annotation, AnnotationFile } from '../annotations/model';
import { anchorAnnotation } from '../annotations/anchoring';
import { isStructureCorrection } from '../annotations/model';
import { correctionsInOrder } from '../annotations/structure-corrections';
import { enclosingNodes, outlineDocument } from '../outline/index';
import type { Outline, OutlineNode } from '../outline/model';
import type { StructureCorrection } from '../outline/options';
import { LineIndex, type LineColumn } from '../text/line-index';
import { compareStrings } from './compare';

/** One annotated document as the exports and the report read it. */
export interface ExportSource {
  /** The document's path relative to the exported folder, with `/` separators. */
  path: string;
  /** The document's current text. */
  text: string;
  file: AnnotationFile;
  /**
   * Where each annotation currently stands (UTF-16 offsets), when the caller has anchored them
   * already (the editor's index); `null` marks an orphan. Missing ids are anchored here.
   */
  ranges?: ReadonlyMap<string, { start: number; end: number } | null>;
  /** The outline of exactly this text, when the caller has it already (the editor's cache); else it is made here. */
  outline?: Outline;
}

/** One annotation with where it stands in its document and which chapter and section hold it. */
export interface ExportRow {
  document: string;
  annotation: Annotation;
  /** Current UTF-16 offsets in the document's text; undefined when the annotation is orphaned. */
  range?: { start: number; end: number };
  /** Current 1-based line:column (code points) or, for an orphan, the stored hint. */
  start: LineColumn;
  end: LineColumn;
  chapter?: string;
  section?: string;
}

/** A document ready for the exports: its text (without a BOM), its outline and its rows. */
export interface PreparedDocument {
  path: string;
  text: string;
  outline: Outline;
  rows: ExportRow[];
}

/** Kinds that play the part of a section under a chapter. */
const SECTION_KINDS = new Set(['section', 'question']);

/**
 * Anchors every annotation, finds its chapter and section, and orders documents by path and
 * annotations by where they stand (orphans last, by their stored position).
 */
export function prepareDocuments(sources: readonly ExportSource[]): PreparedDocument[] {
  return [...sources]
    .sort((a, b) => compareStrings(a.path, b.path))
    .map(prepareDocument);
}

/** How many annotations the sources hold (structure corrections are not annotations). */
export function countAnnotations(sources: readonly ExportSource[]): number {
  return sources.reduce((n, s) => n + s.file.annotations.filter(a => !isStructureCorrection(a)).length, 0);
}

/** Every row of every document, in document then position order. */
export function collectRows(sources: readonly ExportSource[]): ExportRow[] {
  return prepareDocuments(sources).flatMap(d => d.rows);
}

function prepareDocument(source: ExportSource): PreparedDocument {
  // VS Code's document model drops a UTF-8 BOM; positions are counted without it.
  const bom = source.text.startsWith('\uFEFF');
  const text = bom ? source.text.slice(1) : source.text;
  // The editor's cached outline already follows the reader's corrections; otherwise they are applied here.
  const lines = new LineIndex(text);
  const outline = source.outline && !bom ? source.outline : outlineDocument(text, { fileName: source.path, corrections: correctionsOf(source, text, lines) });
  // Structure corrections shape the outline; they are not annotations to export or count.
  const rows = source.file.annotations.filter(a => !isStructureCorrection(a)).map((annotation): ExportRow => {
    const range = locate(source, text, annotation, lines);
    const nodes = range ? enclosingNodes(outline, range.start) : [];
    return {
      document: source.path,
      annotation,
      range,
      start: range ? lines.positionAt(range.start) : annotation.start,
      end: range ? lines.positionAt(range.end) : annotation.end,
      chapter: titleOf(nodes, n => n.kind === 'chapter'),
      section: titleOf(nodes, n => SECTION_KINDS.has(n.kind)),
    };
  });
  rows.sort(compareRows);
  return { path: source.path, text, outline, rows };
}

/** The structure corrections where the caller placed them (the editor's index), else anchored here. */
function correctionsOf(source: ExportSource, text: string, lines: LineIndex): StructureCorrection[] {
  return correctionsInOrder(source.file.annotations).flatMap(entry => {
    const range = locate(source, text, entry, lines);
    return range ? [{ mark: entry.mark!, ...range }] : [];
  });
}

/** Where the annotation stands; the document's one line index serves every annotation. */
function locate(source: ExportSource, text: string, annotation: Annotation, lines: LineIndex): { start: number; end: number } | undefined {
  if (source.ranges?.has(annotation.id)) return source.ranges.get(annotation.id) ?? undefined;
  const anchor = anchorAnnotation(text, annotation, lines);
  return anchor.start !== undefined && anchor.end !== undefined ? { start: anchor.start, end: anchor.end } : undefined;
}

/** The innermost matching node's title. */
function titleOf(nodes: readonly OutlineNode[], matches: (node: OutlineNode) => boolean): string | undefined {
  for (let i = nodes.length - 1; i >= 0; i--) if (matches(nodes[i])) return nodes[i].title;
  return undefined;
}

function compareRows(a: ExportRow, b: ExportRow): number {
  if (!a.range !== !b.range) return a.range ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || compareStrings(a.annotation.id, b.annotation.id);
}
