import type { Lines } from '../lines';
import { endsMidPhrase } from '../rules/unfinished-line';
import { isBracketedTitle } from '../rules/bracketed-title';
import { CodeSet, codesOf, isLowerCaseLetter, isSpace, LESS_THAN, writtenInCapitals } from '../rules/line-start';
import { indentOf, matchListItem } from '../rules/list-item';
import { closesUnopenedQuote, leavesQuoteOpen } from '../rules/quotation';
import { COUNTER_WORD_SCHEME, JAPANESE_COUNTER_WORD_SCHEME, NUMBERING_SCHEMES, PAPER_COUNTER, type Numbering, type NumberingScheme } from './numbering';
import type { LiteralPattern } from './patterns';
import { titleKey } from './markdown-levels';
import { runInTitle } from '../rules/run-in-heading';
import { isOpenClause } from '../rules/open-clause';
import { taggedLineText } from './tagged-lines';
import { isTitleCase } from './title-case-headings';
import { isQuestionMark } from '../rules/prose-recommendation';

/** A numbered line shaped like a heading; whether it is one depends on its sequence. */
export interface Candidate extends Numbering {
  line: number;
  /** The whole line, trimmed: the heading's title as shown. */
  text: string;
  /** The title after the number: to find it again elsewhere (a contents lists it as the body does). */
  key: string;
  /** The line the title was read from, when the number stands alone on its line (`CHAPTER 3`, then the title). */
  titleLine?: number;
  /** The contents list the heading (its whole line, or with the next): its indentation is the page's layout, not its rank. */
  listed?: true;
  /** The paragraph's text runs on after its title on the same line (`A. Purpose. This memorandum …`). */
  runsIn?: true;
}

export interface CandidateScan {
  /** Lines not to read (contents, page furniture, Markdown headings handled elsewhere). */
  skip(i: number): boolean;
  /** Of those, the lines repeated at page breaks (a running header, or a title set again atop the next page). */
  repeated?(i: number): boolean;
  /** Plain `1.` and `1)` lines are Markdown list items, never headings, in a Markdown file. */
  markdown: boolean;
  patterns: readonly LiteralPattern[];
  /** The contents' entries as title keys: they confirm a bare number whose title is set on the lines below it. */
  listed: readonly string[];
}

/** Schemes by the first character of their lines: the dispatch comes from each scheme's `starts`. */
const SCHEMES_BY_START = new Map<number, NumberingScheme[]>();
/** A plain line's schemes: the built-in ones, then a counter word of the document's own. */
const LINE_SCHEMES = [...NUMBERING_SCHEMES, COUNTER_WORD_SCHEME, JAPANESE_COUNTER_WORD_SCHEME];
for (const scheme of LINE_SCHEMES) {
  for (const c of scheme.starts) {
    const code = c.charCodeAt(0);
    SCHEMES_BY_START.set(code, [...(SCHEMES_BY_START.get(code) ?? []), scheme]);
  }
}
const NUMBERING_STARTS = new CodeSet(LINE_SCHEMES.map(s => s.starts).join(''));
/** What a line numbered by a mark of its own starts with: a Japanese counter word starts as any line of text does. */
const MARK_STARTS = new CodeSet(LINE_SCHEMES.filter(s => s !== JAPANESE_COUNTER_WORD_SCHEME).map(s => s.starts).join(''));

/** Schemes that Markdown reads as list markers when they start a plain line. */
const MARKDOWN_LIST_FAMILIES = new Set(['dotted', 'right-paren']);
const STARTS_WITH_DIGIT = /^\s*[0-9]/;

/** Every numbered line of the text that could be a heading by its shape and surroundings. */
export function findCandidates(lines: Lines, scan: CandidateScan): Candidate[] {
  const found: Candidate[] = [];
  const spaced = isDoubleSpaced(lines);
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first < 0) continue;
    if (first === ASTERISK || first === UNDERSCORE) {
      if (!scan.skip(i)) addBoldCandidate(found, lines, i, scan);
      continue;
    }
    if (first === LESS_THAN) {
      if (!scan.skip(i)) addTaggedCandidate(found, lines, i, scan, spaced);
      continue;
    }
    const patterned = scan.patterns.length > 0 && scan.patterns.some(p => p.startsWith(first));
    if ((!patterned && !NUMBERING_STARTS.has(first)) || scan.skip(i)) continue;
    const text = lines.text(i);
    const candidate = readCandidate(lines, i, text, first, scan, spaced, scan.markdown);
    if (candidate) found.push(candidate);
  }
  return found;
}

