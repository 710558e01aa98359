import type { Lines } from './lines';
import { isBracketedTitle } from './rules/bracketed-title';
import { announcesOpinions, mayAnnounceOpinions, namesResponse, quotesRecommendationsAbove } from './rules/reported-speech';
import type { DocumentFormat, OutlineNode } from './model';
import type { OutlineOptions } from './options';
import { findMarkedRecommendations, findNumberedRecommending, MarkedCursor } from './marked-paragraphs';
import { BRACKETED_REMARK, findColumnRecommendations } from './column-table';
import { findRecommendingParagraphs, mergeByLine } from './recommending-paragraphs';
import { findRequestsToGovernment } from './requests-to-government';
import { withinQuotedClauses } from './rules/quoted-clauses';
import { findDeclaredCommitments } from './declared-commitments';
import { matchRequirementRow } from './rules/requirement-row';
import { matchBoxedTable, matchGridBox } from './boxed-table';
import { matchPolicyRequirement } from './policy-requirement';
import { RecommendationBlock, UNDER_ANY_HEADING, type BlockHost } from './recommendation-block';
import { createNode } from './tree';
import { isHtmlTableLine } from './rules/html-table';
import { bulletAt, markedTextStart, oneLineTextStart } from './rules/bullet';
import { actingClauseStart, adoptsRecommendation, announcesRecommendations, isRecommendingLeadIn, lastSentence, mayBeLeadIn, questionsAsked, sumsUp, WRAPPED_LEAD_IN_LINES } from './rules/lead-in';
import { indentOf, matchListItem } from './rules/list-item';
import { boldLineText } from './headings/candidates';
import { isBlankLine, isLaidOutTableLine, japaneseParagraphEnd, nextVisibleLine, joinedLines, listsPage, paragraphEnd, paragraphStart, previousVisibleLine, standsAloneAsTitle, nextVisibleText } from './line-context';
import { isPlainHeading } from './rules/plain-heading';
import { isCaptionStart } from './rules/caption';
import { isAboutTheInstrument, matchLaterOperativeClause, matchOperativeParagraph } from './rules/operative-paragraph';
import { isOperativeClause, opensAsLegalInstrument } from './rules/enacting-clause';
import { isGridHeaderRule, isTableSeparator, mayStartTableRow, tableCells, titleCell, type TableCell } from './rules/table-row';
import { isActionTableHeader } from './rules/action-table';
import { findTabbedRecommendations } from './tabbed-table';
import { OPINION_LABEL, opensOpinionOverReason } from './rules/opinion-label';
import { endsSentence, nextOrdinal, opensWithProposal, ordinalMarker, ordinalOf } from './rules/ordinal-paragraph';
import { withoutEmphasis } from './rules/join-wrapped';
import { withoutInlineTags } from './rules/inline-html';
import { actorOfActions, bareTitle, endsWithNumber, announcesIssues, isAboutDocument, isIssueTitle, isMandateTitle, isNumberedTitle, isVerdict, labelWord, recommendationLabels, type LabelMatch, type RecommendationLabels } from './rules/recommendation-heading';
import { LABELS_BELOW_CHAPTERS, QUALIFIABLE_LABELS } from './rules/recommendation-labels';
import { readsAsProposal } from './rules/proposal-title';
import { endsAsRequest } from './rules/prose-recommendation';
import { outlinesDocument } from './rules/stated-lists';
import { endsMidPhrase } from './rules/unfinished-line';
import { codesOf, IDEOGRAPHIC_FULL_STOP, IDEOGRAPHIC_SPACE, isLowerCaseLetter, isSpace, LESS_THAN, SENTENCE_OR_LEAD_IN_ENDS } from './rules/line-start';
import { isBackMatterHeading } from './rules/back-matter';
import { isAppendixTitle, isClosingTitle } from './rules/unnumbered-chapters';
import { isNoteMarker, requestedKind } from './rules/formal-letter';
import { readTitleNumber } from './headings/numbering';
import { isFindingLabel } from './boxed-paragraphs';
import { namesGroup } from './rules/sub-label';

/** Where a heading stands: over the chapters (see heading), or a chapter's own. */
interface HeadingPlace {
  over?: 'title' | 'above';
  labelsFollow?: boolean;
  chapter?: boolean;
}

/** `【現状と課題】\u3000…`: a short name in brackets, text run in after it. */
const BRACKETED_RUN_IN = /^[【［]([^】］]{1,12})[】］]\s*\S/;
/** `The FPC recommends that …`, `We recommend that …`: a body recommending in its own voice, now. */
const RECOMMENDS_NOW = /^(?:The\s+\S+(?:\s+\S+){0,3}?|We)\s+(?:(?:also|further|therefore)\s+)?recommends?\s+that\b/;
const MARKUP = /[_*<]/;
const LEAD_IN_END = /[*_\s]*[:：]?[*_\s]*$/;
/** A sentence's end after a word (not a paragraph's number), then one more sentence that ends in a colon. */
const STATED_THEN_LEAD_IN = /[a-z)][.;]\s+[A-Z][^.;]*:\s*$/;
/** A header's cell names its column in a few words: a longer cell is a row's text. */
const LONGEST_HEADER_CELL = 24;
/** How far back a chapter's announcement of the views it reports is looked for. */
const MOST_REPORTED_VIEW_LINES = 200;
/** Lines after its first that a paragraph's first sentence is read over. */
const WRAPPED_SENTENCE_LINES = 4;
/** A resolution's paragraph is read this many lines past its first at most, for a later clause that asks. */
const MOST_PARAGRAPH_LINES = 15;
/** `6.210.` before a lead-in: the number of its paragraph (reports that number every paragraph), no part of the label. */
const PARAGRAPH_NUMBER = /^[0-9]{1,3}(?:\.[0-9]{1,4})*\.?\s+/;
/** The longest plain line over a `第一に` paragraph that may announce the sequence as proposals (a heading's length). */
const ANNOUNCING_LINE = 60;
const HASH = 0x23;
const BOLD_MARKERS = new Set(['**', '__']);
/** The lines a list item's text wraps over, read back for its marker. */
const WRAPPED_ITEM_LINES = 3;
/** How many lines under a label heading are read for a lead-in of its own (see leadsInWithin). */
const LEAD_IN_REACH = 2000;
/** The depth of a label over the chapters: no chapter ends its reach. */
const ABOVE_CHAPTERS = 0;

/** A chapter that ends a label's or a lead-in's reach over the chapters: an appendix, or a closing chapter. */
function endsUmbrella(title: string): boolean {
  return readTitleNumber(title)?.family === 'appendix' || isAppendixTitle(title) || isClosingTitle(title);
}
/** Words that announce proposals: 提案, 提言, 求める, recommend, propose. */
const PROPOSING_WORDS = /提案|提言|求め|[Rr]ecommend|[Pp]ropos/;
/** `なお、…`, `※…`, `注：…`: a side note, written as one line, that Japanese guidelines put before the list their lead-in announces. */
const SIDE_NOTE = /^(?:なお、|※|注[：:）)])/;

function isAsideBeforeList(text: string): boolean {
  const trimmed = text.trim();
  return isNoteMarker(trimmed) || SIDE_NOTE.test(trimmed);
}

/**
 * A column that rates what was done: its achievement, its result against a target, its progress;
 * or what the addressee did with each (`市の対応（令和７年１２月現在）`, `県の対応状況`), as a council
 * tracks the proposals it made the year before. (An audit's `Response` column holds the agency's
 * answer to the recommendations the audit makes, which the table restates.)
 */
const RESULT_COLUMN = /^(?:達成状況|達成度|実績値|進捗状況|(?:implementation\s+)?status|progress(?:\s+to\s+date)?|(?:[^\s（(]{1,4}の)?対応(?:状況)?)(?:\s*[（(][^）)]{1,30}[）)])?$/i;

