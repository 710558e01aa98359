import type { Lines } from '../lines';
import { joinedLines, nextVisibleLine, paragraphEnd } from '../line-context';
import { endsAsRequest } from './prose-recommendation';
import { codesOf } from './line-start';

/**
 * `【意見】` over what a submission asks, then `【理由】` over why: a public comment (パブリック
 * コメント) on a draft plan or bill sets each of its opinions so (or `意見内容：` over `理由：`, as a
 * form to fill in words them). Alone, `意見` names what was said
 * (minutes, a survey's free answers); followed by its reason, it is what the writer asks for, a
 * label of proposals like `【提案】`. So it is over a paragraph that ends by asking (`…に努められたい。`,
 * `…検討するよう要望する。`), as a municipal audit committee states its opinion on each department
 * after its findings.
 */
export function opensOpinionOverReason(lines: Lines, i: number): boolean {
  if (!OPINION_STARTS.has(lines.firstCode(i)) || !OPINION.test(lines.text(i))) return false;
  for (let j = i + 1; j < lines.count && j <= i + REASON_REACH; j++) {
    const text = lines.text(j);
    if (REASON.test(text)) return true;
    if (OPINION.test(text)) break;
  }
  const next = nextVisibleLine(lines, i);
  return next !== undefined && endsAsRequest(joinedLines(lines, next, paragraphEnd(lines, next)));
}

/** `【意見】`, `［意見］`, `【意見内容】`, `意見内容：`: the line is the word alone, bracketed or before a colon. */
const OPINION = /^[\s\u3000]*(?:[【［[〈][\s\u3000]*意[\s\u3000]*見(?:の?内容)?[\s\u3000]*[】］\]〉]|意[\s\u3000]*見(?:の?内容)?[\s\u3000]*[:：])[\s\u3000]*$/;
/** What such a line starts with: most lines are passed over by their first character, uncopied. */
const OPINION_STARTS = codesOf('【［[〈意');
/** `【理由】`, `【意見の理由】`, `理由：`. */
const REASON = /^[\s\u3000]*(?:[【［[〈][\s\u3000]*(?:意見の)?理[\s\u3000]*由[\s\u3000]*[】］\]〉]|(?:意見の)?理[\s\u3000]*由[\s\u3000]*[:：])/;
/** An opinion is a paragraph or a few: its reason follows within these lines. */
const REASON_REACH = 15;

/** The label an opinion over its reason is read under. */
export const OPINION_LABEL = '意見';
