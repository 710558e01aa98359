import { endsWithNumber } from './rules/recommendation-heading';
import type { OutlineNode } from './model';

/**
 * A recommendation stated word for word twice: committee and inquiry reports list their
 * recommendations together at the front (or gather them at the end) and state each again where
 * its argument is. The last statement is the one that stands (the body's after a front list, the
 * gathered list after the bold paragraphs of the body); the earlier ones become items, still shown
 * where they are. Short titles (`Fund the quays.`) may be said twice on purpose and are left alone.
 */
export function markRepeatedRecommendations(nodes: OutlineNode[], source: string): RepeatedStatements {
  const repeated: RepeatedStatements = new Map();
  const recommendations: OutlineNode[] = [];
  const parents: (OutlineNode | undefined)[] = [];
  collect(nodes, undefined, recommendations, parents);
  if (recommendations.length < 2) return repeated;
  // Each title's key is made once, and only for titles long enough to count, or numbered alike.
  const keys = recommendations.map(keyOf);
  // The later statement stands, unless it points back to where the text argues it (`… in person.
  // [paragraph 3.6]`): a closing summary that says so restates, and the body's stands. So does an
  // agency's letter that answers each (`Department Response: Agree. …` under its copy).
  const pointsBack = recommendations.map(node => pointsToPlace(node.title) || closesWithCitedParagraph(source, node));
  // Read only for statements said twice, each once.
  const answered: (boolean | undefined)[] = [];
  const restates = (k: number) => pointsBack[k] || (answered[k] ??= isAnswered(source, recommendations[k]));
  const standings = new Map<string, number>();
  keys.forEach((key, k) => {
    const standing = key ? standings.get(key) : undefined;
    if (key && (standing === undefined || restates(standing) || !restates(k))) standings.set(key, k);
  });
  const restating = new Set<OutlineNode | undefined>();
  keys.forEach((key, k) => {
    const standing = standings.get(key);
    if (!key || standing === undefined || standing === k) return;
    recommendations[k].kind = 'item';
    repeated.set(recommendations[standing], recommendations[k]);
    if (pointsBack[k]) restating.add(parents[k]);
  });
  if (restating.size) markRestatedAlongside(recommendations, parents, restating, repeated);
  if (pointsBack.some(Boolean)) markGatheredAround(recommendations, keys, pointsBack, repeated);
  markAttributeRows(recommendations);
  markAnsweredExcerpts(recommendations, source);
  return repeated;
}

/**
 * `Recommendation 1` over `Establish written, statewide procedures … . . .` and `Response: The
 * Department agrees.`: an agency's response letter, printed at the end of an audit, copies the
 * opening of each recommendation, cut off with an ellipsis, over its answer. Such an excerpt
 * restates a recommendation: an item.
 */
function markAnsweredExcerpts(recommendations: readonly OutlineNode[], source: string): void {
  for (const node of recommendations) if (node.kind === 'recommendation' && ENDS_WITH_ELLIPSIS.test(node.title) && isAnswered(source, node)) node.kind = 'item';
}

const ENDS_WITH_ELLIPSIS = /(?:\.\s?\.\s?\.|…)\s*$/;

/**
 * `| 提言１ | 国、市町村 | 令和７年度中 |`: a table that gives each recommendation set out in the text
 * who carries it out and when (a report's closing schedule of its proposals), its rows titled by
 * what stands beside the label. A short line under a numbered label that a recommendation set out
 * over several lines carries restates that recommendation: it is an item.
 */
function markAttributeRows(recommendations: readonly OutlineNode[]): void {
  const setOut = new Map<string, OutlineNode[]>();
  for (const node of recommendations) {
    if (node.kind !== 'recommendation' || !node.label || !endsWithNumber(node.label) || isShortLine(node)) continue;
    addTo(setOut, node.label, node);
  }
  for (const node of recommendations) {
    const stated = node.kind === 'recommendation' && node.label ? setOut.get(node.label) : undefined;
    if (stated && (isShortLine(node) || (node.endLine === node.line && stated.some(other => other.endLine > other.line && opensAlike(node.title, other.title))))) node.kind = 'item';
  }
}

/**
 * `提言１：首長主導で会議を設置する` in a front summary, `提言１：首長主導で会議を設置すべき` over its text:
 * a one-line entry that says most of what the set-out title says before their endings part
 * (two thirds of it or more) restates it in its own words.
 */
function opensAlike(entry: string, title: string): boolean {
  return sharedOpening(entry, title) * 3 >= entry.length * 2;
}

/** How many characters two texts share from their start. */
function sharedOpening(one: string, other: string): number {
  let same = 0;
  while (same < one.length && same < other.length && one.charCodeAt(same) === other.charCodeAt(same)) same++;
  return same;
}

