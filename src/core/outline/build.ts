import type { Lines } from './lines';
import type { DocumentFormat, OutlineNode } from './model';
import type { OutlineOptions } from './options';
import { ContentsTitles } from './contents-titles';
import { closesPage, countLinesStandingAlone, firstVisibleLine, inOpeningBlock, isLaidOutTableLine, isTabbedTableRow, listsPage, nextVisibleLine, nextVisibleText, previousVisibleLine, textFollows, visibleTextsAround } from './line-context';
import { RecommendationFinder, type LeadIn } from './recommendations';
import { endsWithNumber, FINDING_CODE } from './rules/recommendation-heading';
import { onlyAsks } from './rules/recommendation-labels';
import { SurveyAnswers } from './survey-answers';
import type { TocBlock } from './toc-block';
import { readTitleNumber } from './headings/numbering';
import { createNode, extend, separateSiblings } from './tree';
import { boxedParagraphs } from './boxed-paragraphs';
import { isDecidedMeasure, mayOpenDecidedMeasures, readDecidedMeasures } from './decided-measures';
import { isCircledNumber, matchBullet } from './rules/bullet';
import { isThematicBreak, mayStartThematicBreak } from './rules/thematic-break';
import { opensNextField } from './rules/field-list';
import { isBoxBar, isBoxDrawing, isBoxRule, withoutBoxBars } from './rules/box-drawing';
import { namesGroup } from './rules/sub-label';
import { indentOf, ITEM_CODE_PREFIX, matchListItem } from './rules/list-item';
import { matchByline } from './rules/byline';
import { isAuthorLine } from './document-byline';
import { matchChapterHeading } from './rules/chapter-heading';
import { isBackMatterHeading, isSiteFurnitureHeading } from './rules/back-matter';
import { cutByPageBreak, joinItemLine, joinWrapped, SENTENCE_END_CODES, withoutEmphasis } from './rules/join-wrapped';
import { matchConclusion } from './rules/conclusion';
import { matchNumberedResult } from './rules/numbered-result';
import { mayBeStructure } from './rules/structure-starts';
import { firstVisibleCode, IDEOGRAPHIC_SPACE, isSpace, SENTENCE_OR_LEAD_IN_ENDS, visibleLength } from './rules/line-start';
import { endsWithPercent, isNoise } from './rules/noise';
import { mayBeLeadIn } from './rules/lead-in';
import { markSummingUpLists } from './cover-summary';
import { isTocHeading } from './rules/toc';
import { FIELD_REACH, isFieldLabel, isPlainHeading } from './rules/plain-heading';
import { markedTopicsAreChapters, plainHeadingsAreChapters } from './report-headings';
import { isClosingTitle } from './rules/unnumbered-chapters';
import { findProseRecommendations, isQuestionMark, markerAcrossBreak, mayEndInMarker, ProseMarkerCursor } from './rules/prose-recommendation';
import { isCommentTableHeader, listsOthersMeasures, reportsOpinionsAbove } from './rules/reported-speech';
import { matchSectionHeading } from './rules/section-heading';
import type { HeadingDecision, HeadingPlan } from './headings/plan';
import { CHAPTER_DEPTH, SECTION_DEPTH, STATED_TEXT_LINES, TextAhead } from './text-ahead';
import { MARGIN_NUMBER, withoutMarginNumber } from './rules/margin-number';

/**
 * Walks the lines once, applying the rules in a fixed order, and keeps the open chapter,
 * section and list item. Which rules apply depends on the detected format.
 */
export class OutlineBuilder {
  readonly roots: OutlineNode[] = [];
  private chapter?: OutlineNode;
  /** The innermost open section; the sections it nests in are on openSections. */
  private section?: OutlineNode;
  private readonly openSections: { node: OutlineNode; depth: number }[] = [];
  private item?: OutlineNode;
  private readonly recommendations: RecommendationFinder;
  private readonly survey?: SurveyAnswers;
  private backMatter?: OutlineNode;
  /** The recommendation the last heading stated (`### Action 4: …`, `### Recommendation 2`), until the next heading. */
  private statedByHeading?: OutlineNode;
  /** The recommendation a heading stated, while the text after it is its reasons: no other node has come since. */
  private statedSpan?: OutlineNode;
  /** The sections the document's headings opened, and those of a plan's numbered measures (see depthInside). */
  private readonly headingSections = new WeakSet<OutlineNode>();
  private readonly measureSections = new WeakSet<OutlineNode>();
  /** The line of the last recommendation stated by a numbered label in the text (`Recommendation 16: …`). */
  private statedOnLine?: number;
  /** The recommendation that line stated, if it was one. */
  private lineStated?: OutlineNode;
  /** A recommendation stated in a Markdown quote (a box), while the quote goes on (see insideQuotedBox). */
  private quotedBox?: OutlineNode;
  /** Inside a drawn box marked as a reference, until its side bars end (see consumeBoxed). */
  private referenceBox = false;
  /** Under the header of a table of a consultation's comments and answers, up to the next heading (see isCommentTableHeader). */
  private commentTable = false;
  /** The text holds a tab: a table may be laid out with them (a word processor's text export). */
  private readonly tabbed: boolean;
  /** A recommendation stated on a line whose sentence runs on into the list below it, while the list goes on (see detailsItsList). */
  private listedDetails?: { node: OutlineNode; indent: number; shape: string };
  /** The open item is a numbered label's recommendation whose body paragraph is being read (see startsParagraph). */
  private itemBody = false;
  /** A proposal whose sentence ran on to its line's end: the next line read as prose may finish it. */
  private unfinishedProse?: OutlineNode;
  /** The last line of the last list judged for decided measures (see opensDecidedMeasures). */
  private listJudgedUntil = -1;
  private readonly contents: ContentsTitles;
  /** Questions about the text after a line (see text-ahead.ts). */
  private readonly ahead: TextAhead;
  /** Lines without a proposal marker are passed over at once. */
  private readonly proseMarkers: ProseMarkerCursor;

  constructor(
    private readonly lines: Lines,
    readonly format: DocumentFormat,
    private readonly toc: TocBlock | undefined,
    private readonly headings: HeadingPlan,
    options: OutlineOptions = {},
  ) {
    this.proseMarkers = new ProseMarkerCursor(lines.source);
    this.recommendations = new RecommendationFinder(lines, format, options, {
      add: node => {
        // A recommendation placed after an open item ends that item's text: nodes never overlap.
        if (this.item && this.item !== node) this.endItem();
        this.addChild(node);
      },
      extend: (node, i) => {
        extend(node, lines, i);
        this.extendOpen(i);
      },
      proposalHeadingsBelow: (i, depth) => this.ahead.proposalHeadingsBelow(i, depth),
      headingAfter: i => this.headings.nextAfter(i),
      isChapter: i => this.headings.at(i)?.role === 'chapter',
      sectionDepth: i => (this.headings.at(i)?.role === 'section' ? this.headings.at(i)?.depth : undefined),
      spanEnd: (i, depth) => this.ahead.spanEnd(i, depth),
      isFurniture: i => this.headings.isFurniture(i),
    });
    this.ahead = new TextAhead(lines, format, headings, this.recommendations);
    this.tabbed = lines.source.includes('\t');
    this.contents = new ContentsTitles(toc);
    if (format === 'survey') this.survey = new SurveyAnswers(lines, this.roots);
  }