/**
 * `<p> Section 1.  Introduction.</p>`, `<span style="…underline">Sec. 4.  Oversight. </span> The …`:
 * a web page or a legal text kept as Markdown with its paragraphs or its run-in headings in HTML
 * tags (tagged-lines.ts). The numbered words inside the tags are read as a plain line would be.
 */
function addTaggedCandidate(found: Candidate[], lines: Lines, i: number, scan: CandidateScan, spaced: boolean): void {
  const tagged = taggedLineText(lines, i);
  if (!tagged) return;
  const first = tagged.text.charCodeAt(0);
  const patterned = scan.patterns.length > 0 && scan.patterns.some(p => p.startsWith(first));
  if (!patterned && !NUMBERING_STARTS.has(first)) return;
  // `<u>Sec. 3.</u>  Definitions.  …`: the tag marks the number alone, and the title follows it.
  const candidate = readCandidate(lines, i, tagged.text, first, scan, spaced, false) ?? (tagged.after ? readCandidate(lines, i, `${tagged.text} ${tagged.after}`, first, scan, spaced, false) : undefined);
  if (!candidate) return;
  // A title wrapped inside its tag ends where the tag closes.
  if (tagged.last > i && candidate.titleLine === undefined) candidate.titleLine = tagged.last;
  found.push(candidate);
}

/** A numbered line's candidate, or undefined where its shape or the lines after it say it is no heading. */
function readCandidate(lines: Lines, i: number, text: string, first: number, scan: CandidateScan, spaced: boolean, markdown: boolean): Candidate | undefined {
  const numbering = readNumbering(text, first, scan.patterns) ?? readLoneNumber(text);
  if (!numbering || (markdown && MARKDOWN_LIST_FAMILIES.has(numbering.family) && STARTS_WITH_DIGIT.test(text))) return undefined;
  // `… A list of the relevant papers is in` over `Appendix IV.`: a sentence the page wrapped goes on.
  if (i > 0 && lines.firstCode(i - 1) >= 0 && !scan.skip(i - 1) && endsMidPhrase(lines.text(i - 1))) return undefined;
  // A paragraph that starts with a number is ruled out by its length before any copy is made.
  let end = text.length;
  while (end > numbering.titleStart && isSpace(text.charCodeAt(end - 1))) end--;
  // `1. 背景                 度から2023年度までの…`: a Japanese two-column page printed to text sets the
  // heading of the left column beside the right column's line; the heading ends at the gap. Only a
  // dotted number's (a table's numbered rows set their cells apart by such gaps too, the number in a column of its own).
  if (numbering.family === 'dotted' && text.charCodeAt(numbering.titleStart) >= CJK_FROM) {
    COLUMN_GAP.lastIndex = numbering.titleStart;
    const gap = COLUMN_GAP.exec(text);
    if (gap && gap.index < end) end = gap.index;
  }
  const runIn = RUN_IN_FAMILIES.has(numbering.family)
    ? runInTitle(text.slice(numbering.titleStart, end))
    : PARAGRAPH_FAMILIES.has(numbering.family) && !markdown ? runInTitle(text.slice(numbering.titleStart, end), { titleCaseOnly: true }) : undefined;
  if (runIn === undefined && end - numbering.titleStart > LONGEST_TITLE.other) return undefined;
  const written = runIn ?? text.slice(numbering.titleStart, end);
  // `A.  **Background**`: a Markdown memo sets the title after its number in bold.
  const title = boldLineText(written) ?? written;
  if (!title) return NAMED_ALONE.has(numbering.family) || numbering.family.endsWith(PAPER_COUNTER) ? titledBelow(lines, i, numbering, text.trim(), scan) : listedBelow(lines, i, numbering, text.trim(), scan) ?? centredBelow(lines, i, numbering, text.trim(), scan) ?? appendixAlone(lines, numbering, i, text.trim(), scan);
  // `Appendix A A`: a page's side tab repeating the letter is no title (the heading follows it). A run-in title has its own shape (run-in-heading.ts).
  if (runIn === undefined && (!isTitleShaped(title) || LONE_CHARACTER.test(title) || wrapsIntoSentence(lines, i, title, spaced))) return undefined;
  // Each field named: spreading the numbering makes slow dictionary objects, one per numbered line.
  const shown = title === written && !runIn ? text.slice(0, end).trim() : `${text.slice(numbering.column, numbering.titleStart)}${title}`;
  // A form feed before the number (`\f 8    COPIES …`, a page's first line) is the page's break, no indentation.
  const column = text.charCodeAt(0) === FORM_FEED ? numbering.column - 1 : numbering.column;
  const candidate: Candidate = { family: numbering.family, path: numbering.path, column, titleStart: numbering.titleStart, level: numbering.level, line: i, text: shown, key: title };
  // The contents' word puts an indented heading in its place (see isFlush in sequences.ts), and on
  // a run's first heading tells the body's numbering from a summary's numbered alike (see findJoinedTexts).
  if ((numbering.column > LEAST_LAYOUT_INDENT || opensRun(numbering)) && isListedHere(lines, i, shown, scan)) candidate.listed = true;
  if (runIn !== undefined && numbering.titleStart + runIn.length < end) candidate.runsIn = true;
  return candidate;
}

