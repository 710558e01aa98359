import { RECOMMENDING_VERBS } from './recommendation-labels';

const isEnglish = (verb: string) => /^[a-z ]+$/.test(verb);
const ENGLISH_VERB = new RegExp(`\\b(?:${RECOMMENDING_VERBS.filter(isEnglish).map(v => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const JAPANESE_VERBS = RECOMMENDING_VERBS.filter(v => !isEnglish(v));
const NEGATED = /\bnot\s+$/i;
const TRAILING_MARKUP = /[*_\s]+$/;
/** Where the last sentence of a lead-in starts: after the full stop of the one before. */
const SENTENCE_END = /[.!?。！？]\s*/g;

const COLON = 0x3a;
const FULL_WIDTH_COLON = 0xff1a;
const IDEOGRAPHIC_FULL_STOP = 0x3002;

/** A lead-in ends with a colon (or, in Japanese, a full stop), possibly inside bold markup: other lines are passed over unread. */
export function mayEndLeadIn(lastCode: number): boolean {
  return lastCode === COLON || lastCode === FULL_WIDTH_COLON || lastCode === IDEOGRAPHIC_FULL_STOP || lastCode === 0x2a || lastCode === 0x5f;
}

/**
 * A sentence that recommends and leads into a list: `… the panel recommends that the ministry:`,
 * `**We recommend:**`, `以下のとおり提言する：`, `政府に次の対応を求める。`. The verb must be in the
 * last sentence and not negated (`we do not recommend:` lists what to avoid).
 */
export function isRecommendingLeadIn(text: string): boolean {
  const line = text.replace(TRAILING_MARKUP, '');
  const last = line.charCodeAt(line.length - 1);
  if (last === IDEOGRAPHIC_FULL_STOP) return JAPANESE_VERBS.some(verb => line.endsWith(`${verb}。`));
  if (last !== COLON && last !== FULL_WIDTH_COLON) return false;
  const sentence = lastSentence(line.slice(0, -1));
  if (JAPANESE_VERBS.some(verb => sentence.endsWith(verb))) return true;
  const verb = ENGLISH_VERB.exec(sentence);
  return verb !== null && !NEGATED.test(sentence.slice(0, verb.index));
}

function lastSentence(text: string): string {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index + m[0].length < text.length) start = m.index + m[0].length;
  }
  return text.slice(start).trim();
}
