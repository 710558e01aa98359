import type { Lines } from './lines';
import { endsWrappedLinkedEntry, isDetachedPlace, isLinkedTocEntry, isOneSpaceTocEntry, isSpacedTocEntry, isTocEntry, isTocHeading, ROMAN_NUMERAL_ENDS, SMALL_ROMAN_NUMERAL_ENDS, tocTitle } from './rules/toc';
import { indentOf } from './rules/list-item';
import { isDigit, isSpace } from './rules/line-start';
import { matchMarkdownHeading } from './rules/section-heading';
import { joinWrapped } from './rules/join-wrapped';
import { isCaptionStart } from './rules/caption';
import { isPageNumber } from './rules/noise';
import { readTitleNumber } from './headings/numbering';
import { columnWidth } from './rules/display-width';

export interface TocBlock {
  /** Index of the first and last line of the block (the 目次 heading included). */
  first: number;
  last: number;
  /** Entry titles, a wrapped entry joined with the line before it. */
  titles: string[];
  /** Titles the contents lists under an entry, as bullets: sections, not chapters. */
  nestedTitles?: string[];
  /** Where the titles stand again in the text, when reading the contents found them already. */
  titleLines?: ReadonlyMap<number, string>;
  /** The entries were written as Markdown headings (see heading-contents.ts): a converter set styled lines as headings. */
  writtenAsHeadings?: boolean;
}

/**
 * The first run of at least three table-of-contents entries, with at most two lines of text
 * between entries (a part's name without a page number). Blank lines do not count: text
 * extracted from a PDF often puts one after every line. `converted`: read last, where no other
 * way found a contents, for a PDF converted to Markdown by font size, whose contents heading is a
 * Markdown heading (`## Contents`) and whose entries' bold runs are set apart, the page number too
 * (`**Chapter 4** **Oversight** **5**`); the sections' entries under them need no bold.
 */
export function findTocBlock(lines: Lines, converted = false): TocBlock | undefined {
  // One pass that stops at the first run found: the contents come early, the body is long.
  let run: number[] = [];
  let between = 0;
  // Under a contents heading, a page number set apart by spaces alone is an entry's too (see isSpacedTocEntry).
  let headed = false;
  let headingLine = -1;
  // Entries that set their page one space after the title (see isOneSpaceTocEntry), and the others.
  let oneSpaced = 0;
  let placed = 0;
  for (let i = 0; i < lines.count; i++) {
    if (lines.firstCode(i) < 0) continue;
    // An entry ends with its page number (in bold, with the marks): other lines are passed over without their text.
    const last = lines.lastCode(i);
    // `EXECUTIVE SUMMARY          v`: a front-matter page in small Roman numerals, under a contents heading.
    let entry: EntryKind | undefined = isDigit(last) || last === ASTERISK || ROMAN_NUMERAL_ENDS.has(last) ? entryKind(lines.text(i), headed, placed === 0, converted, run.length === 0 && !(converted && boldEntryBelow(lines, i))) ?? (converted ? undefined : boldAmongLeaders(lines, i))
      : last === CLOSE_PAREN || (headed && SMALL_ROMAN_NUMERAL_ENDS.has(last)) ? (isLinkedTocEntry(lines.text(i)) || (headed && isSpacedTocEntry(lines.text(i))) ? 'placed' : undefined) : undefined;
    if (!entry && headed && !converted && placesTitleAbove(lines, i)) entry = 'placed';
    if (entry) {
      run.push(i);
      between = 0;
      if (entry === 'one-space') oneSpaced++;
      else placed++;
    } else if (run.length && ++between > MOST_LINES_BETWEEN_ENTRIES) {
      if (run.length >= 3) return block(lines, run, headed, oneSpaced > 0, converted);
      run = [];
      between = 0;
      headed = false;
      oneSpaced = placed = 0;
    } else if (!run.length) {
      // Most lines are longer than a contents heading: they are passed over without their text.
      // A column's heading may stand between it and the first entry (`Page`, `Paragraph`).
      if (mayBeTocHeading(lines, i) && isTocHeading(converted ? matchMarkdownHeading(lines.text(i))?.title ?? lines.text(i) : lines.text(i))) {
        headed = true;
        headingLine = i;
      } else if (i - headingLine > MOST_LINES_UNDER_TOC_HEADING) headed = false;
    }
  }
  return run.length >= 3 ? block(lines, run, headed, oneSpaced > 0, converted) : undefined;
}

