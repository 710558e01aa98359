import { isCircledNumber, matchBullet, type Bullet } from './bullet';
import { codesOf, firstVisibleCode, isDigit, isLowerCaseLetter, isUpperCaseLetter, LESS_THAN } from './line-start';

export interface ListItem extends Bullet {
  /** The column of the marker (a tab counts four): items of one list share it, deeper ones nest. */
  indent: number;
  /** The item's text is a heading (`- ### Title`): a whole title, the paragraphs under it its body. */
  titled?: boolean;
}

/**
 * Markers beyond the common ones: RFC-style plain text `o` and Markdown `+` (a space after them),
 * ○ ◦ ◯ ● ◎ of Japanese lists (`○地域の…`, but not `○○市`, a placeholder name), the kanji zero `〇`
 * before a space as writers type the circle (not `〇〇県`, nor a number's digit), and the arrows and
 * ticks of slides and their PDFs (➢ ▶ ► ➤ ✓ ✔, and → ➔ before a space, as briefs set their
 * recommendations under a label; elsewhere an arrow draws a conclusion, see conclusion.ts);
 * ◆ ■ ◇ □ before a sentence (`◆ 窓口を設ける。`) or a line longer than a title (one the page
 * wrapped), as panels' summaries list their measures (before a title they mark a heading, see
 * section-heading.ts).
 */
const EXTRA_MARKER = /^\s*(?:([o+→➔〇])\s+|([○◦◯●◎➢▶►➤✓✔])(?![○◦◯●◎])\s*|([◆■◇□])\s*(?=.*。\s*$|.{20}))(\S.*)$/;
const EXTRA_MARKER_STARTS = codesOf('o+→➔〇○◦◯●◎➢▶►➤✓✔◆■◇□');
const EMPTY_MARKER = /^\s*([-*+・•])\s*$/;
const EMPTY_MARKER_STARTS = codesOf('-*+・•');
/**
 * `**1. Build on public land.** The state owns …`, `**（1）公が買い手になる**` over its paragraphs: a
 * paragraph led by its number and title in bold, as briefs and proposals converted from Word to
 * Markdown number their recommendations.
 */
const BOLD_NUMBERED = /^\s*(\*\*|__)([0-9０-９]{1,2}[.)．）]|[(（][0-9０-９]{1,2}[)）])\s*(\S.*?)\1\s*(.*)$/;
/**
 * `**17. As soon as is practicable, the Government shall …` with the bold closed lines later: a
 * numbered recommendation set wholly in bold and wrapped by the width of the text (inquiry reports
 * written in reStructuredText or plain Markdown).
 */
const BOLD_NUMBERED_OPEN = /^\s*(\*\*|__)([0-9０-９]{1,3}[.)．）])\s+((?:(?!\1).)+)$/;
/**
 * `**Pay for standby capacity.** Emergency rooms cost …`: a paragraph led by a sentence in bold, as
 * web articles and briefs set out their recommendations under a label, without numbers.
 */
const BOLD_LEAD = /^\s*(\*\*|__)(?![\s*_])([^*_]{2,200}?[.:!?。：！？])\1\s+(\S.*)$/;
/** What names a note rather than an entry: `Note:`, `Notes on responses:`, `N.B.`, `注：`, `備考：`. */
const NOTE_LEAD = /^(?:notes?\b|n\.\s?b\.|注[：:]|備考)/i;
/**
 * `１\u3000避難所を改善する。`: a number and an ideographic space, as Japanese papers number the items of
 * a list; in text extracted from their PDFs the space is two narrow ones (`１  避難所…`), or one
 * before the Japanese text (`1 避難所…`).
 */
const NUMBER_AND_WIDE_SPACE = /^\s*([0-9０-９]{1,2})(?:\u3000+| {2,}| (?=[\u3040-\u30ff\u3400-\u9fff「（]))(\S.*)$/;
/**
 * `一\u3000国は、…こと。`, `二、…`: a kanji number and a space or a comma, as statements, resolutions
 * and requests of Japanese societies and assemblies number what they ask for. A word that starts
 * with a numeral (`一方`, `十分`) has no space or comma after it.
 */
const KANJI_NUMBER_ITEM = /^\s*([一二三四五六七八九十]{1,3})(?:\u3000+|[、，．]\s*| {1,2}(?=[\u3040-\u30ff\u3400-\u9fff「（]))(\S.*)$/;
const KANJI_NUMBER_STARTS = '一二三四五六七八九十';
/**
 * `140.1    Ratify the …`, `3.2 Fund the …`: a paragraph's number with the item's after it, as review
 * bodies and parliamentary reports number the recommendations they list under one paragraph. The
 * text starts with a capital or Japanese, so that a quantity (`1.5 million`) is no item.
 */