/** The gap between a two-column page's columns, the right one's Japanese text after it. */
const COLUMN_GAP = / {8,}(?=[\u3000-\u9fff])/g;

/** Schemes of legal instruments, whose titles may end with a full stop and run into the text (see run-in-heading.ts). */
const RUN_IN_FAMILIES = new Set(['section', 'article']);
/** Schemes that number a memo's or a directive's paragraphs, whose short titles may run in as well (`1. Purpose. This …`). */
const PARAGRAPH_FAMILIES = new Set(['dotted', 'letter']);

/**
 * Whether the contents list the heading on line i as it stands, or wrapped onto the next line
 * (`3 Actual harm as the` / `starting point`): text printed with its layout centres headings, so
 * the same sequence stands at many indentations.
 */
function isListedHere(lines: Lines, i: number, text: string, scan: CandidateScan): boolean {
  if (!scan.listed.length) return false;
  if (scan.listed.includes(titleKey(text))) return true;
  const next = i + 1 < lines.count ? lines.text(i + 1).trim() : '';
  return next.length > 0 && scan.listed.includes(titleKey(`${text} ${next}`));
}

/** Indented more than this, a numbered line's place may be the page's layout (print's noise is one space). */
const LEAST_LAYOUT_INDENT = 1;

/** `1`, `１.`, `I.`: the first heading of a scheme's top level. */
function opensRun(numbering: Numbering): boolean {
  return numbering.path.length === 1 && numbering.path[0] === 1;
}

const FORM_FEED = 0x0c;
/** A line this long (in characters) may have been wrapped by the text's width: the next lines may continue it. */
const WRAP_WIDTH = { cjk: 20, other: 50 };
/** A line this long fills the width of plain text (72-80 columns, or some 35-40 Japanese characters, less its number): no title runs so long before it wraps. */
const FULL_LINE = { cjk: 30, other: 68 };
/** A Japanese heading's line is shorter than this (in characters); a page's full line of text is longer. */
const LONGEST_CJK_HEADING_LINE = 40;
/** The end of a Japanese sentence wrapped onto a line of its own is this short at most (`ください。`). */
const SENTENCE_TAIL = 12;
const IDEOGRAPHIC_COMMA = 0x3001;
/** A clause after a comma that stops at a particle: no title ends so. */
const CUT_CLAUSE = /、[^、。]*(?:[にをがはでへや]|(?<!こ)と)$/;
/** How many lines a wrapped title or list item is followed over. */
const MOST_CONTINUATION_LINES = 3;

/**
 * A numbered list item whose text runs on over indented lines to a full stop (`1. Congress should
 * phase in …, with` / `   vouchers for … households.`), or on a line flush left that goes on in
 * lower case (`1.  Calls upon Member States to adopt … plans` / `by 2032;`, the operative
 * paragraphs of a resolution): a sentence hard-wrapped in plain text, as briefs, reports and
 * resolutions number their paragraphs, not a heading. Only a line long enough to have been
 * wrapped is followed: a short heading with its text indented under it stays a heading.
 */