/** Adds a node to the list kept under `label`, growing it in place. */
function addTo(lists: Map<string, OutlineNode[]>, label: string, node: OutlineNode): void {
  const list = lists.get(label);
  if (list) list.push(node);
  else lists.set(label, [node]);
}

/** One line, and a short one: a table's row or a list's entry, not a recommendation set out. */
function isShortLine(node: OutlineNode): boolean {
  return node.endLine === node.line && weightOf(node.title) < SHORTEST_REPEATED;
}

/**
 * What two statements of one recommendation share: the title said word for word, when it is long
 * enough to count; a short one only with the same numbered label (`提言A` in a summary's table and
 * over its paragraph), which names one recommendation whatever its length. Empty: none.
 */
function keyOf(node: OutlineNode): string {
  if (weightOf(node.title) >= SHORTEST_REPEATED) {
    const key = repeatKey(node.title);
    return weightOf(key) >= SHORTEST_REPEATED ? key : '';
  }
  return node.label && endsWithNumber(node.label) ? `${node.label}\u0000${repeatKey(node.title)}` : '';
}

/** The statement that stands, to an earlier one said word for word alike, now an item. */
export type RepeatedStatements = Map<OutlineNode, OutlineNode>;

/** Titles shorter than this (in characters, a wide one counting twice) are never taken for a repeat. */
const SHORTEST_REPEATED = 40;

/**
 * A title's length with each wide character (kana, kanji, full-width forms) counted twice: Japanese
 * says in 20 characters (`在職老齢年金の見直しを行う`…) what English says in 40, and a summary
 * that lists its proposals by title repeats them as word for word.
 */
function weightOf(title: string): number {
  let weight = title.length;
  for (let k = 0; k < title.length && weight < SHORTEST_REPEATED; k++) if (title.charCodeAt(k) >= WIDE_FROM) weight++;
  return weight;
}

/** Where wide characters start: the ideographic space, kana, kanji, full-width forms. */
const WIDE_FROM = 0x3000;

/**
 * An entry of a summary found restating the body (its other entries point back to where the body
 * argues them) that the body states under the same numbered label, one of the two cut short of
 * the other (`Recommendation 4: … only where: (a) …` run on where the body sets its points out
 * below, an entry cut off by a page): that statement again, an item too.
 */
function markRestatedAlongside(recommendations: readonly OutlineNode[], parents: readonly (OutlineNode | undefined)[], restating: ReadonlySet<OutlineNode | undefined>, repeated: RepeatedStatements): void {
  const stated = new Map<string, OutlineNode[]>();
  recommendations.forEach((node, k) => {
    if (node.kind === 'recommendation' && node.label && endsWithNumber(node.label) && !restating.has(parents[k])) addTo(stated, node.label, node);
  });
  recommendations.forEach((entry, k) => {
    if (entry.kind !== 'recommendation' || !entry.label || !restating.has(parents[k])) return;
    const key = repeatKey(entry.title);
    const body = stated.get(entry.label)?.find(node => cutShortOf(key, repeatKey(node.title)));
    if (!body) return;
    entry.kind = 'item';
    repeated.set(body, entry);
  });
}

/**
 * `1. *We are concerned that …* **We recommend that the Agency publish …** (Paragraph 9)`: a
 * closing list that gathers, for each paragraph it points back to, the conclusion and the
 * recommendation the body set in bold there. An entry that points back and holds a recommendation
 * of the body word for word restates it: an item, and the body's stands.
 */
function markGatheredAround(recommendations: readonly OutlineNode[], keys: readonly string[], pointsBack: readonly boolean[], repeated: RepeatedStatements): void {
  const body = recommendations.map((node, k) => (!pointsBack[k] && node.kind === 'recommendation' && weightOf(keys[k] || node.title) >= SHORTEST_REPEATED ? repeatKey(node.title) : ''));
  recommendations.forEach((entry, k) => {
    if (!pointsBack[k] || entry.kind !== 'recommendation') return;
    const key = repeatKey(entry.title);
    const stated = body.findIndex((text, j) => text !== '' && j !== k && text.length < key.length && key.includes(text));
    if (stated < 0) return;
    entry.kind = 'item';
    repeated.set(recommendations[stated], entry);
  });
}

/** Whether one of two statements begins the other, long enough to count. */
function cutShortOf(one: string, other: string): boolean {
  const shorter = one.length <= other.length ? one : other;
  return weightOf(shorter) >= SHORTEST_REPEATED && sharedOpening(one, other) === shorter.length;
}

function collect(nodes: readonly OutlineNode[], parent: OutlineNode | undefined, into: OutlineNode[], parents: (OutlineNode | undefined)[]): void {
  for (const node of nodes) {
    if (node.kind === 'recommendation') {
      into.push(node);
      parents.push(parent);
    }
    collect(node.children, node, into, parents);
  }
}

/** Whether a title leads to its page, as a front list printed as a contents sets each entry (`… five years. ........ 5`). */
export function leadsToPage(title: string): boolean {
  return LEADER_PAGE.test(title);
}

