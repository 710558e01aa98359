import type { Lines } from './lines';
import type { OutlineKind, OutlineNode } from './model';

/** A node that spans lines `first` to `last` (0-based indexes) whole. */
export function createNode(kind: OutlineKind, title: string, lines: Lines, first: number, last = first): OutlineNode {
  return { kind, title, start: lines.start(first), end: lines.end(last), line: first + 1, endLine: last + 1, children: [] };
}

/** Extends each node (a node and those enclosing it) to cover line `i`. */
export function extendTo(nodes: (OutlineNode | undefined)[], lines: Lines, i: number): void {
  for (const node of nodes) extend(node, lines, i);
}

/** Ends a node on its last visible line before line `i`, and on its own first line at the earliest. */
function endBefore(node: OutlineNode, lines: Lines, i: number): void {
  let last = i - 1;
  while (last > node.line - 1 && lines.firstCode(last) < 0) last--;
  node.end = lines.end(last);
  node.endLine = last + 1;
}

/**
 * Ends each node before its next sibling starts, where a rule stretched it over lines a later
 * node took (a body read on under a stated recommendation, a paragraph placed when it ended):
 * siblings never overlap, whatever order the rules placed them in. Children are read after.
 */
export function separateSiblings(nodes: readonly OutlineNode[], lines: Lines): void {
  for (let k = 1; k < nodes.length; k++) {
    const before = nodes[k - 1];
    if (before.end > nodes[k].start && nodes[k].line > before.line) endBefore(before, lines, nodes[k].line - 1);
  }
  for (const node of nodes) if (node.children.length) separateSiblings(node.children, lines);
}

/** Extends one node to cover line `i` (no list to allocate: this runs on most lines). */
export function extend(node: OutlineNode | undefined, lines: Lines, i: number): void {
  const end = lines.end(i);
  if (node && end > node.end) {
    node.end = end;
    node.endLine = i + 1;
  }
}

/** Whether the node is a recommendation or holds one, at any depth. */
export function holdsRecommendation(node: OutlineNode): boolean {
  return node.kind === 'recommendation' || node.children.some(holdsRecommendation);
}

/** The recommendations among the nodes and their children, at any depth, in the tree's order. */
export function recommendationsIn(nodes: readonly OutlineNode[], into: OutlineNode[] = []): OutlineNode[] {
  for (const node of nodes) {
    if (node.kind === 'recommendation') into.push(node);
    recommendationsIn(node.children, into);
  }
  return into;
}

/**
 * Puts a node into the deepest section of the part that holds it, in line order; the nodes of the
 * kinds in `readInside` that stand within its lines (its points, a proposal in its sentence) are its own.
 */
export function placeWithin(part: OutlineNode, node: OutlineNode, readInside: ReadonlySet<OutlineKind>): void {
  const section = part.children.find(child => child.kind === 'section' && child.line <= node.line && node.endLine <= child.endLine);
  if (section) return placeWithin(section, node, readInside);
  part.children = part.children.filter(child => !(readInside.has(child.kind) && child.line >= node.line && child.endLine <= node.endLine));
  const after = part.children.findIndex(child => child.line > node.line);
  part.children.splice(after < 0 ? part.children.length : after, 0, node);
}
