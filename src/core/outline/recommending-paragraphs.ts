import type { Lines } from './lines';
import { joinedLines } from './line-context';
import { matchListItem } from './rules/list-item';
import { leadsIntoDetails } from './rules/lead-in';
import { insideParagraph, type MarkedRecommendation } from './marked-paragraphs';

/**
 * A subject (`We`, `The Committee`, a name of a few capitalised words) and its present-tense
 * `recommend(s) that`, `are recommending that` or `recommend(s):` with what it recommends after
 * the colon on the same line (`We recommend: standard metrics …`).
 */
const OPENING = /^(?:(?:We|I|The(?: [A-Z][\w'’&.-]*| (?:of|for|on|and|the))+|[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,5})(?: (?:also|further|therefore|strongly|respectfully))? (?:(?:recommends?|(?:am|is|are)(?: (?:also|further|therefore))? recommending) that\b|recommends?:(?=[ \t]*\S))|It is(?: (?:also|further|therefore|strongly))? recommended that\b)/;
/** Where the search for the verb starts: the rest of it is read at each place found. */
const VERB_STEM = 'ecommend';
/** A subject of a few words: the opening is read this far back from the verb. */
const LONGEST_OPENING = 120;
const LEAD_IN_END = /[:：]\s*$/;
const VERB = /recommend\w*/;

/**
 * `The Committee recommends that the Government …`, `We recommend that …`, `We are therefore
 * recommending that …`, `It is recommended that …`: a paragraph that opens with its author recommending is a recommendation, as committee
 * reports, submissions to an inquiry and commission reports write theirs without numbering them.
 * The subject is the paragraph's first words, so a sentence reporting what others recommended
 * (`Ministers recommended that …`, past tense) or recommending inside running prose is not one;
 * neither is a sentence leading into a list (it ends with a colon).
 */
export function findRecommendingParagraphs(lines: Lines): MarkedRecommendation[] {
  const source = lines.source;
  const found: MarkedRecommendation[] = [];
  let line = 0;
  for (let at = source.indexOf(VERB_STEM); at >= 0; at = source.indexOf(VERB_STEM, at + VERB_STEM.length)) {
    while (line + 1 < lines.count && lines.start(line + 1) <= at) line++;
    const first = lines.firstCode(line);
    // A paragraph flush left that starts with a capital, on a line of its own: no list item, heading
    // or table row. Or a numbered one, as assemblies and commissions number theirs.
    const opensParagraph = first >= 0x41 && first <= 0x5a && (line === 0 || lines.firstCode(line - 1) < 0);
    const number = opensParagraph || !(first === LEFT_PAREN || (first >= 0x30 && first <= 0x39)) ? 0 : numberLength(lines.text(line).trimStart());
    if (!opensParagraph && !number) continue;
    const start = lines.start(line) + lines.text(line).length - lines.text(line).trimStart().length + number;
    if (at - start > LONGEST_OPENING) continue;
    const opening = OPENING.exec(source.slice(start, Math.min(source.length, at + LONGEST_OPENING)));
    if (!opening || start + opening[0].length <= at) continue;
    let last = paragraphEnd(lines, line);
    if (found.length && found[found.length - 1].first === line) continue;
    const title = joinedLines(lines, line, last).slice(number);
    // `…, including:` over its points: they are parts of it (see leadsIntoDetails), its own lines.
    if (leadsIn(lines, line, last)) {
      if (!LEAD_IN_END.test(title) || !leadsIntoDetails(title.slice(0, -1))) continue;
      last = pointsEnd(lines, last);
    }
    const verb = VERB.exec(opening[0])![0];
    const subject = opening[0].slice(0, opening[0].lastIndexOf(verb)).trim();
    found.push({ first: line, last, start, end: lines.start(last) + lines.text(last).trimEnd().length, title, label: `${subject} ${verb}` });
  }
  return found;
}

/**
 * `1. The Assembly recommends that …`, `3a. …` (a ballot's parts), `(2) …`: the length of the
 * number before a paragraph's text, or 0. The number opens a paragraph even with no blank line
 * above, as text from PDFs runs paragraphs on (after a ballot's result, `Votes: 91% in favour`).
 */
function numberLength(text: string): number {
  return NUMBER_BEFORE.exec(text)?.[0].length ?? 0;
}

/** One or two spaces after: a number set in a margin (`31.     Staff recommends …`, a report numbering every paragraph) addresses the paragraph, and lists nothing. */
const NUMBER_BEFORE = /^\(?[0-9]{1,3}[a-z]?[.)] {1,2}(?=[A-Z])/;
const LEFT_PAREN = 0x28;

/** The last line of the paragraph that starts at line i: up to a blank line, a Markdown heading, a list item or a numbered paragraph. */
function paragraphEnd(lines: Lines, i: number): number {
  let last = i;
  while (last + 1 < lines.count && insideParagraph(lines, last + 1) && !matchListItem(lines.text(last + 1), lines.firstCode(last + 1)) && !NUMBER_BEFORE.test(lines.text(last + 1).trimStart())) last++;
  return last;
}

/** The last line of the points under a paragraph that ends on line `last`: list items and the lines that wrap them, blank lines between. */
function pointsEnd(lines: Lines, last: number): number {
  let end = last;
  for (let j = last + 1; j < lines.count; j++) {
    if (lines.firstCode(j) < 0) continue;
    const text = lines.text(j);
    if (NUMBER_BEFORE.test(text.trimStart()) || (!matchListItem(text, lines.firstCode(j)) && lines.firstCode(j - 1) < 0)) break;
    end = j;
  }
  return end;
}

/** A line of the paragraph ends with a colon: it leads into a list or a quotation, which says what is recommended. */
function leadsIn(lines: Lines, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (LEAD_IN_END.test(lines.text(i))) return true;
  return false;
}

/** The marked and the recommending paragraphs in line order; a paragraph both marked and recommending is the marked one. */
export function mergeByLine(marked: MarkedRecommendation[], recommending: MarkedRecommendation[]): MarkedRecommendation[] {
  if (!recommending.length) return marked;
  // Both lists run down the text: one walk over the marked ones finds each overlap (a text may hold thousands of each).
  let k = 0;
  const overlaps = (r: MarkedRecommendation) => {
    while (k < marked.length && marked[k].last < r.first) k++;
    return k < marked.length && marked[k].first <= r.last;
  };
  return [...marked, ...recommending.filter(r => !overlaps(r))].sort((a, b) => a.first - b.first || a.start - b.start);
}