  build(): OutlineNode[] {
    // A page whose front matter names it (`title: Recommendations`) and whose text has no title
    // heading is titled as a `#` heading would title it: a label there labels the page's lists.
    const page = this.headings.namedPage;
    if (page) this.titleHeading(page.last, page.title, CHAPTER_DEPTH, 'title');
    for (let i = 0; i < this.lines.count; i++) {
      if (this.toc && i === this.toc.first) {
        this.recommendations.leaveSections();
        this.closeAll();
        // Back matter before a contents (a references heading of a cover page) ends there: nodes never overlap.
        this.backMatter = undefined;
        const heading = this.lines.text(i);
        this.roots.push(createNode('toc', isTocHeading(heading) ? withoutEmphasis(heading.trim()) : contentsTitle(this.toc), this.lines, i, this.toc.last));
        i = this.toc.last;
        continue;
      }
      i = this.consume(i);
    }
    // The text's end closes all: a paragraph the block holds back is placed, the open sections
    // widen those they nest in.
    this.closeAll();
    separateSiblings(this.roots, this.lines);
    markSummingUpLists(this.roots, this.recommendations.summaries);
    return this.roots;
  }

  /**
   * `---` right over a running header: a converter from PDF marks its page breaks so, and a list
   * goes on over them. Any other rule parts the text (see RecommendationBlock.line).
   */
  private breaksPage(i: number): boolean {
    if (!mayStartThematicBreak(this.lines.firstCode(i)) || !isThematicBreak(this.lines.text(i))) return false;
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && this.headings.isFurniture(next);
  }

  /** Handles line i (and any lines it absorbs); returns the last line index consumed. */
  private consume(i: number): number {
    // A page's footnotes belong to no structure: a list cut by them goes on after them.
    if (this.headings.isFurniture(i) || this.headings.isPageFoot(i) || this.breaksPage(i)) {
      this.recommendations.pageBreak();
      return i;
    }
    const first = this.lines.firstCode(i);
    if (this.quotedBox && this.insideQuotedBox(i, first)) return i;
    if (first < 0) {
      if (!this.item || !this.itemCutByBreak(this.item, i)) this.endItem();
      this.recommendations.blank();
      return i;
    }
    if (this.recommendations.issuesMayEnd) this.recommendations.passLine(i, this.lines.text(i));
    const whole = this.backMatter ? undefined : this.recommendations.takeWhole(i, first);
    if (whole !== undefined) {
      this.endItem();
      return whole;
    }
    if (this.backMatter && this.appendixAt(i)) this.backMatter = undefined;
    if (this.circledItems && !this.recommendations.hasOpenBlock) this.circledItems = false;
    const heading = this.backMatter ? undefined : this.headings.at(i);
    if (heading) this.commentTable = false;
    if (heading && !this.itemOfLabelledList(heading, first)) return this.openPlannedHeading(i, heading);
    // A consultation's table of comments and answers reports views: nothing in it is the text's proposal.
    if (!this.commentTable && (first === PIPE || (this.tabbed && this.tabInFirstCell(i))) && isCommentTableHeader(this.lines.text(i))) this.commentTable = true;
    if (this.commentTable) {
      this.endItem();
      this.extendOpen(i);
      return i;
    }
    if (this.statedSpan?.label !== undefined && this.endsHeadedRecommendation(i)) this.closeHeadedRecommendation();
    if (this.listedDetails && this.detailsItsList(i, first)) return i;
    // `│■ 提言１ …│`: a line inside a drawn box is read without its side bars (a panel frames each proposal).
    if (isBoxBar(first)) return this.consumeBoxed(i);
    this.referenceBox = false;
    // The frame's top and bottom rules part paragraphs as blank lines do.
    if (isBoxDrawing(first) && isBoxRule(this.lines.text(i))) {
      this.endItem();
      this.recommendations.blank();
      return i;
    }
    if (!mayBeStructure(first) && !this.recommendations.mayStart(first) && this.onlyRunningTextRulesApply()) return this.consumeRunningText(i, first);
    const text = this.lines.text(i);
    if (isNoise(text, first, this.lines.lastCode(i))) return i;
    // A site's template line (`Share this page:`) over a page's first half stands above its text, not under it.
    if (this.format !== 'outlook' && ((isBackMatterHeading(text) && !listsPage(this.lines, i) && !(i * 2 < this.lines.count && isSiteFurnitureHeading(text))) || (this.format === 'article' && !this.recommendations.isLabel(text, first) && closesPage(this.lines, i, text)))) {
      return this.openBackMatter(i, text);
    }
    if (this.backMatter) {
      extend(this.backMatter, this.lines, i);
      return i;
    }
    const byline = matchByline(text, first);
    if (byline) {
      const owner = this.chapter;
      if (owner) Object.assign(owner, byline);
      extend(owner, this.lines, i);
      // The byline closes the chapter's last section: what follows is not its text.
      this.recommendations.close();
      this.closeSections(CHAPTER_DEPTH);
      this.endItem();
      this.statedByHeading = this.statedSpan = undefined;
      return i;
    }
    if (!this.survey) return this.consumeDocument(i, text, first);
    this.survey.line(i, text);
    return i;
  }

  /**
   * Whether a tab ends a short first cell on line i (`No.\t…`, `御意見の概要\t…`): most lines are
   * passed over after a few characters, none copied.
   */
  private tabInFirstCell(i: number): boolean {
    const source = this.lines.source;
    const end = Math.min(this.lines.end(i), this.lines.start(i) + LONGEST_FIRST_CELL);
    for (let at = this.lines.start(i); at < end; at++) if (source.charCodeAt(at) === TAB) return true;
    return false;
  }

  /**
   * A line between a box's side bars: its text is read as the text of a line of its own, unless
   * the box is marked as a reference (`│【参考】…審議会 中間とりまとめ（抄）│`), whose proposals are
   * another body's, quoted for the reader.
   */
  private consumeBoxed(i: number): number {
    const text = withoutBoxBars(this.lines.text(i));
    const first = firstVisibleCode(text);
    if (first < 0) return i;
    if (REFERENCE_MARK.test(text)) this.referenceBox = true;
    if (this.referenceBox || this.survey) {
      this.extendOpen(i);
      return i;
    }
    return this.consumeDocument(i, text, first);
  }

