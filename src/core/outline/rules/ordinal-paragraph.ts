import { codesOf, firstVisibleCode } from './line-start';
import { parseNumeral } from './numerals';
import { withoutEmphasis } from './join-wrapped';
import { hasProposalMarker } from './prose-recommendation';

/** `第一に`, `まず第一に`, `First,`, `Second,`, `Third,`. */
export const ORDINAL_PARAGRAPH_STARTS = '第まFST';
const ORDINAL_STARTS = codesOf(ORDINAL_PARAGRAPH_STARTS);
const ORDINAL = /^\s*(?:まず)?第([一二三四五六七八九十]+)に|^\s*(First|Second|Third|Fourth|Fifth)(?:ly)?,/;
const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
/** Any ordinal opening a line, to look ahead for the next one of a sequence. */
const ORDINAL_LINE = /^[ \t\u3000]*(?:(?:まず)?第[一二三四五六七八九十]+に|(?:First|Second|Third|Fourth|Fifth)(?:ly)?,)/gm;

/**
 * `第一に、…`, `まず第一に`, `Second, …`: the place of a paragraph in a sequence of proposals
 * (articles and op-eds that argue in numbered steps); undefined for any other line.
 */
export function ordinalOf(text: string, first = firstVisibleCode(text)): number | undefined {
  if (!ORDINAL_STARTS.has(first)) return undefined;
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  return m[1] ? parseNumeral(m[1]) : ENGLISH_ORDINALS.indexOf(m[2].toLowerCase()) + 1;
}

/**
 * Whether the paragraph's first sentence proposes, rather than states: a sequence of `第一に` /
 * `First,` paragraphs also lists an analysis (`第一に、利用は任意である。`, `第二に、…に限られる。`,
 * `First, the scheme is voluntary.`). A Japanese proposal ends as an action does (`…を直す。`,
 * `…を深めることである。`, `…すべきである。`, `…が必要だ。`), a statement with a noun, a passive, a negation
 * or the past; an English one says should, must or recommend. A sentence not ended on the line is not judged.
 */
export function opensWithProposal(text: string): boolean {
  const m = ORDINAL.exec(text);
  if (!m) return false;
  const rest = text.slice(m.index + m[0].length);
  if (m[2]) {
    const stop = rest.search(ENGLISH_SENTENCE_END);
    return stop < 0 || hasProposalMarker(rest.slice(0, stop + 1));
  }
  const stop = rest.indexOf('。');
  if (stop < 0) return true;
  return endsAsJapaneseProposal(withoutEmphasis(rest.slice(0, stop)));
}

const ENGLISH_SENTENCE_END = /[.!?](?:\s|$)/;

/** Whether a sentence ends on this line, as opensWithProposal reads one (a stop, or 。): a wrapped one goes on past it otherwise. */
export function endsSentence(line: string): boolean {
  return ENGLISH_SENTENCE_END.test(line) || line.includes('。');
}
/**
 * Whether a Japanese sentence or heading ends as a proposal does: a nominalised action, a duty, a
 * need, a request, an imperative (`…に投資せよ`), or a verb in its plain or polite form that is
 * neither passive nor progressive (`…している`, `…ています`); not the copula (`…である`, `…です`)
 * nor `ある`. Its full stop, if any, is left off by the caller.
 */
export function endsAsJapaneseProposal(text: string): boolean {
  return PROPOSING_ENDING.test(text.trimEnd());
}

const PROPOSING_ENDING = /(?:こと(?:です|である|だ)?|べき(?:です|である|だ)?|必要(?:がある|があります|です|である|だ)|求め(?:る|ます)|ましょう|せよ|(?<![られあ]|てい)る|(?<![でま])す|[くぐむぶつう]|(?<!され|られ|てい)ます)$/;

/** The ordinal as the line writes it, its label: `第一に`, `まず第一に`, `Second` (undefined for any other line). */
export function ordinalMarker(text: string): string | undefined {
  const m = ORDINAL.exec(text);
  return m ? m[0].trim().replace(/,$/, '') : undefined;
}

/** The ordinal of the next line of `source` after `from` that opens with one, if any. */
export function nextOrdinal(source: string, from: number): number | undefined {
  ORDINAL_LINE.lastIndex = from;
  const m = ORDINAL_LINE.exec(source);
  return m ? ordinalOf(m[0]) : undefined;
}