type EntryKind = 'placed' | 'one-space';

/**
 * A detached place (see isDetachedPlace) under a title: the line above is an entry whose place this
 * line gives. Set flush under it, as text extracted without its layout sets it: a page number set
 * far to the right of a line is a page's.
 */
function placesTitleAbove(lines: Lines, i: number): boolean {
  if (!isDetachedPlace(lines.text(i))) return false;
  const title = titleAbove(lines, i);
  return title !== undefined && !isDigit(lines.lastCode(title)) && !isDetachedPlace(lines.text(title)) && indentOf(lines.text(i)) <= indentOf(lines.text(title)) + HANGING_SLACK;
}

/** The nearest line with text above line i, at most MOST_LINES_BETWEEN_ENTRIES lines up. */
function titleAbove(lines: Lines, i: number): number | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 1 - MOST_LINES_BETWEEN_ENTRIES; j--) if (lines.firstCode(j) >= 0) return j;
  return undefined;
}

/** The line that holds an entry's title: the entry's own, or the one above the place it gives on a line apart. */
function entryTitleLine(lines: Lines, i: number): number {
  return isDetachedPlace(lines.text(i)) ? titleAbove(lines, i) ?? i : i;
}

/**
 * Whether the line is a contents entry, and how surely: by its leader or tab, or under a contents
 * heading only; by a page one space after its title only where no entry so far was surer.
 */
function entryKind(text: string, headed: boolean, oneSpace: boolean, converted: boolean, first = false): EntryKind | undefined {
  // `**Chapter 4** **Independent oversight** **5**`: a converter from PDF sets each bold run of
  // an entry apart, its page number too; such an entry opens the contents, plain ones may follow.
  if (converted) return headed && oneSpace && (BOLD_PAGE.test(text) || !first) && isOneSpaceTocEntry(text.replace(BOLD_MARKS, '')) ? 'one-space' : undefined;
  if (isTocEntry(text) || (headed && isSpacedTocEntry(text))) return 'placed';
  return headed && oneSpace && isOneSpaceTocEntry(text) ? 'one-space' : undefined;
}

/**
 * `Abstract 2`, `Foreword 3` over `**1. Introduction** **8**`: the front matter's entries plain before
 * the first chapter's in bold, which a few lines below confirms the contents a converter set.
 */
function boldEntryBelow(lines: Lines, i: number): boolean {
  for (let j = i + 1; j < lines.count && j <= i + MOST_LINES_TO_BOLD_ENTRY; j++) if (BOLD_PAGE.test(lines.text(j))) return true;
  return false;
}

const MOST_LINES_TO_BOLD_ENTRY = 12;

/**
 * `**1. INTRODUCTION** **5**` over `1.1 CONTEXT ......... 5`: a converter from PDF sets a chapter's
 * entry in bold, its page a bold run apart, among its sections' entries with leaders; such an entry
 * (or a run of them) before an entry with a leader is one.
 */
function boldAmongLeaders(lines: Lines, i: number): EntryKind | undefined {
  if (!BOLD_RUN_PAGE.test(lines.text(i))) return undefined;
  for (let j = i + 1; j < lines.count && j <= i + MOST_LINES_TO_LEADER; j++) {
    if (lines.firstCode(j) < 0) continue;
    const text = lines.text(j);
    if (!BOLD_RUN_PAGE.test(text)) return isTocEntry(text) ? 'placed' : undefined;
  }
  return undefined;
}

/** The page a bold run apart after the bold title (`**1. INTRODUCTION** **5**`), the surer of BOLD_PAGE's two forms. */
const BOLD_RUN_PAGE = /\S\*\*\s+\*\*[0-9]{1,4}\*\*\s*$/;

