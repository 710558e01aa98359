import type { Lines } from './lines';
import { joinedLines } from './line-context';
import type { MarkedRecommendation } from './marked-paragraphs';
import type { OutlineKind, OutlineNode } from './model';
import { createNode, holdsRecommendation, placeWithin } from './tree';
import { paragraphEnd } from './recommending-paragraphs';
import { indentOf, matchListItem } from './rules/list-item';
import { endsAsRequest, hasProposalMarker } from './rules/prose-recommendation';
import { IDEOGRAPHIC_FULL_STOP } from './rules/line-start';

/**
 * `令和８年度…に関する提言`, `…に関する要望書`: a Japanese request paper (an association of governors'
 * or mayors' proposals, a professional body's 要望書 to a ministry) names itself in its title and
 * sets out its requests under topic headings, each as an item or a paragraph of its own that ends
 * asking (`〇\u3000…を確実に措置すること。`, `（１）…対象範囲を拡大すること。`), among items that state the
 * background (`〇\u3000地方財政は、…増加している。`). Each asking item is one recommendation, with the
 * points set deeper under it; the others are its reasons, and the points under a sentence that
 * proposes or states (`…創設すべきである。` over `①\u3000…こと。`) are its particulars. Read only where
 * the title names the paper a request and three items or more ask, and in the chapters where no
 * other rule found a recommendation (a label's block, `【要望内容】`, reads its own).
 */
export function markRequestedItems(nodes: OutlineNode[], lines: Lines, isFurniture: (i: number) => boolean): OutlineNode[] {
  const found = findRequestedItems(lines, isFurniture);
  if (!found.length) return nodes;
  for (const chapter of nodes) {
    if (chapter.kind !== 'chapter' || holdsRecommendation(chapter)) continue;
    for (const item of found) {
      if (item.first + 1 < chapter.line || item.last + 1 > chapter.endLine) continue;
      const node = createNode('recommendation', item.title, lines, item.first, item.last);
      node.start = item.start;
      node.end = item.end;
      node.label = item.label;
      placeWithin(chapter, node, READ_INSIDE);
    }
  }
  return nodes;
}

/** What was read inside a request (its points, a proposal in its sentence) is its own. */
const READ_INSIDE: ReadonlySet<OutlineKind> = new Set(['item', 'prose-recommendation']);

function findRequestedItems(lines: Lines, isFurniture: (i: number) => boolean): MarkedRecommendation[] {
  const source = lines.source;
  if (!source.includes('こと。') && !source.includes('たい。')) return [];
  const title = requestTitle(lines);
  if (!title) return [];
  const found: MarkedRecommendation[] = [];
  for (let i = title.line + 1; i < lines.count; i++) {
    if (!opensUnit(lines, i) || isFurniture(i)) continue;
    let own = paragraphEnd(lines, i, isFurniture);
    // A title (`（１）地方法人課税について`) heads items read each on its own; a sentence's points are its own.
    if (!endsSentence(lines.text(own))) continue;
    const text = joinedLines(lines, i, own, isFurniture);
    let asking = asks(text);
    // `（１）【現状】…増加している。` over the paragraph that asks: the item states the situation, then its request.
    const request = asking ? undefined : requestBelow(lines, own, isFurniture);
    if (request !== undefined) [own, asking] = [request, true];
    const last = pointsUnder(lines, i, own, isFurniture);
    // `本市の…割合は４割を超えており、…多い。` over `①\u3000…支援すること。`, or `…次の事項について取り組まれたい。`
    // over `○\u3000…されたい。`: background or a lead-in that proposes nothing, its points each a request of their own.
    if (!asking && last > own && !hasProposalMarker(text) && pointAsks(lines, own, last, isFurniture)) {
      i = own;
      continue;
    }
    if (asking && !insideQuotation(lines, i)) {
      const start = lines.start(i) + (lines.text(i).length - lines.text(i).trimStart().length);
      found.push({ first: i, last, start, end: lines.start(last) + lines.text(last).trimEnd().length, title: joinedLines(lines, i, last, isFurniture), label: title.label });
    }
    i = last;
  }
  return found.length >= LEAST_REQUESTS ? found : [];
}

/** Whether a point listed in lines (own, last] asks. */
function pointAsks(lines: Lines, own: number, last: number, isFurniture: (i: number) => boolean): boolean {
  for (let j = own + 1; j <= last; j++) {
    if (lines.firstCode(j) < 0 || isFurniture(j) || !matchListItem(lines.text(j), lines.firstCode(j))) continue;
    const end = paragraphEnd(lines, j, isFurniture);
    if (asks(joinedLines(lines, j, end, isFurniture))) return true;
    j = end;
  }
  return false;
}

/** Whether an item's text ends asking (`…こと。`, `…されたい。`), an addressee's tag after it (`…こと。【県】`), and states no fact. */
function asks(text: string): boolean {
  const request = text.replace(ADDRESSEE_TAG, '');
  return endsAsRequest(request) && !STATES_FACT.test(request);
}

