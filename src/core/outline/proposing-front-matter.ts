import type { OutlineNode } from './model';

/**
 * `Summary` before `Part One`, holding `Recommendations` and their lettered points: an audit
 * office's summary is the only place it makes its recommendations, where other reports restate
 * in front what the body sets out (those entries are items by then, see
 * restated-recommendations.ts). Front matter that still holds recommendations is a chapter of
 * the report: what it proposes is read there.
 */
export function markProposingFrontMatter(nodes: OutlineNode[]): OutlineNode[] {
  for (const node of nodes) if (node.kind === 'front-matter' && holdsRecommendation(node.children)) node.kind = 'chapter';
  return nodes;
}

function holdsRecommendation(nodes: readonly OutlineNode[]): boolean {
  return nodes.some(node => node.kind === 'recommendation' || holdsRecommendation(node.children));
}
