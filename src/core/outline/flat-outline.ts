import type { Lines } from './lines';
import type { OutlineKind, OutlineNode } from './model';

/** A node in document order with its depth; corrections move nodes by changing depths. */
export interface FlatEntry {
  node: OutlineNode;
  depth: number;
  /** Made by a correction as a recommendation: what follows never goes inside it. */
  leaf: boolean;
  /** Made by a correction as a heading: it runs to the next node of its depth or above. */
  heading: boolean;
}

/** A passage trimmed of the white space around it, with its first and last 0-based lines. */
export interface Span {
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
}

/**
 * An outline as a list in document order (parents before children) with depths: removing a node
 * lifts its descendants one level, inserting a heading deepens the siblings it takes in, and the
 * tree is rebuilt once at the end, each node under the nearest shallower one before it.
 */
export class FlatOutline {
  private entries: FlatEntry[] = [];

  constructor(nodes: readonly OutlineNode[], private readonly lines: Lines) {
    const visit = (level: readonly OutlineNode[], depth: number) => {
      for (const node of level) {
        this.entries.push({ node: { ...node, children: [] }, depth, leaf: false, heading: false });
        visit(node.children, depth + 1);
      }
    };
    visit(nodes, 0);
  }

  /** The 0-based line holding an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lines.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines.start(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** [start, end) clamped to the text and trimmed of white space; undefined when nothing visible is left. */
  span(start: number, end: number): Span | undefined {
    const text = this.lines.source;
    let from = Math.max(this.lines.start(0), Math.min(start, text.length));
    let to = Math.max(from, Math.min(end, text.length));
    while (from < to && isWhite(text.charCodeAt(from))) from++;
    while (to > from && isWhite(text.charCodeAt(to - 1))) to--;
    if (from === to) return undefined;
    return { start: from, end: to, firstLine: this.lineOf(from), lastLine: this.lineOf(to - 1) };
  }

  /** Removes the matching entries; each one's descendants move up a level, to its parent. */
  removeWhere(matches: (entry: FlatEntry) => boolean): void {
    const entries = this.entries;
    for (let i = 0; i < entries.length;) {
      if (!matches(entries[i])) {
        i++;
        continue;
      }
      const depth = entries[i].depth;
      for (let j = i + 1; j < entries.length && entries[j].depth > depth; j++) entries[j].depth--;
      entries.splice(i, 1);
    }
  }

  /** Where a node starting at `start` goes: after every entry that starts at or before it. */
  insertionPoint(start: number): number {
    let i = 0;
    while (i < this.entries.length && this.entries[i].node.start <= start) i++;
    return i;
  }

  /** The entries that hold position `index` of the list, root first. */
  openAncestors(index: number): FlatEntry[] {
    const chain: FlatEntry[] = [];
    let depth = Infinity;
    for (let i = index - 1; i >= 0 && depth > 0; i--) {
      if (this.entries[i].depth < depth) {
        chain.unshift(this.entries[i]);
        depth = this.entries[i].depth;
      }
    }
    return chain;
  }

  insert(index: number, entry: FlatEntry): void {
    this.entries.splice(index, 0, entry);
  }

  /**
   * The heading at `index` takes in the siblings that follow it (with their descendants), up to
   * one of a kind in `stops` or the end of its parent.
   */
  adopt(index: number, stops: ReadonlySet<OutlineKind>): void {
    const entries = this.entries;
    const depth = entries[index].depth;
    for (let j = index + 1; j < entries.length;) {
      const sibling = entries[j];
      if (sibling.depth < depth || (sibling.depth === depth && stops.has(sibling.node.kind))) return;
      if (sibling.depth > depth) {
        j++;
        continue;
      }
      sibling.depth++;
      for (j++; j < entries.length && entries[j].depth > depth; j++) entries[j].depth++;
    }
  }

  /** The tree: each entry under the nearest entry before it that is shallower (and may hold children). */
  toTree(): OutlineNode[] {
    const roots: OutlineNode[] = [];
    const stack: FlatEntry[] = [];
    const boundaries = new Map<FlatEntry, number>();
    const close = (entry: FlatEntry, boundary: number) => boundaries.set(entry, boundary);
    for (const entry of this.entries) {
      while (stack.length > entry.depth || (stack.length > 0 && stack[stack.length - 1].leaf)) close(stack.pop()!, entry.node.start);
      entry.depth = stack.length;
      (stack.length ? stack[stack.length - 1].node.children : roots).push(entry.node);
      stack.push(entry);
    }
    for (const entry of stack) close(entry, this.lines.source.length);
    for (const entry of this.entries) this.fitEnd(entry, boundaries.get(entry)!);
    // Deepest first: a parent is widened to hold its children once they have their final ends.
    for (let i = this.entries.length - 1; i >= 0; i--) this.holdChildren(this.entries[i].node);
    return roots;
  }

  /**
   * A heading runs up to the next node of its depth or above (a marked heading of several lines
   * that a later mark cuts ends there too); any other node is cut there if it ran past it.
   */
  private fitEnd(entry: FlatEntry, boundary: number): void {
    const node = entry.node;
    const limit = Math.max(node.start, this.visibleEndBefore(boundary));
    if (entry.heading ? limit !== node.end : limit < node.end) this.setEnd(node, limit);
  }

  private holdChildren(node: OutlineNode): void {
    for (const child of node.children) {
      if (child.end > node.end) {
        node.end = child.end;
        node.endLine = child.endLine;
      }
    }
  }

  private setEnd(node: OutlineNode, end: number): void {
    node.end = end;
    node.endLine = this.lineOf(end > node.start ? end - 1 : end) + 1;
  }

  /** Just after the last character before `offset` that is not white space. */
  private visibleEndBefore(offset: number): number {
    const text = this.lines.source;
    let i = offset;
    while (i > 0 && isWhite(text.charCodeAt(i - 1))) i--;
    return i;
  }
}

/** Spaces (ASCII, no-break, ideographic), tabs, line breaks, form feeds and a BOM. */
function isWhite(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}
