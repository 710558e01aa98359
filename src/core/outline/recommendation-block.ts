import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { itemParagraphEnd, joinedLines, nextVisibleLine, paragraphEnd, paragraphStart, previousVisibleLine } from './line-context';
import { announcesOpinions, listsMeasuresTaken, namesResponse, reportsRecommendations } from './rules/reported-speech';
import { listsNonProposals } from './rules/stated-lists';
import { cutByPageBreak, ENDS_SENTENCE, joinItemLine, joinWrapped, withoutEmphasis } from './rules/join-wrapped';
import { matchBullet } from './rules/bullet';
import { isThematicBreak, mayStartThematicBreak } from './rules/thematic-break';
import { HTML_ITEM_MARKER, htmlListFrameStep, indentOf, isMarkedItem, ITEM_CODE_PREFIX, matchListItem, type ListItem } from './rules/list-item';
import { endsAsking, endsAsRequest, endsProposing, findProseRecommendations, hasProposalMarker } from './rules/prose-recommendation';
import { adoptsRecommendation, announcesRecommendations, introducesRecommendations, isRecommendingLeadIn, lastSentence, pointsAtList, sumsUp, WRAPPED_LEAD_IN_LINES } from './rules/lead-in';
import { isSubLabel, namesGroup } from './rules/sub-label';
import { matchMarkdownHeading } from './rules/section-heading';
import { boldLineText } from './headings/candidates';
import { headsPandocTable } from './headings/markdown-levels';
import { isGridHeaderRule, isTableSeparator, mayStartTableRow, tableCells, titleCell, type TableCell } from './rules/table-row';
import { isCaptionStart } from './rules/caption';
import { isCodeFence } from './rules/code-fence';
import { htmlCell, isHtmlTableLine, readHtmlTableLine, type HtmlCell } from './rules/html-table';
import { firstVisibleCode, IDEOGRAPHIC_SPACE, isDigit, isLowerCaseLetter, LESS_THAN } from './rules/line-start';
import { endsWithNumber } from './rules/recommendation-heading';
import { isBoxDrawing, isBoxRule, withoutBoxBars } from './rules/box-drawing';
import { parseNumeral } from './rules/numerals';
import { columnGap, firstColumn } from './rules/aligned-columns';
import { isOperativeClause, opensOwnClause } from './rules/enacting-clause';

/**
 * What the block needs from the builder: where its nodes go. The builder passes over page
 * furniture before the block sees a line, so a running header never cuts an item.
 */
export interface BlockHost {
  /** Adds a recommendation under the open section or chapter. */
  add(node: OutlineNode): void;
  /** Extends the node and the open section and chapter to cover line i. */
  extend(node: OutlineNode | undefined, i: number): void;
  /** Whether line i is page furniture (a running header, a page number, the blank lines around them). */
  isFurniture(i: number): boolean;
}

/** What the block did with a line. */
export type BlockStep = 'taken' | 'ended' | 'passed';

/** Depth for a label that is not a heading: any heading ends its block. */
export const UNDER_ANY_HEADING = Number.MAX_SAFE_INTEGER;
/** Items of one list may be one column off (a marker of two characters, an editor's habit). */
const INDENT_SLACK = 1;
/** The column an HTML list's items are read at per list open around them: deeper than the slack. */
const HTML_LIST_INDENT = 4;
const ENDS_WITH_COLON = /[:：]$/;
/**
 * A numbered paragraph that only says what follows (`5.1 The recommendations in this Report are as
 * follows.`, `当委員会の提言は以下のとおりである。`), as a report's closing summary opens its list: it
 * announces, and proposes nothing itself.
 */
const ANNOUNCES_ONLY = /(?:\bas follows|\bset out below|(?:以下|次)のとおり(?:である|です)?)[.:：。]?$/;
/** An item ending in a colon, or in Japanese with 以下 / 次 (the following) and its verb (`次の措置を講ずる`, `次の方針で取り組む`): it leads into a list. */
const LEADS_INTO_LIST = /(?:[:：]|(?:以下|次)(?:の[^、。]{1,12})?[をにで][^、。]{1,12}。?)$/;

interface OpenItem {
  node: OutlineNode;
  /** Column of the item's marker: text indented deeper after a blank line still belongs to it. */
  indent: number;
  /** Paragraphs after the item's line belong to it (see continuesNumbering): they extend it, its title stays. */
  inBody?: boolean;
  /** Lines joined to the item's first: text without blank lines runs on as prose past a list's last item. */
  joined: number;
  /** The item as it was where its text first ended a sentence: what it is again if prose runs on. */
  whole?: { title: string; end: number; endLine: number };
  /**
   * The number of a numbered item (`9.`, `③`): its paragraphs may follow it (see continuesNumbering),
   * and bullets beside it may be its details (see detailsBullet).
   */
  number?: number;
  /** The item holds a heading (`- ### Title`) or a nested item: the lines that go on with it are its body, not its title. */
  titled?: boolean;
  /** A paragraph led by a sentence in bold (`**Fund the repairs.** The fund …`): the next such paragraph is the next item. */
  boldLead?: boolean;
  /** The paragraph's number of an item numbered under one (`40` of `40.2`): `41.` is the next paragraph, no item. */
  paragraph?: number;
  /** How a numbered item's marker is written, its number left out (see markerStyle). */
  style?: string;
  /** The item's marker as written (`8.1`, `(a)`, `-`). */
  marker: string;
  /** A lettered item (`a)`, `b.`, `h`): a bullet at its column that it leads into details it, as one under a number does. */
  lettered?: boolean;
  /** Points were taken under it (see detailLine). */
  detailed?: boolean;
  /** Marked by a Japanese list's higher mark (`○`, `●`, `■` …): a `・` at its column is its point. */
  markedAbove?: boolean;
  /** The column where the next column of a table set out with spaces starts (see aligned-columns.ts). */
  nextColumn?: number;
  /** The item's wrapped lines hang under its text, right of its marker. */
  hangs?: boolean;
}

/**
 * The most lines an item's text is joined over: a recommendation wrapped by the width of a page
 * takes a few; where text without blank lines runs on past this after a list's last item, it
 * is prose, and it ends the block.
 */
const MOST_JOINED_LINES = 20;
/** A list's number may skip this many items (one lost in extraction); a number further on is the text's own paragraph. */
const MOST_SKIPPED_ITEMS = 2;
/** How far ahead the next number of a list is looked for, past the paragraphs of an item. */
const ITEM_BODY_REACH = 24;
/** How much of a paragraph's end is read for a sentence announcing the views that follow. */
const OPINIONS_TAIL = 80;
/** A grid table's header runs over this many lines at most. */
const MOST_GRID_HEADER_LINES = 6;
/** `+-----+-----+` (or `+=====+`): a rule of a grid table, closing a row. */
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/;

/**
 * The recommendations a label introduces (提言, Key Recommendations, Actions, a `- マニフェスト`
 * item): each list item of the block is one, with its wrapped lines and what is nested under it.
 * The block ends at a heading of its label's depth or above, at a list item shallower than its
 * items, or at a paragraph of prose after its items (a clear change of content). A block whose
 * label is followed by paragraphs and no list takes each paragraph that proposes something.
 */
export class RecommendationBlock {
  private label?: string;
  private depth = 0;
  private labelIndent = -1;
  /** The column of a table whose header the label is: its cell titles each row. */
  private column?: number;
  private itemIndent?: number;
  private item?: OpenItem;
  /** A blank line since the item's last line: what follows continues it only if indented. */
  private gap = false;
  /** The HTML table row under way: the line its `<tr>` is on and the cells read so far. */
  private htmlRow?: { first: number; cells: HtmlCell[]; cell?: { header: boolean; html: string } };
  /** Rows of a table the block has taken: a page's rule between two tables does not end it then. */
  private rowsTaken = 0;
  /** The last row taken, which a row cut by a page break goes on in after a converter's placeholder header. */
  private lastRow?: OutlineNode;
  /** A converter's placeholder header (`|Col1|Col2|`) after rows: the table goes on from the page before. */
  private rowGoesOn = false;
  /** The table under way lists indicators and their targets (see INDICATOR_COLUMN): its rows propose nothing. */
  private indicators = false;
  /**
   * A grid table under way (pandoc's `+---+` rules around rows of many lines): the row being read,
   * cell by cell (`header`: the header's lines, up to its `+===+` rule, which make no row).
   */
  private grid?: { first: number; last: number; cells: TableCell[]; header?: boolean };
  /** The list under way opened under a sentence reporting measures another body took, or naming its items as no proposals (see listsMeasuresTaken, listsNonProposals). */
  private measuresTaken = false;
  /** The block's list is led in by a sentence that sums up (see sumsUp). */
  private summing = false;
  /** The items of lists that sum up, as closed: an account in short, where the text recommends in full elsewhere. */
  readonly summaries: OutlineNode[] = [];
  private afterPageBreak = false;
  /** `3.4.` of a block opened by `3.4  Recommendations`: its items are numbered under it. */
  private parentNumber?: string;
  /** The number of the paragraph after the one whose sentence led into the block (see ledInWithinParagraph). */
  private nextParagraph?: number;
  /** The items of the list closed last under the open heading, where they were the text's own numbered paragraphs (see yieldToAnnouncedList). */
  private closedParagraphs: OutlineNode[] = [];
  /** After a policy's requirement sentence, lists are its rationale and steps, not recommendations. */
  private listsAreDetails = false;
  private paragraph?: OutlineNode;
  private paragraphs: OutlineNode[] = [];
  /** The block's list items taken for recommendations so far. */
  private listed: OutlineNode[] = [];
  private markedParagraphs = false;
  /** The letter that opened the last paragraph lettered alone (see letterOpensParagraph), or 0. */
  private lastLetter = 0;
  /** A lead-in recommended the block's list (see announce). */
  private announced = false;
  /** Set for a list of measures decided: a group's name ends it (see endAtGroupNames). */
  private groupsEnd = false;
  /** See paragraphsInProse. */
  private proseParagraphs = false;
  /** The text of the block's last paragraph, proposing or not: it may report the list after it as another body's. */
  private lastParagraph: string | undefined;
  /** A list followed the block's proposing paragraphs: it details them (see listDetailsParagraphs). */
  private paragraphsDetailed = false;
  /** The header of a table laid out with spaces over the block's rows (`No.   事項名   …`), as written. */
  private tableHeader: string | undefined;
  /** Numbered items whose paragraphs were theirs (see continuesNumbering). */
  private itemsWithBody = 0;
  /** Numbered items that had points under them (see detailLine). */
  private itemsDetailed = 0;
  /** Under a label that joins other matters to the recommendations: see keepProposals. */
  private proposalsOnly = false;
  /** The label's first paragraph that announced the paragraphs after it (see proseLine). */
  private announcing?: OutlineNode;
  /** Numbered topics group the block's marked requests (see namesTopicOfRequests). */
  private topicsOfRequests = false;
  /** The column of a numbered paragraph that leads into the points it recommends (see itemAnnouncesList), while they go on. */
  private leadingIndent?: number;
  /** The points such paragraphs lead into: each proposes, whatever its words. */
  private ledIn = new Set<OutlineNode>();
  /** How deep the HTML lists (`<ul>`, `<ol>`) open around the line are: a page's nested list has no indentation. */
  private htmlLists = 0;
  /** A figure or table set inside the list, from its caption on (see figureLine); `fenced` inside its code fence. */
  private figure?: { fenced: boolean };