/** `/`, `／`, `・` between the labels a table's header cell names as alternatives. */
const ALTERNATIVES = /\s*[/／・]\s*/;
/** A header cell that names a column of numbers: `#`, `No.`, `Number`, `番号` after the label. */
const NUMBER_COLUMN = /(?:#|\bNo\.?|\bNumbers?|番号)\s*$/i;

/** How many lines under an actor's `… Actions` heading must show it undertaking them. */
const ACTOR_LOOKAHEAD = 6;
/** A lead-in longer than this labels its items from the clause that recommends or commits. */
const LONGEST_LEAD_IN_LABEL = 60;
/** A caption runs over a few lines at most. */
const CAPTION_LINES = 3;

/** A sentence that leads into a list of recommendations, and the line (0-based) its paragraph starts on. */
export interface LeadIn {
  sentence: string;
  firstLine: number;
}

/** What the finder needs from the builder besides the block's host: a look at the headings ahead. */
export interface FinderHost extends BlockHost {
  /**
   * The level of the headings right under the label heading at line i (at `depth`) when they
   * are its recommendations, each stated by its title; undefined when they are not.
   */
  proposalHeadingsBelow(i: number, depth: number): number | undefined;
  /** The line of the first heading after line i, if any. */
  headingAfter(i: number): number | undefined;
  /** Whether the plan makes line i a chapter's heading. */
  isChapter(i: number): boolean;
  /** How deep the section the plan heads at line i nests; undefined where no section's heading is there. */
  sectionDepth(i: number): number | undefined;
  /** The line of the next heading after line i at `depth` or shallower: where a heading's span ends. */
  spanEnd(i: number, depth: number): number;
}

/** What a label line is to the outline: a section to open, a numbered recommendation, or neither. */
export interface LabelLine {
  section?: string;
  /** The section is a numbered measure's, with a label of its own below (see labelsBelow). */
  holdsLabel?: boolean;
  recommendation?: OutlineNode;
  /** The recommendation's line is its title alone: the lines under it are its body. */
  titled?: boolean;
}

/**
 * The recommendation side of the outline, fed by the builder as it walks the lines: labels and
 * the blocks they open, paragraphs marked `(Recommendation N)`, numbered recommendations, and
 * policy ids with their requirement sentence. The builder keeps the headings; this keeps what
 * they and the lines between them propose.
 */
export class RecommendationFinder {
  private readonly labels: RecommendationLabels;
  private readonly block: RecommendationBlock;
  private readonly marked: MarkedCursor;
  private readonly policies: boolean;
  /** The last `第N に` / `N-th,` paragraph placed: a sequence goes on from it. */
  private lastOrdinal = 0;
  /** The sequence under way was announced as proposals (see announcedAbove). */
  private proposedSequence = false;
  /** Under a label of issues (課題, Challenges): needs stated there are not proposals. */
  private amongIssues = false;
  /**
   * In a chapter of references or reference materials (`参考資料`, `References`): its tables and lines
   * back the text up and propose nothing, whatever label a column or a line bears (`主な政策`).
   */
  private inReferences = false;
  /**
   * The word of the last numbered label read as a recommendation (`Action` of `Action C: …`): the
   * next of its series is one too (`Action D: …`), though a label of another part follows it
   * within reach (see isMeasureOverLabel).
   */
  private recommendedSeries: string | undefined;
  /** Under a heading of a review's or a panel's mandate (see isMandateTitle): what it will do is its task, no proposal. */
  private inMandate = false;
  /** The text is a legal instrument (an order, a statute): its lead-ins oblige, they do not recommend (see enacting-clause.ts). */
  private readonly instrument: boolean;
  /** The issues were labelled by a line, not a heading: see passLine(). */
  private issuesFromLine = false;
  /** The label over the chapters, while they last (not where the chapters have labels of their own). */
  private umbrella?: { label: string; depth: number; named?: ReadonlySet<number> };
  /** Whether the chapter under way is one the umbrella's lead-in names (see chaptersNaming). */
  private underNamedChapter = false;
  /**
   * A label heading over sub-headings of its own (`## 提言` over `### 4.1 市区町村に対して`), whose lists
   * go on under them, while it lasts; whether its text announces its own lists is read when one
   * comes, and `listed` is set once its own text has listed recommendations.
   */
  private scope?: { label: string; depth: number; line: number; announced?: boolean; listed?: boolean; numbered?: boolean; subheaded?: boolean };
  /** A label heading whose sub-headings at level `below` are its recommendations, while it lasts. */
  private headed?: { label: string; depth: number; below: number };
  /** The last line of the last quoted label's paragraph (see quoted). */
  private quotedRun?: number;

  constructor(private readonly lines: Lines, format: DocumentFormat, options: OutlineOptions, private readonly host: FinderHost) {
    this.labels = recommendationLabels(options.recommendationLabels);
    this.block = new RecommendationBlock(lines, host, cell => this.namesLabel(cell));
    // `GAO made the following recommendations, among others:` over a quotation of them, each marked `(Recommendation 1)`: another body's.
    let marked = format === 'survey' ? [] : mergeByLine(mergeByLine(mergeByLine(mergeByLine(mergeByLine(findMarkedRecommendations(lines, i => host.isFurniture(i)), findNumberedRecommending(lines)), findRecommendingParagraphs(lines, i => host.isFurniture(i))), findRequestsToGovernment(lines, i => host.isFurniture(i))), findDeclaredCommitments(lines)), findColumnRecommendations(lines, cell => this.namesLabel(cell), i => host.isFurniture(i)));
    if (lines.source.includes('\t')) marked = mergeByLine(marked, findTabbedRecommendations(lines, header => this.tabbedTitleColumn(header), i => host.headingAfter(i - 1) === i));
    this.marked = new MarkedCursor(marked.filter(found => !quotesRecommendationsAbove(lines, found.first, () => false)));
    this.instrument = opensAsLegalInstrument(lines);
    // A survey's answers are no standard's policies: its questions hold them (see survey-answers.ts).
    this.policies = format !== 'survey';
  }

  /** True when a line starting with this character may be a label. */
  mayStart(first: number): boolean {
    return this.labels.mayStart(first);
  }

  /**
   * Recommendations that start at line i and are found whole (a marked paragraph, a policy and
   * its sentence): they are added, and the last line they cover is returned.
   */
  takeWhole(i: number, first: number): number | undefined {
    const marked = this.marked.take(i, this.lines);
    if (marked.length) this.block.markedFound();
    const requirement = marked.length || !this.policies ? undefined : matchPolicyRequirement(this.lines, i, first) ?? this.requirementRow(i, first);
    if (requirement) this.block.requirementFound();
    const boxed = marked.length || requirement ? undefined : matchBoxedTable(this.lines, i, first, text => this.labels.matchTitle(text)) ?? matchGridBox(this.lines, i, first, text => this.labels.matchTitle(text));
    const nodes = requirement ? [requirement] : boxed ? [boxed] : marked;
    if (!nodes.length) return undefined;
    for (const node of nodes) this.host.add(node);
    return nodes[nodes.length - 1].endLine - 1;
  }

  /** `| **16.2.1** | Verify that … |`: a standard's table row, a requirement labelled with its id. */
  private requirementRow(i: number, first: number): OutlineNode | undefined {
    const row = mayStartTableRow(first) ? matchRequirementRow(this.lines.text(i)) : undefined;
    if (!row) return undefined;
    const node = createNode('recommendation', row.text, this.lines, i);
    node.start += row.offset;
    node.label = row.id;
    return node;
  }

  blank(): void {
    this.block.blank();
  }

  /** A page's footer or header was passed over: see RecommendationBlock.pageBreak. */
  pageBreak(): void {
    this.block.pageBreak();
  }

  close(): void {
    this.block.close();
  }

  /** The contents begin: a section's label before them (`＜勧告＞` in a summary) labels nothing after them. */
  leaveSections(): void {
    this.scope = this.headed = undefined;
  }

  /** Line i in an open block: true when it was the block's (an item, its continuation, a group's name). */
  offer(i: number, text: string, first: number): boolean {
    if (!this.hasOpenBlock) return false;
    // `**【現状・課題】**` inside a part labelled as requests: the state of things under it is no request;
    // the block ends, and the next label (`【提案・要望内容】`) opens its own.
    if (isIssueTitle(text) || (SENTENCE_OR_LEAD_IN_ENDS.has(this.lines.lastCode(i)) && announcesIssues(text))) {
      this.amongIssues = this.issuesFromLine = true;
      if (!matchListItem(text, first)) {
        this.block.close();
        return false;
      }
    }
    // `提言1 …`, `Recommendation 2: …` under a label, or `Recommendation 2` alone over its text: each
    // is a recommendation of its own (see labelLine), not a paragraph of the block, which the
    // numbered ones replace. Another label's line (`【具体策】` after the items of `【提言】`) opens
    // its own block in turn.
    const label = (this.labels.mayStart(first) ? this.labels.match(text, first) : undefined) ?? this.opinionLabel(i);
    const numbered = label !== undefined && (label.rest !== undefined || isNumberedLabel(label));
    // A numbered measure over a label of its own (see labelsBelow) ends the block, whose items stand.
    if (numbered && !(label.rest !== undefined && this.isMeasureOverLabel(i, label))) {
      this.block.numberedFound();
      if (this.scope) this.scope.numbered = true;
    }
    if (label && (numbered || !matchListItem(text, first))) {
      this.block.close();
      return false;
    }
    return this.block.line(i, text, first) === 'taken';
  }

  /** A block is open that has no list item yet: see RecommendationBlock.awaitsItems. */
  get blockAwaitsItems(): boolean {
    return this.block.awaitsItems;
  }

  /** Whether a block of recommendations is open: the builder reads a line's text for it only then. */
  get hasOpenBlock(): boolean {
    return this.block.isOpen;
  }

  /** Whether passLine() has anything to do: the builder reads no line for it otherwise. */
  get issuesMayEnd(): boolean {
    return this.issuesFromLine;
  }

  /**
   * Issues a line labelled (no heading markup) run to the next line that stands alone as a
   * title: in a report whose converter lost its headings (PDF extracts), no heading ends them.
   */
  passLine(i: number, text: string): void {
    if (!this.issuesFromLine) return;
    // A title in brackets alone on its line (`【今後の方向性】` after `【現状】`, as councils' reports
    // head the parts of each section) ends them too, though its text follows with no blank line.
    if (standsAloneAsTitle(this.lines, i, text) || (isBracketedTitle(text) && !isIssueTitle(text))) this.amongIssues = this.issuesFromLine = false;
  }

  /** Whether running text here may propose: not under a label of issues, nor in a legal instrument, whose `shall` orders. */
  proseMayPropose(): boolean {
    return !this.amongIssues && !this.instrument;
  }

  /**
   * A heading at `depth` (1 chapter, 2 and deeper sections): it ends a block at its depth or
   * below and opens one when it is a label. A numbered recommendation (`### Recommendation 3: …`)
   * is added as one and returned: it is no heading. `over`: the heading stands over the chapters
   * (the document's title, or a lone top heading); `labelsFollow`: headings under it are labels.
   */
  heading(i: number, title: string, depth: number, { over, labelsFollow = false, chapter = false }: HeadingPlace = {}): OutlineNode | undefined {
    // An appendix (`別紙２ 要求の根拠`, `Appendix A`) sets out what backs the text, and asks nothing;
    // a closing chapter (`おわりに`) sums up what the chapters under the label asked.
    if (this.umbrella && (depth <= this.umbrella.depth || (chapter && endsUmbrella(title)))) this.umbrella = undefined;
    // The label's own text, before its first sub-heading, lists what the sub-headings restate, and so
    // does a sub-heading's list that details its proposing paragraph (`（１）…すべきである。` over `①…`,
    // as a council's 答申 sets out its measures); a list alone under a sub-heading (`（１）騒音` over
    // `ア\u3000…`) is that topic's, beside the next one's lone paragraph.
    if (this.scope && this.block.hasListed && (!this.scope.subheaded || this.block.listDetailsParagraphs)) this.scope.listed = true;
    // A chapter ends what a chapter before it opened, whatever the levels of their Markdown
    // headings (a converter from PDF gives chapters several).
    if (this.headed && (chapter || depth <= this.headed.depth)) this.headed = undefined;
    if (this.scope && (chapter || depth <= this.scope.depth)) this.scope = undefined;
    if (chapter) this.recommendedSeries = undefined;
    if (!chapter && !this.scope) this.scope = this.labelLineAbove(i, depth);
    // Where the text under the label leads into its recommendations itself (`We recommend the
    // following:`), as a report's chapter of mitigations discusses them section by section, those
    // lists are its recommendations: the label's own block ends at its first sub-heading, and
    // its sections' lists are read afresh.
    if (this.scope && this.scopeAnnounced(this.scope)) {
      this.block.close();
      this.scope = undefined;
    }
    if (chapter) this.block.close();
    else this.block.heading(depth);
    this.block.forgetClosed();
    // `### References`, `## Further reading`: what follows cites and links, and proposes nothing,
    // whatever label stood over it.
    if (isBackMatterHeading(title)) {
      this.block.close();
      this.umbrella = this.scope = this.headed = undefined;
      this.amongIssues = this.issuesFromLine = false;
      if (chapter) this.inReferences = true;
      return undefined;
    }
    if (chapter) this.inReferences = false;
    this.amongIssues = isIssueTitle(title);
    this.inMandate = isMandateTitle(title);
    this.issuesFromLine = false;
    // A page titled by a label and a topic (`# 公約: 子育て`) labels every chapter's lists (below).
    const matched = over === 'title' ? this.labels.matchTitle(title) : withoutTopicTitle(this.labels.matchTitle(title)) ?? this.actorUndertakes(i, title) ?? this.opinionLabel(i);
    const label = chapter && matched && LABELS_BELOW_CHAPTERS.includes(matched.label) ? undefined : matched;
    if (this.headed && depth === this.headed.below && !label && !this.amongIssues) return this.addHeaded(i, title, this.headed.label);
    // `## Research and Recommendations` over topics that each have a `#### Recommendations` of
    // their own: a part that groups labelled lists labels none itself.
    if (label && label.rest === undefined && !isNumberedLabel(label) && !over && this.labelHeadsWithin(i, depth, chapter && label.label)) return undefined;
    if (over && !labelsFollow && label && !isNumberedLabel(label) && (label.rest === undefined || over === 'title')) {
      // A label over the chapters (`## 公約` over its topics, a page titled `# 公約: 子育て`) labels
      // the lists of every chapter under it; the title itself is no recommendation.
      this.umbrella = { label: label.label, depth };
      this.block.open(label.label, depth);
      return undefined;
    }
    // The document's title names the whole text (`# 提言１：…`): it is no recommendation of its own.
    if (over === 'title' && label) return undefined;
    // `### Recommendation 1: …` under a `## Recommendations` label: the text under it explains it,
    // and the block's paragraphs are no recommendations of their own.
    if (label?.rest !== undefined && !this.isMeasureOverLabel(i, label) && !this.labelHeadsWithin(i, depth, chapter && label.label)) {
      this.block.close();
      return this.addNumbered(i, label);
    }
    // A label whose sub-headings state its recommendations opens no block: the sub-headings are
    // they, unless the text under it leads into its recommendations itself.
    if (label && !isNumberedLabel(label) && !over) this.headed = this.headedBy(i, depth, label.label);
    if (this.headed && this.leadsInWithin(i, this.host.spanEnd(i, depth), true)) this.headed = undefined;
    // A numbered label alone heads one recommendation (see headsOneRecommendation): the text under
    // it is that recommendation, not items of the block a label above it opened.
    if (label && (isNumberedLabel(label) || this.headed)) this.block.close();
    else if (label) {
      this.block.open(label.label, depth);
      this.scope = { label: label.label, depth, line: i };
    } else if (announcesOpinions(title)) {
      // `【労働者代表委員の意見】`: one side's views, set apart from the measures, no list of the label's.
      this.block.close();
    } else if (this.umbrella && !this.amongIssues && !this.block.isOpen && !isAboutDocument(title) && this.umbrellaCovers(i, chapter)) {
      this.block.open(this.umbrella.label, this.umbrella.depth);
    } else if (this.scope && !this.amongIssues && !this.scope.numbered) {
      // (Once its recommendations are numbered, `**Recommendation 2**` under `### 3.2 …`, the
      // paragraphs of its sub-headings are no items of its block.)
      // The label's lists go on in its sub-headings (grouped by whom they address), each read
      // afresh: prose after one sub-heading's list ends its block, not the next one's.
      this.scope.subheaded = true;
      if (this.block.isOpen) this.block.close();
      this.block.open(this.scope.label, this.scope.depth);
      // Where the label's own text listed its recommendations (`These recommendations are:` and a
      // list, then a sub-heading discussing each), what its sub-headings propose in prose restates them.
      if (this.scope.listed) this.block.paragraphsInProse();
    }
    return undefined;
  }

  /**
   * `【その他の政策】` right over `（１）医療`, `（２）介護`, each with its list: a label line over the
   * sub-headings that group its items (a party's policies by field, a plan's measures by whom they
   * address) labels their lists as a label heading would, up to the next heading above them.
   */
  private labelLineAbove(i: number, depth: number): { label: string; depth: number; line: number } | undefined {
    const above = previousVisibleLine(this.lines, i);
    if (above === undefined || this.host.isChapter(above)) return undefined;
    const text = this.lines.text(above);
    const label = this.labels.match(text, this.lines.firstCode(above));
    if (!label || label.rest !== undefined || isNumberedLabel(label) || isIssueTitle(text)) return undefined;
    return { label: label.label, depth: depth - 1, line: above };
  }

  /** Whether the text under a label heading leads into lists of its own (see leadsInWithin), read once. */
  private scopeAnnounced(scope: { line: number; depth: number; announced?: boolean }): boolean {
    return (scope.announced ??= this.leadsInWithin(scope.line, this.host.spanEnd(scope.line, scope.depth)));
  }

  /**
   * Whether a line between `from` and `to` leads into a list with a recommending sentence. A
   * chapter's sections are read up to LEAD_IN_REACH lines: beyond, a span with no heading to end it
   * is the rest of a text the plan found no headings in. `underMost`: lead-ins under the sub-headings
   * count only where at least half of them have one; one topic of five that details its proposal
   * in points (`(3) …` over `次の措置を講ずるべきである。` and `① …`) leaves the topics the proposals.
   */
  private leadsInWithin(from: number, to: number, underMost = false): boolean {
    const end = Math.min(to, from + 1 + LEAD_IN_REACH);
    const source = this.lines.source;
    let subHeading = this.host.headingAfter(from);
    let stated = false;
    let subHeadings = 0;
    let leadingIn = 0;
    let counted = false;
    for (let j = from + 1; j < end; j++) {
      if (j === subHeading) {
        // Under a sub-heading that states a proposal (`（２）…への支援へ転換すること`), a lead-in leads into its points.
        stated = readsAsProposal(this.lines.text(j));
        subHeading = this.host.headingAfter(j);
        subHeadings++;
        counted = false;
      }
      if (stated || this.lines.firstCode(j) < 0 || !mayBeLeadIn(source, this.lines.start(j), this.lines.end(j)) || !isRecommendingLeadIn(this.lines.text(j))) continue;
      // `6. 国は、次の取組を支援すべきである。` over its `- ア …`: an item of the list that leads into its
      // own points is the list's, no lead-in of the label's text.
      if (matchListItem(this.lines.text(j), this.lines.firstCode(j))) continue;
      const next = nextVisibleLine(this.lines, j);
      // A numbered heading under the lead-in (`１．算定の支援` over its sections) is no list of its own,
      // and an item that asks (`② …を求める。` over `③ …`) is the list's, no lead-in.
      const item = next === undefined ? undefined : matchListItem(this.lines.text(next));
      if (!item || this.host.headingAfter(j) === next || this.itemAt(j, item.indent)) continue;
      if (!underMost || subHeadings === 0) return true;
      if (!counted) leadingIn++;
      counted = true;
    }
    return leadingIn > 0 && leadingIn * 2 >= subHeadings;
  }

  /**
   * Whether line j is, or wraps, a list item at `indent`: the lines above it, up to
   * WRAPPED_ITEM_LINES, each cut short of its sentence's end. A heading, or a paragraph opened by
   * an ideographic space, is no item's.
   */
  private itemAt(j: number, indent: number): boolean {
    for (let k = j; k >= 0 && k > j - WRAPPED_ITEM_LINES && this.lines.firstCode(k) >= 0; k--) {
      if (k < j && SENTENCE_OR_LEAD_IN_ENDS.has(this.lines.lastCode(k))) return false;
      const text = this.lines.text(k);
      const item = matchListItem(text);
      // A paragraph led by bold words (`**For agencies:** … We recommend:`) is no item of the list it leads into.
      if (item) return item.indent === indent && !BOLD_MARKERS.has(item.marker) && this.host.headingAfter(k - 1) !== k;
      if (text.charCodeAt(0) === IDEOGRAPHIC_SPACE) return false;
    }
    return false;
  }

  /**
   * `### Action 4`, `<h3>Recommendation 2</h3>`, `**提言３**`: a heading that is a numbered label
   * alone heads one recommendation, whose text is what follows it up to the next heading (action
   * plans, auditors' and councils' reports that number each recommendation in its own heading).
   * Returns the label, undefined for any other heading.
   */
  headsOneRecommendation(title: string): string | undefined {
    const label = this.labels.matchTitle(title);
    return label && label.rest === undefined && isNumberedLabel(label) ? label.label : undefined;
  }

  /**
   * `Recommendation:`, `Recommendations:`, `提言：`: a heading that is an unnumbered label closed by a
   * colon, or `Recommendation` alone, announces what stands under it, as the box of a submission or
   * a brief does. Its label.
   */
  boxLabel(title: string): string | undefined {
    const label = this.labels.matchTitle(title);
    if (!label || label.rest !== undefined || isNumberedLabel(label)) return undefined;
    return BOX_COLON.test(title) || SINGULAR_RECOMMENDATION.test(label.label) || isFindingLabel(label.label) ? label.label : undefined;
  }

  /**
   * `CISA Actions` over `- CISA will monitor …`: the section lists what the agency it names
   * undertakes itself, a label where the lines right under it have that agency say it will.
   */
  private actorUndertakes(i: number, title: string): LabelMatch | undefined {
    const named = actorOfActions(title);
    if (!named) return undefined;
    const undertaking = `${named.actor} will `;
    for (let j = i + 1; j < this.lines.count && j <= i + ACTOR_LOOKAHEAD; j++) {
      if (this.lines.text(j).includes(undertaking)) return { label: named.label };
    }
    return undefined;
  }

  /** Whether line i goes on with a list item's text, set under it at its text's column with no blank line between. */
  private wrapsListItem(i: number): boolean {
    const column = indentOf(this.lines.text(i));
    if (column === 0) return false;
    for (let j = i - 1; j >= 0 && i - j <= WRAPPED_ITEM_LINES && this.lines.firstCode(j) >= 0; j--) {
      const item = matchListItem(this.lines.text(j), this.lines.firstCode(j));
      if (item) return item.offset === column;
      if (indentOf(this.lines.text(j)) !== column) return false;
    }
    return false;
  }

  /** Whether a title is a label alone, unnumbered and with no text of its own (`Key Recommendation`). */
  isBareLabel(title: string): boolean {
    const label = this.labels.matchTitle(title);
    return label !== undefined && label.rest === undefined && !isNumberedLabel(label);
  }

  /** Whether a heading's title states a label of recommendations, alone or with its text. */
  isLabelTitle(title: string): boolean {
    return this.labels.matchTitle(title) !== undefined;
  }

  /** Whether the line states a label of recommendations (the table's or the project's). */
  isLabel(text: string, first: number): boolean {
    return this.labels.mayStart(first) && this.labels.match(text, first) !== undefined;
  }

  /** Whether a line after line i states a label alone (`**【要求内容】**`, as a confederation heads each field's demands). */
  labelAloneAfter(i: number): boolean {
    for (let j = i + 1; j < this.lines.count; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0 || !this.labels.mayStart(first)) continue;
      const label = this.labels.match(this.lines.text(j), first);
      if (label && label.rest === undefined && !isNumberedLabel(label)) return true;
    }
    return false;
  }

  /** Whether the line states a numbered label, alone or with its text (`**Recommendation 2**`, `提言３：…`). */
  isNumberedLabel(text: string, first: number): boolean {
    const label = this.labels.match(text, first);
    return label !== undefined && isNumberedLabel(label);
  }

  /**
   * A line that is no heading but may state a label: a list item (`- マニフェスト`) opens a block
   * under it, a bold or bracketed line (`__提案__`, `【提言】`) a section holding the block, and
   * `提言１：…` is a recommendation. Undefined when the line is none of these.
   */
  labelLine(i: number, text: string, first: number): LabelLine | undefined {
    if (this.inReferences) return undefined;
    if (first >= DIGIT_ZERO && first <= DIGIT_NINE && text.length <= LONGEST_NUMBERED_LABEL && this.numberedParagraphLabel(i, text)) return {};
    // `3.24      Recommendation 1` over its text: an inspectorate numbers each paragraph in the margin, a label's too.
    if (first >= DIGIT_ZERO && first <= DIGIT_NINE && text.length <= LONGEST_NUMBERED_LABEL && this.labelsMarginParagraph(i, text)) return { section: text.trim() };
    // Most list items do not start like a label: they are passed over before any is made, and
    // before the rest of the line is read for a break that would make it no list item.
    const markedStart = markedTextStart(text, first);
    if (!this.labels.mayStart(first) && (markedStart < 0 || !this.labels.mayStart(text.charCodeAt(markedStart)))) return undefined;
    const itemStart = oneLineTextStart(text, markedStart);
    if (!this.labels.mayStart(itemStart < 0 ? first : text.charCodeAt(itemStart))) return undefined;
    const listItem = itemStart < 0 ? undefined : bulletAt(text, itemStart);
    const label = listItem ? this.labels.match(listItem.text) : this.labels.match(text, first) ?? this.opinionLabel(i);
    // `3. 提言：国立大学自らが取り組む六つの改革` under `本提言の構成は次のとおりである。`: a part of the document, named.
    if (listItem && label && outlinesDocument(this.lines, i)) return undefined;
    // A numbered line the headings passed over is an entry of the contents or of a list.
    // A cell of an HTML table (`<th>Mitigations</th>`) heads a column, not the text after the table.
    // A label run into a numbered paragraph in bold (`3.9 **Recommendation.** …`) is no such entry.
    if (!label || (!listItem && ((isNumberedTitle(text) && !label.runIn && !this.isBoldSubHeading(i, text)) || (first === LESS_THAN && isHtmlTableLine(text))))) {
      if (!listItem && isIssueTitle(text)) this.amongIssues = this.issuesFromLine = true;
      return undefined;
    }
    // Over its page number alone (`Recommendations` over `11`), a label is an entry of a contents.
    if (!listItem && label.rest === undefined && (listsPage(this.lines, i) || this.wrapsSentenceAbove(i, text))) return undefined;
    // `… See GAO-24-107656,` over `Recommendation 2.`: closed by a point, a label ends the sentence above it, unless it stands alone.
    if (!listItem && label.rest === undefined && this.lines.lastCode(i) === FULL_STOP && i > 0 && this.lines.firstCode(i - 1) >= 0) return undefined;
    // `-   **4.2** Provide … utilities.` over `    *(Key Recommendation)*`: a label the item's text wraps onto flags that item.
    if (!listItem && label.rest === undefined && this.wrapsListItem(i)) return undefined;
    // `> **Recommendation 7**` over its text, under `In 2015 the Senate committee … made the following recommendations:`;
    // and any label quoted so (`> **協議会「中間報告」の主な提言**` under `…協議会は、…次のような提言を行った。`).
    if (!listItem && label.rest === undefined && (isNumberedLabel(label) || first === QUOTE_MARK) && this.quoted(i)) return undefined;
    this.amongIssues = this.issuesFromLine = false;
    // `提言１    ○        ◎          ○`: a table's row names the label in its first cell, its other cells only marks.
    if (label.rest !== undefined && !HAS_WORD.test(label.rest)) return undefined;
    // `Box 1. Recommendations: Headquarters and Field Offices`: a box captioned by the label and its
    // topic, as a technical assistance report sets each section's recommendations apart; the list in it is the label's.
    if (!listItem && label.rest !== undefined && !isNumberedLabel(label) && isCaptionStart(text.trim()) && namesTopic(label.rest)) {
      this.block.open(label.label, UNDER_ANY_HEADING);
      return {};
    }
    // `【施策の方向】\u3000…を記載しています。` over `【主な取組】\u3000…`: a legend of the labels the text uses, each a different one.
    if (label.bracketed && this.inLegend(i, label.label)) return undefined;
    if (label.rest !== undefined) {
      // `施策１－１ 防災力の強化` over `【主な取組】` and its list: a plan's numbered measure that
      // labels its own proposals below is their section, not a recommendation itself.
      const word = labelWord(label.label);
      if (!listItem && word !== this.recommendedSeries && this.isMeasureOverLabel(i, label)) return { section: text.trim(), holdsLabel: true };
      // (`The Committee made the following Recommendation:` over `Recommendation 26/Q1/3: The FPC recommends
      // that …`: a committee's record tells in the past what its own label says in the present, no quotation.)
      if (!listItem && (this.continuesTableRow(i) || (i > 0 && endsMidPhrase(this.lines.text(i - 1))) || (!RECOMMENDS_NOW.test(label.rest) && this.quoted(i)))) return undefined;
      // `Recommendation 1: Appoint a senior responsible owner …` over `Partially accepted` and the answer: an
      // annex of the government's responses names each recommendation in short over its verdict.
      if (!listItem && this.verdictBelow(i)) return undefined;
      this.recommendedSeries = word;
      return { recommendation: this.addNumbered(i, label), titled: label.titled };
    }
    if (!listItem && this.continuesCaption(i)) return undefined;
    if (!listItem) return { section: MARKUP.test(text) ? label.label : text.trim() };
    this.block.open(label.label, UNDER_ANY_HEADING, indentOf(text));
    return {};
  }

  /** Whether the line next to line i, above or below, runs its text in after another bracketed name (`【現状と課題】\u3000…`): the lines explain the labels. */
  private inLegend(i: number, label: string): boolean {
    return [i - 1, i + 1].some(j => {
      if (j < 0 || j >= this.lines.count || this.lines.firstCode(j) < 0) return false;
      const item = matchListItem(this.lines.text(j), this.lines.firstCode(j));
      const other = BRACKETED_RUN_IN.exec(bareTitle(item ? item.text : this.lines.text(j)));
      return other !== null && other[1] !== label;
    });
  }

  /** Whether an answer's verdict (`Accepted`) stands on its own line within a few lines under line i, before a blank one. */
  private verdictBelow(i: number): boolean {
    for (let j = i + 1; j < this.lines.count && j <= i + VERDICT_REACH && this.lines.firstCode(j) >= 0; j++) if (isVerdict(this.lines.text(j))) return true;
    return false;
  }

  /** Whether line i is a numbered label alone after its paragraph's number in the margin, not quoted from another body. */
  private labelsMarginParagraph(i: number, text: string): boolean {
    const margin = MARGIN_PARAGRAPH.exec(text);
    const label = margin ? this.labels.match(text.slice(margin[0].length)) : undefined;
    if (!label || label.rest !== undefined || !isNumberedLabel(label) || this.quoted(i)) return false;
    this.amongIssues = this.issuesFromLine = false;
    return true;
  }

  /**
   * Whether the numbered label on line i is quoted from another body: under a sentence that reports
   * that body's recommendations (see quotesRecommendationsAbove), or right after a label so quoted,
   * its paragraph and blank lines between (`Recommendation 6: …` over two lines, then
   * `Recommendation 11: …`, under `The review made 17 recommendations, including:`).
   */
  private quoted(i: number): boolean {
    const run = this.quotedRun;
    let continues = run !== undefined && run < i;
    for (let j = i - 1; continues && j > run!; j--) if (this.lines.firstCode(j) >= 0 && !this.host.isFurniture(j)) continues = false;
    if (!continues && !quotesRecommendationsAbove(this.lines, i, j => this.passedInQuotedRun(j))) return false;
    this.quotedRun = paragraphEnd(this.lines, i);
    return true;
  }

  /**
   * A line read back over from a quoted run of numbered labels to the sentence that reports them:
   * another label of the run, or the page's furniture between them (a page break after `The review
   * made 17 recommendations, including:`).
   */
  private passedInQuotedRun(j: number): boolean {
    return this.host.isFurniture(j) || this.isNumberedLabel(this.lines.text(j), this.lines.firstCode(j));
  }

  /**
   * `**３\u3000意見・提言**` alone between blank lines over `①\u3000…`, under `#### 事業１ …` after
   * `**１\u3000事業の現状**` and `**２\u3000評価**`: a report converted to Markdown from PDF keeps the
   * numbered parts of each of its headings' sections in bold, no heading of the plan's; numbered so
   * and over its list, or over a sentence that leads into its list (`**（２）改革の方向性**` over
   * `…以下の改革を着実に実施すべきである。`, a fiscal council's), a label is that part's title (over
   * another paragraph, it may name what another body recommended, which the paragraph reports).
   */
  private isBoldSubHeading(i: number, text: string): boolean {
    if (!isBlankLine(this.lines, i - 1) || !isBlankLine(this.lines, i + 1) || boldLineText(text.trim()) === undefined) return false;
    const next = nextVisibleLine(this.lines, i);
    if (next === undefined) return false;
    if (matchListItem(this.lines.text(next), this.lines.firstCode(next)) !== undefined) return true;
    const last = paragraphEnd(this.lines, next);
    const after = nextVisibleLine(this.lines, last);
    return after !== undefined && matchListItem(this.lines.text(after), this.lines.firstCode(after)) !== undefined && isRecommendingLeadIn(joinedLines(this.lines, next, last));
  }

  /**
   * `3.4     Recommendations` over `3.4.1   The Committee recommends …`, `3.4.2 …`: in a report
   * that numbers its paragraphs (committees of governments, commissions), a numbered paragraph
   * that is only a label opens a block of the paragraphs numbered under it; the next paragraph of
   * its own level (`3.5`) ends the block.
   */
  private numberedParagraphLabel(i: number, text: string): boolean {
    const paragraph = NUMBERED_PARAGRAPH.exec(text);
    const label = paragraph && !this.block.isOpen ? this.labels.match(paragraph[2]) : undefined;
    if (!paragraph || !label || label.rest !== undefined || isNumberedLabel(label)) return false;
    const next = nextVisibleLine(this.lines, i);
    const item = next === undefined ? undefined : matchListItem(this.lines.text(next));
    if (!item?.marker.startsWith(`${paragraph[1]}.`)) return false;
    this.block.open(label.label, UNDER_ANY_HEADING);
    this.block.numberedUnder(paragraph[1]);
    return true;
  }

  /**
   * `… an evaluation of the Council` over `        Recommendation on training by 2027.`: in text
   * wrapped by the width of a page, an indented line after one that stops at a word in lower case
   * or a comma goes on with that sentence, and so does any line after one that stops mid-phrase
   * (see unfinished-line.ts); its words name no label.
   */
  private wrapsSentenceAbove(i: number, text: string): boolean {
    if (i === 0) return false;
    if (endsMidPhrase(this.lines.text(i - 1))) return true;
    if (!isSpace(text.charCodeAt(0))) return false;
    const above = this.lines.lastCode(i - 1);
    return isLowerCaseLetter(above) || above === COMMA;
  }

  /**
   * The header of a Markdown table that names a column after a label (`| No. | Recommendation |
   * Responsible |`, `| 番号 | 提言 | 担当 |`, `| 番号 | 改善策 | 担当課 |` of a grid table), above its
   * separator: an action table of a review or a plan. Each row below is a recommendation, titled by
   * that column's cell.
   */
  tableHeader(i: number, text: string, first: number): boolean {
    if (this.block.isOpen || this.inReferences || !mayStartTableRow(first) || i + 1 >= this.lines.count) return false;
    // Under it, a pipe table's separator or a grid table's header rule (`+====+`).
    const below = this.lines.text(i + 1);
    const separator = tableCells(below);
    const grid = isGridHeaderRule(below);
    const cells = (separator && isTableSeparator(separator)) || grid ? tableCells(text) : undefined;
    if (!cells) return false;
    const column = cells.findIndex(cell => this.namesLabel(cell.text));
    // A grid table's rows are read where a column is named after a label only (`| 番号 | 時期 | 主体 | 内容 |` lists others' recommendations).
    if (grid && column < 0) return false;
    if (column >= 0 && this.columnHoldsNumbers(i + 2, column)) return false;
    // `|施策番号|主な取組|指標|目標値|実績値|達成状況|`: a table that rates what was done (a review of a
    // plan's measures, a tracker of earlier recommendations) reports on them; it proposes none.
    // (`達成<br>状況`: a converter from PDF keeps the cell's line break as a tag.)
    if (cells.some(cell => RESULT_COLUMN.test(withoutInlineTags(withoutEmphasis(cell.text))))) return false;
    // `第２期の会議は、次の５つの提言を市長に提出しました。` over the table: another body's, quoted.
    if (column >= 0 && quotesRecommendationsAbove(this.lines, i, () => false)) return false;
    if (column >= 0) this.block.open(cells[column].text.replace(/[*_]/g, ''), UNDER_ANY_HEADING, -1, column);
    else if (isActionTableHeader(cells.map(cell => cell.text))) this.block.open(this.actionColumnName(i, cells), UNDER_ANY_HEADING, -1);
    else return false;
    return this.block.line(i, text, first) === 'taken';
  }

  /** Whether a Markdown table's header row names a column after a label (see tableHeader), its rows the recommendations. */
  namesLabelColumn(header: string): boolean {
    return tableCells(header)?.some(cell => this.namesLabel(cell.text)) === true;
  }

  /**
   * `|Recommendation|Subject|Target date|` over `|4.1, 4.2, 4.3|…|`, `|5.1–5.4|…|`: a column headed by
   * the label that holds only their numbers refers to recommendations stated elsewhere (a
   * timetable, the parties' responses), and lists none of its own.
   */
  private columnHoldsNumbers(row: number, column: number): boolean {
    const cells = row < this.lines.count ? tableCells(this.lines.text(row)) : undefined;
    const cell = cells?.[column];
    return cell !== undefined && NUMBERS_ONLY.test(withoutEmphasis(cell.text));
  }

  /** An action table's label: the header of the column its first row says the most in (each row is titled by its longest cell). */
  private actionColumnName(header: number, cells: readonly TableCell[]): string {
    const row = header + 2 < this.lines.count ? tableCells(this.lines.text(header + 2)) : undefined;
    const longest = row && titleCell(row);
    const column = longest ? row.indexOf(longest) : -1;
    return withoutEmphasis(cells[column]?.text || cells.find(cell => cell.text)?.text || '');
  }

  /**
   * A table's header cell that is a label itself, not a numbered one (`Recommendation`, not
   * `Recommendation 1`), or names labels as alternatives (`Recommendation / Action`, `提言・施策`).
   */
  private namesLabel(cell: string): boolean {
    // `Proposal #`, `Recommendation No.`: the column of the labels' numbers, the text is elsewhere.
    if (NUMBER_COLUMN.test(cell)) return false;
    // `Recommendations (key in bold)`: a remark in brackets says how the column is set, not what it holds.
    return cell.replace(BRACKETED_REMARK, '').split(ALTERNATIVES).some(part => {
      const label = part ? this.labels.match(part) : undefined;
      return label !== undefined && label.rest === undefined && !isNumberedLabel(label);
    });
  }

  /**
   * `番号<TAB>要望事項<TAB>要望内容<TAB>…<TAB>所管省庁`, `番号<TAB>取組項目<TAB>内容<TAB>担当課<TAB>年次計画`: the
   * header of a table saved as text from a word processor (see tabbed-table.ts) whose rows are
   * recommendations, as a request list or a plan's action table is: a column named after a label
   * titles them, or else an action table's first column of text. Not a table that rates what was done.
   */
  private tabbedTitleColumn(header: string[]): number | undefined {
    if (header.some(cell => cell.length > LONGEST_HEADER_CELL || RESULT_COLUMN.test(cell))) return undefined;
    const named = header.findIndex(cell => cell && this.namesLabel(cell));
    if (named >= 0) return named;
    if (!isActionTableHeader(header)) return undefined;
    const text = header.findIndex(cell => cell && !NUMBER_COLUMN.test(cell));
    return text >= 0 ? text : undefined;
  }

  /** Line i goes on with a caption that starts on one of the lines just above it, in the same paragraph. */
  private continuesCaption(i: number): boolean {
    for (let j = i - 1; j >= paragraphStart(this.lines, i, CAPTION_LINES); j--) if (isCaptionStart(this.lines.text(j))) return true;
    return false;
  }

  /**
   * A sentence that recommends and leads into a list (`the panel recommends that the ministry:`)
   * opens a block when a list follows it: the list's items are its recommendations, up to the
   * next heading or paragraph. Under a label of issues a lead-in states needs, not proposals.
   */
  leadIn(i: number, text: string): LeadIn | undefined {
    if (this.amongIssues || this.inMandate || this.block.isOpen || this.instrument) return undefined;
    const leadIn = this.leadInSentence(i, text);
    if (leadIn === undefined || this.viewsReportedAbove(i)) return undefined;
    // `**Response from Harrowmere Police:** Accepted. … The force will:`: the addressee's answer and
    // what it undertakes, no recommendation of the text's.
    if (namesResponse(this.lines.text(paragraphStart(this.lines, leadIn.firstLine, MOST_PARAGRAPH_LINES)))) return undefined;
    let at = nextVisibleLine(this.lines, i);
    // `HAS ADOPTED THIS RECOMMENDATION:` over `RECOMMENDS THAT MEMBER STATES:`: the clause below leads in.
    if (at !== undefined && adoptsRecommendation(leadIn.sentence) && isOperativeClause(this.lines.text(at).trim())) return undefined;
    // `記` alone on its line opens the itemised part of a Japanese petition, written opinion or
    // notice; a side note (`なお、…`, `※…`) may stand between a guideline's lead-in and its list,
    // and the name of its first group (`RECOMMENDS THAT MEMBER STATES:` over `Access to training`).
    for (let skipped = 0; at !== undefined && skipped < 2 && (isAsideBeforeList(this.lines.text(at)) || this.namesGroupAt(at)); skipped++) at = nextVisibleLine(this.lines, at);
    // `…以下の施策を講じるべきである。` over `（１）水質総量削減制度の見直し` and its paragraphs, `（２）…`
    // (a table laid out with spaces between): a council's report heads each measure it announces,
    // each heading stating one, its text the reasons.
    const below = at === undefined ? undefined : this.sectionDepthAfterTable(at);
    // A sentence in a section's text that points on (`…この点については、第５で意見を述べる。`)
    // before the section's next sibling, `（５）…` after `（４）…`, leads into no headings of its own.
    if (below !== undefined && below <= this.depthOfSectionHolding(i)) return undefined;
    if (below !== undefined) {
      this.headed = { label: leadInLabel(leadIn.sentence), depth: below - 1, below: this.groupedDepth(at!, below) };
      return leadIn;
    }
    const next = at === undefined ? undefined : this.lines.text(at);
    const nextItem = next === undefined ? undefined : matchListItem(next);
    // A legal act's formula may stand right over the heading of its first group of points.
    if (next === undefined || !(nextItem || opensTable(next) || (adoptsRecommendation(leadIn.sentence) && this.leadsIntoChapters(at!)) || this.asksInParagraph(at!))) return undefined;
    // An item that asks (`○ …を求める。` over `○ また、…`) is one of the list, and leads into no other.
    if (nextItem && this.itemAt(i, nextItem.indent)) return undefined;
    if (this.leadsIntoChapters(at!)) {
      this.umbrella = { label: leadInLabel(leadIn.sentence), depth: ABOVE_CHAPTERS, named: this.chaptersNaming(at!, requestedKind(leadIn.sentence)) };
      this.underNamedChapter = false;
      return leadIn;
    }
    if (announcesRecommendations(leadIn.sentence)) this.block.yieldToAnnouncedList();
    this.block.open(leadInLabel(leadIn.sentence), UNDER_ANY_HEADING, this.leadInItemIndent(leadIn.firstLine, next));
    this.block.announce(sumsUp(leadIn.sentence));
    const paragraph = NUMBERED_PARAGRAPH.exec(this.lines.text(paragraphStart(this.lines, leadIn.firstLine, MOST_PARAGRAPH_LINES)));
    if (paragraph && !paragraph[1].includes('.')) this.block.ledInWithinParagraph(Number(paragraph[1]));
    return leadIn;
  }

  /**
   * `次のとおり意見を付す。` over `\u3000本件では、…検討するよう要望する。` and the paragraphs after it: an
   * audit commissioners' notice or a council's opinion sets each request out as a paragraph of its
   * own, its reasons before what it asks, with no list marks. Line i opens such a paragraph.
   */
  private asksInParagraph(i: number): boolean {
    if (this.lines.text(i).charCodeAt(0) !== IDEOGRAPHIC_SPACE) return false;
    return endsAsRequest(joinedLines(this.lines, i, japaneseParagraphEnd(this.lines, i, MOST_PARAGRAPH_LINES)));
  }

  /**
   * Whether the chapter's text above line i announces that what follows is what was said
   * (`各会派から意見表明が行われた。その概要は次のとおりである。`): a party's `次の三点を求める。` there
   * is its view, reported, and leads into no list of the text's.
   */
  private viewsReportedAbove(i: number): boolean {
    for (let j = i - 1; j >= 0 && i - j <= MOST_REPORTED_VIEW_LINES && !this.host.isChapter(j); j--) {
      if (this.lines.lastCode(j) === IDEOGRAPHIC_FULL_STOP && mayAnnounceOpinions(this.lines.text(j)) && announcesOpinions(joinedLines(this.lines, paragraphStart(this.lines, j, WRAPPED_SENTENCE_LINES), j))) return true;
    }
    return false;
  }

  /** The items of the lists that summed up (see RecommendationBlock.summaries). */
  get summaries(): readonly OutlineNode[] {
    return this.block.summaries;
  }

  /**
   * Opens a block for a list of decided measures (decided-measures.ts), where issues are not being listed.
   * A numbered list that proposes (`【現状と課題】` over its paragraph, then `（１）…すべきである。`) ends the
   * issues before it: a pillar of a proposal states its issues, then what it asks, with no label between.
   */
  openDecidedMeasures(label: string, proposed: boolean): boolean {
    if (proposed) this.amongIssues = this.issuesFromLine = false;
    if (this.amongIssues || this.block.isOpen || this.instrument) return false;
    this.block.open(label, UNDER_ANY_HEADING);
    this.block.announce();
    this.block.endAtGroupNames();
    return true;
  }

  /** A line, no heading and no list item, that names a group of the items after it (see namesGroup). */
  private namesGroupAt(i: number): boolean {
    const text = this.lines.text(i);
    return this.host.headingAfter(i - 1) !== i && namesGroup(text) && !matchListItem(text);
  }

  /**
   * A union's or association's demand letter (`下記のとおり要求します。`, `記`, then `１．賃金に関する
   * 要求` over its `（１）…こと。`): the numbered lines the lead-in announces are the chapters the
   * plan found, topics over the demands, and the lead-in labels the lists of each (as a label over
   * the chapters does), not a list of its own.
   */
  /**
   * `標記について、…下記のとおり意見を表示する。` over `記` and chapters `1 事業の概要`, `2 検査の結果`,
   * `3 本院が表示する意見`: where chapters after the lead-in name what it announces, those hold it,
   * and the others set out the background (an audit board's or a council's letter sets its whole
   * report under `記`). Undefined where none names it: every chapter holds the lead-in's lists.
   */
  private chaptersNaming(first: number, kind: string | undefined): ReadonlySet<number> | undefined {
    if (!kind) return undefined;
    const named = new Set<number>();
    for (let j: number | undefined = first; j !== undefined; j = this.host.headingAfter(j)) {
      if (!this.host.isChapter(j)) continue;
      // The umbrella ends at an appendix or a closing chapter (see heading): `（参考）これまでの提案の実施状況` names none it covers.
      const title = this.lines.text(j).trim();
      if (endsUmbrella(title)) break;
      if (title.includes(kind)) named.add(j);
    }
    return named.size ? named : undefined;
  }

  /** Whether the umbrella labels the lists under the heading at line i (a chapter's, or a section's in the chapter under way). */
  private umbrellaCovers(i: number, chapter: boolean): boolean {
    const named = this.umbrella?.named;
    if (!named) return true;
    if (chapter) this.underNamedChapter = named.has(i);
    return this.underNamedChapter;
  }

  private leadsIntoChapters(at: number): boolean {
    return at > 0 && this.host.headingAfter(at - 1) === at && this.host.isChapter(at);
  }

  /**
   * The indentation of the list item a lead-in is written in, when its list is nested under it
   * (`(i) … shall recommend … that identifies:` over `(A)`, `(B)`, as orders and statutes nest
   * their clauses): the next item at that indentation (`(ii)`) is the lead-in's sibling, which ends
   * the block. -1 for a lead-in that is a paragraph of its own.
   */
  private leadInItemIndent(firstLine: number, firstItem: string): number {
    const item = matchListItem(this.lines.text(firstLine));
    return item && indentOf(firstItem) > item.indent ? item.indent : -1;
  }

  /**
   * The line itself, or, in text wrapped by the width of a page (reports extracted from PDFs),
   * the last sentence of the paragraph the line ends, when that recommends.
   */
  private leadInSentence(i: number, text: string): LeadIn | undefined {
    if (isRecommendingLeadIn(text)) {
      const japanese = this.goesOnFromAbove(i);
      if (!japanese && !this.englishGoesOnFromAbove(i)) return { sentence: text.trim(), firstLine: i };
      let firstLine = i;
      if (japanese) while (firstLine > 0 && i - firstLine < WRAPPED_LEAD_IN_LINES && this.goesOnFromAbove(firstLine)) firstLine--;
      else firstLine = paragraphStart(this.lines, i, WRAPPED_LEAD_IN_LINES);
      // The whole sentence may say more than its last line (`…the assessors recommended that` over `Marovia should:`).
      const paragraph = joinedLines(this.lines, firstLine, i);
      return isRecommendingLeadIn(paragraph) ? { sentence: lastSentence(paragraph), firstLine } : undefined;
    }
    if (i === 0 || this.lines.firstCode(i - 1) < 0) return undefined;
    const firstLine = paragraphStart(this.lines, i, WRAPPED_LEAD_IN_LINES);
    const paragraph = joinedLines(this.lines, firstLine, i);
    return isRecommendingLeadIn(paragraph) ? { sentence: lastSentence(paragraph), firstLine } : undefined;
  }

  /**
   * `…有効` over `に活用されるよう、次のとおり意見を表示する。`: a Japanese line that goes on with the
   * sentence of a full line above it, as a page wraps a paragraph: the lead-in is that sentence.
   */
  private goesOnFromAbove(i: number): boolean {
    if (i === 0 || this.lines.firstCode(i - 1) < 0 || this.lines.firstCode(i) < CJK_FROM || this.lines.text(i).startsWith('\u3000')) return false;
    const above = this.lines.text(i - 1);
    const last = this.lines.lastCode(i - 1);
    return above.trim().length >= FULL_WRAPPED_LINE && last >= CJK_FROM && !SENTENCE_OR_LEAD_IN_ENDS.has(last) && !matchListItem(above);
  }

  /** `…the assessors recommended that` over `Marovia should:`: an English sentence the page's width cut, going on on line i. */
  private englishGoesOnFromAbove(i: number): boolean {
    if (i === 0 || this.lines.firstCode(i - 1) < 0) return false;
    const last = this.lines.lastCode(i - 1);
    return (last >= LOWER_A && last <= LOWER_Z) || last === COMMA;
  }

  /**
   * A `第一に…` / `First, …` paragraph is a recommendation when it belongs to a sequence: the
   * first is followed by a second, a later one follows the one before. A lone `First, …` is a
   * step of instructions.
   */
  ordinalParagraph(i: number, text: string, first: number): boolean {
    const ordinal = ordinalOf(text, first);
    if (ordinal === undefined) return false;
    const inSequence = ordinal === 1 ? nextOrdinal(this.lines.source, this.lines.end(i)) === 2 : this.lastOrdinal === ordinal - 1;
    if (!inSequence) return false;
    // The sequence proposes where the lines before it say so (`…３ステップを提案しています`), or else
    // where its first paragraph's sentence does (see opensWithProposal).
    if (ordinal === 1) this.proposedSequence = this.announcedAbove(i);
    if (!this.proposedSequence && !opensWithProposal(this.firstSentenceLines(i, text))) return false;
    this.lastOrdinal = ordinal;
    const node = createNode('recommendation', withoutEmphasis(text.trim()), this.lines, i);
    node.start += text.length - text.trimStart().length;
    node.label = ordinalMarker(text);
    this.host.add(node);
    return true;
  }

  /**
   * Line i and, where its first sentence does not end on it, the lines of its paragraph that the
   * text's width wrapped it onto (a few at most): the sentence is judged whole.
   */
  private firstSentenceLines(i: number, text: string): string {
    let last = i;
    while (last + 1 < this.lines.count && last - i < WRAPPED_SENTENCE_LINES && this.lines.firstCode(last + 1) >= 0 && !endsSentence(this.lines.text(last))) last++;
    return last === i ? text : joinedLines(this.lines, i, last);
  }

  /**
   * Whether the line right above line i, a heading or a short lead (`### …３ステップを提案しています`,
   * `We propose three steps.`), speaks of proposing; a paragraph that mentions a proposal in passing does not.
   */
  private announcedAbove(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && this.lines.firstCode(j) < 0) j--;
    if (j < 0) return false;
    const text = this.lines.text(j);
    return (this.lines.firstCode(j) === HASH || text.trim().length <= ANNOUNCING_LINE) && PROPOSING_WORDS.test(text);
  }

  /**
   * An operative paragraph of a resolution, read once. `6. CALLS ON the Member States to:` over
   * `a) …`, `b) …`, as a council's conclusions ask: a paragraph that leads into a list opens a block
   * of its items, labelled by its verb; the items are the recommendations, not the paragraph
   * (`leadInEnd`: the paragraph's last line). `1. Calls upon Member States …`: any other is a
   * recommendation, its verb the label (`listAfter`: the paragraph's last line, where it leads into a
   * list that details it, see statesBeforeLeadingIn).
   */
  operativeParagraph(i: number, text: string, first: number): { leadInEnd: number } | { node: OutlineNode; listAfter?: number } | undefined {
    const opening = matchOperativeParagraph(text, first, this.runsOnBelow(i));
    const openingList = opening ? this.leadsIntoList(i) : undefined;
    if (opening && openingList !== undefined && !this.block.isOpen && !this.instrument && !statesBeforeLeadingIn(joinedLines(this.lines, i, openingList))) {
      this.block.open(opening.verb, UNDER_ANY_HEADING);
      this.block.announce();
      return { leadInEnd: openingList };
    }
    let whole: string | undefined;
    const paragraphText = () => (whole ??= joinedLines(this.lines, i, Math.min(paragraphEnd(this.lines, i), i + MOST_PARAGRAPH_LINES)));
    const paragraph = opening ?? matchLaterOperativeClause(text, first, paragraphText);
    if (!paragraph || isAboutTheInstrument(paragraphText()) || withinQuotedClauses(this.lines, i)) return undefined;
    const listAfter = opening ? openingList : this.leadsIntoList(i);
    if (listAfter !== undefined && !statesBeforeLeadingIn(paragraphText())) return undefined;
    const node = createNode('recommendation', paragraph.text, this.lines, i);
    node.start += paragraph.offset;
    node.label = paragraph.verb;
    this.host.add(node);
    return { node, listAfter };
  }

  /** The line under line i goes on with its sentence: it starts in lower case. */
  private runsOnBelow(i: number): boolean {
    return i + 1 < this.lines.count && isLowerCaseLetter(this.lines.firstCode(i + 1));
  }

  /**
   * The last line of the paragraph starting at line i when it ends with a colon over a list
   * (the lines a page wrapped it onto read up to WRAPPED_LEAD_IN_LINES), else undefined.
   */
  private leadsIntoList(i: number): number | undefined {
    let last = i;
    while (last + 1 < this.lines.count && last - i < WRAPPED_LEAD_IN_LINES && this.lines.firstCode(last + 1) >= 0) last++;
    if (!COLONS.has(this.lines.lastCode(last))) return undefined;
    const next = nextVisibleLine(this.lines, last);
    return next !== undefined && matchListItem(this.lines.text(next)) !== undefined ? last : undefined;
  }

  /** The label heading's sub-headings as its recommendations (see FinderHost.proposalHeadingsBelow), or undefined. */
  private headedBy(i: number, depth: number, label: string): { label: string; depth: number; below: number } | undefined {
    const below = this.host.proposalHeadingsBelow(i, depth);
    return below === undefined ? undefined : { label, depth, below };
  }

  /** A sub-heading that states a recommendation: the text under it gives its reasons. */
  private addHeaded(i: number, title: string, label: string): OutlineNode {
    const node = createNode('recommendation', title, this.lines, i);
    node.start += Math.max(0, this.lines.text(i).indexOf(title));
    node.label = label;
    this.host.add(node);
    this.subHeadings.add(node);
    return node;
  }

  /** The recommendation is a label's sub-heading (see headedBy): its title is whole, the text under it its reasons. */
  isSubHeading(node: OutlineNode): boolean {
    return this.subHeadings.has(node);
  }

  private readonly subHeadings = new WeakSet<OutlineNode>();

  /**
   * `施策１－１ 防災力の強化` over `【主な取組】` and its list, as a plan sets out each measure: a
   * numbered label of measures (not one that names a proposal, `提言１`, `Recommendation 2`) whose
   * text names a topic rather than states a proposal, and that labels its own items below.
   */
  private isMeasureOverLabel(i: number, label: LabelMatch): boolean {
    return !NAMES_PROPOSAL.test(label.label) && !readsAsProposal(label.rest ?? '') && this.labelsBelow(i, labelWord(label.label));
  }

  /**
   * `# Action 1. Develop …` over `## 1.2 Recommendations for Government` and its list, as a
   * strategy numbers its lines of action and labels the recommendations of each: a heading whose
   * span holds a label heading of its own groups recommendations, and is none itself. So does a
   * chapter labelled `own` with another label line standing alone as a title in its span (`8.
   * Recommendations` over its opening paragraphs, then `Recommendations to government` over
   * `Recommendation 1: …`, as a competition authority's report printed from PDF sets its
   * sub-headings without a number; not the chapter's title again atop a later page).
   */
  private labelHeadsWithin(i: number, depth: number, own: string | false = false): boolean {
    const end = this.host.spanEnd(i, depth);
    const unlabelled = (label: LabelMatch | undefined) => label !== undefined && label.rest === undefined && !isNumberedLabel(label);
    for (let j = this.host.headingAfter(i); j !== undefined && j < end; j = this.host.headingAfter(j)) {
      if (unlabelled(this.labels.matchTitle(this.lines.text(j)))) return true;
    }
    for (let j = i + 1; own !== false && j < end; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0 || !this.labels.mayStart(first)) continue;
      const text = this.lines.text(j);
      // After a blank line, over its paragraph or alone (`Key recommendations` over `Based on the
      // analysis …`, as text printed from PDF keeps a part's sub-heading).
      const alone = this.lines.firstCode(j - 1) < 0 && isPlainHeading(text, nextVisibleText(this.lines, j));
      const label = alone ? this.labels.match(text, first) : undefined;
      if (unlabelled(label) && label!.label !== own) return true;
    }
    return false;
  }

  /**
   * Whether the first label below line i, before the next heading and within LABEL_BELOW_REACH
   * lines, is an unnumbered one (`【主な取組】`): a numbered label below (the next `提言２：…`)
   * says no.
   */
  private labelsBelow(i: number, word: string, nested = false): boolean {
    const heading = this.host.headingAfter(i);
    const end = Math.min(this.lines.count, i + 1 + LABEL_BELOW_REACH);
    for (let j = i + 1; j < end; j++) {
      const first = this.lines.firstCode(j);
      // The next heading ends the search, and is the label below where it is one (`#### 主な取組`);
      // a chapter's heading (`# Next steps`) opens another part, no label of this measure's.
      if (j === heading && this.host.isChapter(j)) return false;
      const below = j === heading ? this.labels.matchTitle(this.lines.text(j)) : first >= 0 && this.labels.mayStart(first) ? this.labels.match(this.lines.text(j), first) : undefined;
      // `政策１ 健康長寿社会の実現` over `施策１ 地域医療の確保`: a numbered label over measures of
      // another word, each over a label of its own (a plan's policies over their measures), is their group.
      if (below && isNumberedLabel(below)) return !nested && below.rest !== undefined && labelWord(below.label) !== word && this.labelsBelow(j, labelWord(below.label), true);
      if (below) return below.rest === undefined;
      // `施策１\u3000確かな学力の育成` over its table and `【成果】`: a measure reviewed for what it achieved, as
      // a board's review of its plan sets each out, is no recommendation either.
      if (first >= 0 && j !== heading && REVIEWED_PART.test(withoutEmphasis(this.lines.text(j).trim()))) return true;
      if (j === heading) return false;
    }
    return false;
  }

  /**
   * `                      施策２\u3000介護…` right under `Ⅰ\u3000安心      政策１\u3000…      施策１\u3000…`: a cell
   * of a table laid out with spaces (a plan's policy chart saved from Word as text), its row's
   * first cells left blank; the label names an entry of the chart, set out further on.
   */
  private continuesTableRow(i: number): boolean {
    if (i === 0 || indentOf(this.lines.text(i)) < CELL_INDENT || this.lines.firstCode(i - 1) < 0) return false;
    return TABLE_COLUMNS.test(this.lines.text(i - 1).trim());
  }

  /** How deep the section whose text holds line i nests; 0 outside any section. */
  private depthOfSectionHolding(i: number): number {
    for (let j = i - 1; j >= 0; j--) {
      if (this.host.isChapter(j)) return 0;
      const depth = this.host.sectionDepth(j);
      if (depth !== undefined) return depth;
    }
    return 0;
  }

  /** The depth of the section headed at line `at`, or after a table laid out with spaces that starts there. */
  private sectionDepthAfterTable(at: number): number | undefined {
    let j: number | undefined = at;
    for (let rows = 0; j !== undefined && rows < MOST_TABLE_ROWS && this.host.headingAfter(j - 1) !== j && isLaidOutTableLine(this.lines, j); rows++) j = nextVisibleLine(this.lines, j);
    return j !== undefined && this.host.headingAfter(j - 1) === j ? this.host.sectionDepth(j) : undefined;
  }

  /**
   * `（1）短期的な対応` right over `①路線廃止前の「移行計画」の策定` and its paragraph: the heading at line
   * `at` names a group of the announced measures, each a heading of the deeper level right under it.
   * Returns that level, or `depth` where the heading states a measure itself.
   */
  private groupedDepth(at: number, depth: number): number {
    const next = nextVisibleLine(this.lines, at);
    const deeper = next !== undefined && this.host.headingAfter(at) === next ? this.host.sectionDepth(next) : undefined;
    return deeper !== undefined && deeper > depth ? deeper : depth;
  }

  /** `【意見】` over its `【理由】`: a public comment's opinion, a label of what it asks (see opinion-label.ts). */
  private opinionLabel(i: number): LabelMatch | undefined {
    return opensOpinionOverReason(this.lines, i) ? { label: OPINION_LABEL } : undefined;
  }

  /** `提言１：…`, `Recommendation 3: …`: the line is a recommendation. */
  private addNumbered(i: number, label: LabelMatch): OutlineNode {
    const text = this.lines.text(i);
    const rest = label.rest ?? '';
    const node = createNode('recommendation', rest, this.lines, i);
    node.start += Math.max(0, text.lastIndexOf(rest));
    node.label = label.label;
    this.host.add(node);
    return node;
  }
}