  private consumeDocument(i: number, text: string, first: number): number {
    // Chapter words alone make chapters only where the numbering gave no evidence of its own.
    const chapter = this.format === 'markdown' || this.headings.chapterCount ? undefined : matchChapterHeading(text, first);
    if (chapter) return this.openChapter(i, chapter.title);
    // Under a part's label, a plain heading is the next chapter of the part, whatever the contents or an open list make of it.
    if (this.partLabelled && !matchListItem(text, first) && this.isArticleHeading(i, text) && !this.recommendations.isLabel(text, first)) return this.openChapter(i, text.trim());
    if ((!this.chapter || this.chapter.kind === 'front-matter') && this.contents.isFrontMatterTitle(text)) {
      this.closeAll();
      this.chapter = this.push(createNode('front-matter', text.trim(), this.lines, i));
      return i;
    }
    // Inside a recommendation block ● marks its items; elsewhere it marks a heading.
    if (first === BLACK_CIRCLE && this.offerToBlock(i, text, first)) return i;
    const section = matchSectionHeading(text, first);
    if (section !== undefined && !this.recommendations.hasOpenBlock && this.wrapsIntoSentence(i, section) && this.section) {
      const pledge = this.pledgedMeasure(i, section);
      if (pledge !== undefined) return pledge;
    }
    if (section !== undefined && !(this.recommendations.hasOpenBlock && this.wrapsIntoSentence(i, section))) return this.markedChapters() ? this.openChapter(i, section) : this.openSection(i, section);
    // An article's unmarked heading ends a label's block that no list has followed (a kind named
    // under the title, `政策提言`, or a label over paragraphs): it begins the next part of the text.
    // A list's first item (`１ 保育所の…` after a letter's `記`) is the block's, however short.
    if (this.recommendations.blockAwaitsItems && this.isArticleHeading(i, text) && !this.recommendations.isLabel(text, first) && !this.ahead.opensWithList(i) && !matchListItem(text, first)) {
      this.recommendations.close();
      return this.openArticleHeading(i, text.trim());
    }
    // A closing title alone on its line (`Conclusion` over its paragraph) ends the list before it,
    // even where the text has no blank line to part them (plain text extracted from PDF).
    if (this.recommendations.hasOpenBlock && isClosingTitle(text) && this.isArticleHeading(i, text)) {
      this.recommendations.close();
      this.endItem();
      return this.openArticleHeading(i, text.trim());
    }
    if (this.offerToBlock(i, text, first)) return i;
    if (mayOpenDecidedMeasures(first) && this.opensDecidedMeasures(i, first, text)) return i;
    if (this.recommendations.tableHeader(i, text, first)) {
      this.extendOpen(i);
      return i;
    }
    if (this.flagsStated(i, text)) {
      extend(this.statedByHeading!, this.lines, i);
      this.extendOpen(i);
      return i;
    }
    const label = this.recommendations.labelLine(i, text, first);
    if (label?.section !== undefined && this.labelsStatedDetails(i)) return i;
    if (label?.section !== undefined) {
      // Set in bold, a label heads pledges set in bold too, which the block reads (see recommendation-block.ts).
      const box = EMPHASIS_FIRST.test(text) ? undefined : this.recommendations.boxLabel(text);
      const boxed = box === undefined ? undefined : this.openBox(i, box);
      if (boxed !== undefined) return boxed;
      // A document that opens with a label (`政策提言`, `Policy Recommendations`) names its kind
      // there, above or under its title: no section of its own, though a list under it is still the label's.
      if (!inOpeningBlock(this.lines, i)) {
        if (this.labelsPart(i)) {
          this.closeAll();
          this.partLabelled = true;
          this.recommendations.heading(i, label.section, ABOVE_CHAPTERS, { over: 'above' });
          return i;
        }
        if (this.plainChapters() && this.isArticleHeading(i, text)) return this.openChapter(i, label.section);
        if (this.ahead.overMarkedTopics(i)) {
          this.recommendations.heading(i, label.section, this.markedChapters() ? ABOVE_CHAPTERS : CHAPTER_DEPTH, { over: 'above' });
          return i;
        }
        const last = this.openSection(i, label.section, i, label.holdsLabel ? this.depthUnderHeadings() : this.depthInside());
        if (label.holdsLabel) this.measureSections.add(this.section!);
        return last;
      }
      if (!this.ahead.partOpensBeforeList(i)) this.recommendations.heading(i, label.section, SECTION_DEPTH);
      return i;
    }
    if (label) {
      this.item = label.recommendation;
      this.itemBody = label.titled === true;
      if (label.recommendation) this.statedOnLine = i;
      this.lineStated = label.recommendation;
      if (label.recommendation) this.placeStated(i, label.recommendation, first);
      this.extendOpen(i);
      return i;
    }
    const operative = this.recommendations.operativeParagraph(i, text, first);
    if (operative && 'leadInEnd' in operative) {
      this.extendOpen(operative.leadInEnd);
      return operative.leadInEnd;
    }
    if (operative) {
      this.item = operative.node;
      this.extendOpen(i);
      if (operative.listAfter === undefined) return i;
      // Its sentences up to the list, then the list that details it.
      for (let j = i + 1; j <= operative.listAfter; j++) this.continueItem(operative.node, j, this.lines.text(j));
      this.listedDetails = this.listUnder(operative.listAfter, operative.node);
      return operative.listAfter;
    }

    // A bullet matters as a report's ① item, or to end an open item; elsewhere (a survey's
    // answers read as an outlook) its text is prose like any other.
    const bullet = this.format === 'report' || this.item ? matchBullet(text, first) : undefined;
    if (bullet && this.format === 'report' && CIRCLED_NUMBER.test(bullet.marker)) {
      const node = createNode('item', bullet.text, this.lines, i);
      node.start += bullet.offset;
      this.item = this.addChild(node);
      return i;
    }
    if (this.format === 'report' && matchNumberedResult(text)) {
      this.item = undefined;
      this.addChild(createNode('item', text.trim(), this.lines, i));
      return i;
    }
    // Right under a list item (`1. **支払う**` then `→ 4.1に反映する。` indented under it), an arrow goes on with the item.
    const conclusion = matchConclusion(text, first);
    if (conclusion && !this.followsListItem(i)) {
      // A finding the text draws, listed under its heading; the lines that follow continue it.
      const node = createNode('item', conclusion.text, this.lines, i);
      node.start += conclusion.offset;
      this.item = this.addChild(node);
      return i;
    }
    // `58      Recommendation 1 builds on …`: where the text numbers its paragraphs in the margin,
    // the next numbered paragraph goes on with the text; a stated recommendation's body has ended.
    if (this.lineStated && MARGIN_NUMBER.test(text)) {
      if (this.item === this.lineStated) this.endItem();
      this.lineStated = this.statedOnLine = undefined;
    }
    if (!bullet && this.takesAsBody(i, text)) return i;
    if (this.item && !bullet && (this.startsParagraph(this.item, text) || this.opensNextField(this.item, text))) this.endItem();
    if (this.item && !bullet) {
      this.continueItem(this.item, i, text);
      return i;
    }
    if (this.isArticleHeading(i, text)) return this.openArticleHeading(i, text.trim());
    if (this.recommendations.ordinalParagraph(i, text, first)) return i;
    if (this.opensRecommendationList(i, text)) return i;
    this.addProseRecommendations(i, text);
    return i;
  }

  /**
   * A marked line that wraps into the end of its sentence (`◆ 移動時間を…事業者に周` over `\u3000知する。`)
   * is an item of the block, as a panel's summary lists its measures, no heading: a title is short
   * and ends on its line.
   */
  private wrapsIntoSentence(i: number, title: string): boolean {
    if (title.length < WRAPPED_MARKED_ITEM) return false;
    const next = i + 1 < this.lines.count ? this.lines.text(i + 1).trim() : '';
    return next.length > 0 && next.length <= title.length && next.endsWith('。') && matchSectionHeading(next) === undefined && !matchListItem(next);
  }

  /**
   * `◆ 官民で…の成` over `長分野への大胆な投資を実現します。` under `【成長戦略】`: a marked line that wraps
   * into a measure decided (see decided-measures.ts) is a headline pledge, as a party's policy
   * collection marks its priorities, not a heading: one recommendation, labelled by the section.
   * Returns its last line, or undefined where its sentence decides nothing.
   */
  private pledgedMeasure(i: number, title: string): number | undefined {
    const text = joinItemLine(title, this.lines.text(i + 1).trim());
    if (!isDecidedMeasure(text)) return undefined;
    const node = createNode('recommendation', text, this.lines, i, i + 1);
    node.label = withoutEmphasis(this.section!.title);
    this.endItem();
    this.addChild(node);
    return i + 1;
  }

  /** An unmarked heading opens a chapter of a report laid out so, or under a part's label; a section of an article. */
  private openArticleHeading(i: number, title: string): number {
    return this.plainChapters() || this.partLabelled ? this.openChapter(i, title) : this.openSection(i, title);
  }