  /** `namesColumn`: whether a table's header cell names the column of the recommendations (`Recommendations`). */
  constructor(private readonly lines: Lines, private readonly host: BlockHost, private readonly namesColumn: (cell: string) => boolean) {}

  get isOpen(): boolean {
    return this.label !== undefined;
  }

  /** Open, and no list item under the label yet: its lines so far were paragraphs, if any. */
  get awaitsItems(): boolean {
    return this.isOpen && this.itemIndent === undefined && !this.listsAreDetails;
  }

  /**
   * Opens a block; `labelIndent` is the column of a list item that is itself the label, `column`
   * the table column the label heads.
   */
  open(label: string, depth: number, labelIndent = -1, column?: number): void {
    this.close();
    this.label = label;
    this.proposalsOnly = JOINED_LABEL.test(label) || adoptsRecommendation(label);
    this.depth = depth;
    this.labelIndent = labelIndent;
    this.column = column;
  }

  /**
   * A heading at `depth` (smaller is higher) ends the block when it is at the label's depth or
   * above; a deeper one ends the item or paragraph under way, whose text never runs over a heading.
   */
  heading(depth: number): void {
    if (this.isOpen && depth <= this.depth) this.close();
    else if (this.isOpen) {
      this.finishParagraph();
      this.item = undefined;
    }
  }

  /**
   * The block was opened by the numbered paragraph `number` (see RecommendationFinder.labelLine):
   * its items are the paragraphs numbered under it, and another number ends it.
   */
  numberedUnder(number: string): void {
    this.parentNumber = `${number}.`;
  }

  /**
   * The block's lead-in closes the numbered paragraph `number` (`19. … The CPT recommends that steps be
   * taken to ensure that:` over its `- …` points): the next paragraph, `20.`, ends it, at any column.
   */
  ledInWithinParagraph(number: number): void {
    this.nextParagraph = number + 1;
  }

  /**
   * `RECOMMENDATIONS` over `60. Counsel Assisting proposed seven recommendations …`, `61. …`, then
   * `Pursuant to section 72(2) of the Act, I make the following recommendations:` over `1. That …`: the
   * label's items were the text's own paragraphs, numbered on from before the label, about the
   * recommendations the lead-in's list then makes. Those that propose nothing themselves are none.
   */
  yieldToAnnouncedList(): void {
    for (const node of this.closedParagraphs) if (node.kind === 'recommendation' && !proposesItself(node.title)) node.kind = 'item';
    this.closedParagraphs = [];
  }

  /** Whether a list's first item is numbered past one: the text's own numbering of its paragraphs goes on in it. */
  private numberedOn(first: OutlineNode): boolean {
    const marker = matchListItem(this.lines.text(first.line - 1))?.marker;
    return marker !== undefined && (itemNumber(marker) ?? 0) > 1;
  }

  /** A heading has come: the lists closed before it are its part's, no lead-in after it speaks of them. */
  forgetClosed(): void {
    this.closedParagraphs = [];
  }

  close(): void {
    if (this.listed.length) this.closedParagraphs = this.numberedOn(this.listed[0]) ? this.listed : [];
    if (this.summing) this.summaries.push(...this.listed);
    this.summing = false;
    this.parentNumber = this.nextParagraph = undefined;
    this.finishParagraph();
    if (this.proposalsOnly) this.keepProposals();
    // Under a council's numbered topics, a marked paragraph that asks nothing notes the state of things (`○\u3000なお、国においては…ところである。`).
    if (this.topicsOfRequests) for (const node of this.listed) if (node.kind === 'recommendation' && !endsAsking(node.title)) node.kind = 'item';
    if (this.listed.length && OPTIONS_LABEL.test(this.label ?? '')) this.weighOptions();
    // `41. OIOS makes four important recommendations to ECA.`: a numbered paragraph that only counts them announces them too.
    for (const node of this.listed) if (!node.children.length && (ANNOUNCES_ONLY.test(node.title) || announcesRecommendations(node.title))) node.kind = 'item';
    this.label = this.item = this.announcing = this.itemIndent = this.column = this.figure = this.htmlRow = this.leadingIndent = this.tableHeader = this.grid = this.lastParagraph = undefined;
    this.ledIn.clear();
    this.paragraphs = [];
    this.listed = [];
    this.gap = this.listsAreDetails = this.markedParagraphs = this.topicsOfRequests = this.afterPageBreak = this.announced = this.proseParagraphs = this.groupsEnd = this.paragraphsDetailed = false;
    this.rowsTaken = this.htmlLists = this.itemsWithBody = this.itemsDetailed = this.lastLetter = 0;
  }

  /** Paragraphs marked `(Recommendation N)` were found: the block's other paragraphs are not. */
  markedFound(): void {
    this.dropParagraphs();
    this.markedParagraphs = true;
    this.item = undefined; // the marked paragraph follows it: nothing after runs on in the item
  }

  /**
   * `Recommendation 4: …` or `Recommendation: …` in the block (a chapter titled "Recommendations
   * to …", over prose, lists of examples and its numbered recommendations): the block's
   * recommendations are written so, and the list items before them were the prose's lists; its
   * paragraphs that propose, the conclusions that lead up to them (`58 … few of them defined which
   * buildings should be renovated first.`), are proposals in the text.
   */
  numberedFound(): void {
    // A lead-in announced its list as recommendations (`We recommend the following:`): its items stand.
    if (!this.announced) for (const node of this.listed) node.kind = 'item';
    this.listed = [];
    this.finishParagraph();
    this.dropParagraphs();
  }

  /** Whether the block has taken list items for recommendations. */
  get hasListed(): boolean {
    return this.listed.length > 0;
  }

  /** Whether the block's list followed paragraphs that proposed, and so details them (`（１）…すべきである。` over `①…`). */
  get listDetailsParagraphs(): boolean {
    return this.paragraphsDetailed;
  }

  /** The block's paragraphs that propose are proposals in the text, no listed recommendations (see RecommendationFinder.heading). */
  paragraphsInProse(): void {
    this.proseParagraphs = true;
  }

  /** The block was opened by a sentence that recommends its list (see RecommendationFinder.leadIn). */
  announce(summing = false): void {
    this.announced = true;
    this.summing = summing;
  }

  /**
   * The list is a run of measures decided under its topic (see decided-measures.ts): the next
   * topic's name (`【中小企業・賃上げ】`) ends it, as a policy collection sets its topics apart.
   */
  endAtGroupNames(): void {
    this.groupsEnd = true;
  }

  /** A requirement sentence was found in the block: what follows it details it. */
  requirementFound(): void {
    // A paragraph held back before it is placed first: nodes go into the tree in the text's order.
    this.finishParagraph();
    this.listsAreDetails = true;
    this.item = undefined;
  }

  blank(): void {
    this.gap = true;
    this.finishParagraph();
  }

  /**
   * Page furniture was passed over. Text printed from PDFs may set a page's list at another
   * column than the page before (facing pages have other margins): the next item that goes on
   * with the numbering is the list's, whatever its indentation.
   */
  pageBreak(): void {
    if (this.item) this.afterPageBreak = true;
  }

