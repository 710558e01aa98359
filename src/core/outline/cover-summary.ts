import type { OutlineNode } from './model';

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

function holdsRecommendation(node: OutlineNode): boolean {
  return node.kind === 'recommendation' || node.children.some(holdsRecommendation);
}

function asItems(node: OutlineNode): void {
  if (node.kind === 'recommendation') node.kind = 'item';
  node.children.forEach(asItems);
}
