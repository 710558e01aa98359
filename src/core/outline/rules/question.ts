/** A survey question in lenticular brackets. */
export const QUESTION_STARTS = '【';

const QUESTION = /^\s*【(.+)】\s*$/;
const PART_NUMBER = /[\s（(]*[0-9０-９]\s*[/／]\s*[0-9０-９]\s*[）)]?\s*$/;
const ASKS_FOR_ACTION = /(すべきか|べきか|求められる|何をすべき|何が必要|どうすべき|should|what (?:can|must) .* do)/i;

/** `【…】` survey question, with a trailing `1/2`, `2/2` taken off so split questions merge. */
export function matchQuestion(text: string): string | undefined {
  const m = QUESTION.exec(text);
  if (!m) return undefined;
  return m[1].replace(PART_NUMBER, '').trim();
}

/** A question that asks what should be done: its answers are recommendations. */
export function asksForAction(question: string): boolean {
  return ASKS_FOR_ACTION.test(question);
}
