import { NUMBER_WORDS, parseNumeral, parseRoman, toAsciiDigits } from '../rules/numerals';
import { isCaptionStart } from '../rules/caption';
import { DAY_AND_MONTH, findDate } from '../rules/dates';
import { isRecommendationHeading } from '../rules/recommendation-heading';

/**
 * The number at the start of a line, read without deciding yet whether the line is a heading:
 * that is decided by the sequence the number belongs to (see sequences.ts).
 */
export interface Numbering {
  /** The numbering scheme: lines of one scheme form one sequence (`dotted`, `paren`, `第章` …). */
  family: string;
  /** The number's parts: `3.1.` is [3, 1], `Appendix B` is [2], `(4)` is [4]. */
  path: number[];
  /** Where the number starts (its indentation) and where the title after it starts. */
  column: number;
  titleStart: number;
  /** Set by a project's own pattern, which says its level; built-in schemes learn it from the document. */
  level?: 'chapter' | 'section';
}

/** One numbering scheme: the characters its lines can start with, and how to read one. */
export interface NumberingScheme {
  readonly starts: string;
  read(text: string, at: number): Numbering | undefined;
}

const DIGITS = '0123456789０１２３４５６７８９';
const KANJI_NUMERALS = '〇一二三四五六七八九十百';

/**
 * `1.  Introduction`, `3.1.  Scope of the Study`, `4.4.1 Actions`, `１．研究会の成果`: the
 * decimal numbering of reports, RFC-style texts and Japanese 報告書 (depth = number of parts).
 */
const DOTTED = /([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3}){0,4})([.．])?(?=\s|[^\s0-9０-９.．,，、%％])\s*/y;

/** `1-1 計画の目的`, `２－３ 課題`, `2-1. 現状を知る`: the hyphenated section numbers of Japanese plans and white papers (chapter-section). */
const HYPHENATED = /([0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2}){1,2})[.．]?[ \u3000\t]+/y;

/** `１ テーマ` (an ideographic space), `2 Scope`: a number followed only by a space, as Word documents and slides number. */
const BARE = /([0-9０-９]{1,2})[ \u3000\t]+/y;

/** `１）…`, `2) …`: a number closed by a parenthesis, common in Japanese manifestos and plans. */
const RIGHT_PAREN = /([0-9０-９]{1,2})[)）]\s*/y;

/** `I.  INTRODUCTION`, `IV) Findings`: Roman numerals over the sections of English reports, memos and papers. */
const ROMAN = /([IVX]{1,6})[.)．]\s+/y;
/** `Ⅰ．はじめに`, `Ⅱ 現状` (an ideographic space): the Roman numeral characters of Japanese government and council reports. */
const ROMAN_CHARACTER = /([\u2160-\u216b])[.．、\s]\s*/y;
const ROMAN_CHARACTER_FIRST = 0x2160; // Ⅰ

/** `Ⅲ` as 3; undefined for any other text. */
function romanCharacterValue(text: string): number | undefined {
  const value = text.length === 1 ? text.charCodeAt(0) - ROMAN_CHARACTER_FIRST + 1 : 0;
  return value >= 1 && value <= 12 ? value : undefined;
}
/** A Roman heading number this high is a letter or an initial (`C. Smith`), not a rank. */
const HIGHEST_ROMAN = 39;

/** `(1) …`, `（２）…`: the level under a numbered heading in Japanese and English reports. */
const PAREN = /[（(]([0-9０-９]{1,2})[)）]\s*/y;
/**
 * `【１】はじめに`, `〔２〕現状`, `［３］提案事項`: a number in lenticular or tortoise-shell brackets, as
 * Japanese letters, proposals and handouts typed in a text editor number their parts.
 */
const BRACKETED = /[【〔［]([0-9０-９]{1,2})[】〕］]\s*/y;

/** `一、…`, `二．…`, `三 …` (an ideographic space): kanji numbering of Japanese government and party documents, reports and guidelines. */
const KANJI = /([〇一二三四五六七八九十]{1,3})(?:[、．.]\s*|[ \u3000]+)/y;