function wrapsIntoSentence(lines: Lines, line: number, title: string, spaced: boolean): boolean {
  const cjk = title.charCodeAt(0) >= CJK_FROM || title.charCodeAt(title.length - 1) >= CJK_FROM;
  if (!cjk && wrappedByColumn(lines, line)) return true;
  if (title.length < (cjk ? WRAP_WIDTH.cjk : WRAP_WIDTH.other)) return false;
  // Text extracted from a PDF with a blank line after every line: one blank line is a line break.
  const next = spaced && line + 2 < lines.count && lines.firstCode(line + 1) < 0 ? line + 2 : line + 1;
  // `Issue 3      The Board's Enforcement Process Does Not Protect Horse Owners` over `             or Animals`:
  // a title in title case goes on in title case, its small words in lower case; no sentence.
  if (!cjk && next < lines.count && isTitleCase(title) && isTitleCase(lines.text(next).trim())) return false;
  // `6. THE DETERMINATION OF THE ISSUES … OBTAINED AND` over `CONCLUSIONS MADE … PRESCRIPTS`: a title in
  // capitals goes on in capitals, as a long one wraps in an ombudsman's report; no sentence is set so.
  if (!cjk && next < lines.count && inCapitals(title) && inCapitals(lines.text(next).trim())) return false;
  const flush = next < lines.count && isLowerCaseLetter(lines.firstCode(next));
  // A line as wide as the page's text that goes on in lower case is a numbered paragraph (`13.1.  Under the …`).
  if (flush && title.length >= FULL_LINE.other) return true;
  // So is one that goes on at once, not indented under its title, whatever the case: a wrapped title
  // hangs under its first word, a paragraph's next line starts where its number does (`45.  Regarding
  // the report, the State said that the Human` / `Rights Office had …`, pdftotext of UN reports).
  if (!cjk && title.length >= FULL_LINE.other && next === line + 1 && next < lines.count && lines.firstCode(next) >= 0 && indentOf(lines.text(next)) <= indentOf(lines.text(line))) return true;
  if (!cjk && next === line + 1 && next < lines.count && lines.firstCode(next) >= 0 && wrappedByPage(lines.text(line), lines.text(next))) return true;
  // A Japanese line as wide as the page whose sentence ends on a short next line (`…順に替えて` / `ください。`).
  if (cjk && title.length >= FULL_LINE.cjk && next < lines.count && SENTENCE_ENDS.has(lines.lastCode(next)) && lines.text(next).trim().length <= SENTENCE_TAIL) return true;
  // A Japanese line that stops at a comma, with text going on flush under it, not hanging: a sentence the
  // page wrapped (`（１）国の…支援について、…とどまらず、` / `地域が策定する…`); no title ends so.
  if (cjk && title.charCodeAt(title.length - 1) === IDEOGRAPHIC_COMMA && next < lines.count && lines.firstCode(next) >= 0 && !MARK_STARTS.has(lines.firstCode(next)) && indentOf(lines.text(next)) <= indentOf(lines.text(line))) return true;
  // A Japanese line longer than any heading, with text going on under it: a numbered paragraph wrapped by the page (`②性別は、…ことから、` / `次期カードにおいては、…`).
  if (cjk && title.length >= LONGEST_CJK_HEADING_LINE && next < lines.count && lines.firstCode(next) >= 0 && !MARK_STARTS.has(lines.firstCode(next))) return true;
  // A Japanese line as wide as the page that goes on flush, with no paragraph's indent, over lines no wider into the end of its
  // sentence (`① 国は、…整備するとともに、` / `業種別の…示すべきである。`, a federation's proposals extracted from PDF;
  // `（２）…導入を促` / `進するため、…講じ` / `ること。`, a proposal saved from Word with its line breaks).
  if (cjk && title.length >= FULL_LINE.cjk && goesOnFlushToStop(lines, line, next)) return true;
  let seen = 0;
  for (let j = next; j < lines.count && seen < MOST_CONTINUATION_LINES; j++) {
    if (spaced && lines.firstCode(j) < 0 && j + 1 < lines.count && lines.firstCode(j + 1) >= 0 && lines.firstCode(j - 1) >= 0) continue;
    seen++;
    // A hanging indent: two spaces or more (one ideographic space starts a Japanese paragraph).
    const start = lines.start(j);
    const hanging = isSpace(lines.source.charCodeAt(start)) && isSpace(lines.source.charCodeAt(start + 1));
    // `【取組内容】` under `（３）情報システムの…`: a part's label alone on its line goes on no title
    // (a plan printed with its layout indents every line).
    if (lines.firstCode(j) < 0 || (!hanging && !flush) || isBracketedTitle(lines.text(j))) break;
    // `１  経営トップによる…` over `      当社の経営トップは、…で` / `    あることを…`: a line set in deeper
    // than the one under it opens a paragraph (pdftotext keeps its first-line indent); a title's
    // wrapped line hangs as the lines after it do.
    if (j === next && cjk && title.length < LONGEST_CJK_HEADING_LINE && opensIndentedParagraph(lines, j)) break;
    // A question wrapped over hanging lines (`1.    When will the Minister confirm …` / `     four annual reports?`) is a sentence too.
    if (SENTENCE_ENDS.has(lines.lastCode(j)) || isQuestionMark(lines.lastCode(j))) return true;
  }
  return false;
}

