import { withoutInlineTags } from '../rules/inline-html';
import { withoutLinkMarkup } from '../rules/link-text';
import type { Lines } from '../lines';
import { endsMidPhrase } from '../rules/unfinished-line';
import { matchHtmlHeading, matchMarkdownHeading } from '../rules/section-heading';
import { readTitleNumber } from './numbering';
import { PART_FAMILIES } from './sequences';
import { isClosingTitle, isOpeningTitle, isSummaryTitle } from '../rules/unnumbered-chapters';
import { endsWithNumber, isNumberedTitle, recommendationLabels } from '../rules/recommendation-heading';
import { matchChapterHeading } from '../rules/chapter-heading';
import { isCodeFence } from '../rules/code-fence';
import { parseRoman, toAsciiDigits } from '../rules/numerals';
import { isBackMatterHeading } from '../rules/back-matter';
import { coverLines, isLoneSubtitle, isTitleSubtitle, isTranslatedTitle, namesTitleKind } from './cover-headings';
import { LESS_THAN } from '../rules/line-start';
import { isOpenClause } from '../rules/open-clause';
import { joinWrapped } from '../rules/join-wrapped';
import { boldLineText } from './candidates';

export interface MarkdownHeading {
  line: number;
  level: number;
  title: string;
  /**
   * The heading's last line, where it runs over more than its first: the line underlining a setext
   * heading's title, or the heading that holds the title of a number set alone (`## CHAPTER I` over
   * `## GENERAL PROVISIONS`).
   */
  last?: number;
}

export type MarkdownRole = 'title' | 'chapter' | 'section' | 'above';

/** The headings' roles by line, and their depths where the titles' numbers give them (see rankByNumbers). */
export interface MarkdownRanks {
  roles: Map<number, MarkdownRole>;
  numberedDepths: ReadonlyMap<number, number>;
}

/** How far a heading may be indented and still be one (CommonMark allows three spaces). */
const MOST_INDENT = 3;
/** The document's title is its first heading when it comes within this many visible lines. */
const TITLE_WITHIN = 3;

/**
 * The ATX headings of a Markdown text, indented ones included, its setext headings (a title
 * underlined with `===` or `---`) and the HTML headings written on a line of their own, outside
 * fenced code and `hidden` lines (comments, front matter). The lines a converter set as headings
 * that are none (isConverterFragment) are left out, and their numbers put in `fragments`.
 */
export function findMarkdownHeadings(lines: Lines, hidden?: Uint8Array, fragments?: number[]): MarkdownHeading[] {
  const found: MarkdownHeading[] = [];
  // The titles of the headings so far that are not set in capitals: a running header repeats one so.
  const mixedCase = new Set<string>();
  let fence = false;
  // The last heading when it ended with a comma: the next may finish its title (see goesOnFrom).
  let cut: MarkdownHeading | undefined;
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first === BACKTICK || first === TILDE) {
      if (isCodeFence(lines.text(i))) fence = !fence;
      continue;
    }
    if ((first === EQUALS || first === HYPHEN) && !fence && !hidden?.[i]) {
      const setext = matchSetextHeading(lines, i, hidden);
      if (setext) found.push(setext);
      continue;
    }
    if ((first !== HASH && first !== LESS_THAN) || fence || hidden?.[i]) continue;
    const text = lines.text(i);
    const indent = leadingSpaces(text);
    if (indent > MOST_INDENT) continue;
    const heading = first === HASH ? matchMarkdownHeading(indent ? text.slice(indent) : text) : matchHtmlHeading(text);
    if (!heading) continue;
    if (isContentsLink(heading.title)) continue;
    if (cut && goesOnFrom(lines, cut, i, heading.level, heading.title)) {
      found.push({ line: cut.line, level: cut.level, title: joinWrapped(cut.title, heading.title), last: i });
      if (fragments?.[fragments.length - 1] === cut.line) fragments.pop();
      cut = undefined;
      continue;
    }
    cut = isCutTitle(heading.title) ? { line: i, level: heading.level, title: heading.title } : undefined;
    if (isConverterFragment(heading.title) || isRunningHeader(heading.title, mixedCase) || repeatsCurrent(found, heading.level, heading.title)) fragments?.push(i);
    else if (!isSubtitle(found[found.length - 1], i, heading.level, heading.title)) {
      found.push({ line: i, level: heading.level, title: heading.title });
      if (!isInCapitals(heading.title)) mixedCase.add(titleKey(heading.title));
    } else if (breaksOff(found[found.length - 1].title)) {
      // `## **…の推進に当たっての**` over `## **課題**`: one title a converter from PDF split at the line's end.
      const previous = found[found.length - 1];
      previous.title = joinWrapped(previous.title, heading.title);
      previous.last = i;
    }
  }
  return found;
}

/**
 * `## **4 Workplace Heat Standards, Controls,**`, a blank line, `## **and Enforcement**`: a converter
 * from PDF by font size sets each line of a long title as a heading of its own. A numbered title
 * that ends with a comma or a joining word (`## **3 Councils are building routes but**`), then with
 * only blank lines between a heading of its level going on in lower case, is one title (a list's
 * clause, `## 2. Fund the upgrades,`, is followed by its next clause's number).
 */
function goesOnFrom(lines: Lines, cut: MarkdownHeading, line: number, level: number, title: string): boolean {
  if (level !== cut.level || line - cut.line > TITLE_CUT_REACH || !GOES_ON.test(title)) return false;
  for (let j = cut.line + 1; j < line; j++) if (lines.firstCode(j) >= 0) return false;
  return true;
}

function isCutTitle(title: string): boolean {
  // `## 2. Fund the quay repairs; and`: a list's clause, which goes on at the next clause's number.
  return NUMBERED_TITLE.test(title) && (title.endsWith(',') || (endsMidPhrase(title) && !title.includes(';')));
}

const NUMBERED_TITLE = /^[0-9]{1,2}\.?\s/;
const GOES_ON = /^[a-z]/;
/** How many lines below a cut title its rest may stand (a blank line between, as converters set them). */
const TITLE_CUT_REACH = 2;

/**
 * `#### Appendix-1. [SBOM サンプル](#appendix-1-sbom-サンプル)`: a heading whose title is a link to a
 * place on the same page (its number aside) is an entry of a contents written as headings, not a
 * part of the text; the part it points to has a heading of its own.
 */
function isContentsLink(title: string): boolean {
  return CONTENTS_LINK.test(title);
}

