import { findBoldChapterNumbers } from './bold-chapter-numbers';
import type { Lines } from '../lines';
import { lowerBound } from '../../sorted-counts';
import type { DocumentFormat } from '../model';
import type { OutlineOptions } from '../options';
import type { TocBlock } from '../toc-block';
import { findTableContents } from './table-contents';
import { titleContinues } from '../rules/chapter-heading';
import { recommendationLabels } from '../rules/recommendation-heading';
import { joinWrapped } from '../rules/join-wrapped';
import { endColumn } from '../rules/display-width';
import { boldLineText, findCandidates, SENTENCE_ENDS, type Candidate } from './candidates';
import { findBoldHeadings, findCapitalHeadings } from './capital-headings';
import { findCapitalChaptersOverLetters, isLetteredSection } from './capitals-over-letters';
import { findCommentLines } from './comments';
import { FRONT_MATTER_MOST_LINES, frontMatterEnd, frontMatterTitle } from '../rules/front-matter';
import { isTocHeading } from '../rules/toc';
import { isTopOfPageLink, mayStartTopOfPageLink } from '../rules/back-matter';
import { withoutLinkMarkup } from '../rules/link-text';
import { firstVisibleLine, isBlankLine, nextVisibleLine, previousVisibleLine } from '../line-context';
import { withoutInlineTags } from '../rules/inline-html';
import { indentOf, matchListItem } from '../rules/list-item';
import { entriesOfTheirOwn, findPageListedTitles, NESTED_ENTRY } from './contents';
import { absorbBlankLines, findPageFeet, findPageFurniture } from './furniture';
import { dropRunningTitles, findRunningHeadings } from './running-headings';
import { findTitleCaseHeadings } from './title-case-headings';
import { dropAnnouncedRuns } from './announced-lists';
import { titleLines } from './listed-titles';
import { dropNumberedParagraphs } from './numbered-paragraphs';
import { contentsKeys, findMarkdownHeadings, isListed, isPullQuote, namesNumberedLabel, rankMarkdownHeadings, titleKey, titlesNumberAlone, type MarkdownHeading, type MarkdownRanks } from './markdown-levels';
import { findUnderlinedHeadings } from './underlined-headings';
import { compilePatterns } from './patterns';
import { readTitleNumber } from './numbering';
import { placeUnderMaterialsPart } from './reference-materials';
import { decideHeadings, PART_FAMILIES } from './sequences';
import { CodeSet, writtenInCapitals } from '../rules/line-start';
import { isClosingTitle, isIntroductionTitle, isOpeningTitle, namesItselfChapter, UNNUMBERED_CHAPTER_STARTS } from '../rules/unnumbered-chapters';

const UNNUMBERED_STARTS = new CodeSet(UNNUMBERED_CHAPTER_STARTS);
/** `**1** **Towards sustainable development**`: a chapter's number in a bold run of its own, then its title in bold. */
const CHAPTER_OPENER = /^\*\*([0-9]{1,2})\*\*\s+\*\*[^*]+\*\*$/;
const HEADING_MARKS = /^\s*#{1,6}\s+/;
/** One opener may be a figure's label; two counting from 1 are the chapters. */
const LEAST_OPENERS = 2;

export interface HeadingDecision {
  /** `title`: the document's own title, above its chapters; `above`: a heading over the chapters. */
  role: 'chapter' | 'section' | 'title' | 'above';
  title: string;
  /** The last line of a title wrapped over lines, when the plan joined it. */
  last?: number;
  /**
   * How deep the heading nests: its Markdown level, or 1 for a numbered chapter and 2, 3 … for the
   * sections inside it. Sections nest under shallower ones, and recommendation blocks end at a
   * heading as shallow as the one that opened them, or shallower.
   */
  depth?: number;
  /** The site's template starts here (a web page's sidebar or footer after its text): no heading of the text. */
  siteTemplate?: true;
}

/**
 * The headings of a document decided from the evidence of the whole text before the outline is
 * built line by line: numbering sequences and how they nest, Markdown levels ranked by use, the
 * contents, and the page furniture to pass over.
 */
export class HeadingPlan {
  private readonly decisions = new Map<number, HeadingDecision>();
  /** One flag per line that has a decision: `at` runs on every line, and a flag is read faster than the map. */
  private readonly decided: Uint8Array;
  private furniture: Uint8Array | undefined;
  /** The contents' titles standing alone after it (see listedTitleLines). */
  private titleLinesRead?: ReadonlyMap<number, string>;
  /** Whether the text was printed in pages: lines repeat at its page breaks (running headers, footers, page numbers). */
  readonly paginated: boolean;
  /** The footnotes at the foot of each page: no numbered line there is a heading. */
  private readonly pageFeet: Uint8Array | undefined;
  private readonly comments: Uint8Array | undefined;
  /** The title a Markdown page's front matter names. */
  private readonly namedTitle: string | undefined;
  /** The front matter's last line and the title it names, where no heading of the page is its title. */
  readonly namedPage: { last: number; title: string } | undefined;
  readonly chapterCount: number;

  constructor(lines: Lines, format: DocumentFormat, toc: TocBlock | undefined, options: OutlineOptions) {
    this.furniture = findPageFurniture(lines);
    this.paginated = this.furniture !== undefined;
    this.pageFeet = this.furniture && findPageFeet(lines, this.furniture);
    const page = format === 'markdown' ? hiddenMarkdownLines(lines) : {};
    this.comments = page.hidden;
    this.namedTitle = page.namedTitle;
    if (format === 'markdown') {
      this.planMarkdown(lines, toc);
      this.planBoldChapterNumbers(lines);
      if (toc && this.decisions.size > 0 && this.chapterDecisions() <= 1) this.planUnderThinMarkdown(lines, toc, options);
    } else if (format !== 'survey') this.planUnderlined(lines, toc);
    // Underlined titles that gave chapters are the text's structure; an underlined title alone is not.
    if (format === 'markdown') {
      if (this.decisions.size === 0) this.planNumbered(lines, format, toc, options);
      else if (this.holdsOnlyTitles()) this.planNumberedUnderTitle(lines, toc, options);
      this.planBoldAroundNumbered(lines, toc);
      this.planBoldInNumberingGap(lines, toc);
      this.planBoldListedAfter(lines, toc);
    } else if (format !== 'survey' && !this.hasChapters()) {
      this.planNumbered(lines, format, toc, options);
      this.titleLoneChapter(lines, options);
      this.nestUnderListedParts(toc);
      this.dropChaptersTheContentsOmit(lines, toc);
      this.dropLateNumberedChapters(lines, toc);
      this.promoteSectionsListedAsChapters(toc);
    }
    if (format !== 'survey' && format !== 'markdown') this.planCapitalsOverLetters(lines, toc);
    if (format !== 'survey' && format !== 'markdown' && !toc) this.nestNumberedUnderCapitals(lines);
    // The contents' own titles found in the text are better evidence than lines in capitals or bold.
    if (format !== 'survey' && format !== 'markdown' && !this.hasBodyChapters()) this.planListed(lines, toc);
    if (format !== 'survey' && format !== 'markdown' && !this.hasBodyChapters()) this.planCapitals(lines, toc);
    if (format !== 'survey' && !this.hasChapters()) this.planBold(lines, toc);
    if (format !== 'survey' && format !== 'markdown' && !this.hasBodyChapters()) this.planTitleCase(lines, toc);
    if (format !== 'survey' && format !== 'markdown') this.planUnnumbered(lines, toc, format);
    this.chapterCount = [...this.decisions.values()].filter(d => d.role === 'chapter').length;
    const titled = [...this.decisions.values()].some(d => d.role === 'title');
    this.namedPage = page.namedTitle !== undefined && page.last !== undefined && !titled ? { last: page.last, title: page.namedTitle } : undefined;
    this.decided = new Uint8Array(lines.count);
    for (const line of this.decisions.keys()) this.decided[line] = 1;
  }

