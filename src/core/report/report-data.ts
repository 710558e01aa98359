import type { PreparedDocument } from '../export/rows';
import type { OutlineNode } from '../outline/model';
import { recommendationsIn } from '../outline/recommendation-counts';
import { noteBlocks, type NoteBlock } from '../text/note-blocks';
import { ownTags, parentTag, rolledUpTags, sortTagsAsTree, tagDepth } from '../tags';
import { timeBuckets } from './time-buckets';

/** One annotation as the report lists it when a cell is clicked. */
export interface ReportAnnotation {
  document: string;
  id: string;
  quote: string;
  note?: string;
  /** The note's Markdown as data, for the page to draw without HTML. */
  noteBlocks?: NoteBlock[];
  tags: string[];
  author: string;
  created: string;
  /** Current 1-based line (the stored one for an orphan). */
  line: number;
  /** Current UTF-16 offsets; absent for an orphan. */
  start?: number;
  end?: number;
  /** Index into `columns`. */
  column: number;
}

/** A column of the matrix: one chapter of one document, or what lies outside its chapters. */
export interface ReportColumn {
  document: string;
  /** The chapter's title; absent for the document's annotations outside any chapter. */
  chapter?: string;
}

/** A row of the matrix: a tag (tree order, parents first) or the untagged annotations. */
export interface ReportTagRow {
  /** The tag; '' for the row of untagged annotations. */
  tag: string;
  depth: number;
  parent?: string;
  hasChildren: boolean;
  /** Annotations carrying the tag or one of its descendants. */
  total: number;
  /** Annotations carrying exactly this tag. */
  own: number;
}

export interface ReportSeries {
  key: string;
  /** One count per period of `periods`. */
  counts: number[];
}

/**
 * A chapter's recommendations, counted as the Outline counts them: listed recommendations apart
 * from recommendations in the running text (the lower-confidence kind), never summed together.
 */
export interface ChapterCoverage {
  document: string;
  chapter: string;
  /** Listed recommendations (the number the Outline shows beside the chapter). */
  recommendations: number;
  /** Listed recommendations overlapped by at least one anchored annotation. */
  annotated: number;
  /** Recommendations in the running text. */
  inText: number;
  /** Recommendations in the running text overlapped by at least one anchored annotation. */
  annotatedInText: number;
}

export interface ReportData {
  annotations: ReportAnnotation[];
  columns: ReportColumn[];
  tags: ReportTagRow[];
  /** cells[row][column]: indexes into `annotations`, tags rolled up to their parents. */
  cells: number[][][];
  /** The same with each annotation counted only under the tags it carries itself. */
  ownCells: number[][][];
  /** Period labels (days `2026-11-20` or months `2026-11`), oldest first, without gaps. */
  periods: string[];
  /** Annotations created per period, by author (most active first). */
  byAuthor: ReportSeries[];
  /** Annotations created per period, by tag rolled up (tree order). */
  byTag: ReportSeries[];
  coverage: ChapterCoverage[];
}

