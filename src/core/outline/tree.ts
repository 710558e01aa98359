import type { Line } from './lines';
import type { OutlineKind, OutlineNode } from './model';

export function createNode(kind: OutlineKind, title: string, first: Line, last: Line = first): OutlineNode {
  return { kind, title, start: first.start, end: last.end, line: first.number, endLine: last.number, children: [] };
}

/** Extends a node (and so its enclosing nodes, passed in order) to cover a line. */
export function extendTo(nodes: (OutlineNode | undefined)[], line: Line): void {
  for (const node of nodes) extend(node, line);
}

/** Extends one node to cover a line (no list to allocate: this runs on most lines). */
export function extend(node: OutlineNode | undefined, line: Line): void {
  if (node && line.end > node.end) {
    node.end = line.end;
    node.endLine = line.number;
  }
}