/** `第1章`, `第二節`, `第３部`: Japanese books and white papers, by the counter word. */
// `第Ⅱ部 各論`: a council's report numbers its parts with the Roman numeral characters too.
const DAI = /第\s*([0-9０-９〇一二三四五六七八九十百]{1,4}|[\u2160-\u216b])\s*([章節部編款項])\s*/y;

/** `第一 総則` (an ideographic space), `第２ 基本方針`: the numbered articles of Japanese guidelines and plans, with no counter word but a space. */
const DAI_ALONE = /第([〇一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[ \u3000]+/y;

/** `第章`, `第節` …: a family by its counter word, one string each rather than one per line read. */
const DAI_FAMILIES = new Map([...'章節部編款項'].map(counter => [counter.charCodeAt(0), `第${counter}`]));

/**
 * `Chapter 3:`, `Part II.`, `Section 4 -`, `Chapter One`: English books and reports, by the word.
 * `Sec. 2.`, `Article 5`, `§ 3.`: the sections and articles of legal and administrative
 * instruments (orders, ordinances, regulations, bills, charters), `Sec.` and `§` short for `Section`.
 */
const WORD = new RegExp(`(Chapter|Part|Section|Sec\\.|Article|§)\\s*(?<=\\s|§)([0-9]{1,3}|[IVXLC]{1,6}|[A-Z]|${NUMBER_WORDS.join('|')})\\b\\s*[:.．：\\-–—]?\\s*`, 'iy');
/**
 * Words that number a page's furniture or the text's apparatus, which count up through a text as
 * its divisions do (`Page 7 GAO-26-…`, a running footer; `Note 3:`; `Question 4:`, read as a
 * question): no counter word of divisions.
 */
const APPARATUS_WORDS = new Set(['page', 'slide', 'note', 'footnote', 'endnote', 'source', 'line', 'paragraph', 'question', 'item']);
/** The family each word's lines belong to: `Section 1.` and `Sec. 2.` number one sequence. */
const WORD_FAMILIES = new Map([['sec.', 'section'], ['§', 'section']]);

/** `Appendix One`, as the UK's audit office spells its appendices' numbers. */
const SPELLED_APPENDIX_NUMBER = NUMBER_WORDS.map(word => word[0].toUpperCase() + word.slice(1)).join('|');
/**
 * `Appendix B.  Survey Questions`, `Annex 2:`, `ANNEX I - METHOD`, `Annexure II` (as Indian reports
 * name them), `Annexe 1 – Glossary` (as British inspectorates spell them), `付録A`, `別紙１`:
 * appendices, numbered by letters, Roman or Arabic numbers.
 */
const APPENDIX = new RegExp(`(Appendix|APPENDIX|Annexure|ANNEXURE|Annexe|ANNEXE|Annex|ANNEX|Attachment|ATTACHMENT|付録|別紙|別添|附属書)\\s*(${SPELLED_APPENDIX_NUMBER}|[A-Z]|[IVX]{1,5}|[0-9０-９]{1,2}|[Ａ-Ｚ])(?![A-Za-z])\\s*[.:．：\\-–—]?\\s*`, 'y');

/**
 * `（別添１）委員名簿`, `【別紙】`, `(Annex 2)`, `（参考１）外部有識者名簿`: an appendix named in brackets, as
 * Japanese ministries' and councils' papers head what they attach; without a number, the one appendix.
 */
const BRACKETED_APPENDIX = /[（(【［](付録|別紙|別添|附属書|参考|Appendix|Annex)\s*([A-Z]|[IVX]{1,5}|[0-9０-９]{1,2}|[Ａ-Ｚ])?[）)】］]\s*/y;

/**
 * `別紙第１` alone on its line over `職員の給与に関する報告`: the numbered attachments a Japanese
 * authority's report and recommendation (人事院の報告及び勧告) is made of, each a part that may hold
 * chapters numbered again (`第１ …`), its title below it.
 */
const ANNEX_PART = /別紙\s*第\s*([0-9０-９〇一二三四五六七八九十]{1,3})(?=\s*$)/y;

/** `別添` or `別紙` alone on its line: a ministry's paper attaches a document of its own below it. */
const LONE_ATTACHMENT = /(?:別添|別紙)(?=\s*$)/y;

/**
 * `参考資料１` over `看護職員の賃金の状況`, `参考資料２\u3000…`: the numbered reference materials a Japanese
 * request or council paper attaches after its body, each a division of its own that may number
 * its points again (`１．…`), its title beside or below the number. Both words number one sequence.
 */
const REFERENCE_MATERIAL = /(参考資料|添付資料)\s*([0-9０-９]{1,2})(?=\s*$|[\u3000 ]+\S)\s*/y;
/** The family of the reference materials' lines. */
export const REFERENCE_MATERIALS = '参考資料';

/**
 * `A.  Background`, `B) Requirements`: the lettered divisions of memoranda, directives and legal
 * or administrative papers (A > 1 > a), and `A．研究目的`, as a Japanese research report letters its
 * parts. A capital letter alone, then a dot or a parenthesis and a space, or a full-width point; whether
 * they are headings is decided by their sequence (A, B, C … in order), which an initial (`J. Smith`) does not make.
 */
const LETTER = /([A-Z])(?:[.)]\s+|．\s*)(?=\S)/y;

/**
 * `A     Additional Tables`, `B        Conduct of the inquiry`: an appendix lettered without its word,
 * set apart from its title by a wide gap as the numbered chapters are (`1     Introduction`), as
 * papers typeset with LaTeX and inquiry reports extracted from PDF letter theirs. A letter then one
 * space is a sentence's (`A new approach`).
 */
const LAID_OUT_APPENDIX = /([A-H])\s{2,}(?=[A-Z])/y;

/** `A.1.  General`, `B.2 Results`: the sections of a lettered appendix. */
const APPENDIX_SECTION = /([A-Z])\.([0-9]{1,2}(?:\.[0-9]{1,2}){0,3})\.?\s+/y;

/**
 * `Goal 1: Open the harbour's data`, `Pillar 2 – Skills`, `Objective 2.1 Govern the data`: the
 * counter word a strategy or a plan sets before the numbers of its divisions (the document's own
 * word, whatever it is). Its lines are headings only where the word's numbers count up through
 * the text (sequences.ts); a caption's word (`Figure 2:`) and a recommendation's (`Action 3:`,
 * read as a numbered recommendation) are none.
 */
const COUNTER_WORD = /([A-Z][a-z]{2,14})\s+([0-9]{1,2}(?:\.[0-9]{1,2}){0,2})(?:\s*[:.–—-]\s+|\s+(?=[A-Z]))/y;
/** A Japanese counter word (kanji or katakana, not `第`), its number, and a space or a colon before the title. */
const JAPANESE_COUNTER_WORD = /((?!第)[\u4e00-\u9fff\u30a0-\u30ff]{1,6})([0-9０-９]{1,2}(?:[-－‐][0-9０-９]{1,2})?)(?:[\u3000 ]+|\s*[:：]\s*)(?=\S)/y;
/**
 * `議案第３号`, `意見書案第１号` and its title, `請願第２号`: the papers an assembly or a council numbers by their
 * kind, each a division of the bundle that collects them; the title after spaces or on the lines below.
 */
const JAPANESE_NUMBERED_PAPER = /((?!第)[\u4e00-\u9fff\u30a0-\u30ff]{1,6})第([0-9０-９]{1,3})号(?:[\u3000 ]+(?=\S)|\s*$)/y;
const HYPHENS = /[-－‐]/;
/**
 * Words that number a page's apparatus, not its parts: notes, questions, sources, materials, and
 * the figures and tables a report appends after its body (`付図１`, `付表１`, as an accident
 * investigation board's reports end), which the contents may still name as parts of their own.
 */
const JAPANESE_APPARATUS_WORDS = new Set(['注', '問', '設問', '質問', '出典', '資料', '参考', '写真', '付図', '付表', '様式', '頁', 'ページ']);
/** Every character a Japanese counter word may start with: the CJK ideographs and the katakana. */
const JAPANESE_WORD_STARTS = charactersBetween(0x4e00, 0x9fff) + charactersBetween(0x30a0, 0x30ff);

function charactersBetween(first: number, last: number): string {
  const codes: string[] = [];
  for (let c = first; c <= last; c++) codes.push(String.fromCharCode(c));
  return codes.join('');
}
/** The family of a counter word's lines: `word:goal`. */
export const COUNTER_WORD_FAMILY = 'word:';
/** Ends the family of numbered papers (`word:議案第号`), which may set their titles below the number. */
export const PAPER_COUNTER = '第号';

// Compiled once: a regular expression literal is a new object each time it is evaluated.
const DOTS = /[.．]/;
const SPACE = /\s/;
const ASCII_NUMBER = /^[0-9]+$/;
const APPENDIX_ROMAN = /^[IVX]+$/;

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

function toRoman(value: number): string {
  const tens = 'X'.repeat(Math.floor(value / 10));
  return tens + ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][value % 10];
}