  /** Whether the line is among the footnotes at the foot of its page: no heading of the text. */
  isPageFoot(i: number): boolean {
    return this.pageFeet !== undefined && this.pageFeet[i] === 1;
  }

  /** Lines repeated at page breaks and the blank lines around them, and Markdown comments: not part of the text. */
  isFurniture(i: number): boolean {
    return (this.furniture !== undefined && this.furniture[i] !== 0) || (this.comments !== undefined && this.comments[i] !== 0);
  }

  /** Lines found to repeat at page breaks after the text's own furniture was read (running headers set as headings). */
  private markFurniture(lines: Lines, running: number[]): void {
    const furniture = (this.furniture ??= new Uint8Array(lines.count));
    for (const line of running) furniture[line] = 1;
    absorbBlankLines(lines, furniture);
  }

  /** Whether the title of some heading after line i passes `test`. */
  anyTitleAfter(i: number, test: (title: string) => boolean): boolean {
    for (const [line, decision] of this.decisions) if (line > i && test(decision.title)) return true;
    return false;
  }

  at(i: number): HeadingDecision | undefined {
    return this.decided[i] === 1 ? this.decisions.get(i) : undefined;
  }

  /** The line of the first heading after line i, if any: to walk the headings without reading every line. */
  nextAfter(i: number): number | undefined {
    const lines = (this.sortedLines ??= [...this.decisions.keys()].sort((a, b) => a - b));
    return lines[lowerBound(lines, i + 1)];
  }

  private sortedLines?: number[];

  private planMarkdown(lines: Lines, toc: TocBlock | undefined): void {
    // A contents heading (`## 目次`) heads a list of the chapters, not a chapter.
    const fragments: number[] = [];
    const found = findMarkdownHeadings(lines, this.comments, fragments).filter(h => !isTocHeading(h.title) && !inToc(toc, h.line));
    const convertedByFontSize = fragments.length >= LEAST_FRAGMENTS || toc?.writtenAsHeadings === true;
    // Where a converter set lines by font size, a heading that is a sentence of the text is a pull quote.
    const quoted = convertedByFontSize ? found.filter(h => !isPullQuote(h.title, lines.source, lines.start(h.line))) : found;
    const running = findRunningHeadings(lines, quoted);
    if (running.length) this.markFurniture(lines, running);
    const headings = running.length ? quoted.filter(h => !this.isFurniture(h.line)) : quoted;
    if (!headings.length) return;
    const nestedContents = [...(toc?.nestedTitles ?? [])];
    const contents = [...entriesOfTheirOwn(toc?.titles ?? [], nestedContents), ...findPageListedTitles(lines, nestedContents), ...(toc ? [] : findTableContents(lines))];
    // Where no entry is a bullet, those set in under others are the sections (see entriesOfTheirOwn for bullets).
    const indentedContents = toc && !toc.titles.some(title => NESTED_ENTRY.test(title)) ? toc.nestedTitles : undefined;
    this.decideRanked(lines, headings, rankMarkdownHeadings(lines, headings, contents, { hidden: this.comments, namedTitle: this.namedTitle, convertedByFontSize, nestedContents, indentedContents, contentsEnd: toc?.last }));
    this.rankChapterOpeners(lines, headings);
    this.markSiteTemplate(lines, headings);
    if (convertedByFontSize && this.chaptersAreStyledLines(lines)) this.decisions.clear();
  }

  /**
   * `## **1** **Towards sustainable development**` over `# 1.1. Introduction`, `# 1.2. …`: a converter
   * from PDF sets a chapter's opener, its number a bold run apart from its title, at whatever level
   * the font gave it, and the sections numbered under it higher. Two openers or more counting from 1
   * are the chapters, the headings numbered under each its sections; the parts numbered 1, 2 … before
   * the first opener, under a chapter of their own (an environmental review's `Assessment and
   * recommendations` numbering its parts as the chapters will be), are that chapter's sections.
   */
  private rankChapterOpeners(lines: Lines, headings: readonly MarkdownHeading[]): void {
    const openerNumbers = new Map<number, number>();
    for (const h of headings) {
      const number = CHAPTER_OPENER.exec(lines.text(h.line).replace(HEADING_MARKS, '').trim())?.[1];
      if (number !== undefined && this.decisions.has(h.line)) openerNumbers.set(h.line, Number(number));
    }
    const numbers = [...openerNumbers.values()];
    if (numbers.length < LEAST_OPENERS || !numbers.every((n, k) => n === k + 1)) return;
    const first = [...openerNumbers.keys()][0];
    let chapter = 0;
    let unnumberedBefore = false;
    for (const h of headings) {
      const decision = this.decisions.get(h.line);
      if (!decision || decision.role === 'title') continue;
      const opener = openerNumbers.get(h.line);
      if (opener !== undefined) {
        chapter = opener;
        Object.assign(decision, { role: 'chapter', depth: 1 });
        continue;
      }
      const numbering = readTitleNumber(decision.title);
      if (h.line > first) {
        if (numbering?.family === 'dotted' && numbering.path.length > 1 && numbering.path[0] === chapter) Object.assign(decision, { role: 'section', depth: numbering.path.length });
      } else if (decision.role === 'chapter') {
        if (unnumberedBefore && numbering?.family === 'dotted' && numbering.path.length === 1) Object.assign(decision, { role: 'section', depth: 2 });
        else unnumberedBefore = numbering === undefined;
      }
    }
  }

  /**
   * Where a converter set lines by font size, chapters by the hundred, most of them over no text
   * of their own (a chart's figures, a pull quote, a page's banner, each followed by another), are
   * its styles, not the document's structure: the levels then say nothing.
   */
  private chaptersAreStyledLines(lines: Lines): boolean {
    const chapters = [...this.decisions].filter(([, decision]) => decision.role === 'chapter');
    if (chapters.length < MANY_STYLED_CHAPTERS) return false;
    const overText = chapters.filter(([line, decision]) => {
      const next = nextVisibleLine(lines, decision.last ?? line);
      return next !== undefined && !this.decisions.has(next);
    }).length;
    return overText * 2 < chapters.length;
  }

