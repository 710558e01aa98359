import { endsAsJapaneseProposal } from './ordinal-paragraph';
import { hasProposalMarker } from './prose-recommendation';

/**
 * A heading that states a proposal rather than naming a topic: one with a proposal's words
 * (should, べき), or a Japanese one that ends as a proposal does, in a verb (`…を急ぐ`, `…を進めます`,
 * `…に投資せよ`, `…すること`) rather than a noun (`支援`, `人材の育成`).
 */
export function readsAsProposal(title: string): boolean {
  return hasProposalMarker(title) || endsAsJapaneseProposal(title);
}