const CONTENTS_LINK = /^[^[\]]{0,24}\[[^\]]+\]\(#[^)\s]*\)\s*$/;

/**
 * A line of running text that a PDF-to-Markdown converter set as a heading: a number, a bullet or
 * a stop alone (`## 2.`, `## •`, `## .`), the tail of a wrapped sentence (`### and the regional
 * plans.`, going on in lower case to its stop), a list's clause (`## budget;`), a chart's label
 * spelt out (`## s e c i r P`) or set down the page a letter to a line (`## F`, `## u`), glyphs
 * it could not read (`# □□□□`), an entry of the contents page with its leader and page number
 * (`# Findings. . 37`), a sentence that leads into a list (`### We recommend that:`), or a whole
 * paragraph (`### In March the trial … a full day's work.`). No title is written so; the line
 * stays text.
 */
function isConverterFragment(title: string): boolean {
  return CONVERTER_MARKS_ONLY.test(title) || NO_WORD.test(title) || SINGLE_LETTER.test(title) || CONTENTS_ENTRY.test(title) || SENTENCE_TAIL.test(title) || isOpenClause(title) || LIST_CLAUSE.test(title) || SPACED_LETTERS.test(title) || (title.length >= LONGEST_ENGLISH_TITLE && ENDS_AS_SENTENCE.test(title) && LATIN_START.test(title) && !SUBSECTION_NUMBER.test(title));
}
/**
 * `### 1.1 Are there … ? Please give reasons.`: a consultation's numbered question, its section
 * number before it, is a heading however long (a numbered paragraph has a single number).
 */
const SUBSECTION_NUMBER = /^[0-9]{1,2}\.[0-9]{1,2}\.?\s/;
/**
 * `## budget;`, `## 2. Fund the road upgrades; and`, `### centres, supported by …,`: a clause of a
 * list or a sentence, closed by a semicolon or a comma. No title ends so.
 */
const LIST_CLAUSE = /(?:[;,、]|;\s*(?:and|or))$/;
/** `## F`, `## u`: a word set down the page a letter to a line (a cover's, a chart's), each letter a heading. */
const SINGLE_LETTER = /^[A-Za-z]$/;
/** `## s e c i r P`: a chart's axis label, one letter at a time. */
const SPACED_LETTERS = /^(?:[A-Za-z0-9] ){2,}[A-Za-z0-9]$/;
const CONVERTER_MARKS_ONLY = /^[\s0-9.•·▪◦o\-–—*]*$/;
/** `# □□□□`: glyphs the converter could not read, no letter or digit among them. */
const NO_WORD = /^[^\p{L}\p{N}]*$/u;
/** `# IV: Recommendations. . 37`: an entry of the contents page, its leader and page number kept. */
const CONTENTS_ENTRY = /\S\s*(?:\.\s*){2,}[0-9]{1,3}$/;
const SENTENCE_TAIL = /^[a-z]+\s[^]*[a-z)][.;,]$/;
const ENDS_AS_SENTENCE = /[a-z)][.]$/;
const LATIN_START = /^[A-Za-z0-9]/;
/** Longer than this (in characters), an English heading ending in a full stop is a paragraph. */
const LONGEST_ENGLISH_TITLE = 120;

/**
 * `# The threat is evolving, not defeated.`: a sentence a report sets large beside its text (a
 * pull quote), which a converter setting lines by font size makes a heading. A whole sentence, of
 * five words at least, closed by its stop, that the text says again elsewhere (a heading that
 * states its section's point, `## Cars get cleaner as they age.`, stands once); a numbered title
 * (`### 1.1 Fund the repairs.`) is none. `at` is where the heading's line starts in `source`.
 */
export function isPullQuote(title: string, source: string, at: number): boolean {
  if (!PULL_QUOTE.test(title) || title.split(/\s+/).length < PULL_QUOTE_WORDS || isNumberedTitle(title)) return false;
  // Its opening words: the text may wrap the sentence, or add a note's number to it.
  const opening = title.slice(0, PULL_QUOTE_OPENING);
  const first = source.indexOf(opening);
  return first >= 0 && (first < at || source.indexOf(opening, at + title.length + 1) >= 0);
}

/** How many characters of a pull quote must stand again in the text. */
const PULL_QUOTE_OPENING = 40;