const DECIMAL_ITEM = /^\s*([0-9]{1,3}(?:\.[0-9]{1,3}){1,2})\.?\s+([A-Z\u3040-\u30ff\u3400-\u9fff「（(].*)$/;
/**
 * `<li><strong>Publish the data.</strong> Agencies …</li>`: an item of an HTML list, as web pages
 * kept in Markdown (Jekyll, WordPress exports) write their lists; its text on the tag's line.
 */
const HTML_ITEM = /^\s*<li(?:\s[^<>]*)?>\s*(\S.*?)\s*(?:<\/li>\s*)?$/i;
/** `<ul>`, `</ol>`, `</li>` alone on a line: the frame of an HTML list, none of its text. */
const HTML_LIST_FRAME = /^\s*<(\/?)(ul|ol|li)(?:\s[^<>]*)?>\s*$/i;
/**
 * `R1. Create a fund …`, `P-2: Publish …`, `REC3) …`: a letter or two and a number, as briefs and
 * reviews code their recommendations (R for recommendation, P for proposal, a letter per part);
 * set apart by spaces alone (`R1      The Act should …`) as a law commission's report prints them in
 * its margin, the text after them a word.
 */
const ITEM_CODE = '[A-Z]{1,3}-?';
const CODED_ITEM = new RegExp(`^\\s*(${ITEM_CODE}[0-9]{1,2})(?:[.:)]\\s+|(?: {2,}|\\t)(?=[A-Za-z]))(\\S.*)$`);
/** The letters before a coded item's number (`R` of `R2`): the item counts by the number. */
export const ITEM_CODE_PREFIX = new RegExp(`^${ITEM_CODE}(?=[0-9])`);
/**
 * `a)     review the standards …;`: a letter and a closing parenthesis, as the conclusions of the
 * Council of the EU and other bodies' texts extracted from PDF letter what a paragraph asks for;
 * `a. Schedule inspections …`, a letter and a point before a capital, as auditors letter what they
 * recommend after `We recommend that the Department:`; `a     set out …`, a letter alone in the
 * margin before a wide gap or a tab, as national audit offices print theirs.
 */
const LETTERED_ITEM = /^\s*([a-z]\)|[a-z]\.(?=\s+[A-Z])|[a-z](?=\t| {3,}))\s+(\S.*)$/;
/**
 * `A. to keep the number of judges …;`: a capital letter and a point before a point's text in lower
 * case, as an advisory body letters its key recommendations after `…makes the following key
 * recommendations:`. A capital before a capital (`A. Introduction`) is a heading's number.
 */
const CAPITAL_LETTERED_ITEM = /^\s*([A-Z]\.)\s+([a-z].*)$/;
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const EXTRA_STARTS = codesOf(`o+→➔〇○◦◯●◎➢▶►➤✓✔◆■◇□-*・•_0123456789０１２３４５６７８９<${CAPITALS}${LETTERS}${KANJI_NUMBER_STARTS}`);

/**
 * A list item inside a recommendation block: every marker of `matchBullet` and those lists of
 * plain-text standards and Japanese papers add, with its indentation. A marker without text (a
 * form left empty) is an item with no text, so that what is nested under it is not taken for a
 * recommendation.
 */
export function matchListItem(text: string, first = firstVisibleCode(text)): ListItem | undefined {
  const bullet = matchBullet(text, first) ?? (EXTRA_STARTS.has(first) ? matchExtra(text, first) : undefined);
  if (!bullet) return undefined;
  // A task list's box (`- [ ] …`, `- [x] …`, pledges tracked in a repository) is no part of the
  // item's text, nor are the marks of a heading the item holds (`- ### …`, a plan's titled
  // commitments), nor the printed bullet a converter from PDF keeps after its own (`- • …`, `- – …`).
  const opening = bullet.text.charCodeAt(0);
  const box = opening === 0x5b /* [ */ ? TASK_BOX.exec(bullet.text) : opening === 0x23 /* # */ ? HEADING_MARKS.exec(bullet.text) : PRINTED_BULLETS.has(opening) ? PRINTED_BULLET.exec(bullet.text) : null;
  const skip = box ? box[0].length : 0;
  // Each field named: spreading the bullet makes a slow dictionary-like copy, on every item of a block.
  return { marker: bullet.marker, text: bullet.text.slice(skip), offset: bullet.offset + skip, indent: indentOf(text), titled: bullet.titled === true || (opening === 0x23 && skip > 0) };
}

const TASK_BOX = /^\[[ xX]\]\s+(?=\S)/;
const PRINTED_BULLET = /^[•◦▪‣–]\s+(?=\S)/;
const PRINTED_BULLETS = codesOf('•◦▪‣–');
const HEADING_MARKS = /^#{1,6}\s+(?=\S)/;