  /**
   * `[ページの先頭へ](#top)` then `## 報道発表資料` after chapters set as `###`: a web page saved as
   * Markdown closes its text with a link back to its top, and the site's sidebar or footer follows,
   * its headings set higher than the text's chapters. The first of them starts the template.
   */
  private markSiteTemplate(lines: Lines, headings: readonly MarkdownHeading[]): void {
    let chapterLevel: number | undefined;
    let lastLink: number | undefined;
    for (const h of headings) {
      const decision = this.decisions.get(h.line);
      // Only a heading set deeper or higher than the chapters is read for the link above it.
      if (decision && decision.role !== 'title' && chapterLevel !== undefined && h.level > chapterLevel && followsTopOfPageLink(lines, h.line)) lastLink = h.line;
      if (decision?.role !== 'chapter') continue;
      if (chapterLevel !== undefined && h.level < chapterLevel && followsTopOfPageLink(lines, h.line)) {
        decision.siteTemplate = true;
        return;
      }
      chapterLevel = h.level;
    }
    // The page's only link back to its top, or its last, closes the text: a heading after it set
    // lower than the chapters (`### About this site` under chapters set as `##`) cannot go on with
    // the part the link closed; over nothing but short lines (a footer's links), it starts the footer.
    if (lastLink !== undefined && !hasTopOfPageLinkAfter(lines, lastLink) && onlyShortLinesAfter(lines, lastLink)) this.decisions.get(lastLink)!.siteTemplate = true;
  }

  /**
   * Chapters whose number stands alone in bold over their title's heading (see
   * bold-chapter-numbers.ts): each runs from its number, titled by both; the other headings after
   * the first number, whatever their level, are sections.
   */
  private planBoldChapterNumbers(lines: Lines): void {
    const numbered = findBoldChapterNumbers(lines, i => this.decisions.get(i)?.role === 'chapter' || this.decisions.get(i)?.role === 'section');
    if (!numbered.length) return;
    const titles = new Set(numbered.map(n => n.heading));
    for (const [line, decision] of this.decisions) {
      if (line > numbered[0].number && !titles.has(line) && decision.role === 'chapter') decision.role = 'section';
    }
    for (const { number, heading, name } of numbered) {
      const title = this.decisions.get(heading)!.title;
      this.decisions.delete(heading);
      this.decisions.set(number, { role: 'chapter', title: `${name} ${title}`, last: heading, depth: 1 });
    }
  }

  /** Each ranked heading decided with its role, its level (or its number's) as its depth, and its last line; a number set alone takes the title under it. */
  private decideRanked(lines: Lines, headings: readonly MarkdownHeading[], { roles, numberedDepths }: MarkdownRanks): void {
    let numbered: { heading: MarkdownHeading; decision: HeadingDecision } | undefined;
    for (const h of headings) {
      const role = roles.get(h.line);
      if (!role) continue;
      // `## CHAPTER I` over `## GENERAL PROVISIONS`: the number's heading takes the title and runs to it,
      // ranked as the higher of the two (`## Appendix A`, a section's level, over `# Statement of Task`).
      if (numbered && role !== 'title' && titlesNumberAlone(lines, numbered.heading, h)) {
        numbered.decision.title = `${numbered.decision.title} ${h.title}`;
        numbered.decision.last = h.line;
        if (role === 'chapter' && numbered.decision.role === 'section') Object.assign(numbered.decision, { role, depth: numberedDepths.get(h.line) ?? h.level });
        numbered = undefined;
        continue;
      }
      const decision: HeadingDecision = { role, title: h.title, depth: numberedDepths.get(h.line) ?? h.level, last: h.last };
      this.decisions.set(h.line, decision);
      numbered = { heading: h, decision };
    }
  }

  /** Titles underlined with `===`, `---` … (underlined-headings.ts), ranked as Markdown levels are. */
  private planUnderlined(lines: Lines, toc: TocBlock | undefined): void {
    const headings = findUnderlinedHeadings(lines, i => inToc(toc, i) || this.isFurniture(i));
    if (!headings.length) return;
    const ranks = rankMarkdownHeadings(lines, headings, toc?.titles ?? []);
    // The title of a plain text is adorned as nothing else is: a first heading styled as the ones
    // after it is the first chapter (the title, if any, is a line the text does not underline).
    const first = headings[0];
    if (ranks.roles.get(first.line) === 'title' && headings.some(h => h !== first && h.level === first.level)) ranks.roles.set(first.line, 'chapter');
    this.decideRanked(lines, headings, ranks);
  }

  /**
   * A Markdown file whose one heading is its `#` title, over plain lines that number the text
   * (`Article 1`, `Section 2.`, as legal texts kept in Markdown do): those lines are the chapters
   * where they give two at least; one numbered line alone is no structure.
   */
  private planNumberedUnderTitle(lines: Lines, toc: TocBlock | undefined, options: OutlineOptions): void {
    this.planNumberedIfConfirmed(lines, toc, options, decision => decision.role === 'chapter');
  }

  /**
   * The plain text's numbered headings under a Markdown file's headings, kept only where at
   * least LEAST_CONFIRMED_CHAPTERS of the chapters they add pass `confirms`; true when kept.
   */
  private planNumberedIfConfirmed(lines: Lines, toc: TocBlock | undefined, options: OutlineOptions, confirms: (decision: HeadingDecision) => boolean, keep?: (c: Candidate) => boolean): boolean {
    const taken = new Set(this.decisions.keys());
    this.planNumbered(lines, 'markdown', toc, options, keep);
    const added = [...this.decisions].filter(([line]) => !taken.has(line));
    if (added.filter(([, decision]) => confirms(decision)).length >= LEAST_CONFIRMED_CHAPTERS) return true;
    for (const [line] of added) this.decisions.delete(line);
    return false;
  }

  private holdsOnlyTitles(): boolean {
    for (const decision of this.decisions.values()) if (decision.role !== 'title') return false;
    return true;
  }

  private hasChapters(): boolean {
    return this.chapterDecisions() > 0;
  }

  /**
   * Whether chapters other than appendices were found: a committee's report in plain text letters
   * its `APPENDIX A`, `APPENDIX B` and heads its body's chapters in capitals alone (`INTRODUCTION`),
   * which the contents and the capitals still find.
   */
  private hasBodyChapters(): boolean {
    for (const decision of this.decisions.values()) {
      if (decision.role === 'chapter' && readTitleNumber(decision.title.trim())?.family !== 'appendix') return true;
    }
    return false;
  }

  private chapterDecisions(): number {
    let count = 0;
    for (const decision of this.decisions.values()) if (decision.role === 'chapter') count++;
    return count;
  }

  /**
   * A Markdown file whose one heading is a wrapper (`## Full Document Text`) or a stray line, over
   * text extracted from PDF that keeps its own titles (`I. Summary of …`, `Annex`): the plain
   * text's headings are the chapters where the contents list at least two of them, as they stand.
   */
  private planUnderThinMarkdown(lines: Lines, toc: TocBlock, options: OutlineOptions): void {
    const markdown = [...this.decisions];
    // Only the contents' first entry of each number lists a chapter: a run that starts again at 1
    // lists a chapter's sections (`3. A new deal`, then `1. Create …`, `2. Offer …`), and the body's
    // numbers that start again are left to the Markdown, not taken for a sequence that restarts.
    const listed = contentsKeys(firstOfEachNumber(toc.titles));
    const isListedChapter = (decision: HeadingDecision) => decision.role === 'chapter' && isListed(titleKey(decision.title), listed);
    if (!this.planNumberedIfConfirmed(lines, toc, options, isListedChapter, c => c.path.length > 1 || (listed.length > 0 && isListed(titleKey(c.text), listed)))) return;
    // The Markdown chapter the contents do not list wraps the text: it stands above its chapters.
    for (const [line, decision] of markdown) if (decision.role === 'chapter' && !isListedChapter(decision)) this.decisions.set(line, { ...decision, role: 'above' });
    this.planUnnumbered(lines, toc, 'markdown');
  }