const PULL_QUOTE = /^[A-Z“"‘][^]*[a-z”"’)][.!]["”’]?$/;
const PULL_QUOTE_WORDS = 5;

/**
 * `## PART 2: POLICY LEVERS` after `# Part 2: Policy Levers`: the page's running header, which a
 * converter from PDF kept at each page break as a heading, an earlier heading's title in capitals.
 */
function isRunningHeader(title: string, mixedCase: ReadonlySet<string>): boolean {
  return isInCapitals(title) && mixedCase.has(titleKey(title));
}

/**
 * `# Late 2025: The Costly Model` again at the next page, with only deeper headings since the
 * first: the page's running header, kept by a converter from PDF as a heading, and the same
 * division going on. (`### Footnotes` under two chapters is two headings: a chapter stands between.)
 */
function repeatsCurrent(found: readonly MarkdownHeading[], level: number, title: string): boolean {
  for (let k = found.length - 1; k >= Math.max(0, found.length - REPEAT_REACH); k--) {
    if (found[k].level <= level) return found[k].level === level && titleKey(found[k].title) === titleKey(title);
  }
  return false;
}

/** How many headings back the one a heading may repeat is looked for. */
const REPEAT_REACH = 50;

/** Letters, all of them capitals (a title may hold digits and marks besides). */
function isInCapitals(title: string): boolean {
  return /\p{Lu}/u.test(title) && !/\p{Ll}/u.test(title);
}

/**
 * `## Immigration` then, on the very next line, `## Uncontrolled Immigration has …`: a second
 * heading of the same level with no line between, unnumbered, is the first one's subtitle (as
 * manifestos and brochures set a topic over its slogan), not a division of its own.
 */
function isSubtitle(previous: MarkdownHeading | undefined, line: number, level: number, title: string): boolean {
  return previous !== undefined && previous.last === undefined && previous.line === line - 1 && previous.level === level && !isNumberedTitle(title);
}

/**
 * A title that stops where its phrase goes on: after a Japanese particle (`…に当たっての`, `…推進体制に`)
 * or an English word that takes an object (`Report of the`, `Strategy for`). The heading under it
 * finishes it; a subtitle (see isSubtitle) follows a title that is whole.
 */
function breaksOff(title: string): boolean {
  return BREAKS_OFF.test(title.trim());
}

const BREAKS_OFF = /(?:[のにをがはとでへや]|\s(?:of|for|and|or|the|to|in|on|with|a|an))$/;

/**
 * `## CHAPTER I` then `## GENERAL PROVISIONS`, `### Article 3` then `#### Inspections`: a heading
 * that is a number alone (as legal texts converted from their official pages, and reports from
 * their print layouts, set the number and the title apart), and right under it, with nothing but
 * blank lines between, an unnumbered heading of its level or the next, or of the level above (a
 * converter by font size: `## Appendix A` over `# Statement of Task`): that heading is its title
 * (joined once the levels are ranked: a contents may list the two apart).
 */
export function titlesNumberAlone(lines: Lines, previous: MarkdownHeading, heading: MarkdownHeading): boolean {
  if (previous.last !== undefined || Math.abs(heading.level - previous.level) > 1 || isNumberedTitle(heading.title) || readTitleNumber(heading.title)) return false;
  const numbering = readTitleNumber(previous.title);
  if (numbering === undefined || numbering.titleStart < previous.title.trimEnd().length) return false;
  for (let i = previous.line + 1; i < heading.line; i++) if (lines.firstCode(i) >= 0) return false;
  return true;
}

/** `===` or `---` alone on its line, indented by three spaces at most (a lone `-` is an empty item). */
const SETEXT_UNDERLINE = /^ {0,3}(={3,}|-{3,})\s*$/;

/**
 * A title underlined on the next line (`Title` over `===`: level 1, over `---`: level 2), as
 * hand-written Markdown and pages converted by Pandoc write their headings. The title is a
 * paragraph's only line: a `---` under a longer paragraph, after a blank line or under a list
 * item, a quote, a table row or another heading is a rule, not an underline.
 */
function matchSetextHeading(lines: Lines, underline: number, hidden: Uint8Array | undefined): MarkdownHeading | undefined {
  const line = underline - 1;
  if (line < 0 || lines.firstCode(line) < 0 || hidden?.[line]) return undefined;
  if (line > 0 && lines.firstCode(line - 1) >= 0 && !hidden?.[line - 1]) return undefined;
  const marks = SETEXT_UNDERLINE.exec(lines.text(underline));
  if (!marks) return undefined;
  const text = lines.text(line);
  if (leadingSpaces(text) > MOST_INDENT || !SETEXT_TITLE.test(text) || closesPandocTable(lines, underline)) return undefined;
  return { line, level: marks[1][0] === '=' ? 1 : 2, title: text.trim(), last: underline };
}

/**
 * `  ------` under `  第４回    10月9日  検討`: the rule that closes a table pandoc lays out with
 * spaces (a simple or multiline table, indented, its columns marked by `---- ------` under the
 * header). Its last row is no title: up from the rule, past the rows indented as it is, the
 * header's column rule stands.
 */
function closesPandocTable(lines: Lines, rule: number): boolean {
  const indent = leadingSpaces(lines.text(rule));
  if (indent === 0) return false;
  for (let j = rule - 1; j >= Math.max(0, rule - PANDOC_TABLE_REACH); j--) {
    if (lines.firstCode(j) < 0) continue;
    const text = lines.text(j);
    if (leadingSpaces(text) < indent) return false;
    if (COLUMN_RULE.test(text)) return true;
  }
  return false;
}

/** `  ------- ------ -----`: the dashes pandoc sets under a table's header, a run for each column. */
const COLUMN_RULE = /^\s*-{3,}(?:\s+-{3,})+\s*$/;

/** Whether line i heads a table pandoc lays out with spaces: its column rule is the next line. */
export function headsPandocTable(lines: Lines, i: number): boolean {
  return i + 1 < lines.count && lines.firstCode(i + 1) === HYPHEN && COLUMN_RULE.test(lines.text(i + 1));
}

/** How many lines up from a table's closing rule its column rule is looked for. */
const PANDOC_TABLE_REACH = 60;

/** What a setext title may not start with: a list marker, a quote, a table row, a heading mark, an HTML tag. */
const SETEXT_TITLE = /^\s*(?![-*+>|#<]|\d{1,9}[.)](?:\s|$))\S/;

/** White-space characters before the text (CommonMark counts up to three before a heading). */
function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Ranks a Markdown document's heading levels by how it uses them, not by their number of `#`:
 * converters from PDF or Word give levels by font size, so the letter's sections may be `####`
 * while its appendices are `##`. The first heading is the document's title when it opens the
 * text, names no opening part and starts no numbered sequence; the chapter level is the highest
 * level left (or the one under a lone top heading); a deeper level is a chapter level too when
 * the contents list its headings (the highest of them: the contents list sections too).
 */
export function rankMarkdownHeadings(lines: Lines, headings: MarkdownHeading[], contents: readonly string[], page: PageFacts = {}): MarkdownRanks {
  const roles = new Map<number, MarkdownRole>();
  if (!headings.length) return { roles, numberedDepths: NO_DEPTHS };
  let rest = headings;
  const first = headings[0];
  // A first heading that names the report's opening part (`# Executive Summary`, `# はじめに`) is its first chapter;
  // so is a numbered one that is the file's only heading (`2. Recommendations`, a report's section kept alone).
  if (!(headings.length === 1 && isNumbered(first.title)) && first.level === Math.min(...headings.map(h => h.level)) && opensText(lines, first.line, page.hidden) && namesPage(first, page.namedTitle) && !startsSequence(first, headings) && !isOpeningTitle(first.title)) {
    roles.set(first.line, 'title');
    rest = headings.slice(1);
    if ((rest.length > 1 && (isTitleSubtitle(lines, first, rest[0], rest[1], page.hidden) || isTranslatedTitle(lines, first, rest[0], rest[1], page.hidden) || namesTitleKind(lines, first, rest[0]))) || (rest.length === 1 && isLoneSubtitle(lines, first, rest[0]))) {
      roles.set(rest[0].line, 'title');
      rest = rest.slice(1);
    }
    const cover = coverLines(lines, rest, page.hidden, contentsKeys(contents));
    for (const h of rest.slice(0, cover)) roles.set(h.line, 'title');
    rest = rest.slice(cover);
  }
  if (!rest.length) return { roles, numberedDepths: NO_DEPTHS };
  // `# APPENDIX A LIST OF WITNESSES` after the `## …` chapters: where only appendices stand at the top
  // level after the title (a committee's report saved from its web page), the chapters are those under them.
  const appendicesOnTop = appendicesAbove(rest);
  const ranked = appendicesOnTop ? rest.filter(h => !appendicesOnTop.has(h)) : rest;
  const top = Math.min(...ranked.map(h => h.level));
  const tops = ranked.filter(h => h.level === top);
  const chapterLevels = new Set([tops.length === 1 && rest.some(h => h.level > top) ? top + 1 : top]);
  const base = Math.min(...chapterLevels);
  const listed = contentsKeys(contents);
  // Only the highest listed level: the contents list sections too, nested under the chapters, and
  // a heading numbered by a scheme other than the chapters' (`### （３）…` under `## １．…`) is one
  // (under parts, `## 第１部`, the listed headings are the chapters; annexes, `# ANNEX A: …` at the top
  // level beside a summary, are numbered apart from the chapters they follow).
  const chapterSchemes = new Set(rest.filter(h => h.level === base).map(h => readTitleNumber(h.title.trim())?.family).filter(f => f !== undefined && !PART_FAMILIES.has(f) && f !== 'appendix'));
  // Under chapters named as such (`# 第１章 総論`), a heading not so named (`## １ 策定の趣旨`) is a section, listed or not.
  const namedChapters = rest.filter(h => h.level === base && matchChapterHeading(h.title) !== undefined).length >= LEAST_NAMED_AT_TOP;
  // `### 提言1：…を強化せよ` listed under `## 2. 提言`: a numbered label is its chapter's recommendation, no chapter.
  const otherScheme = (h: MarkdownHeading) => {
    const family = readTitleNumber(h.title.trim())?.family;
    return (family !== undefined && chapterSchemes.size > 0 && !chapterSchemes.has(family)) || namesNumberedLabel(h.title) || (namedChapters && matchChapterHeading(h.title) === undefined);
  };
  const listedLevel = Math.min(...rest.filter(h => h.level > base && isListed(titleKey(h.title), listed) && !otherScheme(h)).map(h => h.level));
  // (Under appendices on top, the level under them is the chapters' already.)
  if (Number.isFinite(listedLevel) && !appendicesOnTop) chapterLevels.add(listedLevel);
  for (const h of rest) {
    roles.set(h.line, appendicesOnTop?.has(h) ? 'chapter' : h.level < base ? 'above' : chapterLevels.has(h.level) ? 'chapter' : 'section');
  }
  // `# EXECUTIVE SUMMARY` alone at the top, before the `## I. INTRODUCTION` … chapters: a summary a
  // converter from PDF set in a larger font stands over nothing; it is the first chapter, its deeper
  // headings its sections.
  if (tops.length === 1 && roles.get(tops[0].line) === 'above' && isSummaryTitle(tops[0].title) && rest.some(h => h.line > tops[0].line && h.level === base)) roles.set(tops[0].line, 'chapter');
  promotePartsSections(rest, roles);
  nestPlainUnderBoldParts(lines, rest, roles, page.hidden);
  // `### Introduction` before the first `## …` chapter: a heading that names the opening part of the
  // text, set a level too deep by a converter, has no chapter to belong to; it is the first chapter.
  const opening = rest[0];
  if (roles.get(opening.line) === 'section' && isOpeningTitle(opening.title) && rest.some(h => roles.get(h.line) === 'chapter')) roles.set(opening.line, 'chapter');
  else promoteLeadingSections(lines, rest, roles, page.hidden);
  // A contents that sets some entries under others, and whose every entry of its own heads the text
  // again, states which titles are chapters, as the levels may not.
  // Read once, where asked: it may read the text's bold lines.
  let everyChapterListed: boolean | undefined;
  const listsEvery = () => (everyChapterListed ??= listsEveryChapter(lines, rest, listed));
  if (page.convertedByFontSize || (page.nestedContents?.length && listsEvery())) keepListedChapters(rest, roles, listed, page.contentsEnd, contentsKeys(page.indentedContents ?? []), contentsKeys(page.nestedContents ?? []));
  // So does one that lists chapters at two levels, where a converter set some of them a level too
  // deep: at the deeper level, only the headings it lists are chapters.
  else if (Number.isFinite(listedLevel) && rest.some(h => h.level === base && isListed(titleKey(h.title), listed)) && listsEvery()) {
    // Once the listed chapters have begun, a heading the contents do not list is a section at
    // either level (`# People` under `# Part II: Outcomes`); one before them opens the text.
    const firstListed = rest.find(h => isListed(titleKey(h.title), listed))!.line;
    for (const h of rest) if ((h.level === listedLevel || h.line > firstListed) && roles.get(h.line) === 'chapter' && !isListed(titleKey(h.title), listed)) roles.set(h.line, 'section');
  }
  const entries = { listed, nested: contentsKeys(page.nestedContents ?? []) };
  const byNumbers = rankByNumbers(rest, roles, entries);
  const numberedDepths = byNumbers.size ? byNumbers : rankByNamedChapters(rest, roles, entries);
  nestOpeningSections(lines, rest, roles);
  nestUnderAppendices(rest, roles);
  promoteListedAppendices(rest, roles, listed);
  const lettered = nestLetteredRuns(rest, roles);
  if (!lettered.length) return { roles, numberedDepths };
  // One level under the heading they follow, as the converter would have set them.
  const depths = new Map(numberedDepths);
  for (const h of lettered) depths.set(h.line, h.level + 1);
  return { roles, numberedDepths: depths };
}

/**
 * `# 日本語訳` over `### 提言`, `### 背景` … between chapters set as `##`: a part whose headings are
 * all deeper than the chapters' level (a bilingual paper's translation, its headings set a level
 * deeper by the converter) holds its chapters at its highest level under it.
 */
function promotePartsSections(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>): void {
  headings.forEach((part, k) => {
    if (roles.get(part.line) !== 'above') return;
    // Its sections run up to the next heading that is none (a chapter after the part, another part).
    let end = k + 1;
    while (end < headings.length && headings[end].level > part.level && roles.get(headings[end].line) === 'section') end++;
    const under = headings.slice(k + 1, end);
    if (!under.length) return;
    const highest = Math.min(...under.map(h => h.level));
    for (const h of under) if (h.level === highest) roles.set(h.line, 'chapter');
  });
}

/**
 * `## **Background**` over no text, then `## Japan's targets`, `## The legal framework` …, then
 * `## **Conclusion**`: a converter from PDF by font size sets a paper's sub-headings at its
 * chapters' level, telling them only by the bold it keeps. Where two chapters or more are wholly
 * bold, the plain headings of their level right after a bold one that holds no text of its own are
 * its sections, up to the next bold heading of that level or a higher heading.
 */
function nestPlainUnderBoldParts(lines: Lines, headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>, hidden?: Uint8Array): void {
  // Each heading's line is read once for its bold, when first asked.
  const read = new Map<number, boolean>();
  const bold = (h: MarkdownHeading) => {
    let isBold = read.get(h.line);
    if (isBold === undefined) read.set(h.line, (isBold = boldLineText(lines.text(h.line).replace(MARKDOWN_HEADING_MARKS, '')) !== undefined));
    return isBold;
  };
  if (headings.filter(h => roles.get(h.line) === 'chapter' && bold(h)).length < LEAST_BOLD_CHAPTERS) return;
  let part: MarkdownHeading | undefined;
  headings.forEach((h, k) => {
    if (part && (h.level < part.level || (h.level === part.level && bold(h)))) part = undefined;
    if (part) {
      if (h.level === part.level) roles.set(h.line, 'section');
      return;
    }
    const next = headings[k + 1];
    if (roles.get(h.line) === 'chapter' && bold(h) && next?.level === h.level && !bold(next) && !holdsText(lines, h, next.line, hidden)) part = h;
  });
}

const MARKDOWN_HEADING_MARKS = /^\s*#+\s*/;
const LEAST_BOLD_CHAPTERS = 2;

/**
 * `### Implementation of …` twice or more before the first `## …` chapter, each over text of its
 * own: a memo's body set a level deeper than the attachments that follow it has no chapter to
 * belong to; its sections are its chapters. Headings over no text (a cover's lines) and a memo's
 * header fields (`### SUBJECT: …`, though its text follows) stay as they were.
 */
function promoteLeadingSections(lines: Lines, headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>, hidden?: Uint8Array): void {
  const firstChapter = headings.findIndex(h => roles.get(h.line) === 'chapter');
  if (firstChapter <= 0) return;
  const leading = headings.slice(0, firstChapter).filter(h => roles.get(h.line) === 'section');
  if (!leading.length) return;
  const shallowest = Math.min(...leading.map(h => h.level));
  const withText: MarkdownHeading[] = [];
  for (let k = 0; k < firstChapter; k++) {
    const h = headings[k];
    if (roles.get(h.line) === 'section' && h.level === shallowest && !MEMO_FIELD.test(h.title) && holdsText(lines, h, spanEnd(headings, k, firstChapter), hidden)) withText.push(h);
  }
  if (withText.length < LEAST_LEADING_SECTIONS) return;
  for (const h of withText) roles.set(h.line, 'chapter');
}

const LEAST_LEADING_SECTIONS = 2;

/**
 * Where the k-th heading's part ends: at the next heading of its level or a higher one, before
 * `limit` at the latest (`### 2. Overview` over `#### (1) …` holds its subsections' text).
 */
function spanEnd(headings: readonly MarkdownHeading[], k: number, limit: number): number {
  let next = k + 1;
  while (next < limit && headings[next].level > headings[k].level) next++;
  return headings[next].line;
}
/** `SUBJECT: …`, `From: …`, `MEMORANDUM FOR …`: a field of a memo's header, whatever text follows it. */
const MEMO_FIELD = /^(?:(?:from|to|subject|re|date|cc)\s*:|memorandum for\b)/i;

/** Whether a paragraph's worth of text lies under a heading before the next one. */
function holdsText(lines: Lines, heading: MarkdownHeading, next: number, hidden?: Uint8Array): boolean {
  let text = 0;
  for (let j = (heading.last ?? heading.line) + 1; j < next; j++) {
    if (lines.firstCode(j) >= 0 && hidden?.[j] !== 1 && lines.firstCode(j) !== LESS_THAN_CODE) text++;
    if (text >= LEAST_TEXT_LINES) return true;
  }
  return false;
}

const LEAST_TEXT_LINES = 2;
const LESS_THAN_CODE = 0x3c;

/**
 * `## Recommendations`, then `## a. Transparency.`, `## b. Security.`: a converter that set every
 * heading at one level (docling) leaves a heading's lettered items beside it. Headings lettered in
 * lower case from `a`, in order, never number a text's chapters: after another chapter, they are
 * its sections.
 */
function nestLetteredRuns(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>): MarkdownHeading[] {
  const nested: MarkdownHeading[] = [];
  let expected = 0;
  let chapterBefore = false;
  for (const h of headings) {
    const letter = LOWER_CASE_LETTERED.exec(h.title)?.[1];
    const role = roles.get(h.line);
    if (letter !== undefined && role === 'chapter' && chapterBefore && letter.charCodeAt(0) - LETTER_A === expected) {
      roles.set(h.line, 'section');
      nested.push(h);
      expected++;
      continue;
    }
    expected = letter === 'a' && role === 'section' ? 1 : 0;
    if (role === 'chapter') chapterBefore = true;
  }
  return nested;
}

/** `a. Transparency.`, `b) Security`: a title lettered in lower case. */
const LOWER_CASE_LETTERED = /^(?:\*\*|__)?([a-z])[.)]\s+\S/;
const LETTER_A = 0x61;

const NO_DEPTHS: ReadonlyMap<number, number> = new Map();

/**
 * A converter from PDF that sets lines by their font size as headings (cover lines, captions,
 * footnotes beside the real titles) leaves more chapter-level headings than the contents list:
 * there the chapters are the ones the contents name, where it names several, and the others after
 * the contents, up to the last of them, sections.
 */
function keepListedChapters(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>, listed: string[], contentsEnd = -1, nested: readonly string[] = [], listedUnder: readonly string[] = []): void {
  if (listed.length < LEAST_LISTED_CHAPTERS) return;
  const chapters = headings.filter(h => roles.get(h.line) === 'chapter');
  // An entry the contents set in under another (`\u3000\u3000テーマ１\u3000…` under `３\u3000提言`) is a section of it.
  const named = chapters.filter(h => isListed(titleKey(h.title), listed) && !(nested.length && isListed(titleKey(h.title), nested)));
  if (named.length < LEAST_LISTED_CHAPTERS) return;
  // Over the contents (a summary) or after the last listed chapter (the author's note), a heading stays one,
  // unless the contents list it under another entry (`4.1 …` under the last chapter, `4. …`).
  const last = named[named.length - 1].line;
  for (const h of chapters) if (!named.includes(h) && h.line > contentsEnd && (h.line < last || isListed(titleKey(h.title), listedUnder))) roles.set(h.line, 'section');
}

/**
 * Whether each entry of its own the contents lists (long enough to compare) stands again as a
 * heading, or as a bold line alone after the contents (`**５\u3000市への要望**`, a chapter a converter set
 * in the text's size).
 */
function listsEveryChapter(lines: Lines, headings: readonly MarkdownHeading[], listed: string[]): boolean {
  const keys = headings.map(h => titleKey(h.title));
  if (listed.length < LEAST_LISTED_CHAPTERS) return false;
  const missing = listed.filter(entry => !keys.some(key => isListed(key, [entry])));
  if (!missing.length) return true;
  const boldKeys = boldLines(lines).map(titleKey);
  return missing.every(entry => boldKeys.some(key => isListed(key, [entry])));
}

/** The titles of the bold lines alone in a text (`**５\u3000市への要望**`). */
function boldLines(lines: Lines): string[] {
  const found: string[] = [];
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first !== ASTERISK_CODE && first !== UNDERSCORE_CODE) continue;
    const bold = boldLineText(lines.text(i).trim());
    if (bold !== undefined) found.push(bold);
  }
  return found;
}

