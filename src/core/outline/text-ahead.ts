import type { Lines } from './lines';
import type { DocumentFormat } from './model';
import type { RecommendationFinder } from './recommendations';
import type { HeadingDecision, HeadingPlan } from './headings/plan';
import { nextVisibleLine } from './line-context';
import { numberingCountsOn } from './continued-numbering';
import { matchBullet } from './rules/bullet';
import { matchListItem } from './rules/list-item';
import { joinItemLine } from './rules/join-wrapped';
import { firstVisibleCode, isDigit, LESS_THAN } from './rules/line-start';
import { MARGIN_NUMBER } from './rules/margin-number';
import { announcesRecommendations } from './rules/lead-in';
import { isTableSeparator, tableCells } from './rules/table-row';
import { isHtmlTableLine } from './rules/html-table';
import { isOpeningTitle } from './rules/unnumbered-chapters';
import { endsAsRequest, hasProposalMarker } from './rules/prose-recommendation';
import { readsAsProposal } from './rules/proposal-title';
import { matchSectionHeading } from './rules/section-heading';

/** A title worded as a request, a verb made a noun by `こと` (`…を整備すること`, `…を図ること`). */
const REQUEST_TITLE = /[^\s]こと[\s\u3000]*$/;

/**
 * Questions the builder asks about the text after a line (where a heading's span ends, whether a
 * list or a table or a paragraph that proposes comes under it), read from the lines and the
 * heading plan without changing either.
 */
export class TextAhead {
  constructor(
    private readonly lines: Lines,
    private readonly format: DocumentFormat,
    private readonly headings: HeadingPlan,
    private readonly finder: RecommendationFinder,
  ) {}

  /** The line of the next planned heading after line i at `depth` or shallower, or the end of the text. */
  spanEnd(i: number, depth: number): number {
    for (let j = this.headings.nextAfter(i); j !== undefined; j = this.headings.nextAfter(j)) {
      if (endsSpan(this.headings.at(j)!, depth)) return j;
    }
    return this.lines.count;
  }

