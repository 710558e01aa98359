import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { joinWrapped } from './rules/join-wrapped';
import { markerLabel, mayHoldMarkers, RECOMMENDATION_MARKER } from './rules/recommendation-marker';

/** A recommendation written as a paragraph (or a run of sentences) that ends with its marker. */
export interface MarkedRecommendation {
  /** 0-based first and last line. */
  first: number;
  last: number;
  /** UTF-16 offsets of the text before the marker. */
  start: number;
  end: number;
  title: string;
  label: string;
}

/**
 * Every `… (Recommendation N)` of a text, in order. The marker closes what it numbers: the text
 * from the paragraph's start, or from the marker before it in the same paragraph, up to it.
 * One scan of the whole text; a text without any marker word costs one search.
 */
export function findMarkedRecommendations(lines: Lines): MarkedRecommendation[] {
  const source = lines.source;
  if (!mayHoldMarkers(source)) return [];
  const found: MarkedRecommendation[] = [];
  RECOMMENDATION_MARKER.lastIndex = 0;
  for (let m = RECOMMENDATION_MARKER.exec(source); m; m = RECOMMENDATION_MARKER.exec(source)) {
    const markerLine = lineOf(lines, m.index);
    const previous = found[found.length - 1];
    const sameParagraph = previous && previous.last >= paragraphStart(lines, markerLine);
    const start = sameParagraph ? afterMarker(source, previous.end) : lines.start(paragraphStart(lines, markerLine));
    const first = lineOf(lines, start);
    const title = joinLines(source, start, m.index);
    if (!title) continue;
    found.push({ first, last: lineOf(lines, m.index + m[0].length - 1), start, end: m.index + m[0].length, title, label: markerLabel(m[0]) });
  }
  return found;
}

/** The first line of the paragraph holding line i: blank lines and Markdown headings bound it. */
function paragraphStart(lines: Lines, i: number): number {
  let first = i;
  while (first > 0 && lines.firstCode(first - 1) >= 0 && lines.firstCode(first - 1) !== 0x23 /* # */) first--;
  return first;
}

/** Where the text after a marker starts (white space skipped). */
function afterMarker(source: string, end: number): number {
  let i = end;
  while (i < source.length && /\s/.test(source[i])) i++;
  return i;
}

/** The text of [start, end) with its hard-wrapped lines joined. */
function joinLines(source: string, start: number, end: number): string {
  let title = '';
  for (const part of source.slice(start, end).split('\n')) title = joinWrapped(title, part.trim());
  return title.trim();
}

function lineOf(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.start(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Hands out the marked recommendations in line order, as the outline walks the lines. */
export class MarkedCursor {
  private next = 0;

  constructor(private readonly marked: MarkedRecommendation[]) {}

  /**
   * The recommendations that start at line i (and those of the same paragraph after them), as
   * nodes; an empty list for most lines. Those that started on lines another rule consumed are
   * dropped.
   */
  take(i: number, lines: Lines): OutlineNode[] {
    while (this.next < this.marked.length && this.marked[this.next].first < i) this.next++;
    const nodes: OutlineNode[] = [];
    let last = i;
    while (this.next < this.marked.length && this.marked[this.next].first <= last) {
      const m = this.marked[this.next++];
      const node = createNode('recommendation', m.title, lines, m.first, m.last);
      node.start = m.start;
      node.label = m.label;
      nodes.push(node);
      last = m.last;
    }
    return nodes;
  }
}