const ASTERISK_CODE = 0x2a;
const UNDERSCORE_CODE = 0x5f;

/** Chapters a contents must name before it tells the chapters from a converter's other headings. */
const LEAST_LISTED_CHAPTERS = 3;

/**
 * `#### 4 Regulation` over `## 4.1 Reporting`: a converter from PDF gave the levels by font size,
 * and the titles' numbers tell the ranks the levels do not. Where they contradict each other (a
 * `4.1` as high as a `4`, or the single numbers at several levels), the single numbers counting up
 * are the chapters, the decimal ones sections, and an unnumbered heading between two chapters a
 * section; one before the first or after the last is a chapter (an abstract, the appendices) unless
 * it is set deeper than that chapter. The contents' word beats the levels there: a title it lists
 * as an entry of its own is a chapter, one it lists under another entry (a bullet) a section.
 */
function rankByNumbers(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>, contents: { listed: string[]; nested: string[] }): ReadonlyMap<number, number> {
  const numbers = headings.map(h => decimalNumber(h.title));
  const depths = numbers.map(n => (n ? n.split('.').length : 0));
  const singles = headings.filter((_, k) => depths[k] === 1);
  const singleNumbers = numbers.filter((_, k) => depths[k] === 1).map(Number);
  if (singles.length < LEAST_NUMBERED_CHAPTERS || !countsUp(singleNumbers)) return NO_DEPTHS;
  const singleLevels = new Set(singles.map(h => h.level));
  const highestSingle = Math.max(...singleLevels);
  const first = singles[0];
  const last = singles[singles.length - 1];
  const flat = isFlat(headings, depths, first, last);
  const contradicted = flat || singleLevels.size > 1 || headings.some((h, k) => depths[k] > 1 && h.level <= highestSingle);
  if (!contradicted) return NO_DEPTHS;
  const numberedDepths = new Map<number, number>();
  // The level of the last heading before the first chapter taken for a chapter of its own.
  let openingLevel = Infinity;
  headings.forEach((h, k) => {
    // Before the first chapter or after the last, a heading set deeper than that chapter is one of its
    // sections; where every heading has one level, only a report's opening and closing titles are chapters there.
    // Before the first, one set deeper than an opening part's heading is that part's (`# Overview` over
    // its `## …`, where the first numbered chapter stands a level too deep, `## 1. About this inquiry`).
    const key = titleKey(h.title);
    const before = h.line < first.line;
    const after = h.line > last.line;
    const placed = flat ? (before && isOpeningTitle(h.title)) || (after && closesReport(h.title)) : (before && h.level <= first.level && h.level <= openingLevel) || (after && h.level <= last.level) || isListed(key, contents.listed);
    const outside = (before || after) && !isListed(key, contents.nested) && placed;
    if (before && !depths[k] && outside) openingLevel = h.level;
    roles.set(h.line, depths[k] === 1 || (!depths[k] && outside) ? 'chapter' : 'section');
    numberedDepths.set(h.line, depths[k] || (outside ? 1 : UNNUMBERED_SECTION_DEPTH));
  });
  return numberedDepths;
}