/**
 * `II. RECOMMENDS that Adherents establish a … framework. To this effect, Adherents should:` over
 * `a) …`: an operative paragraph that states what it recommends in a sentence before the one
 * leading into its list is the recommendation, the list the means to it (as a council's legal
 * instrument words each of its recommendations).
 */
function statesBeforeLeadingIn(paragraph: string): boolean {
  return STATED_THEN_LEAD_IN.test(paragraph);
}

/**
 * `# Recommendations: Cipher Suites`: a heading that names a topic after the label's colon (an
 * English title in title case, without a sentence's end) is a part of the report about it, whose
 * text says where its recommendations are; `Recommendation: Fund the repairs.` states one, and so
 * does `提言：港湾の強化` (Japanese states proposals in nouns as often as in verbs).
 */
function withoutTopicTitle(label: LabelMatch | undefined): LabelMatch | undefined {
  return label?.rest !== undefined && !isNumberedLabel(label) && namesTopic(label.rest) ? undefined : label;
}

function namesTopic(rest: string): boolean {
  const text = rest.trim();
  if (!text || text.length > LONGEST_TOPIC || SENTENCE_END_MARK.test(text) || readsAsProposal(text)) return false;
  const words = text.split(/\s+/).filter(word => /^[A-Za-z]/.test(word));
  return words.length > 0 && words.filter(word => /^[A-Z]/.test(word)).length * 2 > words.length;
}