/**
 * Whether the lines from next on start flush left, no mark and no paragraph's indent, each no wider than
 * line (a page's width bounds them all), and one of them, within a few, ends a sentence.
 */
function goesOnFlushToStop(lines: Lines, line: number, next: number): boolean {
  const width = lines.text(line).trim().length;
  for (let j = next; j < lines.count && j - next < MOST_CONTINUATION_LINES; j++) {
    if (lines.firstCode(j) < 0 || isSpace(lines.source.charCodeAt(lines.start(j))) || MARK_STARTS.has(lines.firstCode(j)) || lines.text(j).trim().length > width) return false;
    if (SENTENCE_ENDS.has(lines.lastCode(j))) return true;
  }
  return false;
}

/** Whether line j is indented deeper than the line of text right under it, which goes on with it (no numbered line or mark of its own). */
function opensIndentedParagraph(lines: Lines, j: number): boolean {
  if (j + 1 >= lines.count) return false;
  const under = lines.firstCode(j + 1);
  return under >= 0 && indentOf(lines.text(j)) > indentOf(lines.text(j + 1)) && !matchListItem(lines.text(j + 1), under) && !readNumbering(lines.text(j + 1), under, []);
}

/**
 * `2. The Government should extend the legal` over `gateways for data sharing so that HMRC in-`: in a
 * narrow column (a two-column PDF's text extracted line by line) a numbered line about as wide as the
 * line under it, which goes on in lower case with a word that would not have fitted after it, is a
 * paragraph the column wrapped, however short the page's lines are.
 */
function wrappedByColumn(lines: Lines, line: number): boolean {
  if (line + 1 >= lines.count) return false;
  if (!isLowerCaseLetter(lines.firstCode(line + 1))) return false;
  const end = lines.text(line).trimEnd().length;
  // The next line's text alone, unlike wrappedByPage's whole line: a hanging indent is no width of the column.
  const next = lines.text(line + 1).trim();
  return next.length >= end - COLUMN_SLACK && end + 1 + next.split(' ', 1)[0].length > next.length;
}

/** A line in capitals that ends no sentence. */
function inCapitals(text: string): boolean {
  return writtenInCapitals(text) && !CLOSING_STOP.test(text);
}

const CLOSING_STOP = /[.;:]$/;

/** How much shorter than a wrapped line the next line of its column may be (words fill a column unevenly). */
const COLUMN_SLACK = 4;

/**
 * `4.1     The Act generally allows a legal` over `        requirement for a signature to be met …`:
 * a line the page wrapped, as the next line, reaching as far, shows: its first word would not have
 * fitted after the line within that width. A title broken by hand leaves room, or a shorter line under it.
 */
function wrappedByPage(text: string, next: string): boolean {
  const end = text.trimEnd().length;
  const nextEnd = next.trimEnd().length;
  const nextWord = next.trim().split(' ', 1)[0].length;
  return nextEnd >= end && end + 1 + nextWord > nextEnd;
}

/**
 * Whether the text puts a blank line after nearly every line, as text extracted from some PDFs
 * does (most lines with text have a blank line after them and a line with text after that).
 */
function isDoubleSpaced(lines: Lines): boolean {
  let texts = 0;
  let spacedPairs = 0;
  for (let i = 0; i + 2 < lines.count; i++) {
    if (lines.firstCode(i) < 0) continue;
    texts++;
    if (lines.firstCode(i + 1) < 0 && lines.firstCode(i + 2) >= 0) spacedPairs++;
    // A long text shows its spacing early: most are single-spaced, and are not read to the end.
    if (texts === SPACING_SAMPLE && spacedPairs * 2 < texts) return false;
  }
  return texts >= DOUBLE_SPACED_LEAST_LINES && spacedPairs * 10 >= texts * 8;
}

/** Lines with text a text needs before it is judged double-spaced. */
const DOUBLE_SPACED_LEAST_LINES = 20;
/** Lines with text read before a text plainly single-spaced is judged so. */
const SPACING_SAMPLE = 500;


/**
 * Schemes whose number may stand alone on its line with the title on the next (`CHAPTER 3`,
 * `第２章`, then the title): reports laid out for print, and the text extracted from their PDFs.
 * Other schemes' bare numbers are list markers or page numbers.
 */
