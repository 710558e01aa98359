import type { Lines } from '../lines';
import { isChapterNumberAlone, matchChapterHeading } from '../rules/chapter-heading';
import { isDigit, writtenInCapitals } from '../rules/line-start';
import { toAsciiDigits } from '../rules/numerals';
import { columnGap } from '../rules/aligned-columns';
import { firstVisibleLine } from '../line-context';
import { matchNumberedHeading } from '../rules/numbered-heading';
import { readTitleNumber } from './numbering';
import { escapePattern } from '../rules/escape-pattern';

/**
 * Page furniture of paginated plain text (RFC-style drafts, text printed from PDFs): the form
 * feed, the `[Page 12]` footer, and the running header and footer that repeat at every page
 * break. They are recognised by repeating next to page breaks, never by their words, and the
 * blank lines around them are furniture too, so that a list item cut by a page break goes on.
 */
export function findPageFurniture(lines: Lines): Uint8Array | undefined {
  const formFeeds = lines.source.indexOf('\f') >= 0;
  const marks: number[] = [];
  for (let i = 0; i < lines.count; i++) {
    // A form feed is white space: a line holding only one reads as blank.
    if (lines.firstCode(i) < 0 && !formFeeds) continue;
    const markable = mayEndPageMark(lines.lastCode(i));
    if (!formFeeds && !markable) continue;
    const text = lines.text(i);
    if ((formFeeds && text.includes('\f')) || (markable && PAGE_MARK.test(text))) marks.push(i);
  }
  const footers = findNumberedFooters(lines);
  if (formFeeds && footers.size) addFacingFooters(lines, footers);
  const breaks = footers.size ? [...new Set([...marks, ...footers])].sort((a, b) => a - b) : marks;
  if (breaks.length < MIN_PAGES) return undefined;

  const furniture = new Uint8Array(lines.count);
  // A line near two marks of one page break (its footer and its form feed) counts once.
  const nearBreak = new Map<string, Set<number>>();
  // The line over each page's second line, for a header must stand at the page's top (see underPageText).
  const over = new Map<number, number>();
  for (const at of breaks) {
    // A form feed before text (`\fChapter 7:`, as pdftotext starts each page) starts the page's
    // first line, which is furniture only if it repeats; a mark alone on its line is furniture.
    const opensPage = lines.firstCode(at) >= 0 && !PAGE_MARK.test(lines.text(at)) && !footers.has(at);
    if (!opensPage) furniture[at] = 1;
    for (const [i, side] of visibleNeighbours(lines, at, opensPage)) {
      if (opensPage && side === '>' && i !== at) over.set(i, at);
      if (endsLongSentence(lines, i) || (side === '<' && wrapsIntoLongSentence(lines, i))) continue;
      // A header repeats at the pages' tops, a footer at their feet: a line once at a foot and once
      // at a top (a contents' last entry, the heading it lists) is no furniture.
      const key = side + repeatKey(lines.text(i));
      const seen = nearBreak.get(key);
      if (seen) seen.add(i);
      else nearBreak.set(key, new Set([i]));
    }
  }
  const running: { key: string; repeats: number[]; before: boolean }[] = [];
  for (const [sidedKey, at] of nearBreak) {
    const key = sidedKey.slice(1);
    if (!key || at.size < (formFeeds ? MIN_PAGES_FED : MIN_PAGES)) continue;
    const repeats = [...at].sort((a, b) => a - b);
    if (opensNumberedParts(lines, repeats, breaks) || countsAppendices(lines, repeats)) continue;
    if (repeats.length === MIN_PAGES_FED && namesItsChapter(lines.text(repeats[0])) && pagesBetween(breaks, repeats[0], repeats[1]) > MOST_PAGES_APART) continue;
    const away = awayFromBreaks(lines, key, at, repeats[0]);
    if (away.count < 2 && !listedInContents(lines, lines.text(repeats[0]))) running.push({ key, repeats, before: away.before });
  }
  dropLinesUnderPageText(lines, running, over, furniture, formFeeds ? MIN_PAGES_FED : MIN_PAGES);
  // A running header over the text's first page (left and right pages headed alike or in turn)
  // shows an extract begun inside its chapter: a chapter named in a header opens no page of it.
  const first = firstVisibleLine(lines);
  const firstKey = first < 0 ? '' : repeatKey(lines.text(first));
  const extract = running.some(({ key, repeats }) => repeats[0] === first || key === firstKey);
  for (const { repeats, before } of running) {
    const opensChapter = !extract && namesItsChapter(lines.text(repeats[0])) && !before && !numberSetAloneBefore(lines, lines.text(repeats[0]), repeats[0]);
    for (const i of opensChapter ? repeats.slice(1) : repeats) furniture[i] = 1;
  }
  markHeadingsInCapitals(lines, breaks, furniture);
  absorbBlankLines(lines, furniture);
  return furniture;
}

