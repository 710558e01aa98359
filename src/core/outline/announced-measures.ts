import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { readTitleNumber } from './headings/numbering';
import { headingAsRecommendation } from './commitment-headings';
import { announcesRecommendations, isRecommendingLeadIn } from './rules/lead-in';
import { joinWrapped } from './rules/join-wrapped';
import { isMarkedItem, matchListItem } from './rules/list-item';
import { createNode, holdsRecommendation } from './tree';
import { itemParagraphEnd } from './line-context';

/** Fewer measures than this under an announcement are no set of them. */
const LEAST_MEASURES = 2;
/** The opening paragraph is read this far (in characters) back from the first heading under it. */
const LONGEST_OPENING = 400;

/**
 * `第３ 具体的方策` opening with `…次の事項を提言する。` over `１ 運行体制の再構築` and its `（１）…`
 * headings: councils' reports (答申) and commissions announce their recommendations in a part's
 * opening paragraph, then set out each as a numbered heading over the paragraph that proposes it
 * (`…すべきである。`) and its `①` specifics. Each numbered heading of the deepest level under the
 * announcement is one recommendation, labelled by its number, spanning its paragraph and points:
 * what was read inside it as proposals are its details. Applies only where each of those headings
 * has a paragraph of its own, most of them hold a proposal, and the part lists none outside them
 * (a label's list would be the part's own).
 */
export function markAnnouncedMeasures(nodes: OutlineNode[], lines: Lines): OutlineNode[] {
  for (const node of nodes) markWithin(node, lines);
  if (!nodes.some(holdsRecommendation)) for (const node of nodes) if (node.kind === 'chapter') markMarkedProposals(node, lines);
  return nodes;
}

function markWithin(part: OutlineNode, lines: Lines): void {
  if (part.kind !== 'chapter' && part.kind !== 'section') return;
  const firstSection = part.children.find(child => child.kind === 'section');
  const above = firstSection && announcedAbove(part, firstSection, lines);
  const byTitle = !above && firstSection !== undefined && titledAsMeasures(part, firstSection, lines);
  const announcement = above ?? (byTitle ? new Set<OutlineNode>() : undefined);
  if (announcement && (markMarkedProposals(part, lines) || markMeasures(part, lines, announcement, byTitle))) {
    // The announcement leads into the measures (`…次の方策に取り組むべきである。`): no proposal of its own.
    part.children = part.children.filter(child => !announcement.has(child));
    return;
  }
  for (const child of part.children) markWithin(child, lines);
}

/**
 * The nodes read in the last paragraph between the part's title and its first section, when that
 * paragraph announces recommendations (an empty set where none was read in it); else undefined.
 */
function announcedAbove(part: OutlineNode, firstSection: OutlineNode, lines: Lines): Set<OutlineNode> | undefined {
  const from = Math.max(lines.end(part.line - 1), firstSection.start - LONGEST_OPENING);
  const text = lines.source.slice(from, firstSection.start);
  const paragraphs = text.split(BLANK_LINE).map(p => p.trim()).filter(Boolean);
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return undefined;
  const paragraph = last.split(LINE_BREAK).map(line => line.trim()).reduce(joinWrapped);
  if (!announces(paragraph) && !announces(beforeAside(paragraph))) return undefined;
  const lastStart = from + text.lastIndexOf(last);
  const before = part.children.slice(0, part.children.indexOf(firstSection));
  // The announcement a label's block took for a proposal of its own (the items it may hold stay).
  const announcement = new Set(before.filter(child => child.start >= lastStart && child.kind === 'recommendation'));
  // Only prose stands between the title and the announcement: a list of recommendations there would
  // be the announced one (a list of items, another body's measures quoted first, is none).
  if (before.some(child => !announcement.has(child) && child.kind !== 'prose-recommendation' && child.kind !== 'item')) return undefined;
  return announcement;
}

/**
 * `第３\u3000具体的な措置の内容` right over `１\u3000…` and its `（１）…`: a labour policy council's report
 * names its measures in the part's title, and announces them in no paragraph. Whether the title
 * names measures and nothing stands between it and the first section.
 */