const NAMED_ALONE = new Set(['第章', '第節', '第部', '第編', '別紙第', '参考資料', 'chapter', 'section', 'part', 'article']);
/** How far below its number the title may be: the next line, or the one after a blank line. */
const TITLE_BELOW_REACH = 2;

function titledBelow(lines: Lines, line: number, numbering: Numbering, number: string, scan: CandidateScan): Candidate | undefined {
  let below = line + 1;
  // A title set again atop the next page (a draft's title over its annexed opinion) repeats as a
  // running header would; right under its number, it is the title all the same.
  while (below < lines.count && below <= line + TITLE_BELOW_REACH && (lines.firstCode(below) < 0 || (scan.skip(below) && !(scan.repeated?.(below) && isTitleShaped(lines.text(below).trim()))))) below++;
  if (below >= lines.count || below > line + TITLE_BELOW_REACH) return undefined;
  const title = lines.text(below).trim();
  // The title is a line of its own, not another numbered line nor the text's first sentence.
  if (!isTitleShaped(title) || readNumbering(title, title.charCodeAt(0), scan.patterns)) return undefined;
  const separator = title.charCodeAt(0) >= CJK_FROM ? '\u3000' : ' ';
  return titledCandidate(numbering, line, `${number}${separator}${title}`, title, below);
}

/**
 * `1.` alone, its title in capitals over the lines below (`INTRODUCING THE` / `NEW MODEL`): a
 * report laid out for print opens each chapter on a page of its own, the number set apart from
 * the title, and the text extracted from its PDF keeps them on separate lines. A bare number is
 * as often a list marker or a chart's label, so only a title the contents list under that number
 * (or alone under a Roman number or a letter, where they set it apart too) makes it a heading.
 */
function listedBelow(lines: Lines, line: number, numbering: Numbering, number: string, scan: CandidateScan): Candidate | undefined {
  if (!scan.listed.length) return undefined;
  let title = '';
  let listedTitle = '';
  let last = -1;
  for (let j = line + 1, read = 0; j < lines.count && read < MOST_TITLE_LINES_BELOW; j++) {
    if (lines.firstCode(j) < 0 || scan.skip(j)) continue;
    const text = lines.text(j).trim();
    const part = boldLineText(text) ?? text;
    if (!isTitleShaped(part)) break;
    title = title ? `${title} ${part}` : part;
    read++;
    const key = titleKey(`${number} ${title}`);
    // The contents may set a part's number apart as well (`I.` over `INTRODUCTION ...... 4`): the title alone is
    // listed. Not under a bare number, as often the page's own over the first line of the next.
    if (scan.listed.includes(key) || (numbering.family !== 'dotted' && numbering.family !== 'bare' && scan.listed.includes(titleKey(title)))) {
      listedTitle = title;
      last = j;
    } else if (!scan.listed.some(entry => entry.startsWith(key))) break;
  }
  if (last < 0) return undefined;
  return titledCandidate(numbering, line, `${number} ${listedTitle}`, listedTitle, last);
}

/**
 * `                 2` over `           The State of the Quays`: a chapter opener laid out for print,
 * its number and its title centred on lines of their own, as text extracted from a report's PDF with
 * its layout keeps them. Both centred, the title short and standing alone (a blank line after it):
 * a page's number is followed by the page's text at the margin, not by a centred title.
 */
function centredBelow(lines: Lines, line: number, numbering: Numbering, number: string, scan: CandidateScan): Candidate | undefined {
  if (numbering.column < CENTRED_INDENT) return undefined;
  const below = line + 1;
  if (below + 1 >= lines.count || lines.firstCode(below) < 0 || scan.skip(below) || lines.firstCode(below + 1) >= 0) return undefined;
  const text = lines.text(below);
  const title = text.trim();
  if (text.length - text.trimStart().length < CENTRED_INDENT || title.length > LONGEST_CENTRED_TITLE) return undefined;
  if (!isTitleShaped(title) || readNumbering(title, title.charCodeAt(0), scan.patterns)) return undefined;
  return titledCandidate(numbering, line, `${number} ${title}`, title, below);
}

/**
 * `Annexure I` alone on its line, set right as Indian government reports head an annex whose text
 * (an office memorandum, a list of members) has no title of its own: the appendix is its name.
 * `Appendix One` flush left over `Our audit approach`, as text extracted from an audit office's
 * report sets it: the line under it is its title.
 */
