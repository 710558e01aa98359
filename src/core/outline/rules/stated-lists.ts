import type { Lines } from '../lines';
import { sentenceAbove } from './reported-speech';
import { lastSentence } from './lead-in';
import { matchListItem } from './list-item';

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

/**
 * `本提言の構成は次のとおりである。` over `3. 提言：国立大学自らが取り組む六つの改革`, `This report is
 * structured as follows:`: a list that outlines the document's own parts names them; a label's word
 * in one (`提言：…`) titles a part and makes no recommendation. Line i is an item of the list.
 */
export function outlinesDocument(lines: Lines, i: number): boolean {
  let first = i;
  for (let j = i - 1; j >= 0 && i - j <= MOST_OUTLINE_ITEMS; j--) {
    if (lines.firstCode(j) < 0) continue;
    if (matchListItem(lines.text(j)) === undefined) break;
    first = j;
  }
  const sentence = sentenceAbove(lines, first);
  return sentence !== undefined && DOCUMENT_OUTLINE.test(sentence);
}

/** A list of a document's parts is this long at most. */
const MOST_OUTLINE_ITEMS = 20;
const DOCUMENT_OUTLINE = /(?:^|[本この])(?:提言|報告書?|資料|文書|意見書|本書)?の?構成は[^。]{0,12}(?:次|以下)の(?:とおり|通り)|\b(?:report|paper|document|brief)\s+is\s+(?:organi[sz]ed|structured|set\s+out)\s+as\s+follows\b/i;