const MOST_LINES_TO_LEADER = 8;

/** `**Oversight** **5**`, or the page plain after the bold title (`**Summary report** 4`). */
const BOLD_PAGE = /\S\*\*\s+(?:\*\*[0-9]{1,4}\*\*|[0-9]{1,4})\s*$/;

const BOLD_MARKS = /\*\*/g;

/**
 * A line short enough for a contents heading, or one the page centred (`CONTENTS` after forty
 * spaces, as text extracted with its layout sets it): its indentation is no part of its length.
 */
function mayBeTocHeading(lines: Lines, i: number): boolean {
  const length = lines.end(i) - lines.start(i);
  return length <= LONGEST_TOC_HEADING || (length <= LONGEST_CENTRED_LINE && isSpace(lines.source.charCodeAt(lines.start(i))));
}

/** A centred contents heading is set in a page this wide at most. */
const LONGEST_CENTRED_LINE = 120;

const MOST_LINES_BETWEEN_ENTRIES = 2;
/** Lines between a contents heading and its first entry: a column's heading, blank lines. */
const MOST_LINES_UNDER_TOC_HEADING = 4;
/** `**Table of Contents**` with an indent: no contents heading is longer. */
const LONGEST_TOC_HEADING = 40;
/** An entry set in bold ends with its closing marks (`**Summary ..... 3**`). */
const ASTERISK = 0x2a;
/** A linked entry ends with its link's closing parenthesis (see isLinkedTocEntry). */
const CLOSE_PAREN = 0x29;

/** A numbered entry with its title on its line (not `Annex` alone over its title, which the next line gives). */
function titledAfterNumber(entry: string): boolean {
  const start = readTitleNumber(entry)?.titleStart;
  return start !== undefined && start < entry.length;
}

/** The column where a numbered entry's title starts (`第３章\u3000` takes eight: a full-width character takes two). */
function titleColumn(entry: string): number {
  return columnWidth(entry, readTitleNumber(entry)?.titleStart ?? 0);
}

/** A line set this much further in than the entry under it is centred over it, no part of its title. */
const CENTRED_INDENT = 12;
/** A wrapped entry may hang a few columns past its title's start (`Finding 2: The NPS …` over `   Drinking Water Systems`). */
const HANGING_SLACK = 4;