/** The title without a paragraph number before it (`2.6 The committee …`) or a page after it: a repeat is said alike, and titles are already spaced alike. */
function repeatKey(linked: string): string {
  const title = withPlaceLinkAsText(linked);
  const first = title.charCodeAt(0);
  const last = title.charCodeAt(title.length - 1);
  const unnumbered = first >= 0x30 && first <= 0x39 ? title.replace(PARAGRAPH_NUMBER, '') : title;
  // A front list printed as a contents leads each to its page (`… five years. ........ 5`), or a
  // list saved from the web links it there (`… annually. … page 9`, the link's text kept).
  if ((last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19)) return unnumbered.replace(LEADER_PAGE, '');
  return pointsToPlace(unnumbered) ? unnumbered.replace(PLACE_IN_TEXT, '') : unnumbered;
}

/**
 * `… in an accessible format. [\[page 9\]](#Rec1)`: a front list saved from the web links each
 * recommendation to its place in the body; the link's text is the place.
 */
function withPlaceLinkAsText(title: string): string {
  return title.charCodeAt(title.length - 1) === 0x29 && title.includes('](') ? title.replace(TRAILING_LINK, (_, text: string) => text.replace(ESCAPE, '')) : title;
}

const TRAILING_LINK = /\[((?:\\.|[^\]\\]){1,40})\]\([^()\s]{1,80}\)$/;
const ESCAPE = /\\(?=[[\]()])/g;

/**
 * Whether the agency's answer follows a recommendation's text (`Department Response: Agree. …`,
 * `Management's response:`, `Agency comments:`, `Concur.`), as a response letter or an audit's
 * closing table copies each recommendation over the answer to it.
 */
function isAnswered(source: string, node: OutlineNode): boolean {
  // Within the copy's span (a letter's copy takes its answer in), or on the next line with text.
  if (ANSWER_LINE.test(source.slice(node.start, node.end))) return true;
  ANSWER_NEXT.lastIndex = node.end;
  return ANSWER_NEXT.test(source);
}

/** The answer's field or the answer itself, opening a line. */
const ANSWER = `[ \\t]*(?:(?:[A-Z][\\w'’]*\\s+){0,3}(?:[Rr]esponse|[Cc]omments?)\\s*[:：]|(?:Agree|Agreed|Concur|Partially agree|Disagree|Do not concur|Non-?concur)[.:])`;
const ANSWER_LINE = new RegExp(`\\n${ANSWER}`);
const ANSWER_NEXT = new RegExp(`\\s*${ANSWER}`, 'y');

/**
 * Whether a statement's last line cites the paragraph that makes it in full (`Paragraph 3.4`,
 * `Paragraphs 4.10 to 4.11`), as a law reform body's closing list of its consultation questions does.
 */
function closesWithCitedParagraph(source: string, node: OutlineNode): boolean {
  return CITING_LINE.test(source.slice(source.lastIndexOf('\n', node.end - 1) + 1, node.end));
}

const CITING_LINE = /^\s*(?:paragraphs?|paras?\.)\s+[0-9]+(?:\.[0-9]+)*(?:\s*(?:to|and|[-–,])\s*[0-9]+(?:\.[0-9]+)*)*\s*$/i;

/** Whether a title ends by pointing to where the text argues it (`… in person. [paragraph 3.6]`), as a closing summary points each back. */
function pointsToPlace(linked: string): boolean {
  const title = withPlaceLinkAsText(linked);
  const last = title.charCodeAt(title.length - 1);
  return (last === 0x5d || last === 0x29 || last === 0xff09) && PLACE_IN_TEXT.test(title);
}

const PARAGRAPH_NUMBER = /^[0-9]+(?:\.[0-9]+)*\.?\s+/;
/**
 * `[paragraph 3.6]`, `(paras 4.2–4.4)`, `(Chapter 3)`, `（第３章）`, `（本文12頁）`, and the numbered
 * paragraphs alone in parentheses, `(4.11 to 4.20)`, as an auditor's closing list points to its
 * discussion: where the text argues it. A number alone in square brackets (`… be retained. [2.1]`,
 * a law reform commission's) numbers the recommendation itself.
 */
const PLACE_IN_TEXT = /\s*(?:[[(（](?:see\s+)?(?:paragraphs?|paras?\.?|chapter|section|pages?|pp?\.|第|本文|p\.)\s*[0-9０-９][^\])）]{0,20}[\])）]|[(（][0-9]{1,2}\.[0-9]{1,3}(?:\s*(?:to|and|–|—|-)\s*[0-9]{1,2}\.[0-9]{1,3})?[)）])$/i;
const LEADER_PAGE = /\s*(?:(?:\.{3,}|…{2,}|・{3,})\s*|(?:…|\.{3})\s*(?:page|p\.)\s*)[0-9０-９]{1,4}$/i;
