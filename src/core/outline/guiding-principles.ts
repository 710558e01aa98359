import type { OutlineNode } from './model';
import { endsWithNumber, labelWord } from './rules/recommendation-heading';
import { recommendationsIn } from './tree';

/** The word of the label a standard setter numbers its principles with (see NUMBERED_ONLY_LABELS). */
const PRINCIPLE = 'Principle';

/**
 * `Principle 1: Certainty` … `Principle 5: …` in a law reform report that makes its proposals as
 * `Recommendation 4–1` …: the principles guide the reform, they propose nothing themselves, and are
 * items. A standard setter's consultative document, whose numbered principles are its only
 * numbered proposals, keeps them as its recommendations.
 */
export function markGuidingPrinciples(nodes: OutlineNode[]): OutlineNode[] {
  const numbered = recommendationsIn(nodes).filter(node => node.label !== undefined && endsWithNumber(node.label));
  const principles = numbered.filter(node => labelWord(node.label!) === PRINCIPLE);
  if (principles.length && principles.length < numbered.length) for (const node of principles) node.kind = 'item';
  return nodes;
}
