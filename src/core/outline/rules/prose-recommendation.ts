const JAPANESE = /(すべきである|べきである|すべきだ|べきだ|する必要がある|必要がある|が求められる|求められる|してはどうか|ではないか|が望まれる|べき。)/;
const ENGLISH = /\b(should|must|recommend(?:s|ed)?|ought to)\b/i;

/** Sentences that propose something in running prose: …すべきである, …必要がある, should, must. */
export function findProseRecommendations(paragraph: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const sentence = /[^。．.!?！？]+[。．.!?！？]?/g;
  for (let m = sentence.exec(paragraph); m; m = sentence.exec(paragraph)) {
    const text = m[0];
    if (JAPANESE.test(text) || ENGLISH.test(text)) {
      const lead = text.length - text.trimStart().length;
      found.push({ start: m.index + lead, end: m.index + text.trimEnd().length });
    }
  }
  return found;
}

/** `第一に、…` paragraphs of an article, each a recommendation. */
export function matchOrdinalParagraph(text: string): boolean {
  return /^\s*(第[一二三四五六七八九十]+に|まず第一に|First(ly)?,|Second(ly)?,|Third(ly)?,)/.test(text);
}
