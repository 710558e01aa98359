import type { Lines } from '../lines';

/**
 * `"3.   Notes with concern …` … `6.   Further requests the State Party to …;"`: the numbered
 * clauses of a decision quoted whole (`…Decision 45 COM 7B.112, which reads in part:`), as a
 * monitoring mission's report recalls what a committee asked before; they are that body's, no
 * proposal of the text's. Line i stands after a line that opens the quotation before its number,
 * in the same run of lines, with none closing it between.
 */
export function withinQuotedClauses(lines: Lines, i: number): boolean {
  for (let j = i; j >= 0 && i - j < QUOTED_CLAUSES_REACH && lines.firstCode(j) >= 0; j--) {
    const text = lines.text(j).trim();
    if (j < i && CLOSES_QUOTE.test(text)) return false;
    if (OPENS_QUOTE.test(text)) return true;
  }
  return false;
}

/** A quotation opened before a clause's number (`"3.   Notes …`, `“4. Requests …`); one closed at a line's end (`…Value;"`). */
const OPENS_QUOTE = /^["“][0-9]{1,3}\.?\s/;
const CLOSES_QUOTE = /["”]$/;
/** How far up, in one run of lines, the quotation's opening is looked for. */
const QUOTED_CLAUSES_REACH = 40;