  /** Headings marked only by capitals, where nothing else made chapters (capital-headings.ts); `found` where they were read already. */
  private planCapitals(lines: Lines, toc: TocBlock | undefined, found = findCapitalHeadings(lines, this.taken(toc))): void {
    // A brief's title set in capitals under its masthead, right over its first heading with no
    // text of its own, is the title (`PORTS AT A CROSSROADS` over `KEY RECOMMENDATIONS`).
    const titled = found.length > LEAST_CHAPTERS_UNDER_TITLE && nextVisibleLine(lines, found[0]) === found[1] && !this.moreTextBefore(lines, found[0], MOST_MASTHEAD_LINES);
    // `REPORT TO COUNCIL` centred over the memo's fields, then `RECOMMENDATIONS`, `PURPOSE` … at the
    // margin: the lines in capitals the page centres before the first at its margin title the text.
    const centred = (line: number) => indentOf(lines.text(line)) >= CENTRED_COLUMN;
    const firstAtMargin = found.findIndex(line => !centred(line));
    const titleLines = firstAtMargin > 0 && found.length - firstAtMargin >= LEAST_CHAPTERS_UNDER_TITLE ? firstAtMargin : 0;
    found.forEach((line, k) => {
      this.decisions.set(line, { role: (titled && k === 0) || k < titleLines ? 'title' : 'chapter', title: lines.text(line).trim() });
    });
  }

  /**
   * `ISSUES INVESTIGATED` over `Issue 1: …` … `Issue 5: …`, between `BACKGROUND` and `FINDINGS AND
   * CONCLUSION`: where the numbered chapters all stand inside the part of one line in capitals alone,
   * and such lines head the text's other parts, the lines in capitals are the chapters and the
   * numbered ones their sections (a coroner's finding, a court's judgment saved as text).
   */
  private nestNumberedUnderCapitals(lines: Lines): void {
    const numbered = [...this.decisions].filter(([, d]) => d.role === 'chapter' && !APPENDIX_TITLE.test(d.title));
    if (numbered.length < LEAST_LISTED_CHAPTERS) return;
    const capitals = findCapitalHeadings(lines, this.taken(undefined));
    const [first, last] = [numbered[0][0], numbered[numbered.length - 1][0]];
    const holder = capitals.filter(line => line < first).pop();
    if (holder === undefined || capitals.length < LEAST_LISTED_CHAPTERS || capitals.some(line => line > holder && line < last)) return;
    for (const [, decision] of numbered) {
      decision.role = 'section';
      decision.depth = (decision.depth ?? 1) + 1;
    }
    this.planCapitals(lines, undefined, capitals);
  }

  /** Headings marked only by title case, where nothing else made chapters (title-case-headings.ts). */
  private planTitleCase(lines: Lines, toc: TocBlock | undefined): void {
    for (const line of findTitleCaseHeadings(lines, this.taken(toc))) this.decisions.set(line, { role: 'chapter', title: lines.text(line).trim() });
  }

  /** Unnumbered chapters in capitals over lettered sections, as the contents set them (capitals-over-letters.ts). */
  private planCapitalsOverLetters(lines: Lines, toc: TocBlock | undefined): void {
    const capitals = findCapitalChaptersOverLetters(lines, toc);
    if (!capitals) return;
    for (const decision of this.decisions.values()) {
      if (decision.role === 'section' || (decision.role === 'chapter' && isLetteredSection(decision.title))) {
        decision.role = 'section';
        decision.depth = (decision.depth ?? 1) + 1;
      }
    }
    for (const [line, title] of capitals) if (!this.isFurniture(line)) this.decisions.set(line, { role: 'chapter', title, depth: 1 });
  }

  /**
   * Headings marked only by bold lines, where nothing else made chapters (capital-headings.ts).
   * Bold lines standing alone as the chapters (a Word document whose heading numbers pandoc lost).
   * Where the contents list several of them, those are the chapters, and a bold line it does not
   * list after the first of them (`**（国に対する提言）**`, a table's caption) a section.
   */
  private planBold(lines: Lines, toc: TocBlock | undefined): void {
    const headings = findBoldHeadings(lines, this.taken(toc));
    const listed = toc ? contentsKeys(toc.titles) : [];
    const isChapter = (title: string) => isListed(titleKey(title), listed);
    const firstListed = headings.filter(h => !h.opening && isChapter(h.title)).length >= LEAST_LISTED_BOLD ? headings.find(h => !h.opening && isChapter(h.title))!.line : undefined;
    for (const heading of headings) {
      const section = firstListed !== undefined && heading.line > firstListed && !isChapter(heading.title);
      this.decisions.set(heading.line, { role: heading.opening ? 'title' : section ? 'section' : 'chapter', title: heading.title });
    }
  }

  /**
   * `**Summary**` and `**Methodology**` before `**I. Background**` … `**IV. …**`, and `**Full
   * Recommendations**` after them: a report converted from Word or a web page that sets every
   * chapter in a bold line numbers only its body's. Where the numbered chapters are bold lines, a
   * bold line standing alone before the first or after the last is a chapter too,
   * unless a list follows it at once (`**To the Ministry of Interior**`: the name of a group of
   * items), it stands straight under a title in bold (its subtitle), or under another such
   * chapter that holds nothing before it (`**資料1 …**`, `**資料2 …**` under `**参考資料**`, which
   * groups the bold lines after it).
   */
  private planBoldAroundNumbered(lines: Lines, toc: TocBlock | undefined): void {
    const chapters = [...this.decisions].filter(([, d]) => d.role === 'chapter').map(([line]) => line).sort((a, b) => a - b);
    if (chapters.length < LEAST_CHAPTERS_AROUND || chapters.some(line => boldLineText(lines.text(line)) === undefined)) return;
    const first = chapters[0];
    const last = chapters[chapters.length - 1];
    const top = firstVisibleLine(lines);
    // The line a heading straight under it belongs to: a title in bold, then each chapter taken.
    let above = top >= 0 && boldLineText(withoutInlineTags(lines.text(top))) !== undefined ? top : undefined;
    let grouped = false;
    for (const heading of findBoldHeadings(lines, this.taken(toc))) {
      if (heading.opening || (heading.line > first && heading.line < last) || isTocHeading(heading.title)) continue;
      // After the last chapter, a bold line belongs to it or stands alone, whatever the cover held.
      if (heading.line > last && (above === undefined || above < last)) [above, grouped] = [last, false];
      const next = nextVisibleLine(lines, heading.line);
      if (next === undefined || matchListItem(lines.text(next), lines.firstCode(next))) continue;
      // Only a chapter groups the bold lines under it: those under the cover's title are its subtitles.
      if (above !== undefined && nextVisibleLine(lines, above) === heading.line) grouped = above !== top && this.decisions.get(above)?.role === 'chapter';
      else if (!grouped) this.decisions.set(heading.line, { role: 'chapter', title: heading.title });
      above = heading.line;
    }
  }

