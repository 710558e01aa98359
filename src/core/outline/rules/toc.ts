// Compiled once: a regular expression literal is a new object each time it is evaluated.
const TAB_PAGE = /\t\s*[0-9０-９]{1,3}\s*$/;
/** `返却を確認している<TAB>６７<TAB>２３１<TAB>１４`: a table's row of figures, a page number in its last cell only. */
const TAB_FIGURES = /\t\s*[0-9０-９,，.．]+\s*\t\s*[0-9０-９]{1,3}\s*$/;
/**
 * The paragraphs an entry covers, between its leader and its page (`Introduction ..... 1–4   3`), as
 * the contents of UN and other intergovernmental reports give them.
 */
const PARAGRAPHS = '(?:[0-9]{1,4}\\s*[–-]\\s*[0-9]{1,4}\\s+)?';
/**
 * The leader between an entry and its page: ellipses, dots full-width and half-width (`････`, as
 * Japanese word processors set them), middle dots, dots spaced out (`. . . .`, as English PDFs), or
 * a rule of underscores (`CONTEXT ______ 3`, as IMF staff reports set their contents).
 */
const LEADER = '(?:…{2,}|‥{2,}|[.．・･·]{4,}|(?:[.·] ){3,}[.·]?|_{4,})';
/**
 * `Introduction ........ 01-12`, `Executive summary      I-IX`: the paragraphs an entry covers in
 * place of its page, as audit offices that number paragraphs in the margin (European Court of
 * Auditors and others) set their contents; the summary's are numbered in Roman numerals; and
 * `Background      1.2 – 1.11`, `Audit review      1.12`, numbered by part (the Commonwealth's audit offices).
 */
const PARAGRAPH_RANGE = '(?:[0-9]{1,4}\\s*[–-]\\s*[0-9]{1,4}|[IVXL]{1,6}\\s*[–-]\\s*[IVXL]{1,6}|[0-9]{1,2}\\.[0-9]{1,3}(?:\\s*[–-]\\s*[0-9]{1,2}\\.[0-9]{1,3})?)';
/** `(iii)`: a front-matter page numbered in Roman in parentheses, as parliamentary reports number theirs. */
const FRONT_PAGE = '\\([ivxlc]{1,6}\\)';
const LEADER_PAGE = new RegExp(`${LEADER}\\s*(?:${PARAGRAPHS}[0-9０-９]{1,3}|${PARAGRAPH_RANGE})\\s*$`);
/**
 * `EXECUTIVE SUMMARY          v`: a front-matter page in small Roman numerals, set apart by spaces, as
 * development banks' reports number theirs, or the pages a summary spans (`i - iii`, as audit reports).
 */
const SPACED_FRONT_PAGE = '\\s{3,}[ivxlc]{1,6}(?:\\s?[–-]\\s?[ivxlc]{1,6})?';
const PAGE_NUMBER = new RegExp(`(?:[\\t\\s]*(?:…+|‥+|${LEADER})?[\\t\\s]*(?:${PARAGRAPHS}[0-9０-９]{1,3}|${PARAGRAPH_RANGE}|${FRONT_PAGE})|${SPACED_FRONT_PAGE})\\s*$`);
// `目次`, and with a short qualifier before it (`本章の目次`, `全体の目次`): contents of a part.
// `Table of Content` in the singular too, as some authors write it.
// `On this page`: the contents at the top of a government web page (Canada.ca and others), kept as Markdown.
// `In this issue`: a newsletter's list of its articles.
// `In this chapter`: the parts a chapter published on its own lists on its opening page (a commission's
// report to a legislature, one chapter a file).
const TOC_HEADING = /^\s*((?:\S{1,4}の)?目\s*次|Contents|Table of Contents?|On this page|In this (?:issue|chapter))\s*$/i;

/**
 * `第1章 …<TAB>4`, `理事長メッセージ 1`, `Introduction ........ 3`: a table-of-contents entry, also
 * set in bold as converters from PDF keep a chapter's entry (`**Summary ........ 3**`).
 */
export function isTocEntry(text: string): boolean {
  const plain = withoutBold(text);
  if (!endsWithDigit(plain) && !endsWithRomanNumeral(plain)) return false;
  return (TAB_PAGE.test(plain) && !TAB_FIGURES.test(plain)) || LEADER_PAGE.test(plain);
}

/**
 * `1 Executive summary                  7`: an entry whose page number is set apart by spaces
 * alone (ideographic ones in Japanese), as pdftotext keeps a contents laid out without leaders;
 * `Study Approach, 14`: a section's entry run in after a comma, as the contents of academies' and
 * other book-length reports list a chapter's sections under it. Only under a contents heading:
 * elsewhere a line ending in a number after spaces or a comma is as often a table's row or a sentence.
 */
export function isSpacedTocEntry(text: string): boolean {
  return SPACED_PAGE.test(text);
}

const SPACED_PAGE = new RegExp(`\\S(?:(?:[ \\u3000]{3,}|, ?)(?:[0-9０-９]{1,3}|${PARAGRAPH_RANGE}|${FRONT_PAGE})|${SPACED_FRONT_PAGE})\\s*$`);

/**
 * `Introduction` over `01-13`, `Executive summary` over `I-X`: the page or the paragraphs alone on
 * the line under the entry's title, where pdftotext without its layout put a contents' right-hand
 * column a line apart (audit offices that number paragraphs in the margin, reports set in a table
 * of two columns). Only under a contents heading: elsewhere such a line is a page's number.
 */
export function isDetachedPlace(text: string): boolean {
  return DETACHED_PLACE.test(text);
}