function titledAsMeasures(part: OutlineNode, firstSection: OutlineNode, lines: Lines): boolean {
  if (!MEASURES_TITLE.test(part.title.trim())) return false;
  for (let i = part.line; i < firstSection.line - 1; i++) if (lines.firstCode(i) >= 0) return false;
  return true;
}

/** A part's title that names the measures it sets out (`具体的な措置の内容`, `講ずべき施策`, `具体的方策`). */
const MEASURES_TITLE = /(?:具体的な?|講ずべき|必要な)(?:措置|方策|施策)(?:の内容)?$/;

function announces(sentence: string): boolean {
  return isRecommendingLeadIn(sentence) || announcesRecommendations(sentence) || ANNOUNCED_DIRECTIONS.test(sentence);
}

/**
 * `…が今後取り組むべき対応の方向性を以下に示す。`: a study group's report (検討会の取りまとめ) announces the
 * directions it sets out below, the way and the measures the bodies it addresses are to take.
 */
const ANNOUNCED_DIRECTIONS = /(?:方向性|方策|対応策)を(?:以下|次)(?:に|のとおり)(?:示す|提示する|取りまとめる)。$/;

/**
 * `…以下のとおり提言する。なお、具体的な実施方法は…期待する。`: the paragraph up to a closing aside,
 * which an announcement may be followed by; the paragraph itself where none closes it.
 */
function beforeAside(paragraph: string): string {
  const aside = paragraph.lastIndexOf('。なお、');
  return aside < 0 ? paragraph : paragraph.slice(0, aside + 1);
}

const BLANK_LINE = /\n[ \t\u3000]*\n/;
const LINE_BREAK = /\r?\n/;

/**
 * `（１）…` over `○\u3000一部の団体では、…との報告がある。` and `○\u3000地方公共団体は、…検討すべきである。`:
 * a study group's report sets out its directions as marked paragraphs under each heading, the state of
 * things and what it proposes alike. Each marked paragraph that proposes is one recommendation, labelled
 * by its heading (the heading is its topic, no measure of its own); text unmarked (a column's quotation)
 * stays prose. Applies where most proposals read under the part open marked paragraphs.
 */
function markMarkedProposals(part: OutlineNode, lines: Lines): boolean {
  const found: { node: OutlineNode; parent: OutlineNode }[] = [];
  collectProse(part, found);
  const marked = found.map(proposal => ({ ...proposal, first: markedParagraphStart(lines, proposal.node.line - 1, proposal.parent.line) })).filter(proposal => proposal.first !== undefined);
  if (marked.length < LEAST_MEASURES || marked.length * 2 <= found.length) return false;
  for (const { node, parent, first } of marked) {
    const at = parent.children.indexOf(node);
    const previous = parent.children[at - 1];
    // A paragraph's second proposing sentence is part of the recommendation its first made.
    if (previous?.kind === 'recommendation' && previous.line === first! + 1) {
      parent.children.splice(at, 1);
      continue;
    }
    // A paragraph whose mark stands inside what the node before it holds (prose run on into it) stays as read.
    if (previous && previous.end > lines.start(first!)) continue;
    // The paragraph ends inside its part, before the next node that is no proposal read in it (a heading's).
    const next = parent.children.slice(at + 1).find(child => child.kind !== 'prose-recommendation');
    const last = Math.min(itemParagraphEnd(lines, first!), parent.endLine - 1, next ? next.line - 2 : lines.count);
    const paragraph = createNode('recommendation', joinedItem(lines, first!, last), lines, first!, last);
    paragraph.label = parent.title.trim();
    parent.children[at] = paragraph;
  }
  return true;
}

/**
 * The line that opens the marked paragraph holding line i: the proposal may begin on a line the
 * paragraph wraps onto (`○ 金融機関においては、…把握し、` over `…ことが適当である。`, text from PDF
 * setting the paragraphs with no blank line between), at line `below` or after it (the heading's next).
 * Undefined where the paragraph is no marked one.
 */
