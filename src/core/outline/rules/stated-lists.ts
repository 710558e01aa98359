import type { Lines } from '../lines';
import { sentenceAbove } from './reported-speech';
import { lastSentence } from './lead-in';

/**
 * `The main risks to implementation are:`, `Key challenges include:`: a list whose lead-in names
 * what its items are, as something other than proposals (risks, challenges, lessons, strengths),
 * states them, though it stands under a label of recommendations (a development bank's note closes
 * its recommendations with the risks to carrying them out). So does one of the people it counts
 * (`…次の２名の学識経験者から意見を聴取しました。` over their names, as a board sets out whom it heard).
 * Line i is the list's first.
 */
export function listsNonProposals(lines: Lines, i: number): boolean {
  const paragraph = sentenceAbove(lines, i);
  const sentence = paragraph === undefined ? undefined : lastSentence(paragraph);
  return sentence !== undefined && (NON_PROPOSALS.test(sentence) || COUNTED_PEOPLE.test(sentence));
}

const COUNTED_PEOPLE = /(?:次|以下|下記)の[^。]{0,12}?[0-9０-９一二三四五六七八九十]{1,3}(?:名|人)の?[^。]{0,20}。$/;
const NON_PROPOSAL_NOUNS = 'risks|challenges|barriers|constraints|obstacles|lessons|findings|strengths|weaknesses|reasons|factors|causes';
const NON_PROPOSALS = new RegExp(`^(?:(?:the|its|our|their)\\s+)?(?:(?:main|key|principal|major|chief)\\s+)?(?:${NON_PROPOSAL_NOUNS})\\b[^.:;]{0,60}?\\s(?:are|were|include|included)(?:\\s+as\\s+follows)?\\s*:$`, 'i');