  /**
   * `## **２．…**`, then `**３．…**` a bold line alone, then `## **４．…**`: a converter from PDF that
   * sets headings by font size may miss one, leaving it bold, and a web page's export sets its
   * closing chapter so (`### ３．建議事項` … `**４．おわりに**`). A bold line numbered as the chapter
   * missing between two numbered chapters, or as the one after the last (the same scheme, the next
   * number), is that chapter.
   */
  private planBoldInNumberingGap(lines: Lines, toc: TocBlock | undefined): void {
    const chapters = [...this.decisions].filter(([, d]) => d.role === 'chapter').sort((a, b) => a[0] - b[0]);
    const numbered = chapters.map(([line, d]) => ({ line, depth: d.depth, number: readTitleNumber(d.title.trim()) })).filter(c => c.number?.path.length === 1);
    if (numbered.length < 2) return;
    const taken = this.taken(toc);
    const nextNumbered = (before: (typeof numbered)[number], end: number): void => {
      for (let i = before.line + 1; i < end; i++) {
        if (taken(i) || !isBlankLine(lines, i - 1) || !isBlankLine(lines, i + 1)) continue;
        const title = boldLineText(lines.text(i));
        const number = title === undefined ? undefined : readTitleNumber(title);
        if (title === undefined || !number || number.family !== before.number!.family || number.path.length !== 1) continue;
        // A bold list numbered again from one inside the chapter (`**１．…**`, `**２．…**`) holds its items, no chapter.
        if (number.path[0] !== before.number!.path[0] + 1) return;
        this.decisions.set(i, { role: 'chapter', title, depth: before.depth });
        return;
      }
    };
    for (let k = 1; k < numbered.length; k++) {
      const [before, after] = [numbered[k - 1], numbered[k]];
      if (before.number!.family === after.number!.family && after.number!.path[0] - before.number!.path[0] === 2) nextNumbered(before, after.line);
    }
    const last = numbered[numbered.length - 1];
    const following = chapters.find(([line]) => line > last.line);
    nextNumbered(last, following ? following[0] : lines.count);
  }

  /**
   * `**おわりに**`, `**参考資料**` alone after the last chapter, as the contents list them: a converter
   * from PDF that sets headings by font size left a paper's closing parts in bold. Each unnumbered
   * bold line standing alone after the last chapter whose title the contents list is a chapter too
   * (a numbered one is the last chapter's section, see planBoldInNumberingGap).
   */
  private planBoldListedAfter(lines: Lines, toc: TocBlock | undefined): void {
    if (!toc) return;
    const chapters = [...this.decisions].filter(([, d]) => d.role === 'chapter').map(([line]) => line);
    if (chapters.length < 2) return;
    const last = Math.max(...chapters);
    const depth = this.decisions.get(last)!.depth;
    const listed = contentsKeys(toc.titles);
    const taken = this.taken(toc);
    for (let i = last + 1; i < lines.count; i++) {
      if (!BOLD_MARK_STARTS.has(lines.firstCode(i)) || taken(i) || this.decisions.has(i) || !isBlankLine(lines, i - 1) || !isBlankLine(lines, i + 1)) continue;
      const title = boldLineText(lines.text(i));
      if (title !== undefined && !readTitleNumber(title) && isListed(titleKey(title), listed)) this.decisions.set(i, { role: 'chapter', title, depth });
    }
  }

  /**
   * `Audit Results` in the contents over `    Finding 1: …`, `    Finding 2: …` set in under it: where
   * the contents nest every numbered chapter found under an unnumbered entry, those are that part's
   * sections (a state auditor's findings), and the contents' own entries the chapters (see planListed).
   */
  private nestUnderListedParts(toc: TocBlock | undefined): void {
    // Under numbered parts (`第Ⅱ部` over `  第１章 …`), the chapters are nested as they should be.
    if (!toc?.nestedTitles?.length || [...this.decisions.values()].some(d => d.role === 'above')) return;
    const nested = new Set(toc.nestedTitles.map(titleKey));
    const chapters = [...this.decisions].filter(([, d]) => d.role === 'chapter' && d.depth !== undefined && !APPENDIX_TITLE.test(d.title));
    if (chapters.length < 2 || !chapters.every(([, d]) => nested.has(titleKey(d.title)))) return;
    for (const [line, decision] of chapters) this.decisions.set(line, { ...decision, role: 'section' });
  }

  /**
   * `I. INTRODUCTION`, `II. …`, `III. BASIS FOR THE REVIEW`, then `1. RESPONSIBILITIES …` to `9. …`:
   * a peer review's report numbers its opening chapters in one scheme and its review areas in
   * another, and the contents list both at their top level. Where every numbered chapter found is
   * such an entry, the sections after the last of them, numbered by another scheme with a single
   * number, that the contents also list at that level (two at least, none of them nested there)
   * are chapters too, not parts of the last chapter.
   */
  private promoteSectionsListedAsChapters(toc: TocBlock | undefined): void {
    if (!toc?.titles.length) return;
    const nested = contentsKeys(toc.nestedTitles ?? []);
    const top = contentsKeys(toc.titles.filter(title => !toc.nestedTitles?.includes(title)));
    const atTop = (title: string) => isListed(titleKey(title), top) && !isListed(titleKey(title), nested);
    const chapters = [...this.decisions].filter(([, d]) => d.role === 'chapter' && !APPENDIX_TITLE.test(d.title));
    if (!chapters.length || !chapters.every(([, d]) => atTop(d.title))) return;
    const families = new Set(chapters.map(([, d]) => readTitleNumber(d.title.trim())?.family));
    const lastChapter = Math.max(...chapters.map(([line]) => line));
    const otherScheme = (title: string) => {
      const number = readTitleNumber(title.trim());
      return number !== undefined && number.path.length === 1 && !families.has(number.family);
    };
    const sections = [...this.decisions].filter(([line, d]) => line > lastChapter && d.role === 'section' && otherScheme(d.title) && atTop(d.title));
    if (sections.length < LEAST_LISTED_CHAPTERS - 1 || startsAgain(sections.map(([, d]) => d.title))) return;
    for (const [line, decision] of sections) this.decisions.set(line, { ...decision, role: 'chapter', depth: 1 });
  }

  /**
   * `Introduction … 4`, `Article 2: Policy measures … 6` in the contents, while the body numbers its
   * paragraphs (`1.   This report responds …`, a shadow report's or a submission's): where the
   * contents' own entries stand alone in the body, more of them than the numbered chapters found,
   * and the contents list none of those, the numbered lines are no chapters of the text; the
   * contents' entries are (see planListed); so are they where the numbered lines all stand inside one
   * entry's part. Sections found under them stay. Only a contents before those chapters lists them.
   */
  private dropChaptersTheContentsOmit(lines: Lines, toc: TocBlock | undefined): void {
    if (!toc?.titles.length) return;
    const chapters = [...this.decisions].filter(([, decision]) => decision.role === 'chapter');
    // A contents after numbered chapters lists an attachment's parts (a guideline annexed to a notice), not the text's.
    if (!chapters.length || chapters.some(([line]) => line < toc.first)) return;
    const own = entriesOfTheirOwn(toc.titles, []).filter(title => !toc.nestedTitles?.includes(title));
    const listed = contentsKeys(own);
    if (chapters.some(([, decision]) => isListed(titleKey(decision.title), listed))) return;
    const standing = this.listedTitleLines(lines, toc);
    const ownSet = new Set(own);
    const entries = [...standing].filter(([, title]) => ownSet.has(title)).map(([line]) => line);
    if (entries.length < LEAST_LISTED_CHAPTERS) return;
    // More entries than numbered lines, or the numbered lines all inside one entry's part (a caucus's
    // `重点要望` numbering its requests `１．…` between `前文` and `部局別要望`).
    const [first, last] = [Math.min(...chapters.map(([line]) => line)), Math.max(...chapters.map(([line]) => line))];
    if (entries.length <= chapters.length && entries.some(line => line > first && line < last)) return;
    for (const [line] of chapters) this.decisions.delete(line);
  }