function block(lines: Lines, entryIndexes: number[], headed: boolean, oneSpaced: boolean, converted: boolean): TocBlock {
  const firstTitle = entryTitleLine(lines, entryIndexes[0]);
  let first = firstTitle;
  for (let i = first - 1; i >= Math.max(0, first - 1 - MOST_LINES_UNDER_TOC_HEADING); i--) {
    if (isTocHeading(lines.text(i))) first = i;
  }
  const lastLocated = entryIndexes[entryIndexes.length - 1];
  const last = unlocatedEntriesAfter(lines, lastLocated);
  const titles: string[] = [];
  const indents: number[] = [];
  /** Per title: the run of entries between blank lines it stands in, and whether it gives its place. */
  const groups: number[] = [];
  const located: boolean[] = [];
  const bold: boolean[] = [];
  /** Per title: the paragraphs its entry covers, where it gives them as a range. */
  const ranges: (ParagraphRange | undefined)[] = [];
  let group = 0;
  let pending = '';
  let pendingIndent = 0;
  /** `opening`: the line the entry opens with (bold or not); `place`: the text that gives its place, if any. */
  const addEntry = (title: string, indent: number, hasPlace: boolean, opening: string, place?: string) => {
    titles.push(title);
    indents.push(indent);
    groups.push(group);
    located.push(hasPlace);
    bold.push(opensBold(opening));
    ranges.push(place === undefined ? undefined : paragraphRange(place));
  };
  // From the first entry: a column's heading above it (`Paragraph`) is none.
  for (let i = firstTitle; i <= last; i++) {
    const line = lines.text(i);
    const text = line.trim();
    if (!text) {
      if (!pending) group++;
      continue;
    }
    if (pending && isDetachedPlace(text)) {
      addEntry(pending, pendingIndent, true, pending, text);
      pending = '';
      continue;
    }
    // A page's footer inside the contents (`PAGE | 3`) is no entry.
    if (isPageNumber(text)) continue;
    // `第３章\u3000医師の働き方改革` over `\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000東都大学 教授\u3000石原 達也 …… 6`: a line set deeper than
    // the entry's title starts, where a wrapped title would go on, is a line of its own (the
    // chapter's author, as a society's report lists each chapter's); the entry above has no page.
    // So is a line the page centred over the entries (`REPORT`, `PART I` over `CHAPTER I   INTRODUCTORY   1`): a part's name.
    if (pending && ((titledAfterNumber(pending) && indentOf(line) > pendingIndent + titleColumn(pending) + HANGING_SLACK) || pendingIndent > indentOf(line) + CENTRED_INDENT)) {
      addEntry(pending, pendingIndent, false, pending);
      pending = '';
    }
    const indent = pending ? pendingIndent : indentOf(line);
    const hasPlace = entryKind(line, headed, oneSpaced, converted) !== undefined || isLinkedTocEntry(line) || (!converted && boldAmongLeaders(lines, i) !== undefined);
    if (hasPlace || i > lastLocated) {
      // A list of figures or tables (`Figure 1.1 Total supply … 5`, under `**List of figures**`) names captions, no headings.
      if (isCaptionStart(text) || isCaptionStart(pending)) {
        pending = '';
        continue;
      }
      // An entry of Word's linked contents wrapped before its linked page number is read whole.
      addEntry(pending && endsWrappedLinkedEntry(text) ? tocTitle(joinWrapped(pending, text)) : joinWrapped(pending, tocTitle(text)), indent, hasPlace, pending || text, text);
      pending = '';
    } else if (!pending && located.length > 0 && located[located.length - 1] && indent > indents[indents.length - 1] && lines.firstCode(i - 1) >= 0) {
      // `    ● 経済・財政 …… 4` over `        【成長戦略】【財政】`: the sections of the entry above,
      // run in on a line set deeper, with no place of their own; no part of the next entry.
      continue;
    } else {
      if (isCaptionStart(text)) pending = ''; // the line over a list of figures starts none of them
      if (!pending) pendingIndent = indent;
      pending = joinWrapped(pending, text); // an entry wrapped before its page number
    }
  }
  const indented = indentedTitles(titles, indents);
  const nestedTitles = indented.length ? indented : titlesInRanges(titles, ranges);
  const grouped = nestedTitles.length ? nestedTitles : groupedTitles(titles, groups, located);
  const nested = grouped.length ? grouped : plainUnderBold(titles, bold);
  return nested.length ? { first, last, titles, nestedTitles: nested } : { first, last, titles };
}

/**
 * `**Chapter 1: Background** **7**` over `How the investigation came about 7`: a contents converted
 * from PDF to Markdown keeps the bold of the chapters' entries, the sections' set plain under
 * them. Where the first entry and at least LEAST_BOLD_ENTRIES are bold, the plain ones are sections.
 */
function plainUnderBold(titles: readonly string[], bold: readonly boolean[]): string[] {
  if (!bold[0] || bold.filter(Boolean).length < LEAST_BOLD_ENTRIES) return [];
  return titles.filter((_, k) => !bold[k]);
}

const LEAST_BOLD_ENTRIES = 3;

function opensBold(entry: string): boolean {
  return entry.startsWith('**') || entry.startsWith('__');
}

/**
 * `Observations ..... 19-52` with its sections' entries right under it, a blank line before the
 * next chapter's: a contents laid out flush left groups each chapter with its sections. The
 * entries after the first of a group, each with its place, are sections. Contents with a blank
 * line after every entry (as text extracted from PDF often has) group nothing.
 */
function groupedTitles(titles: readonly string[], groups: readonly number[], located: readonly boolean[]): string[] {
  const nested = titles.filter((_, k) => k > 0 && groups[k] === groups[k - 1] && located[k]);
  const distinctGroups = new Set(groups).size;
  return distinctGroups >= LEAST_GROUPS && nested.length && nested.length * 2 < titles.length ? nested : [];
}