  /** Offers line i to the block. `ended` hands the line back to the builder; so does `passed`. */
  line(i: number, text: string, first: number): BlockStep {
    if (!this.label) return 'passed';
    // The header again atop the next page, as a report printed with its layout repeats it: no text of the row before it.
    if (this.tableHeader !== undefined && this.listed.length && text.trim() === this.tableHeader) return 'taken';
    // `>` alone parts the paragraphs of a quote, as a blank line parts those outside one.
    if (first === QUOTE_MARK && this.listed.length && EMPTY_QUOTE_LINE.test(text)) {
      this.blank();
      return 'taken';
    }
    if ((this.figure || (this.listed.length && isCaptionStart(text))) && this.figureLine(text, first)) return 'taken';
    if ((first === LESS_THAN && isHtmlTableLine(text)) || this.htmlRow?.cell !== undefined) return this.htmlTableLine(i, text);
    // `<ul>`, `</li>`: an HTML list's frame goes with the list, as its items do.
    const frame = first === LESS_THAN ? htmlListFrameStep(text) : undefined;
    if (frame !== undefined) {
      this.htmlLists = Math.max(0, this.htmlLists + frame);
      return 'taken';
    }
    if (this.grid) {
      if (GRID_RULE.test(text)) {
        this.closeGridRow();
        return 'taken';
      }
      if (!mayStartTableRow(first)) this.grid = undefined; // the table has ended
    }
    // `---` where a converter from PDF broke the page inside the table: the table goes on after it.
    if (this.rowsTaken && isThematicBreak(text) && this.tableGoesOn(i)) return 'taken';
    // Else a rule after the list parts it from what the page adds below (a website's footer with
    // the office's address, a note): the list ends there.
    if ((this.listed.length || this.rowsTaken) && mayStartThematicBreak(first) && isThematicBreak(text)) {
      this.close();
      return 'ended';
    }
    // `Response from the Government` centred over the answer after the list: the recommendations have ended.
    if (this.listed.length && namesResponse(text)) {
      this.close();
      return 'ended';
    }
    // `WELCOMES THE COMMISSION'S INTENTION TO:` after what a council recommends: the next clause, its own lead-in.
    if (this.listed.length && isOperativeClause(text.trim())) {
      this.close();
      return 'ended';
    }
    // `**Report to:** Infrastructure and Environment Committee` over `**From:** …`: a memo's header fields, no list.
    if ((first === ASTERISK || first === UNDERSCORE) && isHeaderField(text) && this.besideHeaderField(i)) return 'passed';
    // `  **No.**   **Recommendation**   **Para.**` over `  ----- ----------- -----`: the header of a
    // table pandoc lays out with spaces, no item (its rows restate or detail the list).
    if (headsPandocTable(this.lines, i)) {
      this.item = undefined;
      return 'passed';
    }
    const listItem = matchListItem(text, first) ?? this.boldTitleOverText(i, text, first) ?? this.letterOpensParagraph(i, text, first) ?? (first === QUOTE_MARK ? quotedListItem(text) : undefined);
    // An HTML item is as deep as the lists around it (`<ul><ul><li>`: a detail of the item before).
    if (listItem && this.listed.length && opensOwnClause(listItem.text)) {
      this.close();
      return 'ended';
    }
    // `**(1)\u3000資金調達の円滑化**` over a table of the reforms: the name of the group its rows are, no item.
    if (listItem && boldLineText(text) !== undefined && this.tableFollows(i)) {
      this.item = undefined;
      return 'taken';
    }
    if (listItem) {
      const depth = listItem.marker === HTML_ITEM_MARKER ? this.htmlLists * HTML_LIST_INDENT : 0;
      return this.listLine(i, listItem.indent + depth, listItem.text, listItem.offset, listItem.marker, listItem.titled);
    }
    const cells = mayStartTableRow(first) ? tableCells(text) : undefined;
    // A table after the block's list (`| No. | 実施内容 | 対応状況 |` under the proposals) details
    // it: the list was the block's, and the table ends it.
    if (cells && this.listed.length && this.column === undefined) {
      this.close();
      return 'ended';
    }
    if (cells) return this.tableLine(i, cells);
    const indent = indentOf(text);
    const afterPageBreak = this.afterPageBreak;
    this.afterPageBreak = false;
    const joins = this.item && !leftOfHangingItem(this.item, indent, afterPageBreak)
      && (!this.gap || (indent > this.item.indent && !opensJapaneseParagraph(this.item.node.title, text)) || cutByPageBreak(this.item.node.title, text));
    const continues = joins && this.item!.joined++ < MOST_JOINED_LINES;
    if (joins && !continues) endAsWhole(this.item!);
    // `Pay for Readiness` between `3.` and `4.`: the name of the next group of the list, no paragraph of the item.
    // (Under an item with its paragraph, `Specific steps could include:` leads into that item's own points.)
    if (this.item && !continues && !this.groupsEnd && !(this.item.inBody && LEADS_INTO_LIST.test(text)) && namesItemGroup(text) && this.itemsFollow(i)) {
      this.item = undefined;
      return 'taken';
    }
    if (this.item?.titled && !continues && !this.item.inBody && !hasProposalMarker(this.item.node.title) && this.leadsIntoBullets(i)) this.item.node.kind = 'group';
    else if (this.item && !continues && !this.item.inBody && (this.continuesNumbering(i) || this.endsWithLastBody(i))) {
      this.item.inBody = true;
      this.itemsWithBody++;
    }
    if (this.item && (continues || this.item.inBody)) {
      if (!this.item.inBody && indent > this.item.indent) this.item.hangs = true;
      const titlePart = this.item.inBody || this.item.titled ? '' : itemTextOf(this.item, indent, text);
      if (titlePart) this.item.node.title = joinItemLine(this.item.node.title, titlePart);
      this.host.extend(this.item.node, i);
      noteWhole(this.item);
      this.gap = false;
      return 'taken';
    }
    if (this.itemIndent === undefined && !this.listsAreDetails) return this.proseLine(i, text);
    this.item = undefined;
    // 個人の取り組み, For Congress: a group inside the block, whose items follow it; 課題, Issues:
    // the next block, of issues; Conclusion over a paragraph: the next heading. So is a paragraph that
    // leads into the next letters (`24 DBT and Acas … should:` over `g …` after `a` to `f`, an audit office's summary).
    if (!this.groupsEnd && (namesItemGroup(text) || (LEADS_INTO_LIST.test(text) && this.nextLetterFollows(i))) && this.itemsFollow(i)) return 'taken';
    this.close();
    return 'ended';
  }

  /**
   * A line of an HTML table under the label (see html-table.ts): the cells of a row are gathered
   * from `<tr>` to `</tr>`, and each body row is a recommendation over its lines.
   */
  private htmlTableLine(i: number, text: string): BlockStep {
    const row = this.htmlRow;
    // Inside a cell written over lines, a line without a table's tag is more of its text.
    if (row?.cell && !isHtmlTableLine(text) && !text.includes('</t')) {
      row.cell.html += `\n${text}`;
      return 'taken';
    }
    const line = readHtmlTableLine(text);
    if (row?.cell && line.closesCell !== undefined) {
      row.cells.push(htmlCell(`${row.cell.html}\n${line.closesCell}`, row.cell.header));
      row.cell = undefined;
    }
    if (line.opensRow) this.htmlRow = { first: i, cells: [] };
    this.htmlRow?.cells.push(...line.cells);
    if (this.htmlRow && line.opensCell) this.htmlRow.cell = { ...line.opensCell };
    if (line.closesRow && this.htmlRow) {
      this.addHtmlRow(this.htmlRow.first, i, this.htmlRow.cells);
      this.htmlRow = undefined;
    }
    this.gap = false;
    return 'taken';
  }

  /** A body row (no `<th>`), titled by its bold first cell (the row's heading) or else as a Markdown row is. */
  private addHtmlRow(first: number, last: number, cells: HtmlCell[]): void {
    if (!cells.length || cells.some(cell => cell.header)) return;
    const title = cells[0].bold && cells[0].text ? cells[0] : titleCell(cells);
    if (!title?.text) return;
    this.dropParagraphs();
    this.itemIndent ??= 0;
    const node = createNode('recommendation', title.text, this.lines, first, last);
    node.label = this.label;
    this.host.add(node);
    this.rowsTaken++;
  }

  /** Whether the next line after line i opens a table again. */
  private tableGoesOn(i: number): boolean {
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && (isHtmlTableLine(this.lines.text(next)) || mayStartTableRow(this.lines.firstCode(next)));
  }

  /**
   * A row of a table under the label (see table-row.ts): its header and the line under it are
   * taken and passed over, each row below is a recommendation, as a list item would be.
   */
  private tableLine(i: number, cells: TableCell[]): BlockStep {
    if (this.grid) {
      this.gridLine(i, cells);
      return 'taken';
    }
    const next = nextVisibleLine(this.lines, i);
    const nextCells = next === undefined ? undefined : tableCells(this.lines.text(next));
    if (isTableSeparator(cells)) return 'taken';
    // `| Recommendation | Response |` over `+=====+=====+`: the header of a grid table (pandoc's, for
    // cells of many lines), whose rows run between its rules (see gridLine); its cells may run over
    // lines too (`| Lead (Cabinet |` over `| Member /     |`).
    const gridHeader = next !== undefined && this.gridHeaderRuleBelow(i);
    if ((nextCells && isTableSeparator(nextCells)) || gridHeader) {
      // `| Main findings | Recommendations |` under the label `**Recommendations on fiscal policy**`:
      // the column the header names titles each row, not the row's longest cell.
      if (this.column === undefined && this.rowsTaken === 0) {
        const named = cells.findIndex(c => this.namesColumn(c.text));
        if (named >= 0) this.column = named;
      }
      // `|成果指標|現状値（令和5年度）|目標値（令和16年度）|`: a plan's indicators and their targets,
      // no measures: its rows are passed over.
      this.indicators = this.column === undefined && cells.some(c => INDICATOR_COLUMN.test(withoutEmphasis(c.text.trim())));
      this.rowGoesOn = this.rowsTaken > 0 && cells.every(c => PLACEHOLDER_HEADER.test(c.text.trim()));
      if (gridHeader) this.grid = { first: -1, last: -1, cells: [], header: !isGridHeaderRule(this.lines.text(next)) };
      return 'taken';
    }
    this.addRow(i, i, cells);
    return 'taken';
  }

  /** Whether the lines of table cells from line i run down to a grid table's header rule (`+===+`). */
  private gridHeaderRuleBelow(i: number): boolean {
    let j = i + 1;
    while (j < this.lines.count && j - i <= MOST_GRID_HEADER_LINES && mayStartTableRow(this.lines.firstCode(j))) j++;
    return j < this.lines.count && isGridHeaderRule(this.lines.text(j));
  }

  /** A line of a grid table's row: each cell's text is joined to what its column held on the row's lines before. */
  private gridLine(i: number, cells: TableCell[]): void {
    const grid = this.grid!;
    if (grid.header) return;
    if (grid.first < 0) grid.first = i;
    grid.last = i;
    cells.forEach((cell, k) => {
      const known = grid.cells[k];
      const text = cell.text.trim();
      grid.cells[k] = known ? { text: joinWrapped(known.text, text), offset: known.offset } : { text, offset: text ? cell.offset : -1 };
    });
  }

  /** The grid table's row read so far, at its closing rule (`+-----+-----+`): a row as a pipe table's is. */
  private closeGridRow(): void {
    const grid = this.grid!;
    if (grid.first >= 0) this.addRow(grid.first, grid.last, grid.cells.map(cell => ({ text: cell.text, offset: Math.max(0, cell.offset) })));
    this.grid = { first: -1, last: -1, cells: [] };
  }

