import type { Lines } from './lines';
import { CodeSet, IDEOGRAPHIC_FULL_STOP, isSpace } from './rules/line-start';
import { nextVisibleLine } from './line-context';
import { indentOf, matchListItem, type ListItem } from './rules/list-item';
import { endsAsking, endsProposing } from './rules/prose-recommendation';
import { DECIDED_AIM_VERBS, DECIDED_AIM_VERBS_POLITE, DECIDED_CONCLUSION, DECIDED_MEASURE_VERBS, DECIDED_MEASURE_VERBS_POLITE } from './rules/recommendation-labels';

/**
 * A government's decision, basic policy or plan (閣議決定, 基本方針, 実行計画) lists the measures it
 * takes as bullets with no label over them, each in the government's own voice: an object and a
 * verb of doing where the sentence ends (`○\u3000…価格交渉に応じない発注者に対する指導を強化する。`).
 * A list whose every item so ends is a list of those measures; one item that states a fact
 * (`・\u3000名目ＧＤＰ：624兆円`) or a forecast (`…が減少する。`) makes it none. Returns the judgement and
 * the last line read, so the list's later items are not judged again as a list of their own.
 *
 * `(1) …について、次の見直しを行う。` over its `① …` and `（注）…`, `１ …を検討する。`: an outline
 * of measures decided (税制改正大綱, a plan's 具体的施策) numbers each measure and sets its details and
 * notes deeper under it. There each item is judged by its own sentence, the lines before its first stop;
 * what it holds below goes with it.
 *
 * `（１）…新たな交付金制度を創設すべきである。` over its `①\u3000…こと。`, `（２）…普及を図ること。`: a proposal
 * (a party's or a council's 提言, a review's 今後の方向性) numbers what it asks for the same way, each item's
 * first sentence proposing or requesting, one at least in so many words (`…すべきである。`): `…こと。` alone
 * also ends a fact set out as a noun (`…が遅れていること。`) and a task given to a body (`…を検証すること。`).
 * Such a list is `proposed`, judged as a list of decided measures is.
 */
export function readDecidedMeasures(lines: Lines, first: number, isFurniture: (i: number) => boolean = () => false): { decided: boolean; proposed: boolean; last: number } {
  const opening = matchListItem(lines.text(first));
  let items = 0;
  let itemStart = first;
  let last = first;
  const judged = (decided: boolean, proposed = false) => ({ decided, proposed, last });
  if (!opening) return judged(false);
  const marker = lines.firstCode(first);
  const shape = numberShape(opening.marker);
  const numbered = shape !== undefined;
  // The next item of the list: the same marker, or a number written the same way, at the same column.
  const nextItemOfList = (item: ListItem, at: number) =>
    item.indent === opening.indent && (numbered ? numberShape(item.marker) === shape : lines.firstCode(at) === marker && item.marker === opening.marker);
  const startsItemOfList = (at: number) => {
    if (!numbered) return lines.firstCode(at) === marker;
    const item = mayOpenDecidedMeasures(lines.firstCode(at)) ? matchListItem(lines.text(at)) : undefined;
    return item !== undefined && nextItemOfList(item, at);
  };
  let decidedItems = 0;
  let proposedItems = 0;
  let proposingItems = 0;
  // An item ends a measure only where its last line ends a sentence, so its lines are joined only then.
  // A pledge in the polite form whose verb the table lacks (`…を改めます。`, `…は行いません。`) may stand
  // among measures decided, where two thirds of the list are; a fact or a past deed may not.
  const itemDecided = () => {
    const end = numbered ? firstSentenceEnd(lines, itemStart, last) : last;
    if (end === undefined || lines.lastCode(end) !== IDEOGRAPHIC_FULL_STOP) return false;
    const text = itemText(lines, opening, itemStart, end, isFurniture);
    if (numbered && !titlesParagraph(lines, itemStart, end)) {
      if (endsProposing(text)) proposingItems++;
      if (endsAsking(text)) proposedItems++;
    }
    if (isDecidedMeasure(text)) {
      decidedItems++;
      return true;
    }
    return POLITE_PLEDGE.test(text) && !POLITE_STATEMENT.test(text);
  };
  for (let i: number | undefined = first; i !== undefined && i - first < MOST_LINES; ) {
    const item = mayOpenDecidedMeasures(lines.firstCode(i)) ? matchListItem(lines.text(i)) : undefined;
    if (item) {
      if (numbered && item.indent > opening.indent) {
        // A numbered measure's own details.
      } else if (!nextItemOfList(item, i)) {
        // Another marker, or a bullet set deeper, is a sub-list: not a list this rule can read.
        return judged(false);
      } else {
        if (items > 0 && !itemDecided() && proposedItems < items) return judged(false);
        items++;
        itemStart = i;
      }
    } else if (lines.lastCode(last) === IDEOGRAPHIC_FULL_STOP && indentOf(lines.text(i)) <= opening.indent) break;
    last = i;
    let next: number | undefined = i + 1 < lines.count && lines.firstCode(i + 1) >= 0 ? i + 1 : nextVisibleLine(lines, i);
    // An item runs on over a page's footer and header, as a policy collection printed to text breaks it.
    let overPage = false;
    while (next !== undefined && isFurniture(next)) {
      next = nextVisibleLine(lines, next);
      overPage = true;
    }
    // A blank line ends the list unless its next item follows it (not a heading numbered `（２）`).
    if (next !== undefined && next > i + 1 && !overPage && !startsItemOfList(next)) break;
    i = next;
  }
  const lastDecided = itemDecided();
  return judged(items >= LEAST_ITEMS && lastDecided && decidedItems * 3 >= items * 2, items >= LEAST_ITEMS && proposedItems === items && proposingItems > 0);
}

