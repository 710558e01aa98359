import { escapePattern } from './escape-pattern';

/**
 * Headings after which a web article, a page or a report stops arguing: references, sources,
 * related articles, news lists, the pages about the authors. Data, in one place, that a reader
 * can extend.
 */
const BACK_MATTER_LABELS = [
  '参考資料', '参考文献', '出典', '関連リンク', '執筆者紹介', '著者紹介',
  'References', 'Sources', 'About the authors', 'About the author',
  'Further reading', 'Useful links', 'Important links', 'Related links',
  // The notes a report prints after its text
  '脚注', 'Endnotes', 'Footnotes', 'Bibliography', 'Works cited',
  // … and the remarks a Japanese official opinion or notice closes with, defining its terms (`備考` over `１\u3000本意見において「…」とは、…をいう。`)
  '備考',
  // What a parliamentary committee's report prints after its conclusions and recommendations:
  // the minutes that agreed it, then its witnesses and the evidence it received
  'Formal minutes', 'Published written evidence',
];

/**
 * What a site's template adds under the text of a web page saved as Markdown or text (a
 * government page's feedback box, a blog's sharing buttons, related posts and comment form): no
 * part of the document, even where the page sets it as a heading of the text's rank.
 */
const SITE_FURNITURE_LABELS = [
  'Is this page useful?', 'Share this', 'Share this page', 'Share this article', 'Share this post', 'Related', 'Related content',
  'Related pages', 'Leave a Reply', 'Leave a comment', 'この記事をシェア', 'この記事をシェアする', '関連するコンテンツ', '関連コンテンツ', '関連ページ',
  // A news site's lists and readers' comments under an article
  '関連記事', '最新ニュース', 'あわせて読みたい', 'アクセスランキング', 'ランキング', '人気記事', 'おすすめ記事', '編集部のおすすめ', 'この記事へのコメント',
  'Related articles', 'Related posts', 'Latest news', 'Read more', 'Most read', 'Most popular',
  // An agency's or an auditor's site under a report page, and a ministry's under a press release
  'Related reports', 'Related publications', 'Related links', 'Related resources', 'Follow us', 'Connect with us',
  '関連リンク', '関連情報', 'このページに関するアンケート', 'このページに関するお問い合わせ',
];

/**
 * After the label, a colon, a count (`コメント（12件）`, `Comments (3)`) or a link the template sets
 * beside it (`Leave a Reply [Cancel reply](…)`).
 */
const labelled = (labels: string[]) => new RegExp(`^\\s*(${labels.map(escapePattern).join('|')})\\s*(?:[:：]|[（(][^）)]{1,10}[）)]|\\[[^\\]]*\\](?:\\([^)]*\\))?)?\\s*$`, 'i');
const BACK_MATTER = labelled([...BACK_MATTER_LABELS, ...SITE_FURNITURE_LABELS]);
const SITE_FURNITURE = labelled(SITE_FURNITURE_LABELS);

/** The characters those headings start with, in both cases. */
export const BACK_MATTER_STARTS = [...BACK_MATTER_LABELS, ...SITE_FURNITURE_LABELS].map(l => l[0].toLowerCase() + l[0].toUpperCase()).join('');

export function isBackMatterHeading(text: string): boolean {
  return BACK_MATTER.test(text);
}

/** A heading of the site's template under a web page's text (see SITE_FURNITURE_LABELS). */
export function isSiteFurnitureHeading(title: string): boolean {
  return SITE_FURNITURE.test(title);
}

/**
 * `[ページの先頭へ](#top)`, `[Back to top](#top)`: the link a web page sets after its text, and
 * after each part of it, back to its top.
 */
export function isTopOfPageLink(text: string): boolean {
  return text.charCodeAt(0) === OPEN_BRACKET && TOP_OF_PAGE_LINK.test(text);
}

/** A link back to the top starts with its bracket: other lines need not be matched. */
export function mayStartTopOfPageLink(code: number): boolean {
  return code === OPEN_BRACKET;
}

const OPEN_BRACKET = 0x5b;
const TOP_OF_PAGE_LINK = /^\[(?:(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page|(?:この)?ページの(?:先頭|トップ)へ(?:戻る)?|ページトップへ(?:戻る)?)\]\(#[^)\s]*\)\s*$/i;

/** The closing block of a web page has at most this many visible lines after its heading. */
export const CLOSING_LINES = 6;
const SHORT_HEADING = 20;
const SHORT_LINK = 30;
const SENTENCE_END = /[。．.!?！？]\s*$/;

/**
 * The end of a web page (a project page, an article on a site): a short line over a few short
 * bullets of link texts (`• 連携大学`, `• GET UPDATES`) with little else after it, recognised by
 * its shape rather than by its words. `after` is the visible lines that follow, to the end.
 */
export function isClosingNavigation(text: string, after: readonly string[]): boolean {
  const t = text.trim();
  if (!t || t.length > SHORT_HEADING || SENTENCE_END.test(t) || after.length > CLOSING_LINES) return false;
  // A link's text is no sentence: short bullets that end with a full stop are a list of the text's (a manifesto's pledges).
  const links = after.filter(l => /^\s*[•・\-*]\s*\S/.test(l) && l.trim().length <= SHORT_LINK && !SENTENCE_END.test(l));
  return links.length >= 2 && links.length * 2 >= after.length;
}