  /**
   * The level of the Markdown headings right under a label heading (`## Recommendations`, then
   * `### Fund the repairs` with its reasons in prose, as reports and working groups write them) when they
   * are its recommendations: two or more, no list between the label and the first, and fewer
   * than half of them opening with a list (their prose may go on to one of details). Headings
   * that open with lists group the lists' recommendations by topic or audience (`### For
   * Congress`); headings that are labels or numbered labels speak for themselves.
   */
  proposalHeadingsBelow(i: number, depth: number): number | undefined {
    const under: { line: number; depth: number }[] = [];
    let end = this.lines.count;
    for (let j = this.headings.nextAfter(i); j !== undefined; j = this.headings.nextAfter(j)) {
      const heading = this.headings.at(j)!;
      if (endsSpan(heading, depth)) {
        end = j;
        break;
      }
      under.push({ line: j, depth: headingDepth(heading) });
    }
    if (!under.length) return undefined;
    const below = Math.min(...under.map(h => h.depth));
    const direct = under.filter(h => h.depth === below);
    if (direct.length < LEAST_PROPOSAL_HEADINGS || this.holdsList(i + 1, direct[0].line)) return undefined;
    if (direct.some(h => this.finder.isLabelTitle(this.headings.at(h.line)!.title))) return undefined;
    // `## 5.1 Reform matrix` over `| Recommendation | Responsible agency | Timeframe |`: a sub-heading
    // whose table names its column after a label sets out recommendations in its rows; the
    // sub-headings group them, as a development bank's note does, and none is one itself.
    const spans = direct.map((h, k) => [h.line + 1, direct[k + 1]?.line ?? end] as const);
    if (spans.some(([from, to]) => this.holdsLabelledTable(from, to))) return undefined;
    // `### 3.1 Early warning` over its `**Recommendation 1**`, as guidelines set out the evidence
    // and the recommendation of each topic: the numbered labels are the recommendations, the
    // sub-headings their topics.
    if (this.numberedLabelWithin(direct[0].line + 1, end)) return undefined;
    // The headings group one numbered list of the label's (1, 2 under the first, 3 under the next).
    if (numberingCountsOn(this.lines, spans, j => this.headings.isFurniture(j))) return undefined;
    const requests = direct.some(h => REQUEST_TITLE.test(this.headings.at(h.line)!.title)) ? undefined : this.requestsUnderTopics(under, below);
    if (requests !== undefined) return requests;
    const openingWithLists = direct.filter((h, k) => this.opensWithList(h.line) || this.opensWithLabel(h.line) || this.announcesListBelow(h.line) || this.holdsTable(h.line + 1, this.headings.nextAfter(h.line) ?? this.lines.count) || this.closesWithLabel(spans[k][0], spans[k][1])).length;
    if (openingWithLists * 2 >= direct.length) return undefined;
    // `### １．税制` over a paragraph and `(1) …を延長すること。`, `(2) …されたい。`: a federation's
    // opinion names each topic in a noun and lists its requests under it; those are the recommendations.
    const listingRequests = direct.filter((h, k) => !readsAsProposal(this.headings.at(h.line)!.title) && this.listsRequests(spans[k][0], spans[k][1])).length;
    if (listingRequests * 2 > direct.length) return undefined;
    if (this.format === 'markdown') return below;
    // Plain text numbers its topics too (`１\u3000支援`), and may state each proposal in the paragraph
    // under them (…すべきである, should), which the block then reads: its sub-headings are its
    // recommendations where they state them (`１．岸壁の耐震化を急ぐ`, `2. Ports should share data`).
    const stating = direct.filter(h => readsAsProposal(this.headings.at(h.line)!.title) && !this.proposesUnder(h.line)).length;
    if (stating * 2 > direct.length) return below;
    // `４\u3000提言` over `(1) 共同利用基盤の整備` and its paragraph (…すべきである。その際、…べきである。):
    // where every topic proposes in the paragraph right under it, in more than one sentence for some,
    // as an academy's recommendation paper sets each out, the topics are the recommendations, their
    // paragraphs what each asks. Where each paragraph is one sentence, the block reads it as the recommendation.
    const paragraphs = direct.map(h => this.paragraphUnder(h.line));
    return paragraphs.every(p => p !== undefined && hasProposalMarker(p)) && paragraphs.some(p => (p?.match(SENTENCE_ENDS)?.length ?? 0) > 1) ? below : undefined;
  }

  /**
   * `１．地域公共交通の維持` over `（１）公共交通を社会基盤として位置付けること` and its paragraph: a
   * commission's report names its topics under the label and words each recommendation under them
   * as a request (`…すること`), its paragraph the reasons and the particulars (…すべきである); the
   * headings one level down are the recommendations, where most of them are so worded (and no topic is).
   */
  private requestsUnderTopics(under: readonly { line: number; depth: number }[], topics: number): number | undefined {
    const deeper = under.filter(h => h.depth > topics);
    if (!deeper.length) return undefined;
    const level = Math.min(...deeper.map(h => h.depth));
    const headings = deeper.filter(h => h.depth === level);
    const requests = headings.filter(h => REQUEST_TITLE.test(this.headings.at(h.line)!.title)).length;
    return headings.length >= LEAST_PROPOSAL_HEADINGS && requests * 2 > headings.length ? level : undefined;
  }

