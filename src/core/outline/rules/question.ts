/** A survey question in lenticular brackets. */
export const QUESTION_STARTS = '【';

/** `【…】` survey question, with a trailing `1/2`, `2/2` taken off so split questions merge. */
export function matchQuestion(text: string): string | undefined {
  const m = /^\s*【(.+)】\s*$/.exec(text);
  if (!m) return undefined;
  return m[1].replace(/[\s（(]*[0-9０-９]\s*[/／]\s*[0-9０-９]\s*[）)]?\s*$/, '').trim();
}

/** A question that asks what should be done: its answers are recommendations. */
export function asksForAction(question: string): boolean {
  return /(すべきか|べきか|求められる|何をすべき|何が必要|どうすべき|should|what (?:can|must) .* do)/i.test(question);
}