/**
 * `14  Approved Document K, 2013 edition`, `Annual Report 2030    7`: a running footer or header
 * that carries the page's number, as text extracted from a PDF without its form feeds keeps it.
 * The same words with a number counting up at least MIN_PAGES times: each is a page break's mark.
 * A numbered heading differs from the next in its words, a footnote too.
 */
function findNumberedFooters(lines: Lines): Set<number> {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < lines.count; i++) {
    // Most lines neither start nor end with a digit: the pattern reads only the others.
    if (!isDigit(lines.firstCode(i)) && !isDigit(lines.lastCode(i))) continue;
    const text = lines.text(i);
    if (!NUMBERED_RUNNING_LINE.test(text)) continue;
    const key = repeatKey(text);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const footers = new Set<number>();
  for (const at of groups.values()) {
    if (at.length < MIN_PAGES) continue;
    const numbers = at.map(i => edgeNumber(lines, i));
    if (numbers.every((n, k) => k === 0 || n > numbers[k - 1])) for (const i of at) footers.add(i);
  }
  return footers;
}

/**
 * `CHAPTER 3: QUAYS      9` between the footers of pages 8 and 10: facing pages carry footers of
 * their own (the report's title on the even ones, the chapter's on the odd), so the odd ones
 * differ from chapter to chapter. A page's last line whose number is the page between two footers
 * found is a footer too.
 */
function addFacingFooters(lines: Lines, footers: Set<number>): void {
  const byNumber = new Map<number, number>();
  for (const i of footers) {
    const n = edgeNumber(lines, i);
    if (!Number.isNaN(n)) byNumber.set(n, i);
  }
  for (let i = 0; i + 1 < lines.count; i++) {
    if (!lines.opensPage(i + 1) || footers.has(i) || !isDigit(lines.lastCode(i))) continue;
    const n = edgeNumber(lines, i);
    const before = byNumber.get(n - 1);
    const after = byNumber.get(n + 1);
    if (before !== undefined && after !== undefined && before < i && i < after) footers.add(i);
  }
}

/** The page number at the line's edge (see PAGE_NUMBER_AT_EDGE), or NaN. */
function edgeNumber(lines: Lines, i: number): number {
  const edge = PAGE_NUMBER_AT_EDGE.exec(lines.text(i).trim());
  return edge ? Number(edge[1] ?? edge[2]) : NaN;
}

/** A page number at the line's start or end, set apart from the words by two spaces or more. */
const NUMBERED_RUNNING_LINE = /^\s*[0-9]{1,4}\s{2,}\S|\S\s{2,}[0-9]{1,4}\s*$/;
const PAGE_NUMBER_AT_EDGE = /^([0-9]{1,4})\s{2,}|\s{2,}([0-9]{1,4})$/;

/** Pages before a repeated line counts as a running header or footer. */
const MIN_PAGES = 3;
/** The same where form feeds mark the pages: the breaks are certain, two repeats tell. */
const MIN_PAGES_FED = 2;
/**
 * Two repeats this many pages apart or more are no running header: a chapter's title at the top of
 * a page of a front list that restates each chapter's recommendations, and where the chapter opens.
 */
const MOST_PAGES_APART = 4;

/** How many page breaks lie between lines a and b. */
function pagesBetween(breaks: readonly number[], a: number, b: number): number {
  let count = 0;
  for (const at of breaks) if (at > a && at < b) count++;
  return count;
}

