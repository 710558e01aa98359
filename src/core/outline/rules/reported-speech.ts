import type { Lines } from '../lines';

/**
 * What others said, reported: no proposal of the document's own. Minutes and summaries of hearings
 * list what members said under a line that announces it (`委員からの主な意見は以下のとおり。`);
 * a consultation's report lists what it heard (`Participants suggested that the government should:`).
 */

/**
 * Whether line i stands under a line that announces what was said, with no blank line between
 * (`委員からの主な意見は以下のとおり。` right over `・岸壁の耐震化を優先すべきではないか。`).
 */
export function reportsOpinionsAbove(lines: Lines, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - MOST_REPORTED_LINES; j--) {
    if (lines.firstCode(j) < 0) return false;
    if (OPINIONS_BELOW.test(lines.text(j))) return true;
  }
  return false;
}

/** `主な意見は以下のとおり。`, `次のような意見があった。`: a line that says the lines under it are what was said. */
const OPINIONS_BELOW = /(?:意見|発言|質問|指摘)(?:等)?(?:は|が)?、?(?:以下|次|下記)の(?:とおり|通り)(?:である|です)?[。：:]?\s*$|(?:以下|次)の(?:ような)?(?:意見|発言|質問|指摘)(?:等)?が(?:あった|出された|寄せられた)[。：:]?\s*$/;
/** Lines of reported opinions read back for the line that announces them. */
const MOST_REPORTED_LINES = 12;

/**
 * `Participants suggested that the government should:`, `Many respondents called for:`: a sentence
 * that reports what those consulted said (a "What We Heard" report, a summary of submissions or of
 * a hearing's witnesses), not what the document recommends.
 */
export function reportsViews(sentence: string): boolean {
  return REPORTED_VIEWS.test(sentence);
}

const REPORTED_VIEWS = /^(?:(?:many|some|most|several|other|a\s+few|a\s+number\s+of|the)\s+(?:of\s+the\s+)?)?(?:participants|respondents|stakeholders|witnesses|submitters|submissions|attendees|commenters|interviewees|contributors|those\s+consulted)\b[^.:;]{0,60}?\b(?:suggested|recommended|proposed|said|argued|asked|called|urged|wanted|felt|told|noted|emphasi[sz]ed|stressed)\b/i;
