/** Lines after which a web article or page stops arguing: references, related articles, news, footers. */
export function isBackMatterHeading(text: string): boolean {
  return /^\s*(参考資料|参考文献|出典|関連記事|関連リンク|最新ニュース|あわせて読みたい|ご支援のお願い|References|Sources|Related (articles|posts)|Latest news|Read more)\s*[:：]?\s*$/i.test(text);
}