  /** A body row of lines [first, last]: its title cell makes the recommendation, or each item the cell lists. */
  private addRow(first: number, last: number, cells: TableCell[]): void {
    let cell = this.column === undefined ? titleCell(cells) : cells[this.column];
    if (!cell?.text || this.indicators) return;
    // `|||sector, using existing workforce data …|Accepted|` under `|Col1|Col2|Col3|Col4|`: the row
    // the page break cut, going on in lower case on the next page.
    const goesOn = this.rowGoesOn && this.lastRow !== undefined && isLowerCaseLetter(cell.text.trimStart().charCodeAt(0));
    this.rowGoesOn = false;
    if (goesOn) {
      this.lastRow!.title = joinWrapped(this.lastRow!.title, withoutEmphasis(cell.text.trim()));
      this.host.extend(this.lastRow, last);
      return;
    }
    // `| *Revenue mobilization* | | |`: a row that names the group of the rows below it, in its
    // first cell alone and set in italics or bold, is no recommendation.
    if (cells.filter(c => c.text.trim()).length === 1 && EMPHASIZED_CELL.test(cell.text.trim())) return;
    // `| 提言A | 居場所の運営費を… |` under `| 提言 | 内容 |`: the label's column numbers the row, the text is beside it.
    const numbered = this.column !== undefined && isNumberedLabelCell(withoutEmphasis(cell.text)) ? titleCell(cells.filter((_, k) => k !== this.column)) : undefined;
    const rowLabel = numbered?.text ? withoutEmphasis(cell.text) : this.label;
    if (numbered?.text) cell = numbered;
    this.dropParagraphs();
    this.itemIndent ??= 0;
    this.gap = false;
    const parts = cellItems(cell);
    for (const part of parts) {
      // `| | Department of Education | We recommend that the Department of Education: | |`: a row that
      // leads into the rows below it announces them, and is none itself.
      const node = createNode(LEADS_INTO_POINTS.test(part.text) && isRecommendingLeadIn(part.text) ? 'item' : 'recommendation', withoutEmphasis(part.text), this.lines, first, last);
      node.start += part.offset;
      // Items of one cell share its line: each ends with its own text, so that none covers the next.
      if (parts.length > 1) node.end = this.lines.start(first) + part.offset + part.text.length;
      node.label = rowLabel;
      this.host.add(node);
      this.lastRow = node;
    }
    this.item = undefined; // a row is whole: the next line is another row, or the table has ended
    this.rowsTaken++;
  }

  /**
   * `表 2-2 …` over its table, `Figure 3 …` over a chart or a code block, and the notes under them
   * (`※ …`, `Source: …`): a figure set inside a list, as guidebooks set them between the points a
   * lead-in announced. It belongs to no item and ends none of the list: the list goes on after it.
   * A line that is none of these ends the figure and is read as usual.
   */
  private figureLine(text: string, first: number): boolean {
    if (!this.figure) {
      this.figure = { fenced: false }; // its caption
      this.item = undefined;
      return true;
    }
    if (isCodeFence(text)) this.figure.fenced = !this.figure.fenced;
    else if (!this.figure.fenced && !mayStartTableRow(first) && !FIGURE_NOTE.test(text) && !isCaptionStart(text)) {
      this.figure = undefined;
      return false;
    }
    return true;
  }

  /** Whether the next visible line after line i is a table's row. */
  private tableFollows(i: number): boolean {
    const next = nextVisibleLine(this.lines, i);
    return next !== undefined && mayStartTableRow(this.lines.firstCode(next)) && tableCells(this.lines.text(next)) !== undefined;
  }

  /** Items follow line i, perhaps after more group names (see GROUP_NAME_LINES). */
  private itemsFollow(i: number): boolean {
    for (let j = i, k = 0; k < GROUP_NAME_LINES; k++) {
      const next = nextVisibleLine(this.lines, j);
      if (next === undefined) return false;
      const text = this.lines.text(next);
      if (matchListItem(text) || this.boldTitleOverText(next, text, this.lines.firstCode(next)) || (this.lastLetter && LONE_LETTER.test(text))) return true;
      if (!isSubLabel(text)) return false;
      j = next;
    }
    return false;
  }

  /** A list item nested under the open item: part of it. */
  private detailLine(i: number): BlockStep {
    this.host.extend(this.item?.node, i);
    if (this.item?.number !== undefined && !this.item.detailed) {
      this.item.detailed = true;
      this.itemsDetailed++;
    }
    // The lines a nested item wraps onto are its own, no more of the item's title (`（４）…次の措置を講ずること。` over `ア\u3000…`).
    if (this.item) this.item.titled = true;
    this.gap = false;
    return 'taken';
  }

  private listLine(i: number, indent: number, text: string, offset: number, marker: string, titled = false): BlockStep {
    // `- [Status](report.md#status)`: an item that is only a link to a part of the document lists
    // its contents; the block ends before it.
    if (ANCHOR_LINK_ITEM.test(text)) {
      this.close();
      return 'ended';
    }
    if (this.afterPageBreak && this.item?.number !== undefined && itemNumber(marker) === this.item.number + 1) {
      this.itemIndent = indent;
      this.labelIndent = Math.min(this.labelIndent, indent - 1);
    }
    this.afterPageBreak = false;
    if (this.parentNumber !== undefined && !marker.startsWith(this.parentNumber)) {
      // A deeper list is the numbered paragraph's own points (`(a)`, `(i)`); another number at its column ends the block.
      if (this.item && indent > this.item.indent + INDENT_SLACK) return this.detailLine(i);
      this.close();
      return 'ended';
    }
    // `3.4  A remote witness …` after `R1  The Act should …`, both in the margin: a law commission's
    // numbered paragraph goes on after its coded recommendation; the list of codes has ended.
    if (this.item?.style !== undefined && CODED_STYLE.test(this.item.style) && isDigit(marker.charCodeAt(0)) && Math.abs(indent - this.item.indent) <= INDENT_SLACK) {
      this.close();
      return 'ended';
    }
    // `14.  The relevant outcomes …` after `a)`, `b)` in their column: the text's own paragraph numbers go
    // on (an evaluation numbers its paragraphs through its chapters); the lettered list has ended.
    if (this.item?.lettered && isDigit(marker.charCodeAt(0)) && itemNumber(marker) !== 1 && Math.abs(indent - this.item.indent) <= INDENT_SLACK) {
      this.close();
      return 'ended';
    }
    if (this.nextParagraph !== undefined && itemNumber(marker) === this.nextParagraph && !DECIMAL_MARKER.test(marker)) {
      this.close();
      return 'ended';
    }
    // `63.  I convey my condolences …` after `6.  That the police …`, in their column: the text's own paragraph
    // numbers go on after the list (a coroner's finding numbers every paragraph around its recommendations).
    if (this.item?.number !== undefined && (itemNumber(marker) ?? 0) > this.item.number + MOST_SKIPPED_ITEMS && Math.abs(indent - this.item.indent) <= INDENT_SLACK) {
      this.close();
      return 'ended';
    }
    // `**その対価は…** 続き。` after a list numbered `1.`, `2.`: a paragraph led by a bold sentence, no item of that list.
    if (this.item?.number !== undefined && EMPHASIS_MARKERS.has(marker) && indent <= this.item.indent + INDENT_SLACK) {
      this.close();
      return 'ended';
    }
    if (indent <= this.labelIndent || (this.item?.paragraph !== undefined && itemNumber(marker) === this.item.paragraph + 1 && !DECIMAL_MARKER.test(marker))) {
      this.close();
      return 'ended';
    }
    if (this.itemIndent !== undefined && indent > this.itemIndent + INDENT_SLACK && (this.itemAnnouncesList() || this.itemNamesTopic(i, marker))) {
      // `40. The following recommendations will be examined …:` over `40.1 …`, `40.2 …`: the
      // numbered paragraph introduces the block's items, one level in.
      const announced = announcesRecommendations(this.item!.node.title);
      this.item!.node.kind = 'group';
      this.listed.pop();
      // The points it recommends propose, the paragraphs beside it may not: the next paragraph goes back to its column.
      if (!announced) this.leadingIndent = this.itemIndent;
      this.itemIndent = indent;
      if (announced) this.proposalsOnly = false; // announced as recommendations, each is one
    }
    const topic = this.namesTopicOfRequests(i, indent);
    if (topic) this.topicsOfRequests = true;
    if (this.leadsInOnly(indent, marker) || topic) {
      // `4     The Department should:` over `a     set out …`, `b     publish …`, all in the margin:
      // a paragraph that is only a lead-in groups its lettered points, each a recommendation.
      this.item!.node.kind = 'group';
      this.listed.pop();
      this.item = undefined;
    }
    if (this.listsAreDetails || (this.itemIndent !== undefined && indent > this.itemIndent + INDENT_SLACK) || this.detailsBullet(i, indent, marker) || this.detailsNumbered(i, indent, marker)) {
      return this.detailLine(i);
    }
    if (this.leadingIndent !== undefined && Math.abs(indent - this.leadingIndent) <= INDENT_SLACK) {
      this.itemIndent = this.leadingIndent;
      this.leadingIndent = undefined;
    }
    if (this.itemIndent !== undefined && indent < this.itemIndent - INDENT_SLACK) {
      this.close();
      return 'ended';
    }
    // `The Taskforce, an industry-led body, made five recommendations to Government:` right over the
    // list: another body's, quoted under the label that names them (`Box 5.1 Recommendations of the …`).
    const before = this.paragraph?.title ?? this.lastParagraph;
    if (this.itemIndent === undefined && !this.listed.length && before !== undefined && reportsRecommendations(before)) {
      this.close();
      return 'ended';
    }
    if (this.itemIndent === undefined && this.leadsIntoItems(i, indent, text, marker)) {
      this.summing = sumsUp(withoutEmphasis(text));
      this.host.extend(undefined, i);
      this.gap = false;
      return 'taken'; // its items are the block's, one level in
    }
    this.itemIndent ??= indent;
    this.dropParagraphs();
    this.gap = false;
    if (!text) {
      this.item = undefined; // an empty item: what is nested under it is no recommendation
      return 'taken';
    }
    // A row of a table set out with spaces: the action is its first column, the agency and the timing beside it are not.
    const columns = columnGap(text);
    // A list that opens under a sentence reporting another body's measures is theirs, to its end.
    if (!this.item) this.measuresTaken = listsMeasuresTaken(this.lines, i) || listsNonProposals(this.lines, i);
    const node = createNode(this.measuresTaken ? 'item' : 'recommendation', withoutEmphasis(columns ? text.slice(0, columns.end) : text), this.lines, i);
    node.start += offset;
    node.label = this.label;
    this.host.add(node);
    this.listed.push(node);
    if (this.leadingIndent !== undefined) this.ledIn.add(node);
    this.rowsTaken = 0; // a list after the table: a rule after the list ends the block
    const number = itemNumber(marker);
    this.item = {
      node, indent, joined: 0, number, paragraph: paragraphNumber(marker), titled, boldLead: EMPHASIS_MARKERS.has(marker), marker,
      style: number === undefined ? undefined : markerStyle(marker), lettered: LETTER_MARKER.test(marker), markedAbove: JAPANESE_HIGHER_MARKS.has(marker), nextColumn: columns && offset + columns.next,
    };
    noteWhole(this.item);
    return 'taken';
  }