/**
 * `# 第１章 …`, `# 1\u3000計画策定の趣旨`, `## 第２章 …`: Word documents converted by pandoc keep
 * the heading styles their authors picked by hand, so chapters named as chapters (`第N章`,
 * `Chapter N`) stand at several levels, or other headings as high as them between them. The named
 * chapters counting up are then the chapters, and every heading between them, or after the last
 * but a closing title, a section nested by its level within its chapter. So are chapters numbered
 * in Roman numerals (`# Ⅰ．…`, `## Ⅱ．…` over `## 1．…`, as a business federation's paper converted
 * from PDF sets them), where they number the text's first numbered heading.
 */
function rankByNamedChapters(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>, contents: { listed: string[]; nested: string[] }): ReadonlyMap<number, number> {
  const numbers = namedChapterNumbers(headings);
  const named = headings.filter(h => numbers.has(h));
  if (named.length < LEAST_NUMBERED_CHAPTERS || !countsUp(named.map(h => numbers.get(h)!))) return NO_DEPTHS;
  const first = named[0].line;
  const last = named[named.length - 1].line;
  const namedLevels = new Set(named.map(h => h.level));
  const deepest = Math.max(...namedLevels);
  // After the last, what the contents list as an entry of their own closes the report too
  // (`Summary of conclusions and recommendations`, as a committee's report gathers them); not the
  // last chapter's numbered sections (`## 1．…` under `# Ⅲ．…`), which a flat contents lists alike.
  const listedAfter = (h: MarkdownHeading) => h.line > last && !isNumbered(h.title) && isListed(titleKey(h.title), contents.listed) && !isListed(titleKey(h.title), contents.nested);
  const others = headings.filter(h => h.line > first && !named.includes(h) && !closesReport(h.title) && !listedAfter(h));
  if (namedLevels.size === 1 && !others.some(h => h.level <= deepest)) return NO_DEPTHS;
  const depths = new Map<number, number>();
  for (const h of named) {
    roles.set(h.line, 'chapter');
    depths.set(h.line, 1);
  }
  // `## はじめに` over `# 1. 本ガイドラインの目的`, `# 2. 作成方法` before `## 第 1 章`: the opening part's
  // numbered headings, set as high as chapters, are its sections.
  const opening = headings.findIndex(h => h.line < first && isOpeningTitle(h.title));
  for (const h of opening < 0 ? [] : headings.slice(opening + 1)) {
    if (h.line >= first) break;
    if (!isNumbered(h.title)) continue;
    roles.set(h.line, 'section');
    depths.set(h.line, 2);
  }
  for (let k = 0; k < named.length; k++) {
    const inside = others.filter(h => h.line > named[k].line && (k + 1 === named.length || h.line < named[k + 1].line));
    const top = Math.min(...inside.map(h => h.level));
    for (const h of inside) {
      roles.set(h.line, 'section');
      depths.set(h.line, 2 + h.level - top);
    }
  }
  return depths;
}