/** How many visible lines on each side of a page break can be a header or footer. */
const REACH = 2;
/**
 * `[Page 12]`, `[Page #12]` (a converter's mark between the pages it extracted), `Page 3 of 9`,
 * `- 12 -` as Japanese reports printed from PDFs number their pages (`－１２－`), `3 / 12` as a
 * word processor numbers them page of pages, and `## 12`, a
 * page number that a PDF-to-Markdown converter set as a heading (`# Page 3` too).
 */
const PAGE_MARK = /^-----$|\[\s*Page\s+#?\d+\s*\]\s*$|^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$|^\s*(?:#{1,6}\s+)?Page\s+\d+(\s*of\s*\d+)?\s*$|^\s*[-–－]\s*[0-9０-９]+\s*[-–－]\s*$|^#{1,6}\s+\d{1,4}\s*$/;

/** A page mark ends with `]`, a digit or a dash: other lines are passed over without their text. */
function mayEndPageMark(code: number): boolean {
  return code === 0x5d || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2013 || code === 0xff0d || (code >= 0xff10 && code <= 0xff19);
}

/**
 * Lines that repeat at page breaks but count up by one while many pages pass between them
 * (`Chapter 13:`, `Chapter 14:` … at the top of the page each chapter starts on): headings of
 * parts that each open a page, not a running header, whose numbers stay or follow the pages.
 */
function opensNumberedParts(lines: Lines, at: number[], breaks: number[]): boolean {
  const numbers = at.map(i => FIRST_NUMBER.exec(lines.text(i))?.[0]).map(n => (n === undefined ? NaN : Number(n.normalize('NFKC'))));
  for (let k = 1; k < numbers.length; k++) if (numbers[k] !== numbers[k - 1] + 1) return false;
  const pagesBetween = breaks.filter(b => b > at[0] && b < at[at.length - 1]).length;
  return pagesBetween > 2 * (at.length - 1) || numberedOtherThanPages(lines, at, numbers, breaks) || skipsPages(at, breaks);
}

/**
 * `Annex 1`, `Annex 2`, `Annex 3` atop pages one after another: a report's annexes, each opening a
 * page of its own, counted as annexes are, never a page counter's header.
 */
function countsAppendices(lines: Lines, at: readonly number[]): boolean {
  const numbers = at.map(i => readTitleNumber(lines.text(i).trim()));
  return numbers.every((n, k) => n?.family === 'appendix' && n.path[0] === (numbers[0]?.path[0] ?? 0) + k);
}

/**
 * Each line a page or more after the last, though its number is the next (`意見書案第１号` atop the
 * page of the first draft, `意見書案第２号` two pages on, as an assembly's bundle sets each draft
 * with its annexed opinion): a page counter would have counted those pages too.
 */
function skipsPages(at: number[], breaks: number[]): boolean {
  const page = (line: number) => breaks.filter(b => b <= line).length;
  for (let k = 1; k < at.length; k++) if (page(at[k]) - page(at[k - 1]) < 2) return false;
  return true;
}

/**
 * A page counter in a running line gives its page's own number; a line counting up page by page
 * whose numbers the pages' marks contradict (`意見書案第２号` heading the page marked `- 3 -`, as
 * an assembly's bundle of drafts sets one draft to a page after its cover) numbers parts.
 */
function numberedOtherThanPages(lines: Lines, at: number[], numbers: number[], breaks: number[]): boolean {
  return at.every((line, k) => {
    const foot = breaks.find(b => b > line);
    const page = foot === undefined ? undefined : PAGE_NUMBER_IN_MARK.exec(lines.text(foot))?.[0];
    return page !== undefined && Number(page.normalize('NFKC')) !== numbers[k];
  });
}

const PAGE_NUMBER_IN_MARK = /[0-9０-９]+/;

const FIRST_NUMBER = /[0-9０-９]+/;

/**
 * `第２章\u3000現状と課題` over each page of the chapter, as reports printed from Word name the
 * chapter in the running header: the first time, when it opens the page the chapter starts on, is
 * the chapter's own heading, and only the repeats are furniture. A header naming the report itself
 * carries no chapter's number and goes whole, and so does one over the text's first page, or in a
 * text whose first page has a running header of its own (an extract: `第1節…` over odd pages,
 * `第3章…` over even ones, as an audit board's annual report prints one finding of its chapter).
 */
function namesItsChapter(text: string): boolean {
  // `Ⅰ\u3000人権オンブズパーソン制度の概要`: a chapter numbered in Roman, as Japanese reports number theirs.
  return matchChapterHeading(text) !== undefined || matchNumberedHeading(text) !== undefined || readTitleNumber(text.trim())?.family === 'roman';
}

/**
 * `第２章` alone on the chapter's title page, its title set lines below it, before `第２章\u3000持続
 * 可能な…` heads the chapter's pages: the chapter opened on its title page, so the header's first
 * time is a repeat too. Only the number alone counts: a contents' entry carries its title.
 */
function numberSetAloneBefore(lines: Lines, header: string, firstRepeat: number): boolean {
  const named = matchChapterHeading(header);
  if (!named) return false;
  for (let i = 0; i < firstRepeat; i++) {
    const first = lines.firstCode(i);
    if (first < 0) continue;
    const text = lines.text(i);
    const alone = matchChapterHeading(text, first);
    if (alone && alone.number === named.number && isChapterNumberAlone(text)) return true;
  }
  return false;
}

/**
 * The lines that repeat a line near the page breaks away from them, and whether one comes before
 * the first repeat. Twice or more (`【所見】` heading each finding of an evaluation, some of them at
 * a page's top by chance), it is the text's own heading, no running header, which stands only where
 * the pages break. One before the first repeat was the heading of the chapter a header names.
 */
function awayFromBreaks(lines: Lines, key: string, near: ReadonlySet<number>, firstRepeat: number): { count: number; before: boolean } {
  const first = lines.firstCode(firstRepeat);
  let count = 0;
  let before = false;
  for (let i = 0; i < lines.count && count < 2; i++) {
    if (lines.firstCode(i) !== first || near.has(i) || repeatKey(lines.text(i)) !== key) continue;
    count++;
    if (i < firstRepeat) before = true;
  }
  return { count, before };
}

/**
 * Whether the contents list the line's text as an entry again and again, its leader dots after it
 * (`Recommendations ........ 5` under each finding of an audit) or its page set apart by spaces
 * (`    Recommendations          11`, a state comptroller's contents printed to text): a sub-heading
 * the pages happen to open with, no header. (A chapter's title listed once may head its pages as a
 * running header.)
 */
function listedInContents(lines: Lines, text: string): boolean {
  const title = text.trim();
  if (!title) return false;
  const listed = lines.source.match(new RegExp(`^[ \\t]*${escapePattern(title)}[ \\t]*(?:\\.{3,}|…{2,}|(?:\\. ){3,}|[ \\t]{2,}[0-9]{1,3}[ \\t]*$)`, 'gm'));
  return listed !== null && listed.length >= LEAST_LISTINGS;
}

/** A title the contents list this often is a sub-heading every part repeats. */
const LEAST_LISTINGS = 2;

/** The line with its numbers (page, date) masked and its spacing folded: repeats share a key. */
function repeatKey(text: string): string {
  return text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * A running header or footer names a report, a chapter or a page; a long line that ends a sentence
 * is text, though it stands at two pages' feet (a committee's recommendation closing a paragraph
 * of its body and again its list of recommendations at the end).
 */
function endsLongSentence(lines: Lines, i: number): boolean {
  const last = lines.lastCode(i);
  return (last === 0x2e /* . */ || last === 0x3002 /* 。 */) && lines.end(i) - lines.start(i) >= LONGEST_RUNNING_SENTENCE;
}

/** A long line at a page's foot that the page wrapped into such a sentence (`R8  The Ministry … the remote witnessing` over `provisions five years after …`) is text as well. */
function wrapsIntoLongSentence(lines: Lines, i: number): boolean {
  return i + 1 < lines.count && lines.end(i) - lines.start(i) >= LONGEST_RUNNING_SENTENCE && lines.firstCode(i + 1) >= 0 && endsLongSentence(lines, i + 1);
}

/** Longer than this and ending with a full stop, a line is a sentence of the text. */
const LONGEST_RUNNING_SENTENCE = 40;

/**
 * `2. ENERGY SECURITY` atop each page after a chapter's first, as an agency's template heads its
 * pages with the chapter's title in capitals (`## **2. Energy security**` where it opens): a page's
 * first line in capitals that an earlier line, not in capitals, says whole is a running header,
 * though it heads a single page and so never repeats.
 */
function markHeadingsInCapitals(lines: Lines, breaks: readonly number[], furniture: Uint8Array): void {
  let folded: string | undefined;
  for (const at of breaks) {
    let top = at + 1;
    while (top < lines.count && (lines.firstCode(top) < 0 || furniture[top] === 1)) top++;
    if (top >= lines.count || furniture[top]) continue;
    const text = lines.text(top).trim();
    if (text.length > LONGEST_RUNNING_SENTENCE || !writtenInCapitals(text)) continue;
    folded ??= lines.source.toLowerCase();
    // Where folding changes a text's length (`İ`), its offsets are no longer the text's.
    if (folded.length !== lines.source.length) return;
    if (saidBeforeInOtherCase(lines, folded, text, top)) furniture[top] = 1;
  }
}

/** Whether a line before line `top` is `text` whole, in other case, its Markdown heading marks and bold aside. */
function saidBeforeInOtherCase(lines: Lines, folded: string, text: string, top: number): boolean {
  const wanted = text.toLowerCase();
  const end = lines.start(top);
  for (let at = folded.indexOf(wanted); at >= 0 && at < end; at = folded.indexOf(wanted, at + wanted.length)) {
    const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = folded.indexOf('\n', at);
    const line = lines.source.slice(lineStart, lineEnd < 0 ? lines.source.length : lineEnd);
    const whole = line.replace(HEADING_MARKUP, '').trim();
    if (whole.toLowerCase() === wanted && whole !== text) return true;
  }
  return false;
}

/** `## **…**`, `__…__`: the marks around a Markdown heading's title. */
const HEADING_MARKUP = /^#{1,6}\s+|\*\*|__/g;

/**
 * `（１）現状と課題` second on each page a chapter opens (`\f２．医療・介護分野の改革` over it, as a
 * council's report starts every chapter on a new page with the same first section): a numbered
 * running header stands at the page's top, second only under another line that repeats (a two-line
 * header), another mark of the page break, the page's number or a chapter's title said whole before
 * (a header not found repeating). Its repeats under the page's own text are the text's headings; a
 * line left with too few repeats is no header.
 */
function dropLinesUnderPageText(lines: Lines, running: { key: string; repeats: number[] }[], over: ReadonlyMap<number, number>, marks: Uint8Array, least: number): void {
  const keys = new Set(running.map(r => r.key));
  const underPageText = (i: number) => {
    const top = over.get(i);
    if (top === undefined || marks[top] !== 0 || readTitleNumber(lines.text(i).trim()) === undefined) return false;
    const text = lines.text(top);
    return !keys.has(repeatKey(text)) && !LONE_PAGE_NUMBER.test(text) && !saidWholeBefore(lines, top, text.replace(PAGE_NUMBER_BY_BAR, '').trim());
  };
  for (let k = running.length - 1; k >= 0; k--) {
    const repeats = running[k].repeats.filter(i => !underPageText(i));
    if (repeats.length < least) running.splice(k, 1);
    else running[k].repeats = repeats;
  }
}

/** Whether a line before line i reads `title` whole: the chapter's heading that a header over its later pages repeats. */
function saidWholeBefore(lines: Lines, i: number, title: string): boolean {
  if (!title) return false;
  for (let j = i - 1; j >= 0; j--) if (lines.firstCode(j) === title.charCodeAt(0) && lines.text(j).trim() === title) return true;
  return false;
}

/** `CHAPTER 2. POLICIES │ 7`, `12 │ CHAPTER 7. …`: the page's number by a bar, as a header set over facing pages carries it. */
const PAGE_NUMBER_BY_BAR = /^\s*[0-9]{1,4}\s*[│|]\s*|\s*[│|]\s*[0-9]{1,4}\s*$/g;

const LONE_PAGE_NUMBER = /^\s*(?:[0-9０-９]{1,4}|[ivxlcdm]{1,6})\s*$/i;

/**
 * The visible lines up to REACH before and after line `at` (from `at` itself when it opens the
 * page), each with its side: `<` at the foot of the page before, `>` at the top of the next.
 */
function visibleNeighbours(lines: Lines, at: number, opensPage: boolean): [number, string][] {
  const found: [number, string][] = [];
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let i = step > 0 && opensPage ? at : at + step; i >= 0 && i < lines.count && seen < REACH; i += step) {
      if (lines.firstCode(i) < 0) continue;
      found.push([i, step < 0 ? '<' : '>']);
      seen++;
    }
  }
  return found;
}