  /**
   * Under `Conclusions and recommendations`, `Principal subjects of concern and recommendations`
   * (committee and treaty-body reports, which number both alike), where some items propose
   * (should, recommend, urge, `To ratify …` …) and others do not, the others state conclusions or concerns. A
   * list none of whose items says so is a list of proposals (`- Fund the registry.`).
   */
  private keepProposals(): void {
    const proposing = this.listed.map(node => this.ledIn.has(node) || hasProposalMarker(node.title) || ASKING_VERB.test(node.title) || INFINITIVE_ITEM.test(node.title));
    // A legal act's points under a heading of their own (its subject matter, its definitions) recommend nothing, all of them.
    // Where the block's paragraphs that recommend were read as marked (`15. The Commissioner urges …`),
    // the list left holds the conclusions beside them.
    if (!proposing.includes(true) && !this.markedParagraphs && !adoptsRecommendation(this.label ?? '')) return;
    this.listed.forEach((node, k) => { if (!proposing[k]) node.kind = 'item'; });
  }

  /**
   * Under `Policy Options` (or a project's own label of options): where the options are weighed (`Congress could
   * extend the program …`, the option of letting it lapse among them) and none is urged (should,
   * recommend, must), the document chooses none, as a nonpartisan research service sets them out:
   * they are items, not recommendations. Options a brief urges stay its recommendations.
   */
  private weighOptions(): void {
    if (this.listed.some(node => hasProposalMarker(node.title)) || !this.listed.some(node => WEIGHING.test(node.title))) return;
    for (const node of this.listed) node.kind = 'item';
  }

  /**
   * `**Repair Every Quay**` with `All quays will be repaired …` on the very next line: a title in
   * bold over its one-line description, as manifestos and brochures list their pledges. The pair is
   * an item; a bold line followed by a blank line or a list is a heading or a group's name.
   */
  private boldTitleOverText(i: number, text: string, first: number): ListItem | undefined {
    if ((first !== ASTERISK && first !== UNDERSCORE) || i + 1 >= this.lines.count) return undefined;
    const next = this.lines.firstCode(i + 1);
    if (next < 0 || next === ASTERISK || next === UNDERSCORE || next === HASH) return undefined;
    const title = boldLineText(text);
    if (!title || matchListItem(this.lines.text(i + 1), next)) return undefined;
    return { marker: '**', text: title, offset: text.indexOf(title), indent: indentOf(text) };
  }

  /**
   * `a set out, by summer 2025, …` opening a paragraph, then `b assess …` (or `a The Department
   * should …`): a letter alone before a word in lower case, as audit offices letter their
   * recommendations and converters from PDF keep the letter with one space. As `a` is a word too,
   * the paragraph is an item only where the next
   * letter opens a paragraph a little further on, or the letter before opened the last item.
   */
  private letterOpensParagraph(i: number, text: string, first: number): ListItem | undefined {
    if (first < LOWER_A || first > LOWER_Z || !this.opensParagraph(i)) return undefined;
    const lettered = LONE_LETTER.exec(text);
    if (!lettered) return undefined;
    const letter = lettered[1].charCodeAt(0);
    if (letter !== this.lastLetter + 1 && !this.letterAhead(i, letter + 1)) return undefined;
    this.lastLetter = letter;
    return { marker: lettered[1], text: text.slice(lettered[0].length), offset: lettered[0].length, indent: indentOf(text) };
  }

  /** The next line with text opens with the letter after the last lettered item's (`g …` after `f …`). */
  private nextLetterFollows(i: number): boolean {
    const next = nextVisibleLine(this.lines, i);
    const letter = next === undefined ? undefined : LONE_LETTER.exec(this.lines.text(next))?.[1];
    return this.lastLetter > 0 && letter !== undefined && letter.charCodeAt(0) === this.lastLetter + 1;
  }

  /**
   * Line i opens a paragraph: after a blank line, or after a line that ends a sentence or leads in
   * (text extracted from PDF without its layout keeps no blank lines between paragraphs).
   */
  private opensParagraph(i: number): boolean {
    return i === 0 || this.lines.firstCode(i - 1) < 0 || PARAGRAPH_END.test(this.lines.text(i - 1));
  }

  /** Whether a paragraph within LETTER_REACH lines after line i opens with `letter` alone. */
  private letterAhead(i: number, letter: number): boolean {
    for (let j = i + 2; j < this.lines.count && j <= i + LETTER_REACH; j++) {
      if (this.lines.firstCode(j) !== letter || !this.opensParagraph(j)) continue;
      if (LONE_LETTER.test(this.lines.text(j))) return true;
    }
    return false;
  }

  /** The open item announces the list that follows (see announcesRecommendations). */
  private itemAnnouncesList(): boolean {
    const item = this.item;
    if (item === undefined || this.listed[this.listed.length - 1] !== item.node) return false;
    // … or leads into them as it recommends (`18. The Secretary-General recommends that Member States:`
    // over `(a) …`, `(b) …`, as the United Nations' reports close): each point is one.
    return announcesRecommendations(item.node.title) || (COLON_END.test(item.node.title) && isRecommendingLeadIn(item.node.title) && !proposesBeforeLeadIn(item.node.title));
  }

  /**
   * `1.  **子育て・教育**` over `    1.  学校給食費の…こと。`: a word processor's outline numbering,
   * as pandoc converts it, sets each topic of a request or a plan as a list item wholly in bold,
   * its requests as a list nested under it. The topic groups them; each is a recommendation.
   * Both are numbered, as an outline numbers its levels: a bulleted bold item over bullets
   * (`- **特区を作る**` over `- 例）…`) is a pledge over its details.
   */
  private itemNamesTopic(i: number, nestedMarker: string): boolean {
    const item = this.item;
    if (item === undefined || this.listed[this.listed.length - 1] !== item.node || item.node.title.length > LONGEST_TOPIC) return false;
    if (isDigit(nestedMarker.charCodeAt(0)) && NUMBERED_BOLD_ITEM.test(this.lines.text(item.node.line - 1))) return true;
    // `（１）ポータブル電源の製造・輸入事業者及びその団体` over `①\u3000…を導入すること。`: a numbered line naming
    // whom the points under it are for groups them, as an accident investigation commission sorts its
    // requests by the businesses it addresses; each point that asks is one. (A matter named so,
    // `１\u3000俸給表に関する事項`, is one recommendation over its points.)
    const title = item.node.title;
    if (item.number === undefined || !NAMES_ADDRESSEE.test(title.trim())) return false;
    return endsAsking(joinedLines(this.lines, i, itemParagraphEnd(this.lines, i)));
  }

  /**
   * `（１）妊娠期からの切れ目のない支援` over `○\u3000…を支援されたい。` at its column: a council's opinion
   * names each topic with a number, then marks its requests one by one. The numbered item, a title
   * that neither asks nor proposes, groups them; the marked paragraph on line i that asks is one.
   */
  private namesTopicOfRequests(i: number, indent: number): boolean {
    const item = this.item;
    if (item?.number === undefined || Math.abs(indent - item.indent) > INDENT_SLACK || this.listed[this.listed.length - 1] !== item.node || item.node.endLine !== i) return false;
    const title = item.node.title;
    if (title.length > LONGEST_TOPIC || TOPIC_ENDS_SENTENCE.test(title) || hasProposalMarker(title) || endsAsRequest(title)) return false;
    // Its first marked paragraphs are read: one may first note what the state does (`○\u3000なお、国においては…ところである。`).
    for (let at = i, read = 0; read < MARKED_PARAGRAPHS_READ && isMarkedItem(this.lines.text(at)); read++) {
      const end = itemParagraphEnd(this.lines, at);
      if (endsAsking(joinedLines(this.lines, at, end))) return true;
      at = end + 1;
      if (at >= this.lines.count) break;
    }
    return false;
  }

  /**
   * Whether the open numbered item only leads into the lettered point at its column that starts on
   * this line: its whole sentence is a subject and its modal before the colon (`The Department
   * should:`), which says nothing until its points do. So do the points numbered under it at its
   * column (`8.1 The Municipal Manager … must:` over `8.1.1 Within thirty days, …`, a public protector's
   * remedial action).
   */
  private leadsInOnly(indent: number, marker: string): boolean {
    const item = this.item;
    if (item?.number === undefined || Math.abs(indent - item.indent) > INDENT_SLACK || this.listed[this.listed.length - 1] !== item.node) return false;
    if (!LETTER_MARKER.test(marker) && !numberedUnder(marker, item.marker)) return false;
    return SUBJECT_AND_MODAL.test(item.node.title);
  }