function appendixAlone(lines: Lines, numbering: Numbering, line: number, name: string, scan: CandidateScan): Candidate | undefined {
  if (numbering.family !== 'appendix') return undefined;
  const titled = numbering.column === 0 && lines.firstCode(line + 1) >= 0 ? titledBelow(lines, line, numbering, name, scan) : undefined;
  return titled ?? titledCandidate(numbering, line, name, name, line);
}

/** The candidate of a number set alone on `line`, its title read from the lines down to `titleLine`. */
function titledCandidate(numbering: Numbering, line: number, text: string, key: string, titleLine: number): Candidate {
  return { family: numbering.family, path: numbering.path, column: numbering.column, titleStart: numbering.titleStart, level: numbering.level, line, text, key, titleLine };
}

/** Indented this far, a line is set in the middle of the page, not at its margin. */
const CENTRED_INDENT = 10;
/** A centred chapter title is a line of a few words. */
const LONGEST_CENTRED_TITLE = 60;

/**
 * `1.` or `2` alone on its line: the number of a title set below it, read as `1. Title` would be;
 * so are `II.` and `B.` (a Council of Europe report printed to text sets its parts' and sections'
 * numbers apart from their titles), read as the schemes read them with a title after.
 */
function readLoneNumber(text: string): Numbering | undefined {
  const lone = LONE_NUMBER.exec(text);
  if (lone) return { family: lone[3] ? 'dotted' : 'bare', path: [parseInt(lone[2].normalize('NFKC'), 10)], column: lone[1].length, titleStart: text.length };
  const marked = LONE_MARK.exec(text);
  if (!marked) return undefined;
  const numbering = readNumbering(`${marked[2]} X`, marked[2].charCodeAt(0), []);
  return numbering && (numbering.family === 'roman' || numbering.family === 'letter') ? { ...numbering, column: marked[1].length, titleStart: text.length } : undefined;
}
const LONE_NUMBER = /^(\s*)([0-9０-９]{1,2})([.．])?\s*$/;
const LONE_MARK = /^(\s*)([IVX]{1,5}\.|[A-Z]\.)\s*$/;

/** Lines a title set below its number may run over. */
const MOST_TITLE_LINES_BELOW = 3;

/**
 * `**1. Background**`, `__２．現状__`: documents converted from Word to Markdown mark their numbered
 * headings in bold rather than with `#`. The number inside the bold is read as on a plain line.
 */
function addBoldCandidate(found: Candidate[], lines: Lines, line: number, scan: CandidateScan): void {
  const bold = BOLD_LINE.exec(lines.text(line));
  if (!bold) return;
  const inner = bold[3].trim();
  const first = inner.charCodeAt(0);
  const patterned = scan.patterns.length > 0 && scan.patterns.some(p => p.startsWith(first));
  if (!patterned && !NUMBERING_STARTS.has(first)) return;
  const numbering = readNumbering(inner, first, scan.patterns) ?? readLoneNumber(inner);
  if (!numbering) return;
  const title = inner.slice(numbering.titleStart).trim();
  if (!title) {
    const listed = listedBelow(lines, line, { ...numbering, column: bold[1].length }, inner, scan);
    if (listed) found.push(listed);
    return;
  }
  if (title.length > LONGEST_TITLE.other || !isTitleShaped(title)) return;
  const column = bold[1].length;
  found.push({ family: numbering.family, path: numbering.path, column, titleStart: column + 2 + numbering.titleStart, level: numbering.level, line, text: inner, key: title });
}

/** A whole line in bold: indentation, the markers, the text, the same markers. */
const BOLD_LINE = /^(\s*)(\*\*|__)(?!\s)(.+?)\2\s*$/;

/** The text of a line set wholly in bold (`**Introduction**`), its markers off; undefined for any other line. */
export function boldLineText(text: string): string | undefined {
  return BOLD_LINE.exec(text)?.[3].trim();
}
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;

/** The numbering a line's text starts with, by the built-in schemes; `first` is its first character's code. */
export function readLineNumbering(text: string, first: number): Numbering | undefined {
  return readNumbering(text, first, []);
}

function readNumbering(text: string, first: number, patterns: readonly LiteralPattern[]): Numbering | undefined {
  let column = 0;
  while (text.charCodeAt(column) !== first) column++;
  for (const pattern of patterns) {
    const read = pattern.read(text, column);
    if (read) return read;
  }
  for (const scheme of SCHEMES_BY_START.get(first) ?? []) {
    const read = scheme.read(text, column);
    if (read) return read;
  }
  return undefined;
}