export function absorbBlankLines(lines: Lines, furniture: Uint8Array): void {
  for (let i = 0; i < lines.count; i++) {
    if (furniture[i] !== 1) continue;
    for (let j = i - 1; j >= 0 && lines.firstCode(j) < 0 && furniture[j] === 0; j--) furniture[j] = 2;
    for (let j = i + 1; j < lines.count && lines.firstCode(j) < 0; j++) furniture[j] = 2;
  }
}

/**
 * The footnotes at the foot of each page (`1  Report on X, 2024`, `2  Witness A, 3 May 2023`):
 * the blocks of text before a page break that open with a number or hold two numbered lines,
 * and a block between two of them (a footnote's text broken by a blank line). A heading is never
 * the last thing on its page (typesetting keeps it with its text), so no numbered line there is one.
 */
export function findPageFeet(lines: Lines, furniture: Uint8Array): Uint8Array {
  const feet = new Uint8Array(lines.count);
  const pages: number[][][] = [];
  let blocks: number[][] = [];
  for (let i = 0; i < lines.count; i++) {
    // A form feed before a line's text (`\f第１章 …`) breaks the page there too: the line opens the next one.
    if (furniture[i] === 1 || lines.opensPage(i)) {
      if (blocks.length) pages.push(blocks);
      blocks = [];
    }
    if (furniture[i] === 0 && lines.firstCode(i) >= 0) {
      const last = blocks[blocks.length - 1];
      if (last && last[1] === i - 1) last[1] = i;
      else blocks.push([i, i]);
    }
  }
  pages.forEach((page, p) => markFeet(lines, page, feet, pages[p + 1]?.[0]));
  return feet;
}