  /**
   * A comment letter or a memo printed from PDF heads its body's parts in title case alone and
   * appends a page of numbered definitions (`Category 1 - Adequate`, `Category 2 - …`): numbered
   * lines all in the text's last quarter, after three title-case headings or more, define terms of
   * an attachment; the title-case headings are the chapters (planTitleCase), and the numbered lines
   * none. The numbering's chapters and sections all give way.
   */
  private dropLateNumberedChapters(lines: Lines, toc: TocBlock | undefined): void {
    const chapters = [...this.decisions].filter(([, decision]) => decision.role === 'chapter').map(([line]) => line);
    if (!chapters.length) return;
    const first = Math.min(...chapters);
    if (first * LATE_NUMBERING_DENOMINATOR < lines.count * (LATE_NUMBERING_DENOMINATOR - 1)) return;
    const before = findTitleCaseHeadings(lines, this.taken(toc)).filter(line => line < first);
    if (before.length < LEAST_TITLE_CASE_BEFORE_LATE_NUMBERING) return;
    // `Appendix I` … `Appendix IV` after the body (a legislature's subcommittee report): the
    // attachments stand, as chapters beside the title-case ones.
    for (const [line, decision] of this.decisions) if ((decision.role === 'chapter' && !APPENDIX_TITLE.test(decision.title)) || decision.role === 'section') this.decisions.delete(line);
  }

  /**
   * Where nothing else gives chapters, the lines standing alone that the contents lists, in its
   * order (a web page printed to PDF, a report whose converter kept no heading marks).
   */
  private planListed(lines: Lines, toc: TocBlock | undefined): void {
    if (!toc?.titles.length) return;
    const nested = new Set(toc.nestedTitles);
    const byCase = !nested.size && ranksByCase(toc.titles);
    for (const [line, title] of this.listedTitleLines(lines, toc)) {
      if (this.isFurniture(line)) continue;
      // The heading as the text writes it (`INTRODUCTION`, listed as `Introduction`); an entry set in under another is a section of it.
      const written = lines.text(line).trim();
      const section = nested.has(title) || (byCase && !writtenInCapitals(title));
      this.decisions.set(line, { role: section ? 'section' : 'chapter', title: titleKey(written) === titleKey(title) ? written : title });
    }
  }

  /** The lines after the contents that stand alone as its titles, read once for the rules that weigh them. */
  private listedTitleLines(lines: Lines, toc: TocBlock): ReadonlyMap<number, string> {
    return (this.titleLinesRead ??= toc.titleLines ?? titleLines(lines, toc.titles, toc.last + 1, i => this.isFurniture(i)));
  }

  /** Lines a later way of finding headings passes over: the contents, page furniture, lines already decided. */
  private taken(toc: TocBlock | undefined): (i: number) => boolean {
    return i => inToc(toc, i) || this.isFurniture(i) || this.decisions.has(i);
  }

  /**
   * `はじめに` before the numbered chapters and `おわりに` after them (see unnumbered-chapters.ts)
   * are chapters too, where numbered chapters give the evidence of chapters: a title alone on its
   * line after a blank one. Before the chapters the last such line is taken (one listed in an
   * overview before it is not), unless a contents names the front matter; after them, each title once.
   */
  private planUnnumbered(lines: Lines, toc: TocBlock | undefined, format: DocumentFormat): void {
    // The numbered chapters: appendices after them and the parts the contents list after those
    // (`REQUEST FOR GOVERNMENT RESPONSE`) do not end them, so a `CONCLUSION` before those is read.
    const chapterLines = [...this.decisions].filter(([, d]) => d.role === 'chapter' && d.depth !== undefined && !APPENDIX_TITLE.test(d.title)).map(([line]) => line).sort((a, b) => a - b);
    if (chapterLines.length < 2) return;
    const first = chapterLines[0];
    const last = chapterLines[chapterLines.length - 1];
    const found = new Map<string, number>();
    // The contents' own entries, to name what closes the report after its numbered chapters
    // (`Conclusions and recommendations`, `Formal minutes`, as a committee's report lists them).
    const listed = toc ? ownEntries(toc) : undefined;
    // `CHAPTER 5: PLANNING` over `Building in the floodplain`, then `SUMMARY OF CONCLUSIONS …`: where
    // the chapters' headings are set in capitals, the first part the contents list after the last is
    // too; the last chapter's sections before it, which the contents list flat beside them, are not.
    const capitals = chapterLines.every(line => inCapitals(lines.text(line)));
    let opening: number | undefined;
    for (let i = 0; i < lines.count; i++) {
      if (i === first) i = last + 1;
      if (i >= lines.count || inToc(toc, i) || this.decisions.has(i)) continue;
      const known = UNNUMBERED_STARTS.has(lines.firstCode(i));
      if (!known && (listed === undefined || i < first)) continue;
      // A part that opens a page of its own (`\fAdditional comments from the Australian Greens` over
      // its first numbered paragraph) stands alone whatever is around it.
      const opensPage = lines.opensPage(i);
      if (this.isFurniture(i) || (!opensPage && i > 0 && lines.firstCode(i - 1) >= 0 && !this.isFurniture(i - 1))) continue;
      const text = lines.text(i);
      // A closing title starts with one of the known characters: most lines are judged by their first.
      if (i < first ? !isOpeningTitle(text) : !(known && isClosingTitle(text)) && !(listed && (opensPage || standsAlone(lines, i)) && listsAsOwnEntry(listed, text) && (!capitals || found.size > 0 || inCapitals(text)))) continue;
      const title = text.trim();
      // `提言２：…を加速せよ` after `Ⅲ．提言`, listed flat beside it: a numbered label is the last chapter's recommendation, no part after it.
      if (i > last && namesNumberedLabel(title)) continue;
      // A contents names what comes first after it (see contents-titles.ts); a summary before it (an
      // academy's `要 旨` ahead of its `目 次`) is a chapter of its own.
      // An introduction is the body's first part, though the contents name it (an outlook's
      // chapters are its authors' essays, and what comes before them its front matter).
      // A title right under the opening one (`＜概要＞` under `要 旨`) is a part of it.
      if (i < first && opening !== undefined && previousVisibleLine(lines, i) === opening) continue;
      if (i < first) opening = toc && i > toc.first && ((format === 'outlook' && !namesItselfChapter(title)) || !isIntroductionTitle(title)) ? undefined : i;
      else if (!found.has(title)) found.set(title, i);
    }
    for (const line of [...(opening === undefined ? [] : [opening]), ...found.values()]) {
      this.decisions.set(line, { role: 'chapter', title: lines.text(line).trim() });
    }
  }

