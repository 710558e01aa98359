import type { Lines } from './lines';
import { matchListItem } from './rules/list-item';
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

/** The first and last numbers of the outermost numbered items in lines [from, to). */
function numberedRun(lines: Lines, from: number, to: number, isFurniture: (i: number) => boolean): { first: number; last: number } | undefined {
  let run: { first: number; last: number; indent: number } | undefined;
  for (let j = from; j < to; j++) {
    const code = lines.firstCode(j);
    if (code < 0 || !isDigit(code) || isFurniture(j)) continue;
    const item = matchListItem(lines.text(j), code);
    const number = item && ITEM_NUMBER.exec(item.marker.normalize('NFKC'));
    if (!item || !number) continue;
    const value = Number(number[1]);
    if (!run || item.indent < run.indent) run = { first: value, last: value, indent: item.indent };
    else if (item.indent === run.indent) run.last = value;
  }
  return run && { first: run.first, last: run.last };
}

const ITEM_NUMBER = /^(\d{1,3})[.)]?$/;