function exec(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function numbers(parts: string): number[] {
  return parts.split(DOTS).map(p => parseNumeral(p) ?? 0);
}

/**
 * `2.0 Strategic Context` over `2.1`, `2.2`: strategies, plans and specifications number their
 * chapters with a zero after the point. The zero counts nothing: the chapter is 2.
 */
function chapterZero(path: number[]): number[] {
  return path.length === 2 && path[1] === 0 && path[0] > 0 ? [path[0]] : path;
}

/**
 * The Roman numeral or the letter after a counter word: `Part II` is 2, `Part A` 1 and `Part C` 3
 * (a letter alone that is a large numeral, C, D, L or M, letters parts as A and B do; I, V and X
 * stay numerals).
 */
function wordNumber(raw: string): number {
  const upper = raw.toUpperCase();
  if (upper.length === 1 && !SMALL_ROMAN_LETTERS.includes(upper)) return upper.charCodeAt(0) - 64;
  return parseRoman(upper) ?? 0;
}

const SMALL_ROMAN_LETTERS = 'IVX';

/** A, B … or I, II …, or 1, 2 …: the rank of an appendix. */
function appendixRank(raw: string): number {
  const spelled = NUMBER_WORDS.indexOf(raw.toLowerCase());
  if (spelled >= 0) return spelled + 1;
  const ascii = raw.normalize('NFKC');
  if (ASCII_NUMBER.test(ascii)) return Number(ascii);
  if (APPENDIX_ROMAN.test(ascii) && ascii !== 'V' && ascii !== 'X') return parseRoman(ascii) ?? 0;
  if (ascii === 'I') return 1;
  return ascii.charCodeAt(0) - 64;
}

/**
 * What the four expressions of decimal numbers below need after the digits at `column`: a dot
 * after at most three (DOTTED is taken only with one), a hyphen, a parenthesis or a space after
 * at most two. A line that opens with a year or a quantity (`2024年`, `30%`) fails here, before
 * any expression runs.
 */
function mayCloseNumber(text: string, column: number): boolean {
  let end = column;
  while (end < text.length && end - column <= 3 && isDigitCode(text.charCodeAt(end))) end++;
  const digits = end - column;
  const next = text.charCodeAt(end);
  if (next === 0x2e /* . */ || next === 0xff0e /* ． */) return digits <= 3;
  return digits <= 2 && AFTER_TWO_DIGITS.has(next);
}

/** Hyphens (HYPHENATED), closing parentheses (RIGHT_PAREN) and the spaces of BARE. */
const AFTER_TWO_DIGITS = new Set([...'-－‐)） \u3000\t'].map(c => c.charCodeAt(0)));

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

function at(family: string, path: number[], column: number, match: RegExpExecArray): Numbering {
  return { family, path, column, titleStart: column + match[0].length };
}

export const NUMBERING_SCHEMES: readonly NumberingScheme[] = [
  {
    starts: DIGITS,
    read(text, column) {
      if (!mayCloseNumber(text, column)) return undefined;
      const dotted = exec(DOTTED, text, column);
      // `3.1 Title` needs the space after it; `1.5倍` is a quantity.
      if (dotted && (dotted[2] || (DOTS.test(dotted[1]) && SPACE.test(text[column + dotted[1].length] ?? '')))) {
        return at('dotted', chapterZero(numbers(dotted[1])), column, dotted);
      }
      const hyphenated = exec(HYPHENATED, text, column);
      // Numbered like 3.1, so that it nests the same way under chapter 3.
      if (hyphenated) return at('dotted', hyphenated[1].split(/[-－‐]/).map(p => parseNumeral(p) ?? 0), column, hyphenated);
      const paren = exec(RIGHT_PAREN, text, column);
      if (paren) return at('right-paren', numbers(paren[1]), column, paren);
      const bare = exec(BARE, text, column);
      // `27 October 2025` (a cover's date), `30 June` over a table's columns: a day before its month, no number and title.
      return bare && !exec(DAY_AND_MONTH, text, column) ? at('bare', numbers(bare[1]), column, bare) : undefined;
    },
  },
  {
    starts: 'IVX',
    read(text, column) {
      const m = exec(ROMAN, text, column);
      const value = m ? parseRoman(m[1]) : undefined;
      // Only numerals written the usual way (`IV`, not `IIII`): anything else is a word or initials.
      return m && value !== undefined && value <= HIGHEST_ROMAN && toRoman(value) === m[1] ? at('roman', [value], column, m) : undefined;
    },
  },
  {
    starts: String.fromCharCode(...Array.from({ length: 12 }, (_, k) => ROMAN_CHARACTER_FIRST + k)),
    read(text, column) {
      const m = exec(ROMAN_CHARACTER, text, column);
      return m ? at('roman', [romanCharacterValue(m[1])!], column, m) : undefined;
    },
  },
  {
    starts: '(（【［',
    read(text, column) {
      const m = exec(BRACKETED_APPENDIX, text, column);
      return m ? at('appendix', [m[2] ? appendixRank(m[2]) : 1], column, m) : undefined;
    },
  },
  {
    starts: '(（',
    read(text, column) {
      const m = exec(PAREN, text, column);
      return m ? at('paren', numbers(m[1]), column, m) : undefined;
    },
  },
  {
    starts: '【〔［',
    read(text, column) {
      const m = exec(BRACKETED, text, column);
      return m ? at('bracket', numbers(m[1]), column, m) : undefined;
    },
  },
  {
    starts: String.fromCharCode(...Array.from({ length: CIRCLED_LAST - CIRCLED_FIRST + 1 }, (_, k) => CIRCLED_FIRST + k)),
    read(text, column) {
      const code = text.charCodeAt(column);
      let titleStart = column + 1;
      while (titleStart < text.length && SPACE.test(text[titleStart])) titleStart++;
      return { family: 'circled', path: [code - CIRCLED_FIRST + 1], column, titleStart };
    },
  },
  {
    starts: KANJI_NUMERALS,
    read(text, column) {
      const m = exec(KANJI, text, column);
      return m ? at('kanji', [parseNumeral(m[1]) ?? 0], column, m) : undefined;
    },
  },
  {
    starts: '第',
    read(text, column) {
      const m = exec(DAI, text, column);
      const number = m ? parseNumeral(m[1]) ?? romanCharacterValue(m[1]) : undefined;
      if (m && number !== undefined) return at(DAI_FAMILIES.get(m[2].charCodeAt(0))!, [number], column, m);
      const alone = exec(DAI_ALONE, text, column);
      const articleNumber = alone ? parseNumeral(alone[1]) : undefined;
      return alone && articleNumber !== undefined ? at('第', [articleNumber], column, alone) : undefined;
    },
  },
  {
    starts: 'CcPpSsAa§',
    read(text, column) {
      const m = exec(WORD, text, column);
      if (!m) return undefined;
      const spelled = NUMBER_WORDS.indexOf(m[2].toLowerCase()) + 1;
      const number = ASCII_NUMBER.test(m[2]) ? Number(m[2]) : spelled || wordNumber(m[2]);
      const word = m[1].toLowerCase();
      return at(WORD_FAMILIES.get(word) ?? word, [number], column, m);
    },
  },
  {
    starts: 'AaABCDEFGHIJKLMNOPQRSTUVWXYZ付別附参添',
    read(text, column) {
      const material = exec(REFERENCE_MATERIAL, text, column);
      if (material) return at(REFERENCE_MATERIALS, [parseNumeral(material[2]) ?? 0], column, material);
      const annexPart = exec(ANNEX_PART, text, column);
      if (annexPart) return at('別紙第', [parseNumeral(annexPart[1]) ?? 0], column, annexPart);
      const appendix = exec(APPENDIX, text, column);
      if (appendix) return at('appendix', [appendixRank(appendix[2])], column, appendix);
      const section = exec(APPENDIX_SECTION, text, column);
      if (section) return at('appendix', [section[1].charCodeAt(0) - 64, ...numbers(section[2])], column, section);
      const laidOut = exec(LAID_OUT_APPENDIX, text, column);
      if (laidOut) return at('appendix', [laidOut[1].charCodeAt(0) - 64], column, laidOut);
      const attached = exec(LONE_ATTACHMENT, text, column);
      if (attached) return at('appendix', [1], column, attached);
      const letter = exec(LETTER, text, column);
      return letter ? at('letter', [letter[1].charCodeAt(0) - 64], column, letter) : undefined;
    },
  },
];

/**
 * The lines of plain text numbered by a counter word of the document's own (see COUNTER_WORD). A
 * Markdown heading's number is read without it (readTitleNumber): there the levels rank the
 * headings, and `## Scenario 3.` at one level and `# Scenario 4.` at another are no contradiction
 * of them. It is tried after the built-in schemes, so `Chapter`, `Section` or `Appendix` lines are
 * theirs.
 */
export const COUNTER_WORD_SCHEME: NumberingScheme = {
  starts: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  read(text, column) {
    const m = exec(COUNTER_WORD, text, column);
    if (!m || APPARATUS_WORDS.has(m[1].toLowerCase()) || isCaptionStart(m[0]) || isRecommendationHeading(`${m[1]} ${m[2]}`) || opensWithDate(text, column, m)) return undefined;
    // `Objective 2.1` under `Goal 2`: the numbers nest as decimal sections do.
    return at(`${COUNTER_WORD_FAMILY}${m[1].toLowerCase()}`, numbers(m[2]), column, m);
  },
};

/**
 * `Tuesday 13 January 2026`, `March 4, 2026`: a date that opens the line (the days of a committee's
 * formal minutes and of its evidence sessions, a timeline's entries), no counter word and its number.
 */
function opensWithDate(text: string, column: number, match: RegExpExecArray): boolean {
  const date = findDate(text.slice(column, column + match[0].length + DATE_REACH));
  return date !== undefined && date.index <= match[1].length + 1;
}

/** Enough of the line after the number to hold a month's name and a year. */
const DATE_REACH = 16;

/**
 * `基本目標１ 市民の利便性を高める`, `施策２：窓口の改善`, `柱３ 人を育てる`: the lines of a Japanese
 * plan, strategy or manifesto numbered by a counter word of its own (kanji or katakana before the
 * number, then a space or a colon and the title), as municipal and government plans number their
 * goals, policies and pillars. Like COUNTER_WORD_SCHEME, it is tried after the built-in schemes
 * (`第3章`, `別紙１` are theirs), the word names the sequence, and captions (`図１`), recommendation
 * labels (`提言１`) and notes or questions (`注１`, `問２`) are left to their own rules.
 */
export const JAPANESE_COUNTER_WORD_SCHEME: NumberingScheme = {
  starts: JAPANESE_WORD_STARTS,
  read(text, column) {
    const paper = exec(JAPANESE_NUMBERED_PAPER, text, column);
    if (paper) return at(`${COUNTER_WORD_FAMILY}${paper[1]}${PAPER_COUNTER}`, [Number(toAsciiDigits(paper[2]))], column, paper);
    const m = exec(JAPANESE_COUNTER_WORD, text, column);
    if (!m || JAPANESE_APPARATUS_WORDS.has(m[1]) || isCaptionStart(m[0]) || isRecommendationHeading(`${m[1]}${m[2]}`)) return undefined;
    // `施策１－２` under `基本目標１`: the numbers nest as decimal sections do.
    return at(`${COUNTER_WORD_FAMILY}${m[1]}`, toAsciiDigits(m[2]).split(HYPHENS).map(Number), column, m);
  },
};

/** The number a title opens with (`１）`, `2.`, `第3章`), read by the first scheme that reads it. */
export function readTitleNumber(title: string): Numbering | undefined {
  for (const scheme of NUMBERING_SCHEMES) {
    if (!scheme.starts.includes(title[0])) continue;
    const numbering = scheme.read(title, 0);
    if (numbering) return numbering;
  }
  return undefined;
}