  private planNumbered(lines: Lines, format: DocumentFormat, toc: TocBlock | undefined, options: OutlineOptions, keep?: (c: Candidate) => boolean): void {
    const found = findCandidates(lines, {
      skip: i => inToc(toc, i) || this.isFurniture(i) || this.pageFeet?.[i] === 1,
      repeated: i => !inToc(toc, i) && this.isFurniture(i),
      markdown: format === 'markdown',
      patterns: compilePatterns(options.headingPatterns),
      listed: toc ? contentsKeys(toc.titles) : [],
    });
    const candidates = dropNumberedParagraphs(lines, dropAnnouncedRuns(lines, dropRunningTitles(lines, keep ? found.filter(keep) : found)));
    const levels = decideHeadings(candidates);
    placeUnderMaterialsPart(lines, candidates, levels);
    const chaptered = candidates.some(c => levels.get(c.line)?.level === 'chapter' && c.family !== 'appendix');
    const parts = new Set(candidates.filter(c => !levels.has(c.line) && PART_FAMILIES.has(c.family) && c.path.length === 1));
    for (const candidate of candidates) {
      const line = candidate.line;
      const rank = levels.get(line);
      if (!rank) {
        // A part's heading (第1部, Part II) stands above the chapters it groups, and ends the one before it;
        // where no chapter stands under the parts, only appendices after them (an audit report's
        // `PART 1: INTRODUCTION` … `PART 5: …`), the parts are the chapters.
        if (parts.has(candidate)) this.decisions.set(line, chaptered || parts.size < LEAST_PARTS_AS_CHAPTERS ? { role: 'above', title: candidate.text, last: candidate.titleLine } : { role: 'chapter', title: candidate.text, last: candidate.titleLine, depth: 1 });
        continue;
      }
      if (candidate.titleLine !== undefined) {
        this.decisions.set(line, { role: rank.level, title: candidate.text, last: candidate.titleLine, depth: rank.depth });
        continue;
      }
      // A 第N章 or Chapter title is completed by the builder from the contents.
      const last = SELF_NAMED.has(candidate.family) ? line : this.wrappedTitleEnd(lines, candidate, levels);
      let title = candidate.text;
      for (let j = line + 1; j <= last; j++) if (!this.isFurniture(j)) title = joinWrapped(title, lines.text(j).trim());
      this.decisions.set(line, { role: rank.level, title, last: last > line ? last : undefined, depth: rank.depth });
    }
  }

  /**
   * One chapter of a longer work published on its own (a white paper's chapter, a report's part
   * saved as a file): its one numbered chapter heading comes first and every section follows it, so
   * the heading is the extract's title and its sections of the first rank are its chapters. The
   * heading opens the text (a part's heading at most, or a line, before it: a report's
   * `はじめに` before its one numbered chapter makes it no extract). A chapter titled as a label
   * (`第３章 提言`) stays: it says what its sections hold.
   */
  private titleLoneChapter(lines: Lines, options: OutlineOptions): void {
    let chapter: [number, HeadingDecision] | undefined;
    let shallowest = Infinity;
    for (const entry of this.decisions) {
      const [line, decision] = entry;
      if (decision.role === 'chapter') {
        if (chapter) return;
        chapter = entry;
      } else if (decision.role === 'section') {
        if (chapter === undefined || line < chapter[0]) return;
        shallowest = Math.min(shallowest, decision.depth ?? Infinity);
      }
    }
    if (!chapter || shallowest === Infinity || recommendationLabels(options.recommendationLabels).matchTitle(chapter[1].title)) return;
    if (this.moreTextBefore(lines, chapter[0], MOST_LINES_OVER_EXTRACT)) return;
    const firstRank = [...this.decisions.values()].filter(d => d.role === 'section' && d.depth === shallowest);
    if (firstRank.length < LEAST_EXTRACT_CHAPTERS) return;
    chapter[1].role = 'title';
    for (const decision of this.decisions.values()) {
      if (decision.role !== 'section' || decision.depth === undefined) continue;
      decision.depth -= shallowest - 1;
      if (decision.depth <= 1) decision.role = 'chapter';
    }
  }

  /** Whether more than `most` lines with text, neither headings decided nor page furniture, come before line i. */
  private moreTextBefore(lines: Lines, i: number, most: number): boolean {
    let count = 0;
    for (let j = 0; j < i; j++) if (lines.firstCode(j) >= 0 && !this.decisions.has(j) && !this.isFurniture(j) && ++count > most) return true;
    return false;
  }

  /**
   * A title wrapped onto the next lines goes on at the column where the title started (hanging
   * indent of RFC-style text) or after an unfinished ending (a colon, a connective).
   */
  private wrappedTitleEnd(lines: Lines, heading: Candidate, levels: Map<number, unknown>): number {
    let last = heading.line;
    let title = heading.text;
    for (let j = heading.line + 1; j < lines.count && j <= heading.line + MOST_WRAPPED_LINES; j++) {
      if (lines.firstCode(j) < 0 || this.isFurniture(j) || levels.has(j)) break;
      const text = lines.text(j);
      const indent = text.length - text.trimStart().length;
      // A title fills its line before it wraps: a line under it that reaches further right is the
      // paragraph's first line, indented as far as the title by chance (`(1) 題目` over `    本文…`).
      const hanging = heading.titleStart > heading.column && indent === heading.titleStart && endColumn(text) <= endColumn(lines.text(heading.line));
      // A title ends without a full stop: a line that ends with one is the text under the heading.
      if (text.trim().length > LONGEST_WRAP || (!hanging && !titleContinues(title)) || SENTENCE_ENDS.has(lines.lastCode(j))) break;
      title += text.trim();
      last = j;
    }
    return last;
  }
}

/**
 * Whether a link back to the page's top stands right above heading i, blank lines and empty
 * anchors (`<a id="footer"></a>`, a web page's targets for its own links) between.
 */
function followsTopOfPageLink(lines: Lines, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (lines.firstCode(j) < 0 || EMPTY_ANCHOR.test(lines.text(j)))) j--;
  return j >= 0 && isTopOfPageLink(lines.text(j).trim());
}

const EMPTY_ANCHOR = /^\s*<a\s[^<>]*>\s*<\/a>\s*$/i;

function hasTopOfPageLinkAfter(lines: Lines, i: number): boolean {
  for (let j = i + 1; j < lines.count; j++) if (mayStartTopOfPageLink(lines.firstCode(j)) && isTopOfPageLink(lines.text(j).trim())) return true;
  return false;
}

/** Whether every visible line after line i, to the end, shows at most a few words (a link's text counted, not its address). */
function onlyShortLinesAfter(lines: Lines, i: number): boolean {
  for (let j = i + 1; j < lines.count; j++) {
    if (lines.firstCode(j) >= 0 && withoutLinkMarkup(lines.text(j).trim()).length > FOOTER_LINE) return false;
  }
  return true;
}

/** A footer's line: a link, a heading, a date. */
const FOOTER_LINE = 40;