  /**
   * `重点政策` over `１\u3000物価高から暮らしを守る`, later `分野別政策` over `経済・財政` (a legend
   * between): a policy book's parts are labels over its chapters, numbered or plain, and label the
   * pledges of each. Only where the plan found chapters: a label elsewhere heads a list of its own.
   */
  private labelsPart(i: number): boolean {
    if (!this.headings.chapterCount) return false;
    let next = nextVisibleLine(this.lines, i);
    if (next !== undefined && LEGEND.test(this.lines.text(next))) next = nextVisibleLine(this.lines, next);
    if (next === undefined) return false;
    const heading = this.headings.at(next);
    // A list's first item under the label (`【主な取組】` over `①\u3000防災訓練の充実`) is the label's, no
    // chapter, and so is a numbered label (`【県に対する提言】` over `提言７\u3000…`).
    const text = this.lines.text(next);
    return heading ? heading.role === 'chapter' : !matchListItem(text) && !this.recommendations.isLabel(text, this.lines.firstCode(next)) && this.isArticleHeading(next, text);
  }

  /** A label's parts stand over chapters that are theirs: unmarked headings after one are chapters too. */
  private partLabelled = false;

  /** Decided once, at the first unmarked heading (report-headings.ts), where the plan found no chapters. */
  private plainChapters(): boolean {
    return (this.plainHeadingChapters ??= this.headings.chapterCount === 0 && plainHeadingsAreChapters(this.lines, text => this.recommendations.isLabel(text, firstVisibleCode(text)), this.headings.paginated));
  }

  private plainHeadingChapters?: boolean;

  /**
   * In plain text the plan found no chapters in, marked topics at the top level are the chapters
   * (report-headings.ts); so are those of a Markdown page (a news article's `◆ …` under its `#` title)
   * whose first stands in no chapter, its Markdown headings only the title and the page's trailing parts.
   */
  private markedChapters(): boolean {
    if (this.format === 'markdown') return (this.markedTopicChapters ??= !this.chapter && markedTopicsAreChapters(this.lines));
    return (this.markedTopicChapters ??= this.headings.chapterCount === 0 && markedTopicsAreChapters(this.lines));
  }

  private markedTopicChapters?: boolean;

  /** An unmarked heading of an article, or a field label of a project page (plain-heading.ts). */
  private isArticleHeading(i: number, text: string): boolean {
    if (this.format !== 'article' || i <= firstVisibleLine(this.lines) || this.headings.isPageFoot(i) || isAuthorLine(text) || isTabbedTableRow(this.lines, i)) return false;
    if (isFieldLabel(text, visibleTextsAround(this.lines, i, FIELD_REACH))) return true;
    if (!isPlainHeading(text, nextVisibleText(this.lines, i)) || isLaidOutTableLine(this.lines, i)) return false;
    // `Recommendation 2` alone over its text states one recommendation; `Government response`
    // after each of them names a recurring part, as a government's response to a report repeats it.
    if (this.recommendations.isNumberedLabel(text, this.lines.firstCode(i)) || this.repeatsAsHeading(text)) return false;
    return textFollows(this.lines, i) || this.numberedLabelFollows(i);
  }

  /** Whether the line's text stands alone again elsewhere in the text: the name of a recurring part. */
  private repeatsAsHeading(text: string): boolean {
    this.standingAlone ??= countLinesStandingAlone(this.lines);
    return (this.standingAlone.get(text.trim()) ?? 0) > 1;
  }

  private standingAlone?: Map<string, number>;

  /** `Responses to the recommendations` over `Recommendation 1` alone over its text: the heading of what follows. */
  private numberedLabelFollows(i: number): boolean {
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && this.recommendations.isNumberedLabel(this.lines.text(next), this.lines.firstCode(next)) && textFollows(this.lines, next);
  }

  /** Articles, surveys and reports have unmarked headings; front matter is named by the contents. */
  private onlyRunningTextRulesApply(): boolean {
    if (this.format === 'article' || this.format === 'survey' || this.format === 'report') return false;
    return !(this.contents.nameFrontMatter && (!this.chapter || this.chapter.kind === 'front-matter'));
  }

  /** A line that starts like running text: it continues a list item or is prose. */
  private consumeRunningText(i: number, first: number): number {
    if (this.backMatter) {
      extend(this.backMatter, this.lines, i);
    } else if (this.recommendations.hasOpenBlock && this.offerToBlock(i, this.lines.text(i), first)) {
      return i;
    } else if (this.takesAsBody(i, this.lines.text(i))) {
      return i;
    } else if (this.item && !this.startsParagraph(this.item, this.lines.text(i))) {
      this.continueItem(this.item, i, this.lines.text(i));
    } else if (!this.isChartLabel(i) && !this.opensRecommendationList(i) && !(mayOpenDecidedMeasures(first) && this.opensDecidedMeasures(i, first))) {
      this.addProseRecommendations(i);
    }
    return i;
  }

  /**
   * The paragraph under `提言１ 題目` explains that recommendation: line i is its body, no proposal
   * of its own, once the item stated on its line has a paragraph under it. Returns whether it was taken so.
   */
  private takesAsBody(i: number, text: string): boolean {
    const item = this.item;
    if (!item || !(this.itemBody || (item === this.lineStated && this.startsParagraph(item, text)))) return false;
    this.itemBody = true;
    extend(item, this.lines, i);
    this.extendOpen(i);
    return true;
  }

  /** A sentence leading into a list of recommendations (`We recommend that the ministry:`) opens a block for the list. */
  private opensRecommendationList(i: number, text?: string): boolean {
    if (!mayBeLeadIn(this.lines.source, this.lines.start(i), this.lines.end(i)) || this.format === 'survey') return false;
    // Under a heading that states a recommendation (`### Action 4: …`), or a few lines after a line
    // that does (`Recommendation 16: …`, then its text and `The study should:`), a list it leads into details that one.
    if (this.statedByHeading || (this.statedOnLine !== undefined && this.ahead.visibleLinesBetween(this.statedOnLine, i) <= STATED_TEXT_LINES)) return false;
    const leadIn = this.recommendations.leadIn(i, text ?? this.lines.text(i));
    if (!leadIn) return false;
    this.dropProseOfLeadIn(leadIn);
    this.extendOpen(i);
    return true;
  }

  /**
   * A list of the measures a government decides, each in its own voice (decided-measures.ts), under
   * a heading and in no block: its items are the measures, labelled by the heading they serve.
   */
  private opensDecidedMeasures(i: number, first: number, text?: string): boolean {
    const heading = this.section ?? this.chapter;
    if (i <= this.listJudgedUntil || !heading || heading.kind === 'front-matter' || this.item || this.format === 'survey') return false;
    const line = text ?? this.lines.text(i);
    if (!matchListItem(line, first)) return false;
    const list = readDecidedMeasures(this.lines, i, j => this.headings.isFurniture(j));
    this.listJudgedUntil = list.last;
    if (!(list.decided || list.proposed) || listsOthersMeasures(this.lines, i) || !this.recommendations.openDecidedMeasures(heading.title, list.proposed)) return false;
    return this.offerToBlock(i, line, first);
  }

  /**
   * The sentence leads into the recommendations; proposals read in its first lines were part of it.
   * (A method of its own: a closure over the lead-in would cost an allocation on every line asked.)
   */
  private dropProseOfLeadIn(leadIn: LeadIn): void {
    const siblings = (this.section ?? this.chapter)?.children ?? this.roots;
    const partOfLeadIn = (node: OutlineNode) => node.kind === 'prose-recommendation' && node.line > leadIn.firstLine && leadIn.sentence.includes(node.title.trim());
    while (siblings.length && partOfLeadIn(siblings[siblings.length - 1])) siblings.pop();
  }

  /**
   * Japanese text starts a paragraph with an ideographic space; a line wrapped from an item starts
   * flush or under the item's text. So an indented line after `提言1 題目` is the body, not more of
   * the title, while one under `・…` (whose text starts one column in) goes on with the item.
   */
  private startsParagraph(item: OutlineNode, text: string): boolean {
    if (text.charCodeAt(0) !== IDEOGRAPHIC_SPACE) return false;
    let indent = 1;
    while (indent < text.length && isSpace(text.charCodeAt(indent))) indent++;
    return indent < item.start - this.lines.start(item.line - 1);
  }

