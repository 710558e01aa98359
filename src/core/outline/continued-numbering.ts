import type { Lines } from './lines';
import { indentOf, matchListItem } from './rules/list-item';
import { isDigit } from './rules/line-start';

/**
 * Whether the numbered lists in consecutive spans count on from one span to the next (`1.`, `2.`
 * under the first sub-heading, `3.` under the second), as a directive numbers its required actions
 * through the topics it groups them by: one list split by headings, whose items are the
 * recommendations, not the headings. Spans without a numbered list are passed over; one that
 * starts again at 1 says the lists are apart.
 */
export function numberingCountsOn(lines: Lines, spans: readonly (readonly [number, number])[], isFurniture: (i: number) => boolean): boolean {
  let last: number | undefined;
  let continued = 0;
  for (const [from, to] of spans) {
    const run = numberedRun(lines, from, to, isFurniture);
    if (!run) continue;
    if (last !== undefined) {
      if (run.first !== last + 1) return false;
      continued++;
    }
    last = run.last;
  }
  return continued > 0;
}

/**
 * The first and last numbers of the outermost numbered items in lines [from, to): `1.`, or a
 * recommendation's code in bold, `**R4.** The University should …`, as a task force numbers its
 * recommendations through the themes it groups them by.
 */
function numberedRun(lines: Lines, from: number, to: number, isFurniture: (i: number) => boolean): { first: number; last: number } | undefined {
  let run: { first: number; last: number; indent: number } | undefined;
  for (let j = from; j < to; j++) {
    const code = lines.firstCode(j);
    if (code < 0 || !(isDigit(code) || code === ASTERISK) || isFurniture(j)) continue;
    const text = lines.text(j);
    const coded = code === ASTERISK ? BOLD_CODE.exec(text) : null;
    const item = coded ? undefined : matchListItem(text, code);
    const number = coded ?? (item && ITEM_NUMBER.exec(item.marker.normalize('NFKC')));
    if (!number) continue;
    const value = Number(number[1]);
    const indent = item?.indent ?? indentOf(text);
    if (!run || indent < run.indent) run = { first: value, last: value, indent };
    else if (indent === run.indent) run.last = value;
  }
  return run && { first: run.first, last: run.last };
}

const ITEM_NUMBER = /^(\d{1,3})[.)]?$/;
const ASTERISK = 0x2a;
/** `**R4.**`, `**Rec 4:**`: a letter or a short word and a number, in bold before the text. */
const BOLD_CODE = /^\s*\*\*(?:[A-Z]{1,2}-?|Rec\.?\s?)(\d{1,3})[.:]?\*\*\s/;