const LONGEST_TOPIC = 60;
const SENTENCE_END_MARK = /[.。!?！？]$/;

/** Rows of a table passed over between a lead-in and the headings it announces. */
const MOST_TABLE_ROWS = 12;
/** So far in, a line under a table's row is one of its cells, not a paragraph. */
const CELL_INDENT = 20;
/** Two letters in a row (any script): a cell of marks (`○`, `◎`, `✓`) or figures holds none. */
const HAS_WORD = /\p{L}{2}/u;
/** Numbers of recommendations alone: `4.1`, `4.1, 4.2, 4.3`, `5.1–5.4`, `7.1 and 7.2`. */
const NUMBERS_ONLY = /^[0-9]+(?:\.[0-9]+)*(?:\s*(?:[,;–—-]|and|to)\s*[0-9]+(?:\.[0-9]+)*)*$/;
/** A row's cells: text three spaces apart or more. */
const TABLE_COLUMNS = /\S {3,}\S/;

function isNumberedLabel(label: LabelMatch): boolean {
  return endsWithNumber(label.label);
}

/**
 * What labels the items of a lead-in: its last sentence, or from the clause that recommends or
 * commits when the lead-in is long (`To improve access to the records it holds, the Ministry
 * will` → `the Ministry will`). An English clause still longer is cut after a word, its verb kept
 * (`we recommend that they develop guidance to …`): a label names, the items say the rest.
 */