  /** Whether a line between `from` and `to` (left out) that is no heading states a numbered label (`**Recommendation 2**`, `Recommendation 3: …`). */
  private numberedLabelWithin(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const first = this.lines.firstCode(j);
      if (first >= 0 && this.finder.mayStart(first) && !this.headings.at(j) && this.finder.isNumberedLabel(this.lines.text(j), first)) return true;
    }
    return false;
  }

  /** How many lines with text lie between lines `from` and `to`, both left out. */
  visibleLinesBetween(from: number, to: number): number {
    let count = 0;
    for (let j = from + 1; j < to && count <= STATED_TEXT_LINES; j++) if (this.lines.firstCode(j) >= 0) count++;
    return count;
  }

  /** Whether the paragraph under a heading proposes something (see hasProposalMarker). */
  private proposesUnder(heading: number): boolean {
    const paragraph = this.paragraphUnder(heading);
    return paragraph !== undefined && hasProposalMarker(paragraph);
  }

  /**
   * `私たちの約束` right over `■ 暮らし`, `■ 子育て`: a label alone over a manifesto's marked topics
   * labels the lists of every topic, as a label heading over the chapters does (no section of its own).
   */
  overMarkedTopics(i: number): boolean {
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && matchSectionHeading(this.lines.text(next), this.lines.firstCode(next)) !== undefined;
  }

  /**
   * Whether a report's opening part (`要 旨`, `はじめに`, `Executive Summary`) stands after line i
   * before any list: a label over the title then names the document's kind (an academy's `提言`),
   * and the numbered lines of its summary are no items of it.
   */
  partOpensBeforeList(i: number): boolean {
    for (let j = i + 1; j < this.lines.count && j <= i + KIND_LABEL_REACH; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0) continue;
      const text = this.lines.text(j);
      if (matchListItem(text, first)) return false;
      if (isOpeningTitle(text)) return true;
    }
    return false;
  }

  /** Whether the first line of text under a heading is a list item. */
  opensWithList(heading: number): boolean {
    for (let j = heading + 1; j < this.lines.count; j++) {
      const first = this.lines.firstCode(j);
      if (first >= 0 && !this.headings.isFurniture(j)) return matchListItem(this.lines.text(j), first) !== undefined;
    }
    return false;
  }

  /**
   * `_Main recommendations (see Chapter 1):_ strengthen inspection capacity; …` as the last line of a
   * sub-heading's part (an environmental review's assessment closing each topic so): the topic holds
   * its recommendations under a label of their own, and is none itself.
   */
  private closesWithLabel(from: number, to: number): boolean {
    for (let j = to - 1; j >= from; j--) {
      if (this.lines.firstCode(j) < 0 || this.headings.isFurniture(j)) continue;
      return this.finder.isLabel(this.lines.text(j), this.lines.firstCode(j));
    }
    return false;
  }

  /**
   * `### ４\u3000防災対策の推進` over `**【提案・要望内容】**` and its list: the sub-heading names a theme
   * whose own label introduces its recommendations; the heading is none itself.
   */
  private opensWithLabel(heading: number): boolean {
    const first = nextVisibleLine(this.lines, heading);
    return first !== undefined && !this.headings.at(first) && this.finder.isLabel(this.lines.text(first), this.lines.firstCode(first));
  }

  /**
   * `### 2.1 Reporting` over `The following proposals aim to …` and a list: the paragraph under
   * the sub-heading announces the list of its section as the proposals, which the list items are;
   * so does `Technology companies can:` under `### Technology Companies` (a public health advisory
   * saying what each audience can do).
   */
  private announcesListBelow(heading: number): boolean {
    const paragraph = this.paragraphUnder(heading);
    return paragraph !== undefined && (announcesRecommendations(paragraph) || ADVISES_AUDIENCE.test(paragraph)) && this.holdsList(heading + 1, this.headings.nextAfter(heading) ?? this.lines.count);
  }

  /** Whether lines `from` to `to` hold a table (Markdown's or HTML's): a sub-heading over one groups its rows. */
  private holdsTable(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const first = this.lines.firstCode(j);
      if ((first === BAR && isTableSeparator(tableCells(this.lines.text(j)) ?? [])) || (first === LESS_THAN && isHtmlTableLine(this.lines.text(j)))) return true;
    }
    return false;
  }

  /** Whether lines [from, to) hold a Markdown table whose header names a column after a label (see RecommendationFinder.namesLabelColumn). */
  private holdsLabelledTable(from: number, to: number): boolean {
    for (let j = from + 1; j < to; j++) {
      if (this.lines.firstCode(j) === BAR && isTableSeparator(tableCells(this.lines.text(j)) ?? []) && this.finder.namesLabelColumn(this.lines.text(j - 1))) return true;
    }
    return false;
  }

  /** Whether lines [from, to) hold two list items or more that end as requests do (`…すること。`, `…されたい。`). */
  private listsRequests(from: number, to: number): boolean {
    let requests = 0;
    for (let j = from; j < to; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0 || this.headings.isFurniture(j) || !matchListItem(this.lines.text(j), first)) continue;
      if (endsAsRequest(this.lines.text(j)) && ++requests >= LEAST_LISTED_REQUESTS) return true;
    }
    return false;
  }

  /** Whether a list item stands on a line in [from, to). */
  holdsList(from: number, to: number, gluedAreParagraphs = false): boolean {
    for (let j = from; j < to; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0 || this.headings.isFurniture(j) || (gluedAreParagraphs && j > from && this.lines.firstCode(j - 1) >= 0)) continue;
      if (matchListItem(this.lines.text(j), first)) return true;
    }
    return false;
  }

  /**
   * The paragraph under line `above`, its wrapped lines joined, past blank lines and markup lines
   * (`<div class="body">`) before it: undefined when a heading, a list or nothing comes first.
   */
  paragraphUnder(above: number): string | undefined {
    let paragraph = '';
    let marginNumbered = false;
    for (let j = above + 1; j < this.lines.count && j <= above + PARAGRAPH_UNDER_LINES; j++) {
      if (this.headings.isFurniture(j)) continue;
      let first = this.lines.firstCode(j);
      let text = this.lines.text(j);
      // `> **Recommendation 1**` / `>` / `> The Department should …`: the paragraph of a quoted box, its marks left out.
      if (first === GREATER_THAN) {
        text = text.replace(QUOTE_MARKS, '');
        first = firstVisibleCode(text);
      }
      if (first < 0 || first === LESS_THAN) {
        if (paragraph) break;
        continue;
      }
      if (this.headings.at(j) || matchBullet(text, first) || matchSectionHeading(text, first) !== undefined || this.finder.isLabel(text, first)) break;
      // Where the text numbers its paragraphs in the margin, the next number starts the next paragraph, a blank line before it or not.
      const numbered = isDigit(first) && MARGIN_NUMBER.test(text);
      if (paragraph && numbered && marginNumbered) break;
      if (!paragraph) marginNumbered = numbered;
      paragraph = joinItemLine(paragraph, text.trim());
    }
    return paragraph.trim() || undefined;
  }
}

