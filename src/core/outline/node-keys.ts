import type { OutlineNode } from './model';

/**
 * A key for a node that survives edits around it: its kind and its rank among the siblings of
 * that kind (`chapter:2`), not its offset. Typing a line above a chapter moves every offset
 * below it but changes no key, so a view keeps the same element (its selection, its expansion).
 */
export function nodeKey(siblings: readonly OutlineNode[], node: OutlineNode): string {
  let rank = 0;
  for (const sibling of siblings) {
    if (sibling === node) return `${node.kind}:${rank}`;
    if (sibling.kind === node.kind) rank++;
  }
  throw new Error('nodeKey: the node is not among the siblings given');
}

/** Keys of every node of a list at once (one pass, for a view listing children). */
export function nodeKeys(siblings: readonly OutlineNode[]): string[] {
  const ranks = new Map<string, number>();
  return siblings.map(node => {
    const rank = ranks.get(node.kind) ?? 0;
    ranks.set(node.kind, rank + 1);
    return `${node.kind}:${rank}`;
  });
}