  /** A line that opens the field after the one the item is the value of (see field-list.ts). */
  private opensNextField(item: OutlineNode, text: string): boolean {
    return opensNextField(text, item.start - this.lines.start(item.line - 1), () => this.lines.text(item.line - 1));
  }

  /**
   * A blank line inside the item's sentence, as converters from PDF leave where a paragraph broke
   * (`Policy recommendation: By 2024, all ports should be` / blank / `merged into one …`): the
   * item goes on where its text ends unfinished and the next line goes on in lower case.
   */
  private itemCutByBreak(item: OutlineNode, i: number): boolean {
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && cutByPageBreak(item.title, this.lines.text(next));
  }

  /**
   * Whether line i is the text that explains the recommendation a line stated just before it as a
   * numbered title (`提言１ 北岸壁を補修する`; a whole sentence, `Recommendation 2: Merge the
   * ports.`, stands alone, and so does a sentence after an unnumbered label, `Policy
   * recommendation: By 2030, all ports should be`): no other node has come since, and it lies
   * within a paragraph or two. The recommendation spans it.
   */
  private explainsLineStated(i: number): boolean {
    const stated = this.lineStated;
    if (!stated || this.statedOnLine === undefined || this.lastChild() !== stated || WHOLE_SENTENCE.test(stated.title) || !endsWithNumber(stated.label ?? '')) return false;
    if (this.ahead.visibleLinesBetween(this.statedOnLine, i) > STATED_TEXT_LINES) return false;
    extend(stated, this.lines, i);
    return true;
  }

  /**
   * `提言１ 財源を一元化する` (a line, or a heading), its explanation, then `【具体策】` over bullets: a think tank's proposal
   * details its measures under a label of its own, and the label and its list are the stated
   * recommendation's (one recommendation from its title to its last bullet), no section the next
   * proposal would nest in. The label comes within a paragraph or two, no other node between.
   */
  private labelsStatedDetails(i: number): boolean {
    const stated = this.statedByHeading ?? this.lineStated;
    if (!stated || this.lastChild() !== stated || !endsWithNumber(stated.label ?? '')) return false;
    if (stated === this.lineStated && (this.statedOnLine === undefined || this.ahead.visibleLinesBetween(this.statedOnLine, i) > STATED_TEXT_LINES)) return false;
    const details = this.listUnder(i, stated);
    if (!details) return false;
    this.endItem();
    extend(stated, this.lines, i);
    this.extendOpen(i);
    this.listedDetails = details;
    return true;
  }

  /**
   * A recommendation stated in a Markdown quote (`> **Recommendation 3.1 …**`, as inquiry reports
   * converted from PDF keep their boxes) spans the quote; one whose sentence runs on into a list
   * (`3.14 **Recommendation.** The department should` over its bullets, as auditors write them)
   * spans the list.
   */
  private placeStated(i: number, stated: OutlineNode, first: number): void {
    if (first === GREATER_THAN) {
      this.quotedBox = stated;
      return;
    }
    this.listedDetails = WHOLE_SENTENCE.test(stated.title) ? undefined : this.listUnder(i, stated);
  }

  /** The list right under line i, as the details of `node` (see detailsItsList); none where a paragraph led in bold follows. */
  private listUnder(i: number, node: OutlineNode): { node: OutlineNode; indent: number; shape: string } | undefined {
    // `（政府）` over the first bullets: the name of the group they are for, the list after it.
    let next = nextVisibleLine(this.lines, i);
    if (next !== undefined && this.namesGroupOverList(next)) next = nextVisibleLine(this.lines, next);
    const item = next === undefined ? undefined : matchListItem(this.lines.text(next));
    // `Recommendation: The board should complete its` over `R4        management system …`: the
    // finding's code in the margin beside the sentence's next line (a peer review's report), no list.
    if (item && next === i + 1 && ITEM_CODE_PREFIX.test(item.marker) && LOWER_CASE_START.test(item.text)) return undefined;
    return item && !BOLD_MARKERS.has(item.marker) ? { node, indent: item.indent, shape: markerShape(item.marker) } : undefined;
  }

  /**
   * Line i goes on with the quote that boxes a recommendation: its lines are the recommendation's,
   * up to the quote's end or another label quoted in it (`> **Recommendation 3.2 …**`). Past the
   * box, the text explains nothing of it.
   */
  private insideQuotedBox(i: number, first: number): boolean {
    const box = this.quotedBox!;
    if (first === GREATER_THAN && !this.headings.at(i) && !this.recommendations.isLabel(this.lines.text(i), first)) {
      extend(box, this.lines, i);
      this.extendOpen(i);
      return true;
    }
    this.quotedBox = undefined;
    if (this.lineStated === box) this.lineStated = this.statedOnLine = undefined;
    this.endItem();
    return false;
  }

  /**
   * Line i is an item of the list a stated recommendation runs on into, or a line the item wraps
   * onto: it details that recommendation. Any other line ends the list.
   */
  private detailsItsList(i: number, first: number): boolean {
    const details = this.listedDetails!;
    const text = this.lines.text(i);
    const item = matchListItem(text, first);
    // A sibling is marked as the first item is (not a numbered paragraph after bullets, nor a
    // paragraph led in bold); a line an item wraps onto is indented under its text.
    const ofList = item ? item.indent > details.indent || (item.indent === details.indent && markerShape(item.marker) === details.shape) : (this.lines.firstCode(i - 1) >= 0 && indentOf(text) > details.indent) || this.namesGroupOverList(i);
    if (!ofList) {
      this.listedDetails = undefined;
      return false;
    }
    this.endItem();
    extend(details.node, this.lines, i);
    this.extendOpen(i);
    return true;
  }

  /** Line i names a group in brackets or bold (`（政府）`, `（企業）`, `**To Donors**`), and a list item follows it. */
  private namesGroupOverList(i: number): boolean {
    const text = this.lines.text(i);
    if (!SET_APART_NAME.test(text) || matchListItem(text, this.lines.firstCode(i)) || !namesGroup(text)) return false;
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && matchListItem(this.lines.text(next)) !== undefined;
  }

  /** The node added last where nodes are added now. */
  private lastChild(): OutlineNode | undefined {
    const siblings = (this.section ?? this.chapter)?.children ?? this.roots;
    return siblings[siblings.length - 1];
  }

  /** A line that a list item wraps onto (a finding's code beside it in the margin is none of its text). */
  private continueItem(item: OutlineNode, i: number, text: string): void {
    const line = text.trim();
    const besideCode = line.replace(FINDING_CODE, '');
    item.title = joinItemLine(item.title, besideCode !== line && LOWER_CASE_START.test(besideCode) ? besideCode : line);
    extend(item, this.lines, i);
    this.extendOpen(i);
  }

  /** A chart label such as `回答 42%`; its text is read only when the line ends with a percent sign. */
  private isChartLabel(i: number): boolean {
    const last = this.lines.lastCode(i);
    if (last !== PERCENT && last !== FULL_WIDTH_PERCENT) return false;
    const text = this.lines.text(i);
    return endsWithPercent(text) && isNoise(text);
  }

  /**
   * `【施策の方向】` over `①\u3000医師の確保` and its paragraph, `②\u3000…`: points numbered in circles right
   * under a label are its list's items, each with its text, though the plan read them as headings
   * for the paragraph under each (a prefecture's plan saved from Word as text). The innermost
   * scheme only: `（１）財源` under `第３章\u3000提言` heads its own text.
   */
  private itemOfLabelledList(heading: HeadingDecision, first: number): boolean {
    if (heading.role !== 'section' || !isCircledNumber(first) || !this.recommendations.hasOpenBlock) return false;
    if (this.recommendations.blockAwaitsItems) this.circledItems = true;
    return this.circledItems;
  }