const SELF_NAMED = new Set(['第章', 'chapter']);
/** Bold lines a contents must list before it tells the chapters among them. */
const LEAST_LISTED_BOLD = 3;
const MOST_WRAPPED_LINES = 2;
/** Headings that are no titles (a page number, a sentence's tail) that show a converter set the headings by font size. */
const LEAST_FRAGMENTS = 3;
/** Chapters of the plain text the contents must list before they stand beside a thin Markdown heading. */
const LEAST_CONFIRMED_CHAPTERS = 2;
/** The contents' entries found standing alone in the body, at the least, to be the chapters over numbered lines they omit. */
const LEAST_LISTED_CHAPTERS = 3;
/** Parts enough to be the chapters where none stands under them (see planNumbered). */
const LEAST_PARTS_AS_CHAPTERS = 2;
/** Numbered chapters that all start in the text's last quarter (see dropLateNumberedChapters). */
const LATE_NUMBERING_DENOMINATOR = 4;
const LEAST_TITLE_CASE_BEFORE_LATE_NUMBERING = 3;
const LONGEST_WRAP = 60;
/** So many chapters from the Markdown levels of a text converted by font size may be its styles (see chaptersAreStyledLines). */
const MANY_STYLED_CHAPTERS = 40;
/** Capital headings under a capital title: the title stands over two chapters at least. */
const LEAST_CHAPTERS_UNDER_TITLE = 2;
/** A line set in this far is centred on the page (or set at its right), not at its margin. */
const CENTRED_COLUMN = 20;
/** Numbered chapters in bold lines enough to say the bold lines before and after them are chapters too. */
const LEAST_CHAPTERS_AROUND = 3;
/** Lines of a masthead (a series, a number, a date) above a brief's title in capitals. */
const MOST_MASTHEAD_LINES = 4;
/** Sections of the first rank a lone chapter must hold to be an extract's title over them. */
const LEAST_EXTRACT_CHAPTERS = 2;
/** Lines of text (a running header, say) an extract's lone chapter heading may follow. */
const MOST_LINES_OVER_EXTRACT = 1;

/** The contents' titles without those that repeat the number of an entry before them. */
function firstOfEachNumber(titles: readonly string[]): string[] {
  const seen = new Set<string>();
  return titles.filter(title => {
    const numbering = readTitleNumber(title.trim());
    if (!numbering) return true;
    const key = `${numbering.family}:${numbering.path.join('.')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface OwnEntries {
  keys: ReadonlySet<string>;
  /** The first characters of the keys: most lines are ruled out by theirs before a key is made. */
  firsts: ReadonlySet<string>;
}

/** The contents' entries of their own (not those it sets under another), as title keys. */
function ownEntries(toc: TocBlock): OwnEntries {
  const keys = contentsKeys(entriesOfTheirOwn(toc.titles, []).filter(title => !toc.nestedTitles?.includes(title)));
  return { keys: new Set(keys), firsts: new Set(keys.map(key => key[0])) };
}

/** Whether a line's first word is set in Latin capitals (`CHAPTER 5: …`, `APPENDIX: List of …`): a heading in capitals. */
function inCapitals(text: string): boolean {
  return CAPITAL_WORD.test(text);
}

const CAPITAL_WORD = /^\s*[A-Z]{2,}\b/;

/** A line with a blank line (or the end) after it: a heading stands so, a paragraph's first line seldom. */
function standsAlone(lines: Lines, i: number): boolean {
  return i + 1 >= lines.count || lines.firstCode(i + 1) < 0;
}

/**
 * Whether a short unnumbered line is one of the contents' own entries, as it stands (a numbered
 * one is the numbering's to judge: contents list sections as flat as chapters).
 */
function listsAsOwnEntry(listed: OwnEntries, text: string): boolean {
  if (listed.keys.size === 0 || text.length > LONGEST_LISTED_LINE || !listed.firsts.has(firstKeyCharacter(text))) return false;
  const title = boldLineText(text) ?? text.trim();
  return listed.keys.has(titleKey(title)) && readTitleNumber(title) === undefined;
}

/** The first character of the title's key (see titleKey), read without making the key. */
function firstKeyCharacter(title: string): string {
  for (const character of title) {
    // An ASCII letter or digit, as most are, is read at once; others by their Unicode class.
    const code = character.charCodeAt(0);
    if (code < 0x80) {
      if (isAsciiLetterOrDigit(code)) return character.toLowerCase();
    } else {
      const key = otherKeyCharacter(character);
      if (key) return key;
    }
  }
  return '';
}

/** Folded once per character: most first lines of paragraphs start with one of a few hundred. */
const otherKeyCharacters = new Map<string, string>();
function otherKeyCharacter(character: string): string {
  let key = otherKeyCharacters.get(character);
  if (key === undefined) {
    key = LETTER_OR_DIGIT.test(character) ? character.normalize('NFKC').toLowerCase().charAt(0) : '';
    otherKeyCharacters.set(character, key);
  }
  return key;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A line longer than this is a paragraph, not a title the contents list. */
const LONGEST_LISTED_LINE = 100;

function inToc(toc: TocBlock | undefined, i: number): boolean {
  return toc !== undefined && i >= toc.first && i <= toc.last;
}

/** What a rendered Markdown page does not show: its comments and its front matter (the title it names, too). */
function hiddenMarkdownLines(lines: Lines): { hidden?: Uint8Array; namedTitle?: string; last?: number } {
  const comments = findCommentLines(lines);
  if (lines.firstCode(0) !== HYPHEN) return { hidden: comments };
  const opening: string[] = [];
  for (let i = 0; i < Math.min(lines.count, FRONT_MATTER_MOST_LINES); i++) opening.push(lines.text(i));
  const end = frontMatterEnd(opening);
  if (end === undefined) return { hidden: comments };
  const hidden = comments ?? new Uint8Array(lines.count);
  hidden.fill(1, 0, end + 1);
  return { hidden, namedTitle: frontMatterTitle(opening, end), last: end };
}

const HYPHEN = 0x2d;
/** `**` and `__`: the marks a bold line opens with. */
const BOLD_MARK_STARTS: ReadonlySet<number> = new Set([0x2a, 0x5f]);

/** An appendix's title (`APPENDIX A — …`, `Annex 2`, `付録１`, `別紙`): the numbered chapters have ended. */
const APPENDIX_TITLE = /^\s*[（(【［]?\s*(?:appendix|appendices|annex|annexure|attachment|付録|別紙|別添|附属書)/i;

/** Whether a numbering starts again among the titles (`1.`, `2.`, then `1.` again): a part's sections, no chapters. */
function startsAgain(titles: string[]): boolean {
  const seen = new Set<string>();
  for (const title of titles) {
    const number = readTitleNumber(title.trim());
    const key = number && `${number.family} ${number.path.join('.')}`;
    if (key && seen.has(key)) return true;
    if (key) seen.add(key);
  }
  return false;
}

/**
 * `EXECUTIVE SUMMARY` over `Audit Findings and Conclusions`, `INTRODUCTION` over `Background`: a
 * flat contents whose first entry and some others are in capitals, the rest not, as a city auditor's
 * template sets its parts and their sections, ranks them by case: the capitals are the chapters.
 */
function ranksByCase(titles: readonly string[]): boolean {
  const capitals = titles.filter(writtenInCapitals).length;
  return titles.length > 0 && writtenInCapitals(titles[0]) && capitals >= LEAST_CASE_RANKED && titles.length - capitals >= LEAST_CASE_RANKED;
}

/** Entries of each case a contents must hold before its case ranks them. */
const LEAST_CASE_RANKED = 2;