const DETACHED_PLACE = new RegExp(`^\\s*(?:[0-9０-９]{1,3}|${PARAGRAPH_RANGE}|[ivxlc]{1,6}(?:\\s?[–-]\\s?[ivxlc]{1,6})?|[IVXL]{1,6})\\s*$`);

/**
 * `1 Introduction 4`: a page number one space after the title's last word, where the page set it
 * at the right margin and the text extracted from it kept one space (parliamentary committees'
 * reports). Weaker still than isSpacedTocEntry (`Page 2 of 14`, `Recommendation 1` read so too):
 * only under a contents heading, and only in a contents made wholly of such entries.
 */
export function isOneSpaceTocEntry(text: string): boolean {
  return ONE_SPACE_PAGE.test(text);
}

/**
 * The title's last character (a letter, kana or kanji, or a closing bracket; no figure: `Table 2 3`
 * is none), one space, the page or the paragraphs the entry covers (`Introduction 01 - 12`, as a
 * report numbered in the margin keeps its contents through pdftotext without its layout).
 */
const ONE_SPACE_PAGE = new RegExp(`[A-Za-z\\u3040-\\u30ff\\u4e00-\\u9fff)）」』] (?:[0-9]{1,3}|${PARAGRAPH_RANGE})\\s*$`);

/**
 * `[はじめに 1](#_Toc181520301)`: an entry of Word's contents field, kept by pandoc as a link to its
 * heading's bookmark (Word names them `_Toc…`), the page number ending the link's text. Or to the
 * identifier pandoc made from the heading's title (`[提言1：…を強化せよ 12](#提言1…を強化せよ)`): the
 * anchor's letters are the title's, the page number aside. Word may link the page number too
 * (`[Introduction [7](#_Toc191402214)](#_Toc191402214)`, a Roman one in the front matter), and a long
 * title wraps before it (`[Pillar 1. Governance and Accountability` over `[15](#_Toc…)](#_Toc…)`).
 */
export function isLinkedTocEntry(text: string): boolean {
  if (endsWrappedLinkedEntry(text)) return true;
  const entry = LINKED_ENTRY.exec(text);
  if (!entry) return false;
  if (entry[2].startsWith(WORD_CONTENTS_BOOKMARK)) return true;
  const anchor = lettersOf(entry[2]);
  return anchor.length > 0 && lettersOf(entry[1].replace(TRAILING_PAGE, '')).includes(anchor);
}

/** `[7](#_Toc191402214)`: a page number Word links to its heading's bookmark, Arabic or Roman. */
const LINKED_PAGE = String.raw`\[(?:[0-9]{1,3}|[ivxlc]{1,6})\]\(#_Toc[^)\s]*\)`;
const LINKED_ENTRY = new RegExp(String.raw`^\s*\[([^\]]*?\S[ \t\u3000]+(?:[0-9０-９]{1,3}|${LINKED_PAGE}))\]\((#[^)\s]*)\)\s*$`);
/** `[15](#_Toc191402215)](#_Toc191402215)`: the linked page number that ends a wrapped entry. */
const LINKED_PAGE_TAIL = new RegExp(String.raw`^\s*${LINKED_PAGE}\]\(#_Toc[^)\s]*\)\s*$`);
const LINKED_PAGE_AT_END = new RegExp(String.raw`\s*${LINKED_PAGE}$`);

/** Whether the line is the linked page number alone that ends an entry wrapped onto it (see isLinkedTocEntry). */
export function endsWrappedLinkedEntry(text: string): boolean {
  return LINKED_PAGE_TAIL.test(text);
}
const WORD_CONTENTS_BOOKMARK = '#_Toc';
const TRAILING_PAGE = /[ \t\u3000]+[0-9０-９]{1,3}$/;
const NOT_LETTER = /[^\p{L}\p{N}]/gu;

/** A title's or an identifier's letters and digits, in lower case: pandoc's identifiers drop the rest. */
function lettersOf(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_LETTER, '');
}

/** The entry's title without the page number (and without the link a linked entry is). */
export function tocTitle(text: string): string {
  const linked = text.charCodeAt(text.search(/\S/)) === OPEN_BRACKET ? LINKED_ENTRY.exec(text)?.[1].replace(LINKED_PAGE_AT_END, '') : undefined;
  const title = withoutBold(linked ?? text).replace(PAGE_NUMBER, '').trim();
  // The comma a run-in entry sets before its page (see isSpacedTocEntry) is not the title's.
  return title.endsWith(',') ? title.slice(0, -1) : title;
}

const OPEN_BRACKET = 0x5b;

/**
 * The text without its bold marks (a copy only when it has them): around the entry, or around its
 * title and its page apart (`**EXECUTIVE SUMMARY** **4**`, as a converter from PDF sets each run).
 */
function withoutBold(text: string): string {
  return text.includes('**') ? text.replace(BOLD_MARKS, '') : text;
}

const BOLD_MARKS = /\*\*/g;

export function isTocHeading(text: string): boolean {
  return TOC_HEADING.test(withoutBold(text));
}

/** The letters a range of paragraphs in capital Roman numerals ends with (`I-IX`). */
export const ROMAN_NUMERAL_ENDS: ReadonlySet<number> = new Set([0x49, 0x56, 0x58, 0x4c]);
/** The letters a front-matter page in small Roman numerals ends with (`iii`, `v`). */
export const SMALL_ROMAN_NUMERAL_ENDS: ReadonlySet<number> = new Set([0x69, 0x76, 0x78, 0x6c, 0x63]);

function endsWithRomanNumeral(text: string): boolean {
  const trimmed = text.trimEnd();
  return ROMAN_NUMERAL_ENDS.has(trimmed.charCodeAt(trimmed.length - 1));
}

function endsWithDigit(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '　')) i--;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
