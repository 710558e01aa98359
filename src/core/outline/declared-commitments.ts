import type { Lines } from './lines';
import { joinedLines } from './line-context';
import { isDecidedMeasure } from './decided-measures';
import { insideParagraph, type MarkedRecommendation } from './marked-paragraphs';
import { matchListItem } from './rules/list-item';
import { isDigit } from './rules/line-start';

/**
 * `6.  我々は、ウクライナが必要とする限り、…支援を継続する。`: a communiqué or a declaration in Japanese
 * (a summit's or a ministers' meeting's, or a ministry's provisional translation of one) numbers
 * every paragraph and speaks as 我々 throughout. A paragraph one of whose sentences has the
 * speakers undertake an action (an object and a verb of doing, `…を強化する。`, `…を講じていく。`)
 * or call on others (`…停止するよう求める。`, `…を呼びかける。`) is what they agreed to do: the whole
 * numbered paragraph is one recommendation. A sentence that only takes a stance (`…を歓迎する。`,
 * `…を再確認する。`, `…を強く非難する。`) commits to nothing.
 */
export function findDeclaredCommitments(lines: Lines): MarkedRecommendation[] {
  const source = lines.source;
  if (!source.includes(SPEAKERS)) return [];
  const found: MarkedRecommendation[] = [];
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (!isDigit(first) && first !== ASTERISK) continue;
    const opening = NUMBERED_DECLARATION.exec(lines.text(i));
    if (!opening) continue;
    const last = declarationEnd(lines, i);
    const title = joinedLines(lines, i, last).trim().slice(opening[1].length);
    if (!title.split(SENTENCE_STOP).some(commits)) continue;
    const start = lines.start(i) + lines.text(i).indexOf(SPEAKERS);
    found.push({ first: i, last, start, end: lines.start(last) + lines.text(last).trimEnd().length, title, label: SPEAKERS });
    i = last;
  }
  return found;
}

const SPEAKERS = '我々は';
/** `2.  我々は、…`, `**12.** 我々は、…`, `３．我々は、…`: a paragraph's number before the speakers. */
const NUMBERED_DECLARATION = /^\s*((?:\*\*)?[0-9０-９]{1,3}[.．](?:\*\*)?\s*)我々は、/;
const SENTENCE_STOP = /(?<=。)/;

/** A sentence of the speakers that undertakes an action or calls on others, not one that takes a stance. */
function commits(sentence: string): boolean {
  const text = sentence.trim();
  if (!text.startsWith(SPEAKERS) || STANCE.test(text)) return false;
  return CALLS_ON.test(text) || ONGOING_ACTION.test(text) || isDecidedMeasure(text.slice(SPEAKERS.length + 1));
}

/** How a declaration calls on others: `…全ての国に対し、…停止するよう求める。`, `…参加を呼びかける。`. */
const CALLS_ON = /(?:よう(?:強く)?(?:求める|要請する|呼びかける)|を(?:強く)?呼びかける)。$/;
/** An action it will go on taking (`…措置を講じていく。`, `…連携を強化していく。`). */
const ONGOING_ACTION = /を[^。]*(?:し|じ|め|げ|け|んで|って)(?:て)?いく。$/;
/** The verbs with which a declaration states where its speakers stand, undertaking nothing. */
const STANCE = /(?:歓迎|再確認|確認|評価|強調|認識|非難|表明|留意|想起|支持|共有|反対|懸念|称賛|賞賛|感謝|注目|期待|決意|祝福|誓約|遺憾に思う)(?:する)?。$/;

/** The paragraph's last line: before a blank line, a heading, the next numbered paragraph or a list flush with it. */
function declarationEnd(lines: Lines, i: number): number {
  let last = i;
  for (let j = i + 1; j < lines.count && insideParagraph(lines, j) && !NUMBERED_DECLARATION.test(lines.text(j)); j++) {
    if (matchListItem(lines.text(j), lines.firstCode(j))?.indent === 0) break;
    last = j;
  }
  return last;
}

const ASTERISK = 0x2a;