/** The chapter number of each heading named as a chapter, or else of each numbered in Roman numerals where they come first. */
function namedChapterNumbers(headings: readonly MarkdownHeading[]): ReadonlyMap<MarkdownHeading, number> {
  const named = new Map<MarkdownHeading, number>();
  for (const h of headings) {
    const chapter = matchChapterHeading(h.title);
    if (chapter) named.set(h, chapter.number);
  }
  if (named.size) return named;
  const numbered = headings.flatMap(h => {
    const number = readTitleNumber(h.title.trim());
    return number ? [{ h, number }] : [];
  });
  if (numbered[0]?.number.family !== ROMAN_FAMILY) return named;
  for (const { h, number } of numbered) if (number.family === ROMAN_FAMILY && number.path.length === 1) named.set(h, number.path[0]);
  return named;
}

const ROMAN_FAMILY = 'roman';
/** Chapters named as such at the top level, at least this many, say what the chapters are. */
const LEAST_NAMED_AT_TOP = 2;

/**
 * Every heading at one level (a converter from PDF that sets all it marks as `#`: parts, their
 * sections, pull quotes, a sidebar's names), and more unnumbered headings between the numbered
 * chapters than chapters: the levels say nothing, and the numbers alone rank the headings.
 */
function isFlat(headings: readonly MarkdownHeading[], depths: readonly number[], first: MarkdownHeading, last: MarkdownHeading): boolean {
  if (headings.some(h => h.level !== first.level)) return false;
  const inside = headings.map((h, k) => (h.line >= first.line && h.line <= last.line ? depths[k] : -1)).filter(depth => depth >= 0);
  const unnumbered = inside.filter(depth => depth === 0).length;
  return unnumbered > inside.length - unnumbered;
}

