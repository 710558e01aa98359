import type { OutlineNode } from './model';
import { holdsRecommendation } from './tree';

/**
 * `We recommend that the Commission improve …, promote … and …` on the page before the
 * contents: a report's cover and its note on the report tell in short what the body recommends in
 * full. Recommendations before the contents, where the body after it makes some, are that
 * account: they become items, still shown where they are. A text whose contents come after all
 * its recommendations (a letter, a statement) keeps them.
 */
export function markCoverSummaries(nodes: OutlineNode[]): OutlineNode[] {
  const contents = nodes.findIndex(node => node.kind === 'toc');
  if (contents <= 0 || !nodes.slice(contents + 1).some(holdsRecommendation)) return nodes;
  for (const node of nodes.slice(0, contents)) asItems(node);
  return nodes;
}

/**
 * `In short, we provisionally propose:` over `(1) a public register …` in a report's introduction,
 * `Among other things, the Department should:` on its highlights page: a list that sums up tells in
 * brief what the text recommends in full elsewhere. Where the text recommends outside such lists,
 * their items are that account, items still shown where they are; a text that recommends only so keeps them.
 */
export function markSummingUpLists(nodes: OutlineNode[], summaries: readonly OutlineNode[]): void {
  if (!summaries.length) return;
  const summing = new Set(summaries);
  if (!nodes.some(node => recommendsOutside(node, summing))) return;
  for (const node of summaries) if (node.kind === 'recommendation') node.kind = 'item';
}

function recommendsOutside(node: OutlineNode, summing: ReadonlySet<OutlineNode>): boolean {
  return (node.kind === 'recommendation' && !summing.has(node)) || node.children.some(child => recommendsOutside(child, summing));
}

function asItems(node: OutlineNode): void {
  if (node.kind === 'recommendation') node.kind = 'item';
  node.children.forEach(asItems);
}