const LEAST_GROUPS = 3;

/**
 * `Annexes`, `Annex I – …`, `Glossary` after the last entry with a locator: contents list their
 * back matter without pages or paragraphs (an audit office's report numbers only its body's
 * paragraphs). A short line after the entries, set in as they are, is one too when it stands
 * again alone on its line further on, after the last located entry's heading (the contents keep
 * the text's order; a report's title over its first page stands again above that heading).
 * Returns the last line of the contents.
 */
function unlocatedEntriesAfter(lines: Lines, last: number): number {
  const titleLine = entryTitleLine(lines, last);
  const indent = indentOf(lines.text(titleLine));
  let headingEnd = -1;
  let end = last;
  for (let i = last + 1; i < lines.count && i <= last + MOST_UNLOCATED_LINES; i++) {
    if (lines.firstCode(i) < 0) continue;
    const line = lines.text(i);
    const text = line.trim();
    if (indentOf(line) !== indent || text.length > LONGEST_UNLOCATED_TITLE || SENTENCE_END.test(text)) break;
    if (headingEnd < 0) headingEnd = lineStandingAgain(lines, lines.end(i), tocTitle(lines.text(titleLine).trim()));
    if (headingEnd < 0 || lineStandingAgain(lines, headingEnd, text) < 0) break;
    end = i;
  }
  return end;
}

/** The end of the first whole line that is `text` from offset `from` on, or -1. */
function lineStandingAgain(lines: Lines, from: number, text: string): number {
  const source = lines.source;
  for (let at = source.indexOf(text, from); at >= 0; at = source.indexOf(text, at + text.length)) {
    const lineStart = source.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = source.indexOf('\n', at);
    const end = lineEnd < 0 ? source.length : lineEnd;
    if (!source.slice(lineStart, at).trim() && !source.slice(at + text.length, end).trim()) return end;
  }
  return -1;
}

const MOST_UNLOCATED_LINES = 24;
const LONGEST_UNLOCATED_TITLE = 80;
const SENTENCE_END = /[.。!?！？:：]$/;

interface ParagraphRange {
  from: number;
  to: number;
}

/** `Introduction ..... 01-13`, `01-13` alone: the paragraphs an entry covers, numbered in Arabic figures. */
function paragraphRange(text: string): ParagraphRange | undefined {
  const range = RANGE_AT_END.exec(text);
  return range ? { from: Number(range[1]), to: Number(range[2]) } : undefined;
}

const RANGE_AT_END = /(?:^|\s)([0-9]{1,4})\s*[–-]\s*([0-9]{1,4})\s*$/;

/**
 * `Introduction 01-13` over `EU funding … 06-10`: where the contents give each entry the paragraphs
 * it covers (see isDetachedPlace), an entry whose paragraphs lie within an earlier entry's is
 * one of its sections, however flush left the contents set it.
 */
function titlesInRanges(titles: readonly string[], ranges: readonly (ParagraphRange | undefined)[]): string[] {
  return titles.filter((_, k) => {
    const range = ranges[k];
    return range !== undefined && ranges.some((outer, j) => j < k && outer !== undefined && outer.from <= range.from && range.to <= outer.to && (outer.from < range.from || range.to < outer.to));
  });
}

/**
 * The entries set in deeper than the contents' first, as a contents laid out for print (and its
 * text extracted with the layout kept) sets sections under their chapter: `  提言１ …` under `Ⅱ．提言`.
 */
function indentedTitles(titles: readonly string[], indents: readonly number[]): string[] {
  if (!indents.length) return [];
  const outer = indents[0];
  if (indents.some(indent => indent < outer)) return [];
  return titles.filter((_, k) => indents[k] >= outer + LEAST_NESTING_INDENT);
}

/**
 * How much deeper than the first entry a nested entry is set: one space will do (` (1) …` under
 * `２ …`, as pdftotext keeps a Japanese paper's contents; the first entry sets the margin).
 */
const LEAST_NESTING_INDENT = 1;