/** After the numbered chapters of a report: its conclusion, its appendices and its notes. */
function closesReport(title: string): boolean {
  return isClosingTitle(title) || isBackMatterHeading(title) || APPENDIX.test(title);
}

/** An unnumbered heading between numbered chapters ranks as a first-level section (`4.1`). */
const UNNUMBERED_SECTION_DEPTH = 2;
/** Single numbers a text's chapters run through before they rank its headings. */
const LEAST_NUMBERED_CHAPTERS = 3;
/** `4 Title`, `4. Title`, `4.1 Title`, `**4.1 Title**`, and an appendix's `A.1 Title` (not `A Title`, which may be a word). */
const DECIMAL_TITLE = /^[*_]*([0-9]{1,2}(?:\.[0-9]{1,2}){0,3}|[A-Z](?:\.[0-9]{1,2}){1,3})\.?[*_]*\s+\S/;
/** `１．経緯`, `２．３．課題`: Japanese reports number in full-width digits with a full-width stop, no space after it. */
const FULL_WIDTH_DECIMAL_TITLE = /^[*_]*([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3})．[*_]*\s*\S/;

/** `IV: Recommendations`, `II. Findings`: a report's parts numbered in Roman numerals, a stop or a colon after them. */
const ROMAN_TITLE = /^[*_]*([IVX]{1,5})[.:][*_]*\s+\S/;

/** A title's decimal number in ASCII (`4.1`, `A.1`, `２．３．` read as `2.3`, `IV:` as `4`), if it has one. */
function decimalNumber(title: string): string | undefined {
  const ascii = DECIMAL_TITLE.exec(title)?.[1];
  if (ascii !== undefined) return ascii;
  const roman = ROMAN_TITLE.exec(title)?.[1];
  const value = roman === undefined ? undefined : parseRoman(roman);
  if (value !== undefined) return String(value);
  const wide = FULL_WIDTH_DECIMAL_TITLE.exec(title)?.[1];
  return wide === undefined ? undefined : toAsciiDigits(wide).replace(/．/g, '.');
}

function countsUp(numbers: readonly number[]): boolean {
  return numbers.every((n, k) => k === 0 || n > numbers[k - 1]);
}

/**
 * What is known of a page apart from its headings: the lines it hides, the title its front matter
 * names, and whether a converter set its headings by font size (several of them are no titles:
 * page numbers, a sentence's wrapped tail).
 */
export interface PageFacts {
  hidden?: Uint8Array;
  namedTitle?: string;
  convertedByFontSize?: boolean;
  /** Titles the contents lists under another entry (see findPageListedTitles). */
  nestedContents?: readonly string[];
  /** The entries a contents with no bullet sets in under others (`\u3000\u3000テーマ１\u3000…` under `３\u3000提言`): sections. */
  indentedContents?: readonly string[];
  /** The contents' last line, where a contents block was found. */
  contentsEnd?: number;
}

/**
 * A page whose front matter names its title shows that title above its text: a first heading
 * that says something else is the text's first division, not the title again. The front matter
 * may name it with its subtitle (`Harbour Data: Pathways for …` over `# Harbour Data`).
 */
function namesPage(first: MarkdownHeading, namedTitle: string | undefined): boolean {
  if (namedTitle === undefined) return true;
  const heading = titleKey(first.title);
  const named = titleKey(namedTitle);
  return heading === named || (heading.length >= SHORTEST_LISTED && named.startsWith(heading));
}

/**
 * `# 2. The state of rural bus services` right over `## Decline in the network`, no text between: an
 * unnumbered heading set deeper right under a numbered chapter's opens that chapter, its first section,
 * though a contents that lost its indentation lists it as an entry of its own (a committee's report
 * converted from PDF). Not under a part's heading (`# Part II` over `## Ports`), which groups chapters.
 */
function nestOpeningSections(lines: Lines, headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>): void {
  for (let k = 1; k < headings.length; k++) {
    const [above, h] = [headings[k - 1], headings[k]];
    if (roles.get(above.line) !== 'chapter' || roles.get(h.line) !== 'chapter' || h.level <= above.level || readTitleNumber(h.title.trim())) continue;
    const number = readTitleNumber(above.title.trim());
    if (number?.path.length !== 1 || PART_FAMILIES.has(number.family) || !nothingBetween(lines, above.last ?? above.line, h.line)) continue;
    roles.set(h.line, 'section');
  }
}

/** Whether only blank lines stand between lines `from` and `to`. */
function nothingBetween(lines: Lines, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (lines.firstCode(i) >= 0) return false;
  return true;
}

