import type { OutlineNode } from './model';
import { endsWithNumber } from './rules/recommendation-heading';
import { recommendationsIn } from './tree';

/**
 * `5. Conclusions and recommendations`: a closing chapter that states its conclusions in numbered
 * paragraphs (`5.3 Learning has been weak … FCDO should now treat …`), then sets out what it
 * recommends under numbered labels (`Recommendation 1`, `Recommendation 2` …), as aid and audit
 * scrutiny bodies close their reviews. Where two or more numbered recommendations follow in the
 * same chapter, the paragraphs taken before them under the chapter's joined label are its
 * conclusions: items, still shown.
 */
export function markConcludingParagraphs(nodes: readonly OutlineNode[]): void {
  for (const chapter of nodes) {
    const recommendations = recommendationsIn(chapter.children);
    const numbered = recommendations.filter(node => node.label !== undefined && endsWithNumber(node.label));
    if (numbered.length < LEAST_NUMBERED) continue;
    for (const node of recommendations) if (node.start < numbered[0].start && node.label !== undefined && CONCLUSIONS_LABEL.test(node.label)) node.kind = 'item';
  }
}

/** `Conclusions and recommendations`, `Findings, conclusions and recommendations`. */
const CONCLUSIONS_LABEL = /\bconclusions?\b.*\brecommendations?\b/i;
/** One numbered recommendation may be quoted or alone; two show how the chapter sets them out. */
const LEAST_NUMBERED = 2;