/** How many lines below a numbered label's heading its first paragraph is read for the title. */
const PARAGRAPH_UNDER_LINES = 6;
/** How far after a label over the title its list may begin: a masthead's lines, not a report's pages. */
const KIND_LABEL_REACH = 12;
/** Lines of text under a numbered recommendation that are still its own: its title's end and a paragraph or two. */
export const STATED_TEXT_LINES = 10;
/** Requests a topic lists at least: one item ending so may be a list's aside. */
const LEAST_LISTED_REQUESTS = 2;
/** Fewer headings under a label than this are sections of it, not its recommendations. */
const LEAST_PROPOSAL_HEADINGS = 2;
/** The end of a sentence, Japanese or English, inside a paragraph. */
const SENTENCE_ENDS = /[。！？]|[.!?](?=\s|$)/g;
const BAR = 0x7c;
const GREATER_THAN = 0x3e;
const QUOTE_MARKS = /^\s*(?:>\s?)+/;
/** How deep a chapter and a section nest, as the builder opens them. */
export const CHAPTER_DEPTH = 1;
export const SECTION_DEPTH = 2;

/** How deep a planned heading nests: its own depth, or a chapter's or a section's. */
function headingDepth(heading: HeadingDecision): number {
  return heading.depth ?? (heading.role === 'chapter' ? CHAPTER_DEPTH : SECTION_DEPTH);
}

/** Whether a planned heading ends the span of one at `depth`: as shallow or shallower, or a chapter or above. */
function endsSpan(heading: HeadingDecision, depth: number): boolean {
  return headingDepth(heading) <= depth || heading.role === 'chapter' || heading.role === 'title' || heading.role === 'above';
}

/** `Employers can:`, `Schools should:`: what an audience can or should do, over the list of it. */
const ADVISES_AUDIENCE = /\b(?:can|could|should|must)\s*:$/;