/**
 * Once the appendices have begun (`Appendix I: …`, `Annex B`, `付録２`, two at least), a chapter
 * heading that names no appendix is a section of the appendix before it: converters from PDF give
 * an appendix's own headings, and the second line of a long appendix title, the chapters' level.
 */
function nestUnderAppendices(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>): void {
  const chapters = headings.filter(h => roles.get(h.line) === 'chapter');
  if (chapters.filter(h => APPENDIX.test(h.title)).length < 2) return;
  let inAppendices = false;
  for (const h of chapters) {
    if (APPENDIX.test(h.title)) inAppendices = true;
    else if (inAppendices) roles.set(h.line, 'section');
  }
}

/**
 * `### Annex 1: …`, `### Annex 2: …` under the last chapter's last `##` section: appendices a converter
 * from PDF set in a smaller size, which the contents list as entries of their own (two at least), are
 * chapters after the last one.
 */
function promoteListedAppendices(headings: readonly MarkdownHeading[], roles: Map<number, MarkdownRole>, listed: string[]): void {
  let lastChapter = -1;
  for (const h of headings) if (roles.get(h.line) === 'chapter') lastChapter = h.line;
  const appendices = headings.filter(h => h.line > lastChapter && roles.get(h.line) === 'section' && APPENDIX.test(h.title) && isListed(titleKey(h.title), listed));
  if (lastChapter < 0 || appendices.length < 2) return;
  for (const h of appendices) roles.set(h.line, 'chapter');
}

/** An appendix's heading: its word and its number or letter. */
const APPENDIX = /^(?:(?:Appendix|Annex|Attachment)\s+(?:[0-9]{1,2}|[A-Z]|[IVX]{1,5})\b|(?:付録|別添|別紙|補論)\s*[0-9０-９A-ZＡ-Ｚ一二三四五六七八九十]+)/i;

/** Within the first visible lines; `hidden` lines (front matter, comments) are not seen. */
function opensText(lines: Lines, line: number, hidden: Uint8Array | undefined): boolean {
  let visible = 0;
  for (let i = 0; i < line; i++) {
    if (lines.firstCode(i) < 0 || hidden?.[i] || isNavigationLine(lines.text(i))) continue;
    // A paragraph of prose before it (`Below are our recommendations for companies and for
    // governments.`, a web page's lead) has begun the text: its first heading divides it.
    if (++visible >= TITLE_WITHIN || isProseLine(lines.text(i))) return false;
  }
  return true;
}

/**
 * `[Skip to main content](#main)`, `* [Committees](…)`, `[Home](…) > [Committees](…) > Reports`: a
 * site's navigation above a page saved as Markdown, links and at most a word besides them. It opens
 * no text: the page's first heading after it is still its title.
 */
function isNavigationLine(text: string): boolean {
  if (!text.includes('](')) return false;
  const rest = text.replace(IMAGE_MARKUP, '').replace(LINK_MARKUP, '').replace(NAVIGATION_MARKS, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length <= 1;
}

const IMAGE_MARKUP = /!\[[^\]]*\]\([^)]*\)/g;
const LINK_MARKUP = /\[[^\]]*\]\([^)]*\)/g;
const NAVIGATION_MARKS = /[*+\->|»›]/g;

/** The headings at the top level, where all of them are appendices after deeper headings; else undefined. */
function appendicesAbove(headings: readonly MarkdownHeading[]): ReadonlySet<MarkdownHeading> | undefined {
  const top = Math.min(...headings.map(h => h.level));
  const tops = headings.filter(h => h.level === top);
  if (!tops.every(h => readTitleNumber(h.title.trim())?.family === 'appendix') || !headings.some(h => h.level > top && h.line < tops[0].line)) return undefined;
  return new Set(tops);
}

/** A sentence as long as a paragraph's, closed by its full stop (HTML tags aside). */
function isProseLine(text: string): boolean {
  const words = withoutInlineTags(text.trim());
  return words.length >= PROSE_LINE && PROSE_END.test(words);
}
/** A line with text this long or longer, ending a sentence, is prose, no cover line (a byline, a date, a badge). */
const PROSE_LINE = 80;
const PROSE_END = /[.。]$/;

/**
 * A numbered first heading is a chapter when other headings of its level are numbered too; alone,
 * its number places the file in a larger whole (`# ８．福祉`, one chapter of a manifesto kept in
 * one file per chapter), and it is the file's title.
 */
function startsSequence(first: MarkdownHeading, headings: readonly MarkdownHeading[]): boolean {
  return isNumbered(first.title) && headings.some(h => h !== first && h.level === first.level && isNumbered(h.title));
}

function isNumbered(title: string): boolean {
  return readTitleNumber(title) !== undefined;
}

/** Letters and digits only, lower case: titles are compared across punctuation, wrapping and converters' spacing. */
export function titleKey(title: string): string {
  // Printable ASCII is its own NFKC form, and its letters and digits are [a-z0-9] once lower-cased.
  if (!NOT_PLAIN_ASCII.test(title)) return title.toLowerCase().replace(NOT_ASCII_KEY, '');
  return title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/;
const NOT_ASCII_KEY = /[^a-z0-9]+/g;

/** The contents' titles as keys; an entry that links to its part (`[Conclusion](#hd2c)`) by its link's text. */
export function contentsKeys(contents: readonly string[]): string[] {
  return contents.map(title => titleKey(withoutLinkMarkup(title))).filter(k => k.length > 0);
}

const MOST_OF_TITLE = 0.75;
/** Titles this short say too little to confirm a level unless they agree whole. */
const SHORTEST_LISTED = 8;

export function isListed(title: string, listed: readonly string[]): boolean {
  // A short title (`Summary`) is listed only as it stands: its start says too little.
  if (title.length < SHORTEST_LISTED) return listed.includes(title);
  // A converter may cut or repeat a title: most of it must agree, not just its first words.
  const agrees = (longer: string, shorter: string) => longer.startsWith(shorter) && shorter.length >= longer.length * MOST_OF_TITLE;
  return listed.some(entry => agrees(entry, title) || agrees(title, entry));
}

const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const EQUALS = 0x3d;
const HYPHEN = 0x2d;

/** `提言1：…`, `Recommendation 3: …`: a title that opens with a numbered label of recommendations. */
export function namesNumberedLabel(title: string): boolean {
  const label = recommendationLabels().matchTitle(title);
  return label !== undefined && label.rest !== undefined && endsWithNumber(label.label);
}
