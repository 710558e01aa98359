import type { Lines } from '../lines';
import type { Candidate } from './candidates';
import { isRecommendingLeadIn } from '../rules/lead-in';
import { isIssueTitle } from '../rules/recommendation-heading';
import { isNoteMarker, requestsBelow } from '../rules/formal-letter';
import { joinedLines, nextVisibleLine, paragraphStart } from '../line-context';
import { NUMBERING_SCHEMES, readTitleNumber } from './numbering';
import { CodeSet, IDEOGRAPHIC_SPACE } from '../rules/line-start';
import { lowerBound } from '../../sorted-counts';
import { indentOf, matchListItem } from '../rules/list-item';
import { isBracketedTitle } from '../rules/bracketed-title';

/** A lead-in is read over this many lines above the list at most: a paragraph, not a page. */
const MOST_LEAD_IN_LINES = 8;

/**
 * `We recommend the following:` over `1.  Fund the quay`, `2.  Train the crews`; a letter's
 * `下記のとおり要望いたします。` and `記` over `１ 保育所の…`: a numbered run that a sentence
 * announces as what it recommends, asks or commits to is that sentence's list, not the headings of
 * the text, however its lines are numbered. Letters, petitions and short submissions number their
 * requests so, and have no chapters. The run is its numbers counting up from the first, in one
 * scheme at one depth.
 */
export function dropAnnouncedRuns(lines: Lines, candidates: Candidate[]): Candidate[] {
  const dropped = new Set<Candidate>();
  const judged = new Set<Candidate>();
  // The candidates' lines, in order: the one under a member is found by halving.
  const starts = candidates.map(c => c.line);
  for (let k = 0; k < candidates.length; k++) {
    const first = candidates[k];
    if (dropped.has(first) || !isFirstOfRun(first) || !announced(lines, first.line)) continue;
    const run = [first];
    for (const next of candidates.slice(k + 1)) {
      if (next.family !== first.family || next.path.length !== first.path.length) {
        if (next.path.length < first.path.length) break;
        continue;
      }
      if (next.path[next.path.length - 1] !== run.length + 1) break;
      run.push(next);
    }
    for (const member of run) judged.add(member);
    // `1. 現状認識` first among them: the run numbers the parts of a paper that proposes in its
    // later parts (a council's members' paper), no list of proposals, which never states the situation.
    if (!headsSubHeadings(lines, run, candidates, starts) && !headsOwnLists(lines, run) && !run.some(member => isIssueTitle(member.text))) for (const member of run) dropped.add(member);
  }
  // An item whose list began on lines that are no candidates (a long first item, a gap in the run)
  // is that list's too, as an assembly's resolutions number what they ask for again under each preamble.
  // The items of one list share their first: its lead-in is read once.
  const announcedAt = new Map<number, boolean>();
  const firsts = new Map<number, number | undefined>();
  for (const candidate of candidates) {
    if (judged.has(candidate) || isFirstOfRun(candidate)) continue;
    const first = firstItemAbove(lines, candidate, firsts);
    firsts.set(candidate.line, first);
    if (first === undefined) continue;
    let leads = announcedAt.get(first);
    if (leads === undefined) announcedAt.set(first, (leads = announced(lines, first)));
    if (leads && !headsSubHeadings(lines, [candidate], candidates, starts)) dropped.add(candidate);
  }
  return dropped.size ? candidates.filter(c => !dropped.has(c)) : candidates;
}

const NUMBER_STARTS = new CodeSet(NUMBERING_SCHEMES.map(scheme => scheme.starts).join(''));
/** Lines an item of a list may run to: the items before a numbered line are looked for so far up each. */
const MOST_ITEM_LINES = 12;
/** Items of one list may be a column off (text printed from PDFs indents at random). */
const ITEM_INDENT_SLACK = 1;

/**
 * The line of item 1 of the list that `candidate` goes on, read up the lines above it: each item
 * before it numbered in its scheme at its depth and its column, counting down, with only wrapped lines, deeper
 * items or blank lines between. Undefined where another number of its scheme breaks the count.
 */
function firstItemAbove(lines: Lines, candidate: Candidate, found: ReadonlyMap<number, number | undefined>): number | undefined {
  const depth = candidate.path.length;
  let expected = candidate.path[depth - 1] - 1;
  let since = 0;
  for (let j = candidate.line - 1; j >= 0 && since < MOST_ITEM_LINES; j--, since++) {
    if (lines.firstCode(j) < 0 || !NUMBER_STARTS.has(lines.firstCode(j))) continue;
    const numbering = readTitleNumber(lines.text(j).trimStart());
    if (!numbering || numbering.family !== candidate.family || numbering.path.length !== depth) continue;
    if (numbering.path[depth - 1] !== expected) return undefined;
    // `    3. Knowledge programmes …` indented under a paragraph, then `4. Findings` at the margin a page on:
    // a list's items share their column; the chapter numbered next is no item of the list above it.
    if (Math.abs(indentOf(lines.text(j)) - indentOf(lines.text(candidate.line))) > ITEM_INDENT_SLACK) return undefined;
    if (--expected === 0) return j;
    // The item above was read before (`found`, in the order of the lines): its first is this one's, read once for a long list.
    if (found.has(j)) return found.get(j);
    since = 0;
  }
  return undefined;
}

