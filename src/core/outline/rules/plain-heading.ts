import { isCaptionStart } from './caption';

const TABLE_ROW = /\t.*\t/;
/** A title has a word: a rule of box-drawing characters (`└──┴──┘`, a table's frame in text) has none. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * An unmarked heading of a web article or a report printed from PDF: a short line that is not a
 * sentence (or asks a question), followed by a paragraph. `next` is the next non-empty line.
 */
export function isPlainHeading(text: string, next: string | undefined): boolean {
  const t = text.trim();
  const asks = ASKED_TITLE.test(t);
  if (t.length === 0 || t.length > (asks ? LONGEST_ASKED_TITLE : LONGEST_TITLE) || RULE.test(t) || /^[-・•⚫*]/.test(t)) return false;
  if (/[。．.、,;；!?！？」）)]$/.test(t) && !asks) return false;
  // Cells parted by tabs (`返却を確認している<TAB>６７<TAB>２３１`) are a table's row, as a word processor saves one as text.
  if (TABLE_ROW.test(t) || !WORD_CHARACTER.test(t)) return false;
  // `supported services.4`: a paragraph's last line, its sentence ended and a footnote's number after it.
  if (FOOTNOTED_END.test(t) || LOWER_CASE_START.test(t)) return false;
  // `Prison to:` under `… take steps at Alcântara Central`: a sentence the page wrapped stops on a small word; no title does.
  if (FUNCTION_WORD_END.test(t)) return false;
  // `Figure 2: Calls by port`, `Box 1 – The fund in the law`: a caption names what it sets apart, no part of the text.
  if (isCaptionStart(t)) return false;
  if (next === undefined) return false;
  const following = next.trim();
  // `The Department agreed with nine recommendations` over `and partially agreed with one.`: a sentence the page wrapped.
  if (LOWER_CASE_START.test(following)) return false;
  if (following.length > t.length + 20 || /[。.]$/.test(following)) return true;
  // A question asked as a heading runs nearly as long as a line of its paragraph, or stands over a note of whom its part is for.
  return asks && (following.length > t.length || BRACKETED_NOTE.test(following));
}

/** A small word in lower case at a line's end, a colon perhaps after it (`to:`, `that:`, `of the`). */
const FUNCTION_WORD_END = /\s(?:to|that|of|the|and|or|for|in|on|by|with|a|an|which|whether)\s*:?$/;

/** A heading's length in characters at most … */
const LONGEST_TITLE = 30;
/** … and a question's, asked as a heading (`What does the school do well and what does it need to do better?`). */
const LONGEST_ASKED_TITLE = 80;
/**
 * `What is it like to attend this school?`, `How can I feed back my views?`: an English heading
 * that asks what its part answers, as inspection reports and public guidance title theirs.
 */
const ASKED_TITLE = /^(?:What|How|Why|Who|Where|When|Which|Is|Are|Does|Do|Can|Should)\b[^?.!]*\?$/;
/** `(Information for the school and appropriate authority)`: a note in brackets under a heading, saying whom its part is for. */
const BRACKETED_NOTE = /^\([^()]{1,80}\)$/;

/** A sentence's end and a footnote's number: `… services.4`, `…である。３`. */
const FOOTNOTED_END = /[.。．][0-9０-９]{1,3}$/;
/** An English title opens with a capital (or a number); a line in lower case goes on with a sentence. */
const LOWER_CASE_START = /^[a-z]/;

/** `____________`, `==========`, `──────`: a rule drawn across the page (over a page's footnotes), no title. */
const RULE = /^[_=─━~]+$/;

/** How many lines around a label are searched for the other labels of its form. */
export const FIELD_REACH = 6;
const LONGEST_LABEL = 12;
const LONGEST_FIELD = 40;
/** Labels of one form begin alike (`Project lead`, `Project period`): this much of them. */
const SHARED_STEM = 2;

/**
 * A labelled field of a project page or fact sheet: a short label alone or before its value on
 * the line, with at least two other labels near it that begin the same way, as the fields of one
 * form are named. `nearby` is the visible lines around it.
 */
export function isFieldLabel(text: string, nearby: readonly string[]): boolean {
  // A field holds a short value: a longer line is a sentence that wrapped (`than a tenth of …`).
  if (text.trim().length > LONGEST_FIELD) return false;
  // A label is capitalised: a line in lower case (`competences among levels of government;`) ends a wrapped sentence.
  if (LOWER_CASE_START.test(text.trim())) return false;
  const label = leadingLabel(text);
  if (label === undefined) return false;
  const stem = label.slice(0, SHARED_STEM);
  return nearby.filter(line => {
    const other = leadingLabel(line);
    return other !== undefined && other !== label && other.startsWith(stem);
  }).length >= 2;
}

/** The line's first word when it is short and unpunctuated: a label, not a sentence. */
function leadingLabel(text: string): string | undefined {
  const word = text.trim().split(/\s/, 1)[0];
  if (word.length < SHARED_STEM || word.length > LONGEST_LABEL) return undefined;
  return /[。、．.,，:：;；!?！？()（）「」]/.test(word) ? undefined : word;
}