/**
 * Marks the page's last blocks that are footnotes, from the page break up. A numbered list that
 * runs over the break (`１ …`, `２ …`, `３ …` at a page's foot, `４ …` opening the next) is no
 * footnotes: notes go on at the next page's foot, never at its top.
 */
function markFeet(lines: Lines, blocks: number[][], feet: Uint8Array, nextPageTop: number[] | undefined): void {
  // A numbered section with its text (see headsItsText) is the page's body: the notes are below it.
  // So is a row of a table set out with spaces (`2     介護施設における…     a) 見守り…     厚生労働省`), its number its first cell.
  const section = (k: number) => FOOTNOTE_START.test(lines.text(blocks[k][0])) && (headsItsText(lines, blocks[k], blocks[k + 1]) || isTableRow(lines.text(blocks[k][0])));
  const numbered = (k: number) => k >= 0 && ((FOOTNOTE_START.test(lines.text(blocks[k][0])) && !section(k)) || numberedLines(lines, blocks[k]) >= 2 || FOOTNOTE_RULE.test(lines.text(blocks[k][0])));
  // The first block of a page is its top, never its foot: furniture that heads the pages (a running
  // header, no footer) leaves a page's opening heading, glued to its text, as its first block.
  let top = blocks.length;
  while (top - 1 >= 1 && top - 1 >= blocks.length - MOST_FOOTNOTE_BLOCKS && !section(top - 1) && (numbered(top - 1) || numbered(top - 2))) top--;
  // Notes that would fill most of the page are its numbered sections (a report's `1\u3000…` over
  // its text to the page's end), not its foot.
  const size = (from: number) => blocks.slice(from).reduce((sum, [first, last]) => sum + last - first + 1, 0);
  if (top === blocks.length || size(top) > MOST_FEET_SHARE * size(0)) return;
  const lastNumber = leadingNumber(lines.text(blocks[blocks.length - 1][0]));
  if (nextPageTop && lastNumber !== undefined && leadingNumber(lines.text(nextPageTop[0])) === lastNumber + 1) return;
  for (let k = top; k < blocks.length; k++) feet.fill(1, blocks[k][0], blocks[k][1] + 1);
}