/** Japanese (and other East Asian) text: kana, kanji and full-width forms lie above this code. */
const CJK_FROM = 0x3000;
/** Longest heading title: Japanese titles are shorter than English ones for the same content. */
const LONGEST_TITLE = { cjk: 60, other: 100 };
/** 。．.;；: what ends a sentence (read by code: this runs on every numbered line). */
export const SENTENCE_ENDS = codesOf('。．.;；');

/** A title, not a sentence or a list item's text: short, no closing punctuation nor unopened quotation, not lower case. */
export function isTitleShaped(title: string): boolean {
  if (!title) return false;
  const first = title.charCodeAt(0);
  const last = title.charCodeAt(title.length - 1);
  const cjk = first >= CJK_FROM || last >= CJK_FROM;
  if (title.length > (cjk ? LONGEST_TITLE.cjk : LONGEST_TITLE.other)) return false;
  // A colon or a comma may end the first line of a wrapped title; a full stop ends a sentence.
  if ((SENTENCE_ENDS.has(last) && !ABBREVIATION_END.test(title)) || (cjk && (closesUnopenedQuote(title) || (title.length >= FULL_LINE.cjk && leavesQuoteOpen(title))))) return false;
  // A particle right after the number is prose citing a part or chapter (`第２部では、…`, `第３章の内容を…`).
  if (cjk && OPENING_PARTICLE.test(title)) return false;
  // A line as wide as the page cut after a particle in a clause begun after a comma (`(1) …確実に
  // 行うとともに、運航乗務員が進入中に`, its sentence going on after the page's footer).
  if (cjk && title.length >= FULL_LINE.cjk && CUT_CLAUSE.test(title)) return false;
  // `1. Many quays are unsafe. The Department should …`: a sentence ended and another begun is a
  // numbered paragraph; so is one that leads into a list (`9. For ports, the drivers are:`).
  if (endsSentenceInside(title) || isOpenClause(title)) return false;
  // `1 210`, `2 800`: a number set with a space between its thousands (a table's cell, as text
  // from PDF keeps it) or a figure's values; a title holds words.
  if (first >= 0x30 && first <= 0x39 && FIGURES_ONLY.test(title)) return false;
  return first < 0x61 || first > 0x7a; // not a-z
}

const FIGURES_ONLY = /^[0-9][0-9\s.,%]*$/;

/**
 * Whether the title holds a whole sentence with more after it: a Japanese full stop with text
 * after it (`…である。次に`), or an English stop after a clause in running words (`Many quays are
 * unsafe. The …`). A run-in title in title case (`Grant of Copyright License. Subject to …`, as
 * legal texts set them) ends no sentence there.
 */
function endsSentenceInside(title: string): boolean {
  if (JAPANESE_STOP_INSIDE.test(title)) return true;
  const stop = ENGLISH_STOP_INSIDE.exec(title);
  if (!stop) return false;
  const words = title.slice(0, stop.index + 2).split(/\s+/);
  return words.filter(word => LOWER_CASE_WORD.test(word) && !SMALL_WORDS.has(word.replace(TRAILING_MARKS, ''))).length >= RUNNING_WORDS;
}

const JAPANESE_STOP_INSIDE = /。(?![」』）)\s]*$)/;
/**
 * A word's stop and the next sentence's capital (`unsafe. The`), or a reference in brackets after
 * it (`… within six months. (Paragraph 3)`, as committee reports close each recommendation).
 */
const ENGLISH_STOP_INSIDE = /(?:[a-z]{2}|[0-9]{2})[.!?]\s+[([“"‘']?[A-Z][a-z]/;
const LOWER_CASE_WORD = /^[a-z]/;
const TRAILING_MARKS = /\W+$/;
/** Words a title in title case keeps in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'vs', 'via']);
/** Words in lower case, small words aside, that make running text of a clause. */
const RUNNING_WORDS = 2;

const LONE_CHARACTER = /^[A-Za-z0-9]$/;
/** `… open windows etc.`: a title may end with an abbreviation's stop, which ends no sentence. */
const ABBREVIATION_END = /\b(?:etc|e\.g|i\.e|Ltd|Inc|Co)\.$/;

/** では, or は, の, が, に, を, で, へ, と, も followed by something other than kana (`はじめに`, `にぎわい` are titles). */
const OPENING_PARTICLE = /^(?:では|[はのがにをでへとも](?![\u3041-\u30ff]))/;