/** Whether a line ends a sentence, an addressee's tag after its stop (`…こと。【国・県】`). */
function endsSentence(text: string): boolean {
  return text.replace(ADDRESSEE_TAG, '').trimEnd().endsWith('。');
}

/** `【県】`, `【国・県】` after a request: whom a chamber's or an association's paper asks. */
const ADDRESSEE_TAG = /\s*【[^】]{1,8}】\s*$/;

/**
 * The last line of a paragraph right after the one ending on line `own` (blank lines between) that
 * asks, where it is no item nor heading of its own; undefined otherwise.
 */
function requestBelow(lines: Lines, own: number, isFurniture: (i: number) => boolean): number | undefined {
  let j = own + 1;
  while (j < lines.count && (lines.firstCode(j) < 0 || isFurniture(j))) j++;
  if (j >= lines.count || lines.firstCode(j) === HASH || matchListItem(lines.text(j), lines.firstCode(j))) return undefined;
  const end = paragraphEnd(lines, j, isFurniture);
  return asks(joinedLines(lines, j, end, isFurniture)) ? end : undefined;
}

const HASH = 0x23;

/**
 * `…参画が進んでいないこと。`, `…企業ほど負担が大きいこと。`, `…判断が遅れること。`: a fact set out as a
 * noun, as a paper lists the issues it found: a state (`…ている`, `…である`, an adjective) or a subject
 * with `が` in the last clause and no object nor aim (a request acts on one: `…財源を確保すること。`,
 * `…偏在が生じないようにすること。`, `…費用が評価される仕組みとすること。`).
 */
const STATES_FACT = /(?:[てで]い(?:る|ない)|である|[^なわ]い|が(?:(?!よう)[^、。を])*(?<![とに]す)る)こと。$/;

/** A paper that asks fewer times is no request paper whose form this is. */
const LEAST_REQUESTS = 3;
/** The title is among the paper's first lines (after a cover letter's addressees and date). */
const TITLE_REACH = 60;
/** Longer than this, a line is a sentence, not a title. */
const MAX_TITLE_LENGTH = 60;
/**
 * `…に関する提言`, `…要望書`, `緊急要請`, `…についての意見書（案）`, `…に関する意見書（建議）` (an agricultural
 * committee's opinion to its mayor under its founding law): the paper's own kind closes its title.
 */
const REQUEST_TITLE = /(提言|要望|要請|意見|建議)書?(?:[(（](?:案|建議)[)）])?$/;
const TITLE_MARKUP = /^#+\s*|[*_]{2}/g;

/** The line that names the paper a request, and the word it uses (`提言`, `要望`). */
function requestTitle(lines: Lines): { line: number; label: string } | undefined {
  for (let i = 0; i < Math.min(lines.count, TITLE_REACH); i++) {
    if (lines.firstCode(i) < 0) continue;
    const text = lines.text(i).replace(TITLE_MARKUP, '').trim();
    if (text.length > MAX_TITLE_LENGTH || matchListItem(text)) continue;
    const kind = REQUEST_TITLE.exec(text);
    if (kind) return { line: i, label: kind[1] };
  }
  return undefined;
}

/** Whether line i opens an item or a paragraph of its own: a list item, or an indented line after a blank line or a finished sentence. */
function opensUnit(lines: Lines, i: number): boolean {
  const first = lines.firstCode(i);
  if (first < 0) return false;
  if (matchListItem(lines.text(i), first)) return true;
  return indentOf(lines.text(i)) > 0 && (i === 0 || lines.firstCode(i - 1) < 0 || lines.lastCode(i - 1) === IDEOGRAPHIC_FULL_STOP);
}

/** The last line of the points set deeper under an item whose own text ends on line `own` (`\u3000・\u3000…`, `\u3000\u3000①\u3000…`). */
function pointsUnder(lines: Lines, i: number, own: number, isFurniture: (i: number) => boolean): number {
  const indent = indentOf(lines.text(i));
  let last = own;
  for (let j = own + 1; j < lines.count; j++) {
    if (isFurniture(j)) continue;
    const first = lines.firstCode(j);
    if (first < 0 || indentOf(lines.text(j)) <= indent || !matchListItem(lines.text(j), first)) break;
    last = paragraphEnd(lines, j, isFurniture);
    j = last;
  }
  return last;
}

/** How far back a quotation's opening bracket is looked for, in lines of one block. */
const QUOTATION_REACH = 30;

/**
 * Whether line i stands inside a quotation opened on a line above it in the same block (`「第一\u3000…`
 * over `\u3000\u3000一\u3000…ものとすること。`): another body's text, as a written opinion quotes a council's
 * report before it argues its own.
 */
function insideQuotation(lines: Lines, i: number): boolean {
  let open = 0;
  for (let j = i - 1; j >= 0 && j >= i - QUOTATION_REACH && lines.firstCode(j) >= 0; j--) {
    const text = lines.text(j);
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (code === OPENING_QUOTE) open++;
      else if (code === CLOSING_QUOTE) open--;
    }
  }
  return open > 0;
}

const OPENING_QUOTE = 0x300c; // 「
const CLOSING_QUOTE = 0x300d; // 」
