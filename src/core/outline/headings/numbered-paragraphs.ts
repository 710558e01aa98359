import type { Lines } from '../lines';
import type { Candidate } from './candidates';
import { readLineNumbering, SENTENCE_ENDS } from './candidates';
import type { Numbering } from './numbering';
import { endColumn } from '../rules/display-width';
import { isDigit } from '../rules/line-start';

/**
 * `43.   States should …` a paragraph of several sentences, then `44.   The Special Rapporteur
 * recommends that States:` short enough for a title: reports that number their paragraphs through
 * the text (a UN rapporteur's report, a submission to a treaty body) set some paragraphs no longer
 * than a heading. A run of numbered lines whose first follows the number before it, in the same
 * scheme at the same indent, on a paragraph wrapped by the page that ends a sentence, goes on with
 * that numbering of paragraphs: it heads nothing. A heading's number before it would stand over a
 * title shorter than the text under it.
 */
export function dropNumberedParagraphs(lines: Lines, candidates: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  // The last candidate of each scheme at the first depth and at each indent: the run a candidate would go on with.
  const last = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.path.length !== 1 || candidate.titleLine !== undefined) continue;
    const number = candidate.path[0];
    const run = `${candidate.family} ${candidate.column}`;
    const before = last.get(run);
    last.set(run, candidate);
    if (before && before.path[0] === number - 1) {
      if (dropped.has(before)) dropped.add(candidate);
      continue;
    }
    if (number > 1 && followsNumberedParagraph(lines, candidate, before ? before.line + 1 : 0)) dropped.add(candidate);
  }
  return dropped.size ? candidates.filter(c => !dropped.has(c)) : candidates;
}

/** Whether the line numbered one less than the candidate, in its scheme and at its indent, opens a paragraph ending a sentence between `from` and it. */
function followsNumberedParagraph(lines: Lines, candidate: Candidate, from: number): boolean {
  const wanted = candidate.path[0] - 1;
  const start = lines.firstCode(candidate.line);
  // The paragraph before stands within a few pages; only a line that starts as the candidate does (a digit, `(`, `第`) is read.
  for (let i = candidate.line - 1; i >= Math.max(from, candidate.line - MOST_LINES_BACK); i--) {
    const first = lines.firstCode(i);
    if (first !== start && !(isDigit(first) && isDigit(start))) continue;
    // At the candidate's indent (a form feed before it aside): read by code, before the line is copied.
    const at = lines.start(i) + candidate.column;
    if (lines.source.charCodeAt(at) !== first && lines.source.charCodeAt(at + 1) !== first) continue;
    const text = lines.text(i);
    const numbering = readLineNumbering(text, first);
    if (!numbering || numbering.family !== candidate.family || numbering.path.length !== 1 || numbering.path[0] !== wanted || columnOf(text, numbering) !== candidate.column) continue;
    // A paragraph's first line was wrapped by the page, as wide as the line under it (`2.   We
    // acknowledge … notably the` over `     Republic …`), or is the whole of it; a heading's is
    // shorter than its text's lines.
    const end = itemEnd(lines, i, candidate);
    return (end === i || endColumn(text) >= endColumn(lines.text(i + 1)) - WIDTH_SLACK) && SENTENCE_ENDS.has(lines.lastCode(end));
  }
  return false;
}

/** The last line of the numbered paragraph or item that line i opens: on to a blank line or the next line numbered in the candidate's scheme at its indent. */
function itemEnd(lines: Lines, i: number, candidate: Candidate): number {
  let end = i;
  while (end + 1 < lines.count && lines.firstCode(end + 1) >= 0) {
    const text = lines.text(end + 1);
    const numbering = readLineNumbering(text, lines.firstCode(end + 1));
    if (numbering?.family === candidate.family && columnOf(text, numbering) === candidate.column) break;
    end++;
  }
  return end;
}

/** A numbering's column as a candidate's: a page's first line keeps the form feed before its indent. */
function columnOf(text: string, numbering: Numbering): number {
  return text.charCodeAt(0) === FORM_FEED ? numbering.column - 1 : numbering.column;
}

const FORM_FEED = 0x0c;
/** How much shorter than the line under it a line the page wrapped may end (in columns). */
const WIDTH_SLACK = 4;
/** How far above a numbered line the paragraph numbered before it is looked for. */
const MOST_LINES_BACK = 300;