/**
 * Whether a member of the run stands right over a numbered line of another scheme (`１．排出量の把握`
 * over `（１）算定方法の標準化`): the run numbers the topics of the proposals the sentence announced,
 * as a federation's or a council's proposals are laid out, and those are headings.
 */
function headsSubHeadings(lines: Lines, run: readonly Candidate[], candidates: readonly Candidate[], starts: readonly number[]): boolean {
  return run.some(member => {
    const next = nextVisibleLine(lines, member.titleLine ?? member.line);
    if (next === undefined) return false;
    const at = lowerBound(starts, next);
    return starts[at] === next && candidates[at].family !== member.family;
  });
}

/**
 * Whether the members of the run are titles over text of their own and then a list (`１．賃上げの定着…`
 * over its paragraph and `① …べき。`, `② …`, then `２．…` over its `○ …`; a party's `１．…` over
 * `【現状と課題】` and its `（１）…すべきである。`): the run numbers the topics of the proposals the
 * sentence announced, as a council members' or a party's paper lays them out, and those are
 * headings. An item of an announced list states what it asks on its own lines, or has its points
 * right under it (`（１）管理体制の再構築` over `ア\u3000…`).
 */
function headsOwnLists(lines: Lines, run: readonly Candidate[]): boolean {
  if (run.length < 2 || run.some(member => SENTENCE_CLOSE.has(lines.lastCode(member.line)) || !standsAlone(lines, member.line))) return false;
  const heading = run.filter((member, k) => {
    // Text of its own first (a paragraph, a label): points right under a title are its details.
    const first = nextVisibleLine(lines, member.line);
    if (first === undefined || matchListItem(lines.text(first), lines.firstCode(first))) return false;
    const end = k + 1 < run.length ? run[k + 1].line : Math.min(lines.count, member.line + MOST_TOPIC_LINES);
    for (let j = first + 1; j < end; j++) if (lines.firstCode(j) >= 0 && matchListItem(lines.text(j), lines.firstCode(j))) return true;
    return false;
  });
  // The last topic may be short, its one point right under its title (`５．今後の進め方` over `○ …`).
  return heading.length * 2 >= run.length;
}

const SENTENCE_CLOSE = new CodeSet('。．.');

/** A title alone on its line: a blank line, a bracketed label (`【現状と課題】`) or an indented paragraph under it, no wrapped text of its own. */
function standsAlone(lines: Lines, i: number): boolean {
  if (i + 1 >= lines.count || lines.firstCode(i + 1) < 0) return true;
  const next = lines.text(i + 1);
  return next.charCodeAt(0) === IDEOGRAPHIC_SPACE || isBracketedTitle(next);
}

/** How far below a run's last member its own list is looked for. */
const MOST_TOPIC_LINES = 40;

function isFirstOfRun(candidate: Candidate): boolean {
  return candidate.path[candidate.path.length - 1] === 1;
}

/** Whether the paragraph above line i leads into a list it recommends (or, in a letter, its `記` follows a request). */
function announced(lines: Lines, i: number): boolean {
  let j = previousText(lines, i);
  if (j < 0) return false;
  if (isNoteMarker(lines.text(j))) {
    j = previousText(lines, j);
    return j >= 0 && requestsBelow(paragraphEndingAt(lines, j));
  }
  return isRecommendingLeadIn(paragraphEndingAt(lines, j)) || setInUnder(lines, j, i) || compactUnder(lines, j, i);
}

/**
 * `2.2	The following agencies provided information:` right over `1.	Northwold County Council`,
 * `2.	Northwold Police` on the lines after it: a Word document saved as text flattens its list
 * numbering to the margin, where its headings stand too, but a list follows its colon at once and
 * runs on line after line, while a heading has text of its own under it.
 */
function compactUnder(lines: Lines, leadIn: number, first: number): boolean {
  return leadIn === first - 1 && lines.lastCode(leadIn) === COLON && first + 1 < lines.count && NUMBER_STARTS.has(lines.firstCode(first + 1)) && isSecondItem(readTitleNumber(lines.text(first + 1).trimStart())?.path);
}

/** `2`: the second item of a list's top level. */
function isSecondItem(path: readonly number[] | undefined): boolean {
  return path?.length === 1 && path[0] === 2;
}

/**
 * `The Draft EIS analyzes four alternatives in detail (Section 2.4):` over `    1. Alternative A - No
 * Action. The BLM would …`: a list set in deeper than the sentence that leads into it with a colon
 * is that sentence's, whatever the sentence says; a heading stands at the margin of the text it heads.
 */
function setInUnder(lines: Lines, leadIn: number, first: number): boolean {
  return lines.lastCode(leadIn) === COLON && indentOf(lines.text(first)) > indentOf(lines.text(leadIn));
}

const COLON = 0x3a;

/** The last line with text before line i, or -1. */
function previousText(lines: Lines, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines.firstCode(j) >= 0) return j;
  return -1;
}

/** The paragraph whose last line is `last`, its wrapped lines joined. */
function paragraphEndingAt(lines: Lines, last: number): string {
  return joinedLines(lines, paragraphStart(lines, last, MOST_LEAD_IN_LINES - 1), last);
}