  /**
   * A bullet at the column of a numbered item, as text from PDFs sets a committee's `9. We
   * recommend that the strategy include:` over its `•` points, or a think tank's `1. Every pupil
   * should …` over the steps it takes: a detail of that recommendation, not one of its own, where
   * the item leads into it, proposes something, or the numbering goes on after the bullets. The
   * next number starts the next recommendation. So under a lettered item that leads into them
   * (`h agree how the plans will be tested, with:` over its `-` points, an audit office's last), or a
   * paragraph led in bold (`**Fund it for five years.** … The settlement should include:`).
   */
  private detailsBullet(i: number, indent: number, marker: string): boolean {
    const item = this.item;
    if (!item || itemNumber(marker) !== undefined || LETTER_MARKER.test(marker) || EMPHASIS_MARKERS.has(marker) || Math.abs(indent - item.indent) > INDENT_SLACK) return false;
    // `○ …すべき。` over `・…`, `・…` at its column (text from PDF keeps no indentation): the middle dot
    // ranks below every other mark of a Japanese list, so its points detail the item.
    if (item.markedAbove && marker === MIDDLE_DOT) return true;
    if (item.number === undefined) return (item.lettered === true || item.boldLead === true) && LEADS_INTO_LIST.test(item.node.title);
    // A numbered item after one that had its points has its own, though no next number follows (the
    // last of a union's demands, its `- …こと。` under it as under the first).
    const afterDetailed = item.number >= 2 && this.itemsDetailed >= 1;
    return afterDetailed || LEADS_INTO_LIST.test(item.node.title) || hasProposalMarker(item.node.title) || this.numberAhead(i, item.indent) === item.number + 1;
  }

  /**
   * `２\u3000国は、次の措置を講ずべきである。` over `（１）…`, `（２）…` at its own column, then `３\u3000…`: a
   * written opinion's numbered request that leads into points numbered otherwise, not indented (a
   * Word document saved as text). They detail that request where the item leads into them and is
   * one of several: its numbering went on before them or goes on after them. So do lettered points
   * (`5. Member States should ensure that the plans:` over `(a) are activated …`, a legal act's
   * point and its points, which pandoc leaves flush as typed).
   */
  private detailsNumbered(i: number, indent: number, marker: string): boolean {
    const item = this.item;
    // `**（３）…**` over its paragraph `…次の取組を通じて、…べきである。`, then `①`, `②` at its column: an
    // item with a paragraph of its own that leads into its points (a converter from PDF sets every line flush);
    // so does `**9. …**` whose paragraph ends `Specific steps could include:` over `1. …`, `2. …`, numbered again from one.
    const number = itemNumber(marker);
    const restarts = number !== undefined && item?.number !== undefined && number < item.number && (number === 1 || item.detailed === true);
    if (item?.inBody && number !== undefined && Math.abs(indent - item.indent) <= INDENT_SLACK && (this.itemsOwnPoint(marker) || restarts)) return item.detailed === true || this.paragraphAboveLeadsIn(i);
    if (item?.number === undefined || item.style === undefined || (number === undefined && !LETTER_MARKER.test(marker)) || Math.abs(indent - item.indent) > INDENT_SLACK) return false;
    if (markerStyle(marker) === item.style || !LEADS_INTO_LIST.test(item.node.title)) return false;
    // The numbering goes on before them in this block (a report numbering its paragraphs in the
    // margin, `4  The Department should:` over `a  …`, numbered those before the label too).
    return this.listed.length > 1 || this.numberAheadInStyle(i, item) === item.number + 1;
  }

  /** Whether the paragraph above line i ends with a sentence that leads into the list below (`…以下の見直しを行うべきである。`). */
  private paragraphAboveLeadsIn(i: number): boolean {
    const last = previousVisibleLine(this.lines, i);
    if (last === undefined) return false;
    const paragraph = joinedLines(this.lines, paragraphStart(this.lines, last, WRAPPED_LEAD_IN_LINES), last);
    return LEADS_INTO_LIST.test(paragraph) || isRecommendingLeadIn(paragraph);
  }

  /** The number of the next item written as the open item is, at its column, within ITEM_BODY_REACH lines. */
  private numberAheadInStyle(i: number, item: OpenItem): number | undefined {
    for (let j = i + 1; j < this.lines.count && j <= i + ITEM_BODY_REACH; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0) continue;
      const next = matchListItem(this.lines.text(j), first);
      if (next && Math.abs(next.indent - item.indent) <= INDENT_SLACK && markerStyle(next.marker) === item.style) return itemNumber(next.marker);
    }
    return undefined;
  }

  /** The number of the next numbered item at the item's column within ITEM_BODY_REACH lines, past bullets and paragraphs. */
  private numberAhead(i: number, indent: number): number | undefined {
    for (let j = i + 1; j < this.lines.count && j <= i + ITEM_BODY_REACH; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0) continue;
      const next = matchListItem(this.lines.text(j), first);
      const number = next && Math.abs(next.indent - indent) <= INDENT_SLACK ? itemNumber(next.marker) : undefined;
      if (number !== undefined) return number;
    }
    return undefined;
  }

  /**
   * A paragraph flush with a numbered item after a blank line, where the next item further on
   * goes on with the numbering (`1. Title` / its paragraph / `2. Title`): hand-written Markdown
   * that gives each numbered proposal a paragraph without indenting it. So too between paragraphs
   * led by a bold sentence (`**Fund the repairs.** …` / its paragraph / `**Train the crews.** …`).
   * The paragraph is the item's; elsewhere such a paragraph ends the list.
   */
  private continuesNumbering(i: number): boolean {
    const item = this.item!;
    const number = item.number;
    if (number === undefined && !item.boldLead) return false;
    for (let j = i + 1; j < this.lines.count && j <= i + ITEM_BODY_REACH; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0 || this.host.isFurniture(j)) continue;
      const text = this.lines.text(j);
      const next = matchListItem(text, first);
      // A list set deeper is the paragraph's own points (`The Department should jointly:` over its bullets),
      // and so is one numbered otherwise at its column (`①`, `②` under `**（３）…**`, a converter from PDF
      // having set every line flush), and bullets at its column (`**3. Establish …**` over `Such an
      // arrangement should include:` and its `- …`, a think tank's web page): the next number tells.
      if (next && (next.indent > item.indent + INDENT_SLACK || this.itemsOwnPoint(next.marker) || (itemNumber(next.marker) === undefined && !EMPHASIS_MARKERS.has(next.marker)))) continue;
      if (next) return Math.abs(next.indent - item.indent) <= INDENT_SLACK && (item.boldLead ? EMPHASIS_MARKERS.has(next.marker) : itemNumber(next.marker) === number! + 1);
      if (first === HASH && matchMarkdownHeading(text.trimStart())) return false;
    }
    return false;
  }

  /** A number of another kind than the open item's (`①` under `**（３）…**` or `(3)`): its own point, where the column does not tell. */
  private itemsOwnPoint(marker: string): boolean {
    const item = this.item!;
    if (itemNumber(marker) === undefined) return false;
    return item.boldLead || (item.style !== undefined && markerStyle(marker) !== item.style);
  }

  /**
   * `③ 地域ぐるみの子育て` and one paragraph under it, then the table of indicators: the last item of a
   * list whose every item before had its paragraph (a municipal plan's measures, each a title and
   * its text) has its own too, though no next number follows to tell; so does one whose title
   * stands alone in bold where an item before had its paragraph too (a federation's web page; a
   * think tank's, whose other items run their text in after the bold title).
   */
  private endsWithLastBody(i: number): boolean {
    const number = this.item!.number;
    if (number === undefined || number < 2) return false;
    // `**（３） 多様な人材の参画と育成**` alone on its line, as an item before it: a title over its text.
    if (this.item!.titled && this.itemsWithBody > 0) return true;
    if (this.itemsWithBody < number - 1) return false;
    // A paragraph before a heading may close the whole list (`以上が私の約束です。`); one before the
    // indicators' table is the last measure's.
    const next = nextVisibleLine(this.lines, paragraphEnd(this.lines, i));
    return next !== undefined && mayStartTableRow(this.lines.firstCode(next));
  }

  /**
   * `**（３）労働移動の円滑化**` over `…政府に対し、以下の措置を求める。` and the bullets it leads into: the
   * paragraph leads into requests of their own, and the title, proposing nothing itself, names their group.
   */
  private leadsIntoBullets(i: number): boolean {
    const last = paragraphEnd(this.lines, i);
    const next = nextVisibleLine(this.lines, last);
    const item = next === undefined ? undefined : matchListItem(this.lines.text(next));
    return item !== undefined && itemNumber(item.marker) === undefined && !LETTER_MARKER.test(item.marker) && LEADS_INTO_LIST.test(joinedLines(this.lines, i, last));
  }

  /**
   * The block's first item says what follows and a deeper list follows it (`- 経済活性化のため、以下を行う`
   * over its measures, `- To that end, the city will:`): a manifesto's items under a lead-in.
   * Not the first of numbered measures (`(1) …次の見直しを行う。` over its `①`, then `(2) …`): a
   * sentence of its own, not a colon, whose numbering goes on after its points, which detail it.
   */
  private leadsIntoItems(i: number, indent: number, text: string, marker: string): boolean {
    const sentence = withoutEmphasis(text).trim();
    if (!LEADS_INTO_LIST.test(sentence)) return false;
    const next = nextVisibleLine(this.lines, i);
    const item = next === undefined ? undefined : matchListItem(this.lines.text(next));
    if (item === undefined || item.indent <= indent + INDENT_SLACK) return false;
    if (this.siblingAfterPoints(next!, indent)) return false;
    const number = itemNumber(marker);
    return number === undefined || COLON_END.test(sentence) || this.numberAhead(next!, indent) !== number + 1;
  }

  /**
   * Whether, past the deeper points from line i, the list goes on at `indent` with an item that
   * leads into nothing (`- Develop a strategy, including:` over its points, then `- Establish a
   * system …`): the first is one recommendation of several, its points its details, no lead-in.
   */
  private siblingAfterPoints(i: number, indent: number): boolean {
    for (let j = i; j < this.lines.count && j <= i + ITEM_BODY_REACH; j++) {
      const first = this.lines.firstCode(j);
      if (first < 0) continue;
      const item = matchListItem(this.lines.text(j), first);
      if (item === undefined) return false;
      if (item.indent > indent + INDENT_SLACK) continue;
      return Math.abs(item.indent - indent) <= INDENT_SLACK && !LEADS_INTO_LIST.test(withoutEmphasis(item.text).trim());
    }
    return false;
  }

  /** Whether the line above or below line i, past blank lines, is a header field too (see isHeaderField). */
  private besideHeaderField(i: number): boolean {
    const above = previousVisibleLine(this.lines, i);
    const below = nextVisibleLine(this.lines, i);
    return (above !== undefined && isHeaderField(this.lines.text(above))) || (below !== undefined && isHeaderField(this.lines.text(below)));
  }

  /** Prose before any list item: the lead-in, or recommendations written as paragraphs. */
  private proseLine(i: number, line: string): BlockStep {
    // A drawn box's rule parts paragraphs as a blank line does; its side bars are no text.
    if (isBoxDrawing(firstVisibleCode(line)) && isBoxRule(line)) {
      this.finishParagraph();
      this.gap = true;
      return 'taken';
    }
    const text = withoutBoxBars(line);
    if (!this.listed.length && columnGap(text.trim())) this.tableHeader ??= text.trim();
    // Under a lead-in (`次のとおり意見を付す。`), each paragraph is an opinion of its own, though a Word
    // document saved as text puts no blank line between them (`\u3000本件では、…` after `…要望する。`);
    // under a label, a paragraph that goes on (`\u3000また、…`) adds to the proposal before it.
    // A label's first paragraph that ends leading into what follows (`…以下のとおり提言する。`) announces the paragraphs after it.
    if (this.paragraph && !this.gap && !this.announced && !this.listed.length && opensJapaneseParagraph(this.paragraph.title, line) && announcesBelow(this.paragraph.title)) {
      this.announced = true;
      this.announcing = this.paragraph; // it leads into the proposals; it makes none itself
    }
    if (this.paragraph && !this.gap && !(this.announced && opensJapaneseParagraph(this.paragraph.title, line))) {
      this.paragraph.title = joinItemLine(this.paragraph.title, withoutEmphasis(text.trim()));
      this.host.extend(this.paragraph, i);
    } else {
      this.finishParagraph();
      this.paragraph = createNode('recommendation', withoutEmphasis(text.trim()), this.lines, i);
      this.paragraph.start += Math.max(0, line.indexOf(text.trim()));
      this.paragraph.label = this.label;
      this.host.extend(undefined, i);
    }
    // `…から、以下の意見があった。`: what follows reports members' views; the block's proposals have ended.
    // (Its last sentence is read, not the whole paragraph again on each of its lines.)
    if (announcesOpinions(this.paragraph.title.slice(-OPINIONS_TAIL))) {
      this.close();
      return 'ended';
    }
    // `140. The following recommendations will be examined …:` before the list: each item is one.
    if (this.proposalsOnly && this.itemIndent === undefined && ENDS_WITH_COLON.test(this.paragraph.title) && announcesRecommendations(this.paragraph.title)) {
      this.proposalsOnly = false;
    }
    this.gap = false;
    return 'taken';
  }

  /** A paragraph that proposes or asks something and does not lead into a list is a recommendation. */
  private finishParagraph(): void {
    const paragraph = this.paragraph;
    this.paragraph = undefined;
    if (paragraph) this.lastParagraph = paragraph.title;
    if (!paragraph || this.markedParagraphs || paragraph === this.announcing || !proposes(paragraph.title)) return;
    // `… The recommendations below are organized by area …`: a paragraph that introduces them proposes none itself.
    if (introducesRecommendations(paragraph.title)) return;
    if (this.proseParagraphs) paragraph.kind = 'prose-recommendation';
    this.host.add(paragraph);
    this.paragraphs.push(paragraph);
  }

  /** A list followed: the paragraphs before it introduced it, and stay proposals in the text. */
  private dropParagraphs(): void {
    if (this.paragraphs.length || (this.paragraph && proposes(this.paragraph.title))) this.paragraphsDetailed = true;
    this.paragraph = undefined;
    for (const paragraph of this.paragraphs) paragraph.kind = 'prose-recommendation';
    this.paragraphs = [];
  }
}