function leadInLabel(sentence: string): string {
  const label = withoutEmphasis(sentence).replace(LEAD_IN_END, '').replace(PARAGRAPH_NUMBER, '');
  // A paragraph that ends by leading into the list (`The council met in June. We recommend the
  // following:`, a letter's greeting before `下記のとおり要望いたします。`) is labelled by its last
  // sentence, where the verb that recommends stands.
  const last = lastSentence(label);
  const asked = questionsAsked(last);
  if (asked) return asked;
  if (label.length <= LONGEST_LEAD_IN_LABEL) return last;
  const clause = last.slice(actingClauseStart(last));
  const cut = clause.length > LONGEST_LEAD_IN_LABEL ? clause.lastIndexOf(' ', LONGEST_LEAD_IN_LABEL) : -1;
  return cut > 0 ? `${clause.slice(0, cut)} …` : clause;
}

/** Japanese text: kana, kanji and full-width forms lie above this code. */
const CJK_FROM = 0x3000;
/** A line the page wrapped is as wide as the text: a shorter line above is a title or the end of a paragraph. */
const FULL_WRAPPED_LINE = 20;

/** `Recommendation` alone, in the singular: a box's label, where a report's part would be plural. */
const SINGULAR_RECOMMENDATION = /^recommendation$/i;