  /** Whether the open block's items so far were points numbered in circles (see itemOfLabelledList). */
  private circledItems = false;

  private openPlannedHeading(i: number, heading: HeadingDecision): number {
    // The template's blocks close the page; the same words higher up (a sidebar saved before the text) end nothing.
    if (heading.siteTemplate || (heading.role !== 'title' && i * 2 > this.lines.count && isSiteFurnitureHeading(heading.title))) return this.openBackMatter(i, heading.title);
    const box = heading.role === 'title' ? undefined : this.recommendations.boxLabel(heading.title);
    const boxed = box === undefined ? undefined : this.openBox(heading.last ?? i, box);
    if (boxed !== undefined) return boxed;
    if (heading.role === 'chapter') return this.openChapter(i, heading.title, heading.last, heading.depth);
    if (heading.role === 'section') {
      const before = this.section;
      const last = this.openSection(i, heading.title, heading.last, heading.depth);
      if (this.section && this.section !== before) this.headingSections.add(this.section);
      return last;
    }
    // A heading above the chapters (a part's) ends the chapter before it; the document's title has none before it.
    if (heading.role === 'above') this.closeAll();
    this.endItem(); // no item's text runs over a heading, the title's either
    this.statedByHeading = this.statedSpan = undefined;
    this.titleHeading(i, heading.title, heading.depth ?? CHAPTER_DEPTH, heading.role);
    return heading.last ?? i;
  }

  /**
   * `**Key Recommendation**` right under `### Recommendation 1.1: Establish …`: a label alone in bold
   * under the heading that states a recommendation flags that recommendation (a commission marks
   * its priorities so); it opens no label of its own, and the text under it is the recommendation's.
   */
  private flagsStated(i: number, text: string): boolean {
    const stated = this.statedByHeading;
    return stated !== undefined && EMPHASIS_FIRST.test(text) && previousVisibleLine(this.lines, i) === stated.line - 1 && this.recommendations.isBareLabel(text);
  }

  /** A heading over the chapters (the document's title, a part's), read for the label it may be. */
  private titleHeading(i: number, title: string, depth: number, over: 'title' | 'above'): void {
    // A label over the chapters labels their lists only where no heading or line under it is a label
    // of its own: a paper titled `# 政策提言` that heads its proposals `## 提言` names itself by its
    // title, and so does a confederation's `# …要求と提言` over `**【要求内容】**` in each field.
    const labelsFollow = this.recommendations.isLabelTitle(title) && (this.headings.anyTitleAfter(i, after => this.recommendations.isLabelTitle(after)) || this.recommendations.labelAloneAfter(i));
    this.recommendations.heading(i, title, depth, { over, labelsFollow });
  }

  /**
   * `## Recommendation:` over a paragraph, as a submission's or a brief's box reads once a converter
   * has flattened it: the label announces the paragraph under it (`Recommendations:` each paragraph
   * to the next heading), and is no chapter or section of its own. Over a list, or over nothing,
   * it is a label heading like any other (undefined). Returns the last line taken.
   */
  private openBox(last: number, label: string): number | undefined {
    const end = this.headings.nextAfter(last) ?? this.lines.count;
    // A Japanese box's paragraph holds the points it leads into, set right under it (`①\u3000…`).
    if (this.ahead.holdsList(last + 1, end, !LATIN_LETTER.test(label))) return undefined;
    const paragraphs = boxedParagraphs(this.lines, last + 1, end, label, j => this.headings.isFurniture(j));
    if (!paragraphs.length) return undefined;
    // What a block before the box holds back is placed first: nodes stay in the text's order.
    this.recommendations.close();
    this.endItem();
    for (const { first, final, text } of paragraphs) {
      const node = createNode('recommendation', text, this.lines, first, final);
      node.label = label;
      this.addChild(node);
    }
    return paragraphs[paragraphs.length - 1].final;
  }

  /**
   * `A     Additional Tables` after `References`: an appendix planned as a chapter, which ends the
   * back matter, as papers set their appendices after the works they cite.
   */
  private appendixAt(i: number): boolean {
    const heading = this.headings.at(i);
    return heading?.role === 'chapter' && readTitleNumber(heading.title)?.family === 'appendix';
  }

  /** What follows line i to the end is back matter (references, links, a site's template), under its heading. */
  private openBackMatter(i: number, heading: string): number {
    this.closeAll();
    this.backMatter = this.push(createNode('back-matter', heading.trim().replace(TRAILING_COLON, ''), this.lines, i));
    return i;
  }

  /** `last`: where a title the plan already joined ends; otherwise the contents complete it. */
  private openChapter(i: number, title: string, last?: number, depth = CHAPTER_DEPTH): number {
    this.closeAll();
    this.listedDetails = undefined; // a heading ends the list a stated recommendation ran on into
    const complete = last !== undefined ? { title, last } : this.contents.completeChapter(this.lines, i, title);
    this.chapter = this.push(createNode('chapter', complete.title, this.lines, i, complete.last));
    const stated = this.recommendations.heading(i, complete.title, depth, { chapter: true });
    this.statedByHeading = this.statedSpan = stated ?? this.recommendationHeaded(i, complete.title, complete.last);
    return complete.last;
  }

  /**
   * `Recommendation 1` over `3.42    The committee recommends …`, then `3.43    The committee also
   * heard …`: where a report numbers its paragraphs in the margin, the label heads its first
   * numbered paragraph only; the next one goes on with the text.
   */
  private endsHeadedRecommendation(i: number): boolean {
    const stated = this.statedSpan!;
    if (this.openSections[this.openSections.length - 1]?.node !== stated) return false;
    // `Government response`: the recurring part after each recommendation it answers.
    if (this.format === 'article' && this.repeatsAsHeading(this.lines.text(i))) return true;
    if (!MARGIN_NUMBER.test(this.lines.text(i))) return false;
    // The label's own line may hold its paragraph's number (`3.24      Recommendation 1`).
    for (let j = stated.line - 1; j < i; j++) if (MARGIN_NUMBER.test(this.lines.text(j))) return true;
    return false;
  }

  private closeHeadedRecommendation(): void {
    this.closeSections(this.openSections[this.openSections.length - 1].depth);
    this.statedByHeading = this.statedSpan = undefined;
    this.endItem();
  }

  /**
   * `## Recommendation 1`, `## 提言１` alone over its paragraph, where the numbered labels stand at
   * the chapters' rank (a brief whose parts are its recommendations): the chapter stays, and
   * holds the one recommendation its label heads, read as the paragraph under it, spanning its text.
   */
  private recommendationHeaded(i: number, title: string, last: number): OutlineNode | undefined {
    const label = this.recommendations.headsOneRecommendation(title);
    const paragraph = label && this.labelledParagraph(last);
    if (!label || !paragraph) return undefined;
    const node = createNode('recommendation', paragraph, this.lines, i, last);
    node.label = label;
    return this.addChild(node);
  }

  /** The paragraph under a numbered label's line, as the reader sees it: no number in the margin, no bold marks. */
  private labelledParagraph(label: number): string | undefined {
    const paragraph = withoutMarginNumber(this.ahead.paragraphUnder(label));
    return paragraph && withoutEmphasis(paragraph);
  }

