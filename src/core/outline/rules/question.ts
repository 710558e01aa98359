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

/**
 * Whether a bracketed line asks, as a survey's questions do: the bracket or the lines under it end
 * a question (`…と思いますか。（２つまで）`, `【…は機能しているか】`, `…お選びください。`). Reports,
 * news and submissions bracket their box titles, headlines and fields (`【要旨】`, `【意見１】`),
 * which ask nothing.
 */
export function asksQuestion(bracketed: string, linesUnder: readonly string[]): boolean {
  return asks(bracketed, undefined) || linesUnder.some((line, k) => asks(line, linesUnder[k + 1]));
}
const ASKING = /か(?:[。？?）)】（(]|\s*$)|[?？]|(?:答え|選び|選ん|記入し|回答し)(?:て)?ください/;
/** A line that ends with か: a question unfinished by its mark, or a word the page wrapped (`観点か` / `ら、…`). */
const ENDS_WITH_KA = /か\s*$/;
/** Hiragana: a line the page wrapped mid-word goes on with them (`にもかか` / `わらず`), a survey's options do not. */
const HIRAGANA = /^\s*[\u3041-\u309f]/;

/** Whether the line asks, a か at its end only when the next line does not go on with the word. */
function asks(line: string, next: string | undefined): boolean {
  if (!ASKING.test(line)) return false;
  if (next === undefined || !HIRAGANA.test(next) || !ENDS_WITH_KA.test(line)) return true;
  return ASKING.test(line.replace(ENDS_WITH_KA, ''));
}

/** A question that asks what should be done: its answers are recommendations. */
export function asksForAction(question: string): boolean {
  return ASKS_FOR_ACTION.test(question);
}