/** Each expression is tried only on a line whose first visible character it can start with. */
function matchExtra(text: string, first: number): Bullet | undefined {
  if (first === LESS_THAN) {
    const item = HTML_ITEM.exec(text);
    return item ? { marker: HTML_ITEM_MARKER, text: item[1], offset: text.indexOf(item[1]) } : undefined;
  }
  if (isUpperCaseLetter(first)) {
    // A capital starts no other marker here: only a code, or a capital letter before a point in lower case, can make the line an item.
    const coded = CODED_ITEM.exec(text) ?? CAPITAL_LETTERED_ITEM.exec(text);
    return coded ? { marker: coded[1], text: coded[2].trim(), offset: text.length - coded[2].length } : undefined;
  }
  if (isLowerCaseLetter(first)) {
    const lettered = LETTERED_ITEM.exec(text);
    if (lettered) return { marker: lettered[1], text: lettered[2].trim(), offset: text.length - lettered[2].length };
    if (first !== LOWER_O) return undefined;
  }
  const numbered = isDigit(first) ? NUMBER_AND_WIDE_SPACE.exec(text) : null;
  if (numbered) return { marker: numbered[1], text: numbered[2].trim(), offset: text.length - numbered[2].length };
  const kanji = first >= KANJI_LOWEST && !numbered ? KANJI_NUMBER_ITEM.exec(text) : null;
  if (kanji) return { marker: kanji[1], text: kanji[2].trim(), offset: text.length - kanji[2].length };
  const decimal = isDigit(first) ? DECIMAL_ITEM.exec(text) : null;
  if (decimal) return { marker: decimal[1], text: decimal[2].trim(), offset: text.length - decimal[2].length };
  const emphasis = first === 0x2a /* * */ || first === 0x5f; /* _ */
  const bold = emphasis ? BOLD_NUMBERED.exec(text) : null;
  // A number and title wholly in bold is a titled item: the lines under it are its body.
  if (bold) return { marker: bold[2], text: `${bold[3]} ${bold[4]}`.trim(), offset: text.indexOf(bold[3], bold[1].length), titled: !bold[4].trim() };
  const open = emphasis ? BOLD_NUMBERED_OPEN.exec(text) : null;
  if (open) return { marker: open[2], text: open[3].trim(), offset: text.length - open[3].length };
  const lead = emphasis ? BOLD_LEAD.exec(text) : null;
  // `**Note on responses:** Where …`: a note on the list, no entry of it.
  if (lead && !NOTE_LEAD.test(lead[2])) return { marker: lead[1], text: `${lead[2]} ${lead[3]}`, offset: text.indexOf(lead[2]) };
  const m = EXTRA_MARKER_STARTS.has(first) ? EXTRA_MARKER.exec(text) : null;
  if (m) return { marker: m[1] ?? m[2] ?? m[3], text: m[4].trim(), offset: text.length - m[4].length };
  const empty = EMPTY_MARKER_STARTS.has(first) ? EMPTY_MARKER.exec(text) : null;
  return empty ? { marker: empty[1], text: '', offset: text.length } : undefined;
}

const LOWER_O = 0x6f;

/** The lowest code of the kanji numbers (二 U+4E8C comes after 一 U+4E00): anything below starts no such item. */
const KANJI_LOWEST = 0x4e00;

/** The marker of an HTML list's item (`<li>`). */
export const HTML_ITEM_MARKER = 'li';

/**
 * A line that is only a tag opening or closing an HTML list or its item: how it changes the depth
 * of the lists open (`<ul>` +1, `</ol>` -1, `</li>` 0); undefined for any other line.
 */
export function htmlListFrameStep(text: string): number | undefined {
  const m = HTML_LIST_FRAME.exec(text);
  if (!m) return undefined;
  return m[2].toLowerCase() === 'li' ? 0 : m[1] ? -1 : 1;
}

/** The column of the first visible character: a tab counts four, an ideographic space two, a no-break space one. */
export function indentOf(text: string): number {
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A no-break space indents as a space does: web pages indent with `&nbsp;`, and converters keep it.
    if (c === 0x20 || c === 0xa0) column++;
    else if (c === 0x09) column += 4 - (column % 4);
    else if (c === 0x3000) column += 2;
    // pdftotext opens each page with a form feed before the line's own indentation: it takes no column.
    else if (c !== 0x0c) break;
  }
  return column;
}

/** A list item set with a mark (`○`, `・`, `-`), not a number. */
export function isMarkedItem(text: string): boolean {
  const item = matchListItem(text);
  if (item === undefined || item.marker.length !== 1) return false;
  const mark = item.marker.charCodeAt(0);
  return !isDigit(mark) && !isCircledNumber(mark);
}