  /**
   * A label on a line of its own (`Actions:` under `### Objective 1.1`, `【主な取組】` under a plan's
   * `施策１－１ …`) labels the section it stands in: one deeper than that section. Beside the
   * sections that lines of the text open (`__課題①__`, then `__提案__`), it is one of them.
   */
  private depthInside(): number {
    const innermost = this.openSections[this.openSections.length - 1];
    if (!innermost) return SECTION_DEPTH;
    const encloses = this.headingSections.has(innermost.node) || this.measureSections.has(innermost.node);
    return encloses ? innermost.depth + 1 : innermost.depth;
  }

  /** Whether the line before line i, with no blank line between, is a list item. */
  private followsListItem(i: number): boolean {
    return i > 0 && this.lines.firstCode(i - 1) >= 0 && matchListItem(this.lines.text(i - 1), this.lines.firstCode(i - 1)) !== undefined;
  }

  /** One deeper than the innermost section a heading opened: a plan's measures are siblings under it. */
  private depthUnderHeadings(): number {
    for (let k = this.openSections.length - 1; k >= 0; k--) {
      if (this.headingSections.has(this.openSections[k].node)) return this.openSections[k].depth + 1;
    }
    return SECTION_DEPTH;
  }

  /** `depth` orders headings for the blocks they end: chapters 1, sections 2, or their Markdown level. */
  private openSection(i: number, title: string, last = i, depth = SECTION_DEPTH): number {
    this.statedByHeading = this.statedSpan = undefined; // the recommendation the heading before stated ends above this one
    this.listedDetails = undefined;
    const stated = this.recommendations.heading(i, title, depth);
    this.statedByHeading = this.statedSpan = stated;
    // A numbered label's line may wrap onto the next; a sub-heading stated whole has its reasons under it.
    this.item = stated && !this.recommendations.isSubHeading(stated) ? stated : undefined;
    if (stated) return i;
    const heads = this.recommendations.headsOneRecommendation(title);
    const paragraph = heads && this.labelledParagraph(last);
    // `**Recommendation 1**` over `_Management Comments_`: the label names the recommendation an answer is to;
    // `Consultation Question 2.` over `What should the register record?` asks, and proposes nothing.
    const label = heads && paragraph && (ANSWER_FIELD.test(paragraph) || onlyAsks(heads, paragraph)) ? undefined : heads;
    // The recommendation a numbered label heads reads as its first paragraph (the label stays its label).
    const section = createNode(label ? 'recommendation' : 'section', (label && paragraph) || title, this.lines, i, last);
    if (label) section.label = label;
    if (label) this.statedByHeading = this.statedSpan = section;
    this.closeSections(depth);
    const parent = this.section ?? this.chapter;
    if (parent) parent.children.push(section);
    else this.roots.push(section);
    this.extendOpen(last);
    this.openSections.push({ node: section, depth });
    this.section = section;
    return last;
  }

  /**
   * Closes the open sections as deep as `depth` or deeper. Only the innermost section is extended
   * line by line: one closed extends the section it nests in.
   */
  private closeSections(depth: number): void {
    const open = this.openSections;
    while (open.length && open[open.length - 1].depth >= depth) {
      const closed = open.pop()!.node;
      this.section = open.length ? open[open.length - 1].node : undefined;
      extend(this.section, this.lines, closed.endLine - 1);
    }
  }

  /** Running text: it extends the open section and chapter, and may propose something. */
  private addProseRecommendations(i: number, text?: string): void {
    this.extendOpen(i);
    if (this.chapter?.kind === 'front-matter' || this.format === 'survey' || !this.recommendations.proseMayPropose()) return;
    // Under a heading that states a recommendation (`### Action 2: …`), the text explains it; so
    // does the paragraph or two after a line that states one (`**Recommendation 1: Fund the quay**`).
    if (this.statedByHeading || this.explainsLineStated(i)) return;
    const lineStart = this.lines.start(i);
    const pending = this.unfinishedProse;
    this.unfinishedProse = undefined;
    const goesOn = pending !== undefined && pending.endLine === i ? this.continueProse(pending, i) : 0;
    const marked = this.proseMarkers.hasMarker(lineStart + goesOn, this.lines.end(i));
    const cut = marked ? 0 : this.markerCutAtEnd(i);
    if ((!marked && !cut) || reportsOpinionsAbove(this.lines, i)) return;
    text ??= this.lines.text(i);
    // A marker the line break cut is read whole, with the next line's start; the node keeps to this line.
    const read = cut ? text.trimEnd() + this.lines.text(i + 1).trimStart().slice(0, cut) : text;
    const lineEnd = cut ? text.trimEnd().length : text.length;
    for (const found of findProseRecommendations(goesOn ? ' '.repeat(goesOn) + read.slice(goesOn) : read)) {
      const start = found.start;
      const end = Math.min(found.end, lineEnd);
      if (start >= end) continue;
      // A sentence that starts the line may have begun on the lines above, which the page wrapped.
      const above = start === text.length - text.trimStart().length ? this.sentenceBegunAbove(i) : undefined;
      const node = createNode('prose-recommendation', joinWrapped(above?.text ?? '', text.slice(start, end)), this.lines, above?.line ?? i, i);
      node.start = above ? above.start : lineStart + start;
      node.end = lineStart + end;
      this.addChild(node);
      // One that runs on to the line's end goes on with the next line the text reads as prose.
      if (end === text.trimEnd().length && !SENTENCE_OR_LEAD_IN_ENDS.has(text.charCodeAt(end - 1))) this.unfinishedProse = node;
    }
  }

  /**
   * How much of the next line a Japanese marker cut by this line's end runs into (`…ことが適当であ` over
   * `る。`), where the next line goes on with the text; 0 otherwise.
   */
  private markerCutAtEnd(i: number): number {
    if (i + 1 >= this.lines.count || this.lines.firstCode(i + 1) < 0 || !mayEndInMarker(this.lines.lastCode(i))) return 0;
    // The marker ends its sentence: a full stop stands a few characters into the next line (read without copying it).
    const source = this.lines.source;
    let next = this.lines.start(i + 1);
    while (isSpace(source.charCodeAt(next))) next++;
    const stop = source.indexOf('。', next);
    if (stop < 0 || stop - next > MARKER_RUN_ON) return 0;
    return markerAcrossBreak(this.lines.text(i).trimEnd(), this.lines.text(i + 1).trimStart());
  }

  /**
   * The next line of a proposal the page wrapped (`State governments should require operators to
   * publish all` over `charges by 2027.`), read as prose: its text up to the first full stop goes
   * on with the proposal. Returns how much of the line it took (all of it where no sentence ends).
   */
  private continueProse(node: OutlineNode, i: number): number {
    const text = this.lines.text(i);
    let stop = 0;
    // A point inside a word (`learn.microsoft.com`, `3.5`) ends no sentence.
    while (stop < text.length && !(SENTENCE_END_CODES.has(text.charCodeAt(stop)) && (stop + 1 === text.length || !ASCII_WORD.test(text[stop + 1])))) stop++;
    // A line that ends leading into what follows (`The study should:`) is a sentence of its own.
    if (stop >= text.length && SENTENCE_OR_LEAD_IN_ENDS.has(this.lines.lastCode(i))) return 0;
    const taken = Math.min(text.length, stop + 1);
    // `Do you agree that the standards should continue to` over `be food-based …?`: a question asks; it proposes nothing.
    if (isQuestionMark(text.charCodeAt(stop))) {
      const siblings = (this.section ?? this.chapter)?.children ?? this.roots;
      siblings.splice(siblings.indexOf(node), 1);
      return taken;
    }
    node.title = joinWrapped(node.title, text.slice(0, taken).trim());
    extend(node, this.lines, i);
    node.end = this.lines.start(i) + taken;
    if (stop >= text.length && node.endLine - node.line < MOST_WRAPPED_SENTENCE_LINES) this.unfinishedProse = node;
    return taken;
  }