/** Three cells or more, set apart as columns (see columnGap): a footnote's number stands apart from its text, its text runs on. */
function isTableRow(text: string): boolean {
  const first = columnGap(text);
  return first !== undefined && columnGap(text.slice(first.next)) !== undefined;
}

/** The share of a page's lines its footnotes take at most. */
const MOST_FEET_SHARE = 0.4;

/**
 * `１\u3000計画期間` over `５年間とします。`: a block that opens with a short numbered title, no
 * citation (no punctuation, no brackets), over text that ends its sentence (on its first line or
 * a line the page wrapped it onto) or over its first sub-heading, is a section with its text (a
 * municipal plan's `１\u3000…` under its chapters, an academy's `１ はじめに`), no footnote. Reports
 * may set a blank line between the title and what it heads (the block after it): its first
 * sub-heading (`（１）…`, `3.1 …` under `3 分析`), or a paragraph that is no note of its own.
 */
function headsItsText(lines: Lines, [first, last]: number[], next: number[] | undefined): boolean {
  const title = lines.text(first).trim();
  if (title.length > (title.charCodeAt(title.length - 1) >= CJK_FROM ? LONGEST_JAPANESE_TITLE : SHORTEST_FOOTNOTE) || CITATION_MARKS.test(title)) return false;
  if (first === last) return next !== undefined && (opensSubSection(lines.text(next[0]).trim()) || (!FOOTNOTE_START.test(lines.text(next[0])) && endsSentence(lines, next[0], next[1])));
  return SUB_HEADING.test(lines.text(first + 1).trim()) || endsSentence(lines, first + 1, last);
}