/** Whether an item proposes or asks in its own words, not reporting what others proposed (`Counsel proposed that I recommend …`). */
function proposesItself(title: string): boolean {
  return findProseRecommendations(title).length > 0 || ASKING_VERB.test(title) || endsAsRequest(title);
}

/** Whether a paragraph proposes or asks something, and leads into no list with a colon. */
function proposes(paragraph: string): boolean {
  return !ENDS_WITH_COLON.test(paragraph) && (hasProposalMarker(paragraph) || endsAsRequest(paragraph)) && !asksConsultees(paragraph);
}

/**
 * `**Report to:** Infrastructure and Environment Committee`, `**Date:** October 14, 2025`: a field of
 * a staff report's or a memo's header, its short name in bold before a colon, its value no sentence.
 */
function isHeaderField(text: string): boolean {
  const field = HEADER_FIELD.exec(text);
  return field !== null && !SENTENCE_STOP.test(field[2]);
}

const HEADER_FIELD = /^\s*(\*\*|__)[A-Z][A-Za-z ]{0,24}:\1\s+(\S.*)$/;
const SENTENCE_STOP = /[.!?]\s*$/;

/**
 * `Consultation Question 3.   What information should be included …? [paragraph 4.3]`: a question
 * a consultation paper puts to its consultees, in its summary beside its proposals; it proposes nothing.
 */
function asksConsultees(text: string): boolean {
  return QUESTION_LABEL.test(text) || ENDS_AS_QUESTION.test(text);
}

const QUESTION_LABEL = /^(?:Consultation\s+)?Question\s+[0-9]{1,3}[.:]/i;
/** The last sentence asks, a pointer to the paragraph that discusses it after it. */
const ENDS_AS_QUESTION = /[?？]\s*(?:\[[^\]]{1,30}\]|\([^)]{1,30}\))?\s*$/;

/** Keeps the item as it is when its text has just ended its first sentence. */
function noteWhole(item: OpenItem): void {
  const { node } = item;
  if (!item.whole && ENDS_SENTENCE.test(node.title)) item.whole = { title: node.title, end: node.end, endLine: node.endLine };
}

/** Prose ran on past the item (MOST_JOINED_LINES): the item ends with its first sentence. */
function endAsWhole(item: OpenItem): void {
  if (!item.whole) return;
  Object.assign(item.node, item.whole);
}

const COLON_END = /[:：]\s*$/;
/** A lettered point's marker, bare or closed (`a`, `b)`, `(c)`). */
const LETTER_MARKER = /^\(?[a-z][.)]?$/;
const MIDDLE_DOT = '・';
/** The marks a Japanese list ranks above `・` (see detailsBullet). */
const JAPANESE_HIGHER_MARKS = new Set(['○', '◯', '●', '◎', '■', '□', '◆', '◇']);
/**
 * A group's name (see namesGroup), or who is to act over the items that follow (`The Environment
 * Agency should:` between an audit's lettered recommendations to two bodies).
 */
function namesItemGroup(text: string): boolean {
  return (namesGroup(text) || SUBJECT_AND_MODAL.test(text.trim())) && !ACHIEVEMENTS.test(text);
}

/**
 * `【これまでの実績】`, `Our record`: what the author has already done, as a party's policy
 * collection lists it after its pledges. No group of the list: it ends the list.
 */
const ACHIEVEMENTS = /実績|これまでの(?:取組|取り組み|成果)|\b(?:our record|achievements|what we have (?:done|achieved))\b/i;

/** A cell's whole text in italics or bold (`*…*`, `_…_`, `**…**`). */
const EMPHASIZED_CELL = /^(\*{1,3}|_{1,3})[^*_].*\1$/;

/**
 * A letter alone before a word in lower case, one space between (see letterOpensParagraph), or
 * before `The` (`a The Department should …`: no sentence has an article before `The`).
 */
const LONE_LETTER = /^\s*([a-z]) (?=[a-z]|The\s)/;
/** A line that ends a sentence or a lead-in. */
const PARAGRAPH_END = /[.;:]\s*$/;
/** How far a lettered paragraph's next letter is looked for: a long recommendation and a page break between. */
const LETTER_REACH = 20;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
/** `The Department should:`, `The Commission, with member states, should:`: a subject of a few words and a modal, then the colon. */
const SUBJECT_AND_MODAL = /^(?:[A-Z][\w'’&-]*)(?: [\w'’&,-]+){0,12} (?:should|must|shall|needs? to|will need to)(?: also)?\s*:\s*$/;
const ANCHOR_LINK_ITEM = /^\[[^\]]+\]\([^)\s]*#[^)\s]*\)\s*$/;

/** `提言A`, `Recommendation 12`: a cell that is a label and its number alone, not a text that ends with a year. */
function isNumberedLabelCell(text: string): boolean {
  return text.length <= LONGEST_LABEL_CELL && !SENTENCE_SPACES.test(text) && endsWithNumber(text);
}

const LONGEST_LABEL_CELL = 20;
/** Two spaces between words or more: three words at least, a sentence rather than a label. */
const SENTENCE_SPACES = /\S\s+\S+\s+\S/;

/** A numbered list item wholly in bold, its number before the marks (`1.  **防災**`). */
const NUMBERED_BOLD_ITEM = /^\s*[0-9０-９]{1,2}[.)．）]\s+(\*\*|__)[^*_]+\1\s*$/;
/** `…事業者及びその団体`, `地方公共団体`, `関係府省庁`: a Japanese name of whom a request is for, ending as bodies and actors are named. */
const NAMES_ADDRESSEE = /(?:者|団体|機関|企業|政府|省|庁|都道府県|市区?町村|自治体|協会|連合会|組合)等?$/;
/** A topic is named in a few words; a longer bold item is a recommendation stated in bold. */
const LONGEST_TOPIC = 30;
/** How many marked paragraphs under a numbered topic are read for one that asks. */
const MARKED_PARAGRAPHS_READ = 2;
/** A topic's title ends no sentence (`。`, `.`): one that does states something. */
const TOPIC_ENDS_SENTENCE = /[。．.]\s*$/;
/** Group names read ahead for items: a name set over two lines, or groups left empty before the next. */
const GROUP_NAME_LINES = 6;

