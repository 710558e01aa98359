/**
 * Titles that open or close the numbered chapters of a report without a number of their own:
 * Japanese reports of councils, ministries, business federations and think tanks (はじめに … Ⅰ …
 * Ⅲ … おわりに), English reports (Introduction … 1 … 4 … Conclusion). Data, in one place, that a
 * reader can extend.
 */
const UNNUMBERED_CHAPTER_TITLES = [
  'はじめに', 'おわりに', '序章', '終章', '序論', '結論', '結びに', 'むすびに', '結語', 'まとめ', '総括', '要旨', '概要', '要約', 'あとがき',
  'Introduction', 'Conclusion', 'Conclusions', 'Executive Summary', 'Summary', 'Foreword', 'Preface', 'Afterword',
];

/** A title alone on its line, perhaps in brackets or after a section mark (`【はじめに】`, `■おわりに`). */
const UNNUMBERED_CHAPTER = new RegExp(`^\\s*[【［\\[〔■◆●]?\\s*(?:${UNNUMBERED_CHAPTER_TITLES.join('|')})\\s*[】］\\]〕]?\\s*$`, 'i');

/** The characters those titles start with, in both cases, after any mark. */
export const UNNUMBERED_CHAPTER_STARTS = `【［[〔■◆●${UNNUMBERED_CHAPTER_TITLES.map(t => t[0].toLowerCase() + t[0].toUpperCase()).join('')}`;

export function isUnnumberedChapterTitle(text: string): boolean {
  return UNNUMBERED_CHAPTER.test(text);
}