/** Everything the report shows, computed from prepared documents (the webview only draws). */
export function buildReport(documents: readonly PreparedDocument[]): ReportData {
  const columns: ReportColumn[] = [];
  const columnKeys = new Map<string, number>();
  const columnOf = (document: string, chapter?: string) => {
    const key = `${document}\u0000${chapter ?? ''}`;
    let index = columnKeys.get(key);
    if (index === undefined) {
      index = columns.push(chapter === undefined ? { document } : { document, chapter }) - 1;
      columnKeys.set(key, index);
    }
    return index;
  };

  const annotations: ReportAnnotation[] = [];
  const coverage: ChapterCoverage[] = [];
  for (const doc of documents) {
    const chapters = chaptersOf(doc.outline.nodes);
    // Columns in reading order: every chapter of an annotated document, even without annotations.
    if (doc.rows.length) {
      if (doc.rows.some(r => r.chapter === undefined)) columnOf(doc.path);
      for (const chapter of chapters) columnOf(doc.path, chapter.title);
    }
    for (const row of doc.rows) {
      const a = row.annotation;
      annotations.push({
        document: doc.path,
        id: a.id,
        quote: a.quote,
        ...(a.note !== undefined ? { note: a.note, noteBlocks: noteBlocks(a.note) } : {}),
        tags: ownTags(a.tags ?? []),
        author: a.author,
        created: a.created,
        line: row.start.line,
        ...(row.range ? { start: row.range.start, end: row.range.end } : {}),
        column: columnOf(doc.path, row.chapter),
      });
    }
    const ranges = doc.rows.flatMap(r => (r.range ? [r.range] : []));
    const annotated = (nodes: OutlineNode[]) => nodes.filter(n => ranges.some(r => r.start < n.end && r.end > n.start)).length;
    for (const chapter of chapters) {
      const { listed, inText } = recommendationsIn(chapter);
      coverage.push({
        document: doc.path,
        chapter: chapter.title,
        recommendations: listed.length,
        annotated: annotated(listed),
        inText: inText.length,
        annotatedInText: annotated(inText),
      });
    }
  }

  const tagNames = sortTagsAsTree(annotations.flatMap(a => rolledUpTags(a.tags)));
  const rowOf = new Map(tagNames.map((t, i) => [t, i]));
  const hasUntagged = annotations.some(a => a.tags.length === 0);
  const rowCount = tagNames.length + (hasUntagged ? 1 : 0);
  const emptyMatrix = () => Array.from({ length: rowCount }, () => columns.map((): number[] => []));
  const cells = emptyMatrix();
  const ownCells = emptyMatrix();
  annotations.forEach((a, index) => {
    if (a.tags.length === 0) {
      cells[rowCount - 1][a.column].push(index);
      ownCells[rowCount - 1][a.column].push(index);
      return;
    }
    for (const tag of rolledUpTags(a.tags)) cells[rowOf.get(tag)!][a.column].push(index);
    for (const tag of a.tags) ownCells[rowOf.get(tag)!][a.column].push(index);
  });
  const sum = (matrix: number[][][], row: number) => matrix[row].reduce((n, cell) => n + cell.length, 0);
  const tags: ReportTagRow[] = tagNames.map((tag, i) => {
    const parent = parentTag(tag);
    return {
      tag,
      depth: tagDepth(tag),
      ...(parent !== undefined ? { parent } : {}),
      hasChildren: tagNames.some(t => parentTag(t) === tag),
      total: sum(cells, i),
      own: sum(ownCells, i),
    };
  });
  if (hasUntagged) {
    const count = sum(cells, rowCount - 1);
    tags.push({ tag: '', depth: 0, hasChildren: false, total: count, own: count });
  }

  const { periods, periodOf } = timeBuckets(annotations.map(a => a.created));
  const series = (keysOf: (a: ReportAnnotation) => string[]) => {
    const counts = new Map<string, number[]>();
    for (const a of annotations) {
      const period = periodOf(a.created);
      if (period === undefined) continue;
      for (const key of keysOf(a)) {
        let row = counts.get(key);
        if (!row) counts.set(key, (row = periods.map(() => 0)));
        row[period]++;
      }
    }
    return counts;
  };
  const authorCounts = series(a => [a.author]);
  const byAuthor = [...authorCounts]
    .map(([key, counts]) => ({ key, counts }))
    .sort((x, y) => total(y.counts) - total(x.counts) || (x.key < y.key ? -1 : 1));
  const tagCounts = series(a => rolledUpTags(a.tags));
  const byTag = tagNames.filter(t => tagCounts.has(t)).map(key => ({ key, counts: tagCounts.get(key)! }));

  return { annotations, columns, tags, cells, ownCells, periods, byAuthor, byTag, coverage };
}

function total(counts: number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/** Chapter nodes in reading order, wherever the outline puts them. */
function chaptersOf(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap(n => (n.kind === 'chapter' ? [n] : chaptersOf(n.children)));
}
