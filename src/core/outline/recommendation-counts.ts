import type { OutlineNode } from './model';

/**
 * The one definition of a node's recommendations, for every place that counts them (the Outline
 * view, the report): listed recommendations and recommendations in the running text, apart.
 */
export interface RecommendationsIn {
  listed: OutlineNode[];
  inText: OutlineNode[];
}

export function recommendationsIn(node: OutlineNode): RecommendationsIn {
  const found: RecommendationsIn = { listed: [], inText: [] };
  const visit = (children: readonly OutlineNode[]) => {
    for (const child of children) {
      if (child.kind === 'recommendation') found.listed.push(child);
      else if (child.kind === 'prose-recommendation') found.inText.push(child);
      visit(child.children);
    }
  };
  visit(node.children);
  return found;
}
