// Titles that open or close the numbered chapters of a report without a number of their own:
// Japanese reports of councils, ministries, business federations and think tanks (はじめに … Ⅰ …
// Ⅲ … おわりに), English reports (Introduction … 1 … 4 … Conclusion). Data, in one place, that a
// reader can extend.

/** Titles of a summary before the body: what it lists, the body sets out in full. */
const SUMMARY_TITLES = ['要旨', '概要', '要約', 'Executive Summary', 'Summary'];

/** Titles of the introduction, the first part of the body: a chapter, wherever the contents stand (an audit's `Background` after its summary). */
const INTRODUCTION_TITLES = ['はじめに', '序章', '序論', 'Introduction', 'Background'];

/** Titles that open a report before its numbered chapters. */
const OPENING_TITLES = [...INTRODUCTION_TITLES, 'Foreword', 'Preface', ...SUMMARY_TITLES];

/** An appendix's title without a letter or a number. */
const APPENDIX_TITLES = ['付録', 'Appendix', 'Appendices', 'Annex', 'Annexes'];

/**
 * Titles that close a report after its numbered chapters. Not `まとめ` or `Summary`: a chapter
 * often ends with a summary of its own, which after the last chapter's heading would split it.
 */
const CLOSING_TITLES = [
  'おわりに', '終章', '結びに', 'むすびに', '結語', '結論', 'あとがき',
  'Conclusion', 'Conclusions', 'Afterword',
  // The closing chapter that gathers a report's recommendations (select committees, review bodies)
  'Conclusions and recommendations', 'Conclusions & recommendations', '結論と提言', '結論及び提言',
  // An appendix without a letter, as intergovernmental and committee reports close with one
  ...APPENDIX_TITLES,
  // The works cited, as academies' and research reports close with them
  '参考文献', '引用文献', '参考資料', 'References', 'Bibliography',
];

/**
 * A title alone on its line, perhaps in brackets or after a section mark (`【はじめに】`, `■おわりに`),
 * or in brackets before what it holds (`＜付録＞審議経過`, as academies head their appendices).
 */
const titleAlone = (titles: readonly string[]) =>
  new RegExp(`^\\s*(?:[【［\\[〔■◆●]?\\s*(?:${titles.join('|')})\\s*[】］\\]〕]?|[【［〔＜〈](?:${titles.join('|')})[】］〕＞〉][^。．.]{0,20})\\s*$`, 'i');
const OPENING = titleAlone(OPENING_TITLES);
const INTRODUCTION = titleAlone(INTRODUCTION_TITLES);
const SUMMARY = titleAlone(SUMMARY_TITLES);
const CLOSING = titleAlone(CLOSING_TITLES);
const APPENDIX = titleAlone(APPENDIX_TITLES);

/** The characters those titles start with, in both cases, after any mark. */
export const UNNUMBERED_CHAPTER_STARTS = `【［[〔＜〈■◆●${[...OPENING_TITLES, ...CLOSING_TITLES].map(t => t[0].toLowerCase() + t[0].toUpperCase()).join('')}`;

/** A title that opens a report before its numbered chapters (`はじめに`, `Executive Summary`). */
export function isOpeningTitle(text: string): boolean {
  return OPENING.test(text) || (SPACED_OUT.test(text) && OPENING.test(squeezed(text)));
}

/** An introduction's title (`はじめに`, `INTRODUCTION`). */
export function isIntroductionTitle(text: string): boolean {
  return INTRODUCTION.test(text) || (SPACED_OUT.test(text) && INTRODUCTION.test(squeezed(text)));
}

/**
 * `序章`, `序 章`: an introduction that calls itself a chapter, as a Japanese report counts `序章`,
 * `第１章` … `終章`: the body's first chapter though the contents list it before `第１章`.
 */
export function namesItselfChapter(text: string): boolean {
  return INTRODUCTORY_CHAPTER.test(text);
}

const INTRODUCTORY_CHAPTER = /^\s*序[\s\u3000]*章\s*$/;

/** A summary's title before the body (`要旨`, `Executive Summary`). */
export function isSummaryTitle(text: string): boolean {
  return SUMMARY.test(text) || (SPACED_OUT.test(text) && SUMMARY.test(squeezed(text)));
}

/** An appendix's title alone (`ANNEX`, `付録`). */
export function isAppendixTitle(text: string): boolean {
  return APPENDIX.test(text);
}

/** A title that closes a report after its numbered chapters (`おわりに`, `Conclusion`). */
export function isClosingTitle(text: string): boolean {
  return CLOSING.test(text) || (SPACED_OUT.test(text) && CLOSING.test(squeezed(text)));
}

/**
 * `要 旨`, `お わ り に`: a short Japanese title set with a space between its characters, as
 * academies' and councils' reports space their headings out.
 */
const SPACED_OUT = /^\s*(?:[\u3040-\u9fff][ \u3000]+){1,5}[\u3040-\u9fff]\s*$/;
const SPACES_BETWEEN = /[ \u3000]+/g;

function squeezed(text: string): string {
  return text.trim().replace(SPACES_BETWEEN, '');
}