function markedParagraphStart(lines: Lines, i: number, below: number): number | undefined {
  for (let j = i; j >= below && j > i - LONGEST_MARKED_PARAGRAPH; j--) {
    if (lines.firstCode(j) < 0) return undefined;
    const text = lines.text(j);
    if (matchListItem(text) !== undefined) return isMarkedItem(text) ? j : undefined;
  }
  return undefined;
}

/** A marked paragraph's lines, at most, read back for its mark. */
const LONGEST_MARKED_PARAGRAPH = 12;

/** The prose proposals under a node, through its sections, each with the node holding it. */
function collectProse(node: OutlineNode, into: { node: OutlineNode; parent: OutlineNode }[]): void {
  for (const child of node.children) {
    if (child.kind === 'prose-recommendation') into.push({ node: child, parent: node });
    else if (child.kind === 'section') collectProse(child, into);
  }
}

/** A marked paragraph's text, its mark left out and its wrapped lines joined. */
function joinedItem(lines: Lines, first: number, last: number): string {
  let text = matchListItem(lines.text(first))?.text ?? lines.text(first).trim();
  for (let i = first + 1; i <= last; i++) text = joinWrapped(text, lines.text(i).trim());
  return text;
}

/**
 * Turns the deepest numbered sections under `part` into recommendations, if they read as its
 * measures (`byTitle`: the part's title announced them, see titledAsMeasures).
 */
function markMeasures(part: OutlineNode, lines: Lines, announcement: ReadonlySet<OutlineNode>, byTitle: boolean): boolean {
  const source = lines.source;
  if (part.children.some(child => child.kind === 'recommendation' && !announcement.has(child))) return false;
  const leaves: OutlineNode[] = [];
  collectLeaves(part, leaves);
  const proposing = leaves.filter(node => node.children.some(child => child.kind === 'recommendation' || child.kind === 'prose-recommendation'));
  // Announced by the part's title alone, a section that proposes nothing (the members' views after the measures) is none of them.
  const measures = byTitle ? proposing : leaves;
  if (measures.length < LEAST_MEASURES || measures.some(node => readTitleNumber(node.title) === undefined)) return false;
  // A measure that labels its own list (`【提言】` over its bullets) states its recommendations itself.
  if (measures.some(node => node.children.some(child => labelledWithin(child, node, source)))) return false;
  if (proposing.length * 2 <= leaves.length || !measures.every(node => hasOwnParagraph(node, lines))) return false;
  for (const node of measures) {
    headingAsRecommendation(node);
    for (const child of node.children) if (child.kind === 'recommendation') child.kind = 'item';
  }
  return true;
}

/**
 * Whether text of the heading's own stands between it and its first point: a measure states
 * itself before its specifics. A heading right over `①` sentences is their topic (a federation's
 * proposals, each sentence one).
 */
function hasOwnParagraph(node: OutlineNode, lines: Lines): boolean {
  // A proposal read in prose is that paragraph, and so is one a label's block took whole (no list
  // item); blank lines between the heading and its first point (Markdown sets one under every heading) are none.
  const first = node.children.find(child => child.kind !== 'prose-recommendation' && matchListItem(lines.text(child.line - 1)) !== undefined);
  if (!first) return node.endLine > node.line;
  for (let i = node.line; i < first.line - 1; i++) if (lines.firstCode(i) >= 0) return true;
  return false;
}

/** Whether the recommendation's label is written in the measure above it (not taken from a heading over the measure). */
function labelledWithin(node: OutlineNode, measure: OutlineNode, source: string): boolean {
  return node.kind === 'recommendation' && node.label !== undefined && source.slice(measure.start, node.start).includes(node.label);
}

/** The sections under `node` that hold no section of their own. */
function collectLeaves(node: OutlineNode, into: OutlineNode[]): void {
  for (const child of node.children) {
    if (child.kind !== 'section') continue;
    if (child.children.some(grandchild => grandchild.kind === 'section')) collectLeaves(child, into);
    else into.push(child);
  }
}