/** Whether a line from `from` to `to` ends a sentence: a paragraph may wrap over the page's width before it does. */
function endsSentence(lines: Lines, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (SENTENCE_END.test(lines.text(i).trim())) return true;
  return false;
}

/**
 * What a section opens with, no footnote being so numbered: its first point or sub-heading in
 * brackets (`(1) 各対象会計年度の…`, `（１）…`), or a decimal number's, `3.1 乗組員の資格等`.
 */
function opensSubSection(text: string): boolean {
  return BRACKETED_FIRST.test(text) || DECIMAL_SUB_HEADING.test(text);
}

const BRACKETED_FIRST = /^[(（][1１][)）]\s*\S/;
const DECIMAL_SUB_HEADING = /^[0-9０-９]{1,2}[.．][0-9０-９]{1,2}\s+\S/;
/**
 * `(1) 助言の実施` under `２\u3000措置の実施`: a section's first sub-heading, as an evaluation report sets it
 * (a title, no sentence; an audit's may list its points, `（1）検査の観点、着眼点、対象及び方法`).
 */
const SUB_HEADING = /^[(（][0-9０-９]{1,2}[)）]\s*[^\s、。，,][^。．]{0,30}$/;
/** A footnote is longer than a section's title, or cites with punctuation. */
const SHORTEST_FOOTNOTE = 25;
/**
 * A Japanese title runs longer in characters (`１  経営トップによる品質最優先の姿勢の明確化と継続的な発信`,
 * a proposal's heading in an investigating committee's report), short of a line of the page.
 */
const LONGEST_JAPANESE_TITLE = 38;
const CJK_FROM = 0x3000;
const CITATION_MARKS = /[、，,.．。「」『』（）()［］[\]:：]/;
const SENTENCE_END = /[。．]$/;

/** How many lines of a block open with a footnote's number (footnotes set close run on without blank lines). */
function numberedLines(lines: Lines, [first, last]: number[]): number {
  let count = 0;
  for (let i = first; i <= last && count < 2; i++) if (FOOTNOTE_START.test(lines.text(i))) count++;
  return count;
}

/** `____________`: the short rule a word processor draws over a page's footnotes. */
const FOOTNOTE_RULE = /^\s*_{5,}\s*$/;

/** The number a line opens with, as FOOTNOTE_START reads it. */
function leadingNumber(text: string): number | undefined {
  const start = FOOTNOTE_START.exec(text);
  return start ? Number(toAsciiDigits(start[1])) : undefined;
}

/** A footnote's number, then white space and its text, or its text on the next line. */
const FOOTNOTE_START = /^\s*([0-9０-９]{1,3})(?:\s+\S|\s*$)/;
/** Blocks of footnotes a page holds at most. */
const MOST_FOOTNOTE_BLOCKS = 20;