/** A sentence that ends in the polite form of a verb, affirmed or denied. */
const POLITE_PLEDGE = /(?:ます|ません)。$/;
/** … that states a fact, a state or a past deed rather than pledging (`…続いています。`, `…があります。`, `…提出しました。`). */
const POLITE_STATEMENT = /(?:ています|ておりま(?:す|せん)|あります|います|ました|ませんでした|できます)。$/;

/** The line where an item's first sentence ends, if it ends before the item does. */
function firstSentenceEnd(lines: Lines, from: number, to: number): number | undefined {
  for (let i = from; i <= to; i++) if (lines.lastCode(i) === IDEOGRAPHIC_FULL_STOP) return i;
  return undefined;
}

/**
 * `（1）…事前確認の徹底` over `  本事業では、…ことが望ましい。`: a numbered title over an indented paragraph,
 * the paragraph's sentence no part of the item's own (an evaluation's lessons, a report's topics).
 */
function titlesParagraph(lines: Lines, item: number, end: number): boolean {
  for (let i = item + 1; i <= end; i++) if (isSpace(lines.source.charCodeAt(lines.start(i)))) return true;
  return false;
}

/** How a numbered item's marker is written (`(0)`, `0`), undefined for a bullet or another kind of number. */
function numberShape(marker: string): string | undefined {
  const shape = marker.normalize('NFKC').replace(DIGITS, '0');
  return NUMBER_SHAPES.has(shape) ? shape : undefined;
}

const DIGITS = /[0-9]{1,2}/;
const NUMBER_SHAPES = new Set(['(0)', '0']);

/** An item's text, its wrapped lines joined, the page furniture between them left out. */
function itemText(lines: Lines, opening: ListItem, from: number, to: number, isFurniture: (i: number) => boolean): string {
  let text = lines.text(from).slice(opening.offset).trim();
  for (let i = from + 1; i <= to; i++) if (!isFurniture(i)) text += lines.text(i).trim();
  return text;
}

/** The marks such lists are set with: a line starting otherwise is passed over unread. */
const MEASURE_MARKS = new CodeSet('○◯●・◆■◇□◎-*•(（0123456789０１２３４５６７８９');

/** Whether a line starting with this character may open a list of decided measures. */
export function mayOpenDecidedMeasures(first: number): boolean {
  return MEASURE_MARKS.has(first);
}

/** Two items at least: one alone is a remark set apart. */
const LEAST_ITEMS = 2;
/** How far the list is read: a longer one is judged on its first items. */
const MOST_LINES = 60;

const KANJI = '[\\u4e00-\\u9fff]';
// `…を実現します。`: a party's policy collection pledges the same measures in the polite form (not
// `…しました。`, what it already did), and has others do them (`…資金を国庫に返納させます。`); clauses
// may stand between the object and its verb (`…適用を、規模にかかわらず、全ての…に広げます。`).
const DECIDED_MEASURE = new RegExp(`(?:を[^。]*(?:${KANJI}{2}(?:する|します|させる|させます)|${KANJI}{1,2}し(?:する|します)|${[...DECIDED_MEASURE_VERBS, ...DECIDED_MEASURE_VERBS_POLITE].join('|')})|(?:に|へ)(?:${[...DECIDED_AIM_VERBS, ...DECIDED_AIM_VERBS_POLITE].join('|')})|${DECIDED_CONCLUSION})。$`);

/**
 * `中国は、…演習を常態化する。`: an item that opens by naming who acts tells what another does or
 * will do (an outlook's forecast), not what the document's author decides; `…については、` names a
 * topic, not an actor.
 */
const NAMED_ACTOR = /^[^、。]{1,8}[^て]は、/;

/** Whether an item's text ends as a measure decided: its last clause an object and a verb of doing, no actor named first. */
export function isDecidedMeasure(text: string): boolean {
  return DECIDED_MEASURE.test(text) && !NAMED_ACTOR.test(text);
}