/** A title closed by a colon (markup after it allowed: `**Recommendations:**`). */
const BOX_COLON = /[:：][*_]*\s*$/;
/**
 * The labels that name proposals whatever their text (`提言１`, `Recommendation 2`, a consultation's
 * `Proposal 3`, which no heading qualifies): never a plan's measure.
 */
const NAMES_PROPOSAL = new RegExp(`^(?:${[...QUALIFIABLE_LABELS, 'Proposal'].join('|')})`, 'i'); // plain words: nothing to escape
/** The part of a measure's review that says what it achieved (`【成果】`, `【実績】`). */
const REVIEWED_PART = /^[【［〔]?(?:成果|実績|主な成果|取組の成果)[】］〕]?$/;
/** How far below a numbered label its own label may stand (see labelsBelow). */
const LABEL_BELOW_REACH = 40;

const COLONS = codesOf(':：');
const COMMA = 0x2c;
const QUOTE_MARK = 0x3e;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const FULL_STOP = 0x2e;

/** `<table>` or a Markdown table's first row: the lead-in's recommendations are the table's rows. */
function opensTable(line: string): boolean {
  return isHtmlTableLine(line) || tableCells(line) !== undefined;
}

/** How far under a label its answer's verdict is looked for: the label's title may wrap. */
const VERDICT_REACH = 3;
/** A paragraph's number in the margin (`3.24      `), set apart from its text by two spaces or more. */
const MARGIN_PARAGRAPH = /^\s*[0-9]{1,3}(?:\.[0-9]{1,3}){1,2}\.?\s{2,}(?=\S)/;
/** `3.4     Recommendations`: a paragraph's number (one to three levels) and its text. */
const NUMBERED_PARAGRAPH = /^\s*([0-9]{1,3}(?:\.[0-9]{1,3}){0,2})\.?\s+(\S.*?)\s*$/;
/** A numbered paragraph that is only a label is a short line: its number, spaces and the label. */
const LONGEST_NUMBERED_LABEL = 60;
const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;
