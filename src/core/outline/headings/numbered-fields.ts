import type { Candidate } from './candidates';

/**
 * A record's numbered fields (`１．日時 令和…`, `２．場所 …`, `3. Venue: …`): a short name, then its
 * value after a space or a colon, on consecutive lines at the head of minutes, notices and
 * summaries of meetings. They are no headings, yet they count: the next number of their scheme,
 * standing apart (`４．議事概要`), heads the body that follows them.
 */
const FIELD = /^[^\s。．.、，,：:]{1,8}(?:[:：]\s*|[\s\u3000]+)\S/;
/** An English field names itself with a colon (`Date: …`); a space alone would take any title. */
const ENGLISH_FIELD = /^[A-Za-z][A-Za-z ]{0,20}:\s*\S/;
/** The fields of one record sit on consecutive lines; the body's first heading comes a blank line or so after. */
const MOST_LINES_AFTER = 3;
const LEAST_FIELDS = 2;

function isField(c: Candidate): boolean {
  if (c.path.length !== 1) return false;
  return /^[A-Za-z]/.test(c.key) ? ENGLISH_FIELD.test(c.key) : FIELD.test(c.key);
}

/**
 * The candidates that continue a run of numbered fields: each the next number of the run's scheme,
 * a title with no value of its own, a few lines after the run's last field.
 */
export function findHeadingsAfterFields(candidates: readonly Candidate[]): Set<Candidate> {
  const found = new Set<Candidate>();
  for (let k = 0; k < candidates.length; k++) {
    let end = k;
    while (end + 1 < candidates.length && isFieldAfter(candidates[end], candidates[end + 1])) end++;
    if (end - k + 1 < LEAST_FIELDS || !isField(candidates[k])) continue;
    const last = candidates[end];
    let after = end + 1;
    while (after < candidates.length && candidates[after].family !== last.family) after++;
    const next = candidates[after];
    if (next && next.path.length === 1 && next.path[0] === last.path[0] + 1 && next.line - last.line <= MOST_LINES_AFTER && !isField(next)) found.add(next);
    k = end;
  }
  return found;
}

/** `field` continues `previous`'s fields: the same scheme and margin, the next number, on the next line. */
function isFieldAfter(previous: Candidate, field: Candidate): boolean {
  return field.family === previous.family && field.column === previous.column && field.line === previous.line + 1 &&
    field.path.length === 1 && field.path[0] === previous.path[0] + 1 && isField(field);
}