  /**
   * Where the sentence that line i goes on with began, in text wrapped by the width of a page
   * (Japanese papers extracted from PDF): after the last full stop of the lines above, which end
   * mid-sentence. Undefined when the line above ends a sentence, is blank, or is a heading or an item.
   */
  private sentenceBegunAbove(i: number): { line: number; start: number; text: string } | undefined {
    let begun: { line: number; start: number; text: string } | undefined;
    // No line that a node before it already holds (a paragraph that recommends, an item).
    const parent = this.section ?? this.chapter;
    const siblings = parent?.children ?? this.roots;
    const held = siblings.length ? siblings[siblings.length - 1].end : -1;
    // Nor the heading of the part it stands in (a node's `line` is 1-based: the index of the line after it).
    const top = parent ? parent.line : 0;
    for (let j = i - 1; j >= top && j >= i - MOST_WRAPPED_SENTENCE_LINES; j--) {
      if (this.lines.end(j) <= held) return begun;
      if (this.headings.isFurniture(j)) continue;
      const text = this.lines.text(j);
      const first = this.lines.firstCode(j);
      if (first < 0 || SENTENCE_OR_LEAD_IN_ENDS.has(this.lines.lastCode(j)) || this.headings.at(j) || matchListItem(text, first)) return begun;
      // The page wraps a line when it is full: one shorter than the line under it (`【今後の方向性】`) ends a
      // title or a paragraph. English wraps before a word that does not fit: the line may be shorter by that word.
      if (visibleLength(text) + WRAP_SLACK + firstWordLength(this.lines.text(j + 1)) < visibleLength(this.lines.text(j + 1))) return begun;
      const trimmedEnd = text.trimEnd();
      let from = trimmedEnd.length;
      while (from > 0 && !SENTENCE_OR_LEAD_IN_ENDS.has(trimmedEnd.charCodeAt(from - 1))) from--;
      // A node holds the line up to its stop (`…ことが適当である。` before `国は、…を`): the sentence begins after it, or not on this line.
      if (this.lines.start(j) + from < held) return begun;
      const part = trimmedEnd.slice(from).trimStart();
      begun = { line: j, start: this.lines.start(j) + (trimmedEnd.length - part.length), text: joinWrapped(part, begun?.text ?? '') };
      // A full stop inside the line: the sentence began after it.
      if (from > 0) return begun;
    }
    return begun;
  }

  /** Gives line i to an open recommendation block; true when the block took it. */
  private offerToBlock(i: number, text: string, first: number): boolean {
    if (!this.recommendations.offer(i, text, first)) return false;
    this.extendOpen(i);
    return true;
  }

  /** The open section and chapter cover line i (one call each: no list to allocate, this runs on most lines). */
  private extendOpen(i: number): void {
    // A recommendation a heading states (`### 提言1：…`) spans the reasons under it, up to the next heading.
    extend(this.statedSpan, this.lines, i);
    extend(this.section, this.lines, i);
    extend(this.chapter, this.lines, i);
  }

  private addChild(node: OutlineNode): OutlineNode {
    if (node !== this.statedSpan) this.statedSpan = undefined;
    const parent = this.section ?? this.chapter;
    if (parent) parent.children.push(node);
    else this.roots.push(node);
    this.extendOpen(node.endLine - 1);
    return node;
  }

  private push(node: OutlineNode): OutlineNode {
    this.roots.push(node);
    return node;
  }

  private closeAll(): void {
    this.recommendations.close(); // before its parents go: a paragraph it holds back is placed under them
    this.closeSections(CHAPTER_DEPTH);
    this.chapter = undefined;
    this.endItem();
    // What a heading stated ends with the sections it stood in: it never outgrows them, nor do its details.
    this.statedByHeading = this.statedSpan = this.listedDetails = undefined;
  }

  /** What follows does not continue the open list item (or survey answer). */
  private endItem(): void {
    this.item = undefined;
    this.itemBody = false;
    this.survey?.endAnswer();
  }
}

/** A contents without a heading of its own is named in its entries' language. */
function contentsTitle(toc: TocBlock): string {
  return toc.titles.some(title => JAPANESE.test(title)) ? '目次' : 'Contents';
}

// Compiled once: a regular expression literal is a new object each time it is evaluated.
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** `（◎は新規、○は継続）`: a line in brackets alone, explaining the marks of what follows. */
const LEGEND = /^[\s\u3000]*[（(][^）)]*[）)][\s\u3000]*$/;
const TRAILING_COLON = /[:：]$/;
const WHOLE_SENTENCE = /[.!?。．！？]$/;
const CIRCLED_NUMBER = /^[①-⑳]/;
/** A marker cut by a line's end runs on this far into the next line, to its sentence's stop. */
const MARKER_RUN_ON = 8;
/** The lines above a proposal read back for the start of its sentence. */
const MOST_WRAPPED_SENTENCE_LINES = 4;
const ASCII_WORD = /[A-Za-z0-9]/;
/** A line the page wrapped may be this much shorter than the next (an indent, a wide character). */
const WRAP_SLACK = 2;
const FIRST_LATIN_WORD = /^\s*([A-Za-z][A-Za-z'’-]*)/;

/** The length of the Latin word a line starts with and its space before it, or 0 (Japanese wraps at any character). */
function firstWordLength(text: string): number {
  const word = FIRST_LATIN_WORD.exec(text);
  return word ? word[1].length + 1 : 0;
}
/** A marked title is shorter than this; a measure wrapped by the page is longer. */
const WRAPPED_MARKED_ITEM = 20;
const PERCENT = 0x25;
const BLACK_CIRCLE = 0x25cf; // ●

/**
 * `_Management Comments_`, `Agency Response`, `OIG Response`: the field an inspector general's report
 * or an audit sets under each recommendation's label to answer it, alone as the label's paragraph.
 */
const ANSWER_FIELD = /^[_*\s]*(?:(?:management|agency|department(?:al)?|auditee|OIG|auditor'?s?)\s+)?(?:comments?|response|evaluation)[_*\s:：]*$/i;

/** `【参考】`, `（参考）`, `参考：`: what follows is given for reference, no part of the text's own argument. */
const REFERENCE_MARK = /^\s*(?:【参考】|（参考）|\(参考\)|参考[：:])/;
const TAB = 0x09;
/** A table's first cell (`No.`, `番号`, `御意見の概要`) is this short, its indent included. */
const LONGEST_FIRST_CELL = 16;
const PIPE = 0x7c;
/** A name set apart on its line: in brackets (`（政府）`, `【企業】`) or in bold (`**To Donors**`). */
const SET_APART_NAME = /^\s*(?:[（(【［[〈《][^（(【［[〈《]{1,20}[）)】］\]〉》]|\*\*[^*]{1,40}\*\*)\s*$/;
/** The markers of a paragraph led in bold, which no list runs on into. */
const BOLD_MARKERS = new Set(['**', '__']);

/** A marker's form without its value (`3.` and `4.` alike, `a)` and `b)`, `-`): the siblings of a list share it. */
function markerShape(marker: string): string {
  return marker.replace(DIGITS, '0').replace(LETTERS, 'a');
}

const DIGITS = /[0-9０-９]+/g;
const LETTERS = /[A-Za-z]+/g;
const GREATER_THAN = 0x3e;
/** A label in English words: its box holds paragraphs, the lists under them its own (see openBox). */
const LATIN_LETTER = /[A-Za-z]/;
const EMPHASIS_FIRST = /^\s*[*_]/;
/** A text that goes on a sentence: its first letter in lower case. */
const LOWER_CASE_START = /^[a-z]/;
/** The depth of a heading over the chapters: they end nothing it opened. */
const ABOVE_CHAPTERS = 0;
const FULL_WIDTH_PERCENT = 0xff05;