const LINE_BREAK_TAG = /<br\s*\/?>/gi;
/** A line that ends leading into what follows it (`…, including:`, `We recommend that the Department:`). */
const LEADS_INTO_POINTS = /[:：]\s*$/;
/** `成果指標`, `目標値（令和16年度）`, `KPI`, `Target`: a column of a plan's indicators or their targets. */
const INDICATOR_COLUMN = /^(?:成果指標|評価指標|指標|目標値|現状値|KPI|(?:key\s+)?performance\s+indicators?|indicators?|targets?|baseline)(?:\s*[（(][^）)]{0,30}[）)])?$/i;
/** `Col1`, `Col2`: the header a converter from PDF gives a table that has none, as a page's part of a table cut by a page break. */
const PLACEHOLDER_HEADER = /^Col[0-9]{1,2}$/;
/** A sentence on a cell's line of its own: it opens with a capital, Japanese or bold, and ends with a full stop. */
const WHOLE_SENTENCE = /^\s*(?:\*\*|__)?[A-Z\u3040-\u30ff\u3400-\u9fff][^]*[.。](?:\*\*|__)?\s*$/;

/**
 * A cell's recommendations: the cell, or each item of a list written in it (`・a<br>・b`, as
 * converters from Word write a table cell that holds a list). A `<br>` that joins no list joins
 * its lines as a wrapped line is joined.
 */
function cellItems(cell: TableCell): TableCell[] {
  const parts: TableCell[] = [];
  let at = 0;
  for (const m of cell.text.matchAll(LINE_BREAK_TAG)) {
    parts.push({ text: cell.text.slice(at, m.index), offset: cell.offset + at });
    at = m.index + m[0].length;
  }
  parts.push({ text: cell.text.slice(at), offset: cell.offset + at });
  const items = parts.map(part => ({ part, bullet: matchBullet(part.text) }));
  // `3. uses the forecasts …, including:<br>• higher payments …<br>• priority access …`: an item that
  // leads into the lines after it holds them as its points; the cell is one item.
  const opening = items.find(({ part }) => part.text.trim());
  if (opening?.bullet && items.length > 1 && LEADS_INTO_POINTS.test(opening.part.text)) {
    const rest = parts.slice(parts.indexOf(opening.part) + 1).map(part => part.text.trim()).filter(Boolean);
    return [{ text: [opening.bullet.text.trim(), ...rest].join(' '), offset: opening.part.offset + opening.bullet.offset }];
  }
  // Bulleted lines, or one bulleted line alone in its cell: each its own item, without its bullet.
  if (items.some(({ bullet }) => bullet) && items.every(({ part, bullet }) => bullet || !part.text.trim())) {
    return items.flatMap(({ part, bullet }) => (bullet ? [{ text: bullet.text, offset: part.offset + bullet.offset }] : []));
  }
  // `Make the ceilings binding.<br>Give the council a mandate …`: sentences set on lines of their
  // own, as an economic survey's table sets two recommendations in one cell; each is one.
  const lines = parts.filter(part => part.text.trim());
  if (lines.length > 1 && lines.every(part => WHOLE_SENTENCE.test(part.text))) {
    return lines.map(part => ({ text: part.text.trim(), offset: part.offset + part.text.length - part.text.trimStart().length }));
  }
  return [{ text: parts.map(part => part.text.trim()).reduce(joinWrapped), offset: cell.offset }];
}

/** How a numbered marker is written, its number left out: `（１）` and `(12)` alike, `１` and `③` not. */
function markerStyle(marker: string): string {
  const circled = marker.charCodeAt(0) - CIRCLED_ONE;
  if (marker.length === 1 && circled >= 0 && circled < 20) return '①';
  return marker.normalize('NFKC').replace(DIGIT_RUN, '0').replace(KANJI_DIGIT_RUN, '一');
}
const DIGIT_RUN = /[0-9]+/g;
const KANJI_DIGIT_RUN = /[〇一二三四五六七八九十]+/g;

/** The number of a numbered list marker (`3.`, `３）`, `(3)`, `③`), undefined for a bullet or a letter. */
function itemNumber(marker: string): number | undefined {
  const circled = marker.charCodeAt(0) - CIRCLED_ONE;
  if (marker.length === 1 && circled >= 0 && circled < 20) return circled + 1;
  // `R2`, `P-3`: a coded item counts by its number.
  const digits = marker.normalize('NFKC').replace(/^\(|[.)]$/g, '').replace(ITEM_CODE_PREFIX, '');
  // `140.10`: the item's own number is the last, after its paragraph's.
  const own = DECIMAL_MARKER.exec(digits);
  // `三`: a kanji-numbered item (parseNumeral reads nothing else of a marker).
  return own ? Number(own[2]) : /^[0-9]{1,3}$/.test(digits) ? Number(digits) : parseNumeral(marker);
}

const CIRCLED_ONE = 0x2460;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
/** The marker of an item led by a sentence in bold (see list-item.ts). */
const EMPHASIS_MARKERS = new Set(['**', '__']);
/**
 * `Conclusions and recommendations`, `Findings & Recommendations`: a label that joins other matters to the
 * recommendations; and a staff appraisal, which gives its view before its advice.
 */
const JOINED_LABEL = /\s(?:and|and\/or|&)\s+(?:key\s+)?recommendations?\b|^staff\s+appraisal$/i;
/** What stands under a figure or a table: a note, its legend, its source. */
const FIGURE_NOTE = /^\s*(?:※|＊|凡例|出典|資料|注[：:]|Source|Note)/;
/**
 * Verbs by which a committee or a council asks for something, beside the proposal markers (should,
 * recommend …), and in the passive, as a legal act asks its addressees (`Member States are encouraged to …`).
 */
const ASKING_VERB = /\b(?:urges?|calls? (?:up)?on|encourages?|requests?|invites?|asks?|proposes?|(?:is|are) (?:encouraged|invited|requested|urged) to)\b/i;
/** `To ratify …`: a review's recommendations listed as what the State is recommended to do (UN peer reviews). */
const INFINITIVE_ITEM = /^To [a-z]/;
const DECIMAL_MARKER = /^([0-9]{1,3})\.([0-9]{1,3})$/;

/** `8.1.1` under `8.1`: a marker that numbers one level under another's. */
function numberedUnder(marker: string, above: string): boolean {
  const parent = above.replace(TRAILING_POINT, '');
  return parent.length > 0 && isDigit(parent.charCodeAt(0)) && marker.startsWith(parent + '.') && DECIMAL_TAIL.test(marker.slice(parent.length + 1));
}

const TRAILING_POINT = /\.$/;
/** `1`, `1.`: one number more. */
const DECIMAL_TAIL = /^[0-9]{1,3}\.?$/;

/** `40` of `40.2`, the number of the paragraph the item is numbered under; undefined for other markers. */
function paragraphNumber(marker: string): number | undefined {
  const decimal = DECIMAL_MARKER.exec(marker);
  return decimal ? Number(decimal[1]) : undefined;
}
const HASH = 0x23;

/** `…この考え方に立って、以下のとおり提言する。`, `…次の取組を進めることが求められる。`: a paragraph whose last sentence recommends what follows it (not `…を求める。`, a request of its own). */
function announcesBelow(paragraph: string): boolean {
  return (isRecommendingLeadIn(paragraph) || endsProposing(paragraph)) && pointsAtList(lastSentence(paragraph));
}

/**
 * `以上、…` after a blank line under an item that ended its sentence (`…確保すること。`): a Japanese
 * paragraph opens with an ideographic space (U+3000), as a written opinion's or a request's closing words
 * do under its list. It is no more of the item's text, however far it is indented.
 */
function opensJapaneseParagraph(itemText: string, line: string): boolean {
  return line.charCodeAt(0) === IDEOGRAPHIC_SPACE && itemText.endsWith('。');
}

/**
 * What line `text` at column `indent` adds to the open item's title: its text, or only its first
 * column where the item is a row of a table set out with spaces (nothing where the line holds
 * only the next columns, an agency's name wrapped under its own heading).
 */
function itemTextOf(item: OpenItem, indent: number, text: string): string {
  const trimmed = withoutEmphasis(text.trim());
  if (item.nextColumn === undefined) return trimmed;
  return indent >= item.nextColumn - INDENT_SLACK ? '' : firstColumn(trimmed);
}

/**
 * `2. Pair rebates with rent protections. Landlords … should agree not to raise rents. States
 * should:` over its points: an item that proposes before it leads into its list is a
 * recommendation, the points its details; one that only leads in groups them.
 */
function proposesBeforeLeadIn(title: string): boolean {
  return hasProposalMarker(title.slice(0, title.lastIndexOf(lastSentence(title))));
}

/**
 * A line set left of an item whose wrapped lines hang under its text (`  1.4  Provide grants …`
 * / `       to councils …`), as text extracted with its layout sets a list: no more of the item,
 * though no blank line parts them (a page's own text after its break, a heading repeated
 * `(continued)`, a box). So is a line at its marker's column on the next page, the item's
 * sentence ended (`\fHow can I feed back my views?`, the next part's heading after the footer).
 */
function leftOfHangingItem(item: OpenItem, indent: number, afterPageBreak: boolean): boolean {
  if (item.hangs !== true) return false;
  return indent < item.indent || (afterPageBreak && indent === item.indent && ENDS_SENTENCE.test(item.node.title));
}

/** A label of options (`Policy Options`, a project's `Options for Congress`). */
const OPTIONS_LABEL = /\boptions\b/i;
/** What an option may do, not what it should: `could`, `might`, `may consider`. */
const WEIGHING = /\b(?:could|might|may consider)\b/;
/** How a coded item's marker is written (`R0`, `P-0`, see markerStyle). */
const CODED_STYLE = /^[A-Z]{1,3}-?0$/;

const QUOTE_MARK = 0x3e; // >

/**
 * `> （２）北陸新幹線について、…こと。`: pandoc writes a Word paragraph indented from both margins as
 * a quote, and a letter's requests set in so come as quoted lines, `>` alone between them. Each
 * quoted item is an item of the list, its text after the quote's mark.
 */
function quotedListItem(text: string): ListItem | undefined {
  const mark = QUOTED.exec(text);
  if (!mark) return undefined;
  const item = matchListItem(text.slice(mark[0].length));
  return item && { marker: item.marker, text: item.text, offset: item.offset + mark[0].length, indent: item.indent + mark[0].length, titled: item.titled };
}

const QUOTED = /^[ \t]*>[ \t]?/;
const EMPTY_QUOTE_LINE = /^[ \t]*>[ \t]*$/;
