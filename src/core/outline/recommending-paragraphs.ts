import type { Lines } from './lines';
import { joinedLines, nextVisibleLine } from './line-context';
import { matchListItem } from './rules/list-item';
import { introducesRecommendations, leadsIntoDetails } from './rules/lead-in';
import { insideParagraph, type MarkedRecommendation } from './marked-paragraphs';
import { withinQuotedClauses } from './rules/quoted-clauses';
import { isDigit } from './rules/line-start';

/** The author recommending: `We`, `The Committee`, a name of a few capitalised words. */
const SUBJECT = `(?:We|I|The(?: [A-Z][\\w'’&.-]*| (?:of|for|on|and|the))+|[A-Z][\\w'’&.-]*(?: [A-Z][\\w'’&.-]*){0,5})(?: (?:also|further|therefore|strongly|respectfully))?`;
/**
 * A subject and its present-tense `recommend(s) that`, `are recommending that`, `recommend(s):`
 * with what it recommends after the colon on the same line (`We recommend: standard metrics …`), or
 * `recommends` and what to do (`The EDPS recommends deleting …`, as a supervisory authority's opinion words it).
 */
const RECOMMENDS = `(?:recommends?|(?:am|is|are)(?: (?:also|further|therefore))? recommending) that\\b|recommends?:(?=[ \\t]*\\S)|recommends? (?!nothing\\b)[a-z]+ing\\b`;
const OPENING = new RegExp(`^(?:${SUBJECT} (?:${RECOMMENDS})|It is(?: (?:also|further|therefore|strongly))? recommended that\\b)`);
/**
 * In a numbered paragraph, also the verbs with which UN treaty bodies, assemblies and commissions
 * ask for action (`The Committee urges the State party to …`, `calls upon`, `requests`, `invites`,
 * `encourages`) and renew what they asked before (`reiterates its previous recommendation`): the
 * numbered paragraph is their unit of what they ask. So are the leaders' or ministers' own undertakings
 * in a communiqué or declaration (`We will continue to …`, `We commit to …`, `We call for …`), which
 * number every paragraph, each one that commits or calls being what they agreed to do.
 */
const COMMITS = `We(?: (?:also|further|therefore|jointly|collectively))? (?:will|commit(?: ourselves)? to|pledge to|resolve to|call for)\\b`;
const NUMBERED_OPENING = new RegExp(`^(?:${SUBJECT} (?:${RECOMMENDS}|(?:urges?|calls? (?:up)?on|requests?|invites?|encourages?)\\b(?=[^.:;]{0,100}?\\b(?:to|that)\\b)|(?:asks?|proposes?)\\b(?= that\\b|[^.:;]{0,100}?\\bto\\b)|reiterates its (?:previous |earlier )?recommendations?\\b)|${COMMITS}|It is(?: (?:also|further|therefore|strongly))? recommended that\\b)`);
/** Where the search for a verb starts: the rest of it is read at each place found. */
const VERB_STEM = 'ecommend';
/** The verb's stem broken by a hyphen at a line's end (`recom-` / `mends`), its two parts. */
const HYPHENATED_STEM = /[Rr](ec|eco|ecom|ecomm|ecomme|ecommen)-[ \t]*\r?\n[ \t]*([a-z]+)/g;
/** A word hyphenated at a line's end, read whole (`recom-` / `mends`). */
const HYPHEN_BREAK = /(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])/g;
/**
 * … and for the verbs only a numbered paragraph asks with, in one pass; the undertakings only after
 * `We`, on the same line or the next, as COMMITS reads them (`will` stands in most English sentences).
 */
const NUMBERED_VERB_STEMS = /urge|call|request|invite|encourage|ask|propose|(?<=\b[Ww]e\s+(?:(?:also|further|therefore|jointly|collectively)\s+)?)(?:will|commit|pledge|resolve)/g;
/** A subject of a few words: the opening is read this far back from the verb. */
const LONGEST_OPENING = 120;
const LEAD_IN_END = /[:：]\s*$/;
const VERB = /recommend\w*|urges?|calls? (?:up)?on|requests?|invites?|encourages?|asks?|proposes?|will|commit(?: ourselves)? to|pledge to|resolve to|call for/;

/**
 * `The Committee recommends that the Government …`, `We recommend that …`, `We are therefore
 * recommending that …`, `It is recommended that …`: a paragraph that opens with its author recommending is a recommendation, as committee
 * reports, submissions to an inquiry and commission reports write theirs without numbering them.
 * The subject is the paragraph's first words, so a sentence reporting what others recommended
 * (`Ministers recommended that …`, past tense) or recommending inside running prose is not one;
 * neither is a sentence leading into a list (it ends with a colon).
 */
export function findRecommendingParagraphs(lines: Lines, isFurniture: (i: number) => boolean = () => false): MarkedRecommendation[] {
  const source = lines.source;
  const found: MarkedRecommendation[] = [];
  let line = 0;
  let usualColumn: number | undefined;
  for (const at of verbPlaces(source, lines)) {
    while (line + 1 < lines.count && lines.start(line + 1) <= at) line++;
    const opened = openingAt(lines, line, at) ?? laterClauseAt(lines, line, at, isFurniture) ?? setApartAt(lines, line, at, () => (usualColumn ??= usualTextColumn(lines)));
    if (!opened) continue;
    const { paragraph, number, start, opening } = opened;
    if ((found.length && found[found.length - 1].first === paragraph) || withinQuotedClauses(lines, paragraph)) continue;
    let last = paragraphEnd(lines, paragraph, isFurniture);
    let title = joinedLines(lines, paragraph, last, isFurniture).slice(number);
    // `The Group recommends that the Committee endorses the following recommendations …`: it sends them on.
    if (introducesRecommendations(title)) continue;
    // `…, including:` over its points: they are parts of it (see leadsIntoDetails), its own lines.
    if (leadsIn(lines, paragraph, last)) {
      const lettered = number > 0 && lettersItsPoints(lines, last);
      if (!LEAD_IN_END.test(title) || !(leadsIntoDetails(title.slice(0, -1)) || lettered)) continue;
      last = pointsEnd(lines, last, isFurniture);
      // Lettered points say what the paragraph recommends: its title reads on into them.
      if (lettered) title = joinedLines(lines, paragraph, last, isFurniture).slice(number).replace(LAID_OUT_SPACE, ' ');
    }
    const verb = VERB.exec(opening)![0];
    const subject = opening.slice(0, opening.lastIndexOf(verb)).trim();
    found.push({ first: paragraph, last, start, end: lines.start(last) + lines.text(last).trimEnd().length, title, label: `${subject} ${verb}` });
  }
  return withoutOthersProposals(found);
}

/**
 * `The EESC asks the Commission to …`, `The EESC proposes that …`: words by which the author asks
 * in its own name, and by which a text reports what another proposes (`The Commission proposes to
 * merge …`). They count where their subject also recommends, urges or calls on in the text: the
 * author, named as it names itself.
 */
function withoutOthersProposals(found: MarkedRecommendation[]): MarkedRecommendation[] {
  const proposing = (label: string) => PROPOSING_VERB.test(label);
  if (!found.some(r => proposing(r.label))) return found;
  const subjectOf = (label: string) => label.slice(0, VERB.exec(label)!.index).trim();
  const authors = new Set(found.filter(r => !proposing(r.label)).map(r => subjectOf(r.label)));
  return found.filter(r => !proposing(r.label) || authors.has(subjectOf(r.label)));
}

const PROPOSING_VERB = / (?:asks?|proposes?)$/;

/** Where the verbs may be, in order: `recommend` anywhere, the others only where the text numbers its paragraphs. */
function verbPlaces(source: string, lines: Lines): number[] {
  const places: number[] = [];
  for (let at = source.indexOf(VERB_STEM); at >= 0; at = source.indexOf(VERB_STEM, at + VERB_STEM.length)) places.push(at);
  // `ECRI recom-` over `mends that …`: the verb a page's width hyphenated.
  if (source.includes('-\n')) {
    HYPHENATED_STEM.lastIndex = 0;
    for (let m = HYPHENATED_STEM.exec(source); m; m = HYPHENATED_STEM.exec(source)) if ((m[1] + m[2]).startsWith(VERB_STEM)) places.push(m.index + 1);
  }
  if (!numbersParagraphs(lines)) return places.sort((a, b) => a - b);
  NUMBERED_VERB_STEMS.lastIndex = 0;
  for (let m = NUMBERED_VERB_STEMS.exec(source); m; m = NUMBERED_VERB_STEMS.exec(source)) places.push(m.index);
  return places.sort((a, b) => a - b);
}

/** Whether some paragraph of the text is numbered in the margin; lines are judged by their first character first. */
function numbersParagraphs(lines: Lines): boolean {
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (mayStartNumber(first) && numberLength(lines.text(i).trimStart()) > 0) return true;
  }
  return false;
}

/** Where a paragraph recommends: its first line, the length of its number, where its text starts, and the opening's words. */
interface Opened {
  paragraph: number;
  number: number;
  start: number;
  opening: string;
}

/** The paragraph that line i opens, when its first words are its author recommending at `at`. */
function openingAt(lines: Lines, line: number, at: number): Opened | undefined {
  const first = lines.firstCode(line);
  // A paragraph flush left that starts with a capital, on a line of its own: no list item, heading
  // or table row. Or a numbered one, as assemblies and commissions number theirs.
  const opensParagraph = first >= 0x41 && first <= 0x5a && (line === 0 || lines.firstCode(line - 1) < 0);
  const number = opensParagraph || !mayStartNumber(first) ? 0 : numberLength(lines.text(line).trimStart());
  if (!opensParagraph && !number) return undefined;
  const start = textStart(lines, line, number);
  if (at - start > LONGEST_OPENING) return undefined;
  const opening = (number ? NUMBERED_OPENING : OPENING).exec(lines.source.slice(start, Math.min(lines.source.length, at + LONGEST_OPENING)));
  return opening && start + opening[0].length > at ? { paragraph: line, number, start, opening: opening[0] } : undefined;
}

/**
 * `2.06           The Commission recommends that …` among paragraphs whose text starts further left
 * (`2.05      The case law …`): a report numbering its paragraphs in the margin, printed
 * to text, sets its recommendations apart from its argument (a law reform commission's, boxed or
 * indented in print). A paragraph so set apart that opens with its author recommending is one.
 */
function setApartAt(lines: Lines, line: number, at: number, usualColumn: () => number): Opened | undefined {
  const numbered = MARGIN_NUMBER.exec(lines.text(line));
  if (!numbered || numbered[0].length < usualColumn() + SET_APART) return undefined;
  const start = lines.start(line) + numbered[0].length;
  const opening = at - start <= LONGEST_OPENING ? OPENING.exec(lines.source.slice(start, Math.min(lines.source.length, at + LONGEST_OPENING))) : null;
  return opening && start + opening[0].length > at ? { paragraph: line, number: numbered[0].length - numbered[1].length, start, opening: opening[0] } : undefined;
}

/** `2.06      `: a paragraph's decimal number in the margin, the spaces to its text, and the indentation before it. */
const MARGIN_NUMBER = /^([ \t]*)[0-9]{1,3}(?:\.[0-9]{1,3}){1,3}\.? {2,24}(?=[A-Z])/;
/** Columns further in than the usual paragraph's text, at the least, for a paragraph to be set apart. */
const SET_APART = 3;

/** The column where most margin-numbered paragraphs' text starts (read once a document, where a paragraph may be set apart). */
function usualTextColumn(lines: Lines): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < lines.count; i++) {
    if (!isDigit(lines.firstCode(i))) continue;
    const numbered = MARGIN_NUMBER.exec(lines.text(i));
    if (numbered) counts.set(numbered[0].length, (counts.get(numbered[0].length) ?? 0) + 1);
  }
  let [best, most] = [Infinity, 0];
  for (const [column, count] of counts) if (count > most) [best, most] = [column, count];
  return best;
}

/**
 * `15.  Recalling its general comment No. 19, the Committee recommends that the State party:`,
 * `11.  The Committee notes that the plan has expired. The Committee recommends that …`: in a
 * paragraph numbered in the margin (UN treaty bodies, commissions and committees number every
 * paragraph, and the numbered paragraph is what they cite), the author may recommend after an
 * opening clause or a finding; the clause that recommends opens after a comma or a full stop, its
 * author its subject. The whole numbered paragraph is the recommendation.
 */
function laterClauseAt(lines: Lines, line: number, at: number, isFurniture: (i: number) => boolean): Opened | undefined {
  const paragraph = numberedParagraphOf(lines, line, isFurniture);
  if (paragraph === undefined) return undefined;
  const number = numberLength(lines.text(paragraph).trimStart());
  const start = textStart(lines, paragraph, number);
  const before = lines.source.slice(start, at);
  let clause = -1;
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY)) clause = boundary.index + boundary[0].length;
  if (clause < 0 || at - (start + clause) > LONGEST_OPENING) return undefined;
  const words = lines.source.slice(start + clause, at + LONGEST_OPENING).replace(HYPHEN_BREAK, '').replace(WHITE_SPACE, ' ');
  // `…, which recommends that …`: a relative clause, whose subject is another's.
  if (CONTINUING_CLAUSE.test(words)) return undefined;
  const opening = NUMBERED_OPENING.exec(words.charAt(0).toUpperCase() + words.slice(1));
  return opening && VERB.test(opening[0]) ? { paragraph, number, start, opening: opening[0] } : undefined;
}

/** Where the text of the paragraph opening on line i starts: after its indentation and its number (`number` characters). */
function textStart(lines: Lines, i: number, number: number): number {
  const text = lines.text(i);
  return lines.start(i) + text.length - text.trimStart().length + number;
}

const CONTINUING_CLAUSE = /^(?:which|who|that)\b/i;
/** A comma, or a sentence's stop (a footnote's number glued to it, `…self-determination.6 ECRI recommends`), and the white space after it (a line break too). */
const CLAUSE_BOUNDARY = /(?:[,;]|[a-z)\]0-9][.](?:[0-9]{1,3})?)\s+/g;
const WHITE_SPACE = /\s+/g;
/** The spaces a layout sets after a point's letter (`(a)     Apply …`). */
const LAID_OUT_SPACE = /\s{2,}/g;
/** A numbered paragraph is looked for this far above the line that recommends. */
const LONGEST_PARAGRAPH = 40;

/** The first line of the numbered paragraph that holds line i, across page furniture; undefined where the paragraph is not numbered. */
function numberedParagraphOf(lines: Lines, i: number, isFurniture: (i: number) => boolean): number | undefined {
  for (let j = i; j >= 0 && i - j < LONGEST_PARAGRAPH; j--) {
    if (isFurniture(j)) continue;
    if (lines.firstCode(j) < 0) return undefined;
    if (numberLength(lines.text(j).trimStart()) > 0) return j;
  }
  return undefined;
}

/**
 * `1. The Assembly recommends that …`, `3a. …` (a ballot's parts), `(2) …`: the length of the
 * number before a paragraph's text, or 0. The number opens a paragraph even with no blank line
 * above, as text from PDFs runs paragraphs on (after a ballot's result, `Votes: 91% in favour`).
 */
function numberLength(text: string): number {
  return NUMBER_BEFORE.exec(text)?.[0].length ?? 0;
}

/**
 * Spaces after: a number set in a margin (`31.     Staff recommends …`, a report numbering every
 * paragraph) addresses the paragraph, and lists nothing. Markdown may set the number in bold
 * (`**31.** We call upon …`) or escape its point (`38\\. We call upon …`). An opinion saved from Word
 * numbers its paragraphs by their sections, a tab after the number (`4.1.2\tThe EESC recommends …`),
 * and a law commission's report exported to Markdown sets them in bold (`**6.2** The Commission recommends …`).
 */
const NUMBER_BEFORE = /^(?:\*\*|__)?\(?(?:[0-9]{1,3}[a-z]?\\?[.)](?:\*\*|__)? {1,8}|[0-9]{1,3}(?:\.[0-9]{1,3}){1,3}\.?(?:\t|(?:\*\*|__) {1,8}))(?=[A-Z])/;
const LEFT_PAREN = 0x28;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;

/** A paragraph's number starts with a digit, a parenthesis, or the bold around it. */
function mayStartNumber(first: number): boolean {
  return first === LEFT_PAREN || (first >= 0x30 && first <= 0x39) || first === ASTERISK || first === UNDERSCORE;
}

/**
 * The last line of the paragraph that starts at line i: up to a blank line, a Markdown heading, a
 * list item or a numbered paragraph. A sentence cut by a page break goes on over the page's furniture.
 */
export function paragraphEnd(lines: Lines, i: number, isFurniture: (i: number) => boolean): number {
  let last = i;
  for (let j = i + 1; j < lines.count; j++) {
    if (isFurniture(j) && !SENTENCE_END.test(lines.text(last))) continue;
    if (!insideParagraph(lines, j) || matchListItem(lines.text(j), lines.firstCode(j)) || NUMBER_BEFORE.test(lines.text(j).trimStart())) break;
    last = j;
  }
  return last;
}

/** A sentence's stop, a bracketed reference after it too (`… for recreation. [2.4]`, a recommendation's number). */
const SENTENCE_END = /[.:;!?。．！？](?:\s*\[[^\]\s]{1,12}\])?\s*$/;

/**
 * The last line of the points under a paragraph that ends on line `last`: list items and the lines
 * that wrap them, blank lines between, and a page's furniture where a point runs over its break.
 */
function pointsEnd(lines: Lines, last: number, isFurniture: (i: number) => boolean): number {
  let end = last;
  let blankBefore = false;
  for (let j = last + 1; j < lines.count; j++) {
    if (isFurniture(j)) continue;
    if (lines.firstCode(j) < 0) {
      blankBefore = true;
      continue;
    }
    const text = lines.text(j);
    if (NUMBER_BEFORE.test(text.trimStart()) || (!matchListItem(text, lines.firstCode(j)) && blankBefore)) break;
    end = j;
    blankBefore = false;
  }
  return end;
}

/**
 * `10.  The Committee recommends that the State party:` over `(a)  Expedite …`, `(b)  Ensure …`:
 * points lettered (or numbered `i.`, `ii.`) inside a numbered paragraph, run on from its lead-in
 * with no blank line, are its parts, as UN treaty bodies letter what one paragraph recommends; the
 * paragraph is the one recommendation. So are points set close together after a blank line, as a
 * Markdown list under its lead-in (a commission's numbered calls to action with their `a.`, `b.`).
 * Points set apart as paragraphs of their own (a report's closing `(a) Integrate …` between blank
 * lines) are each one, the paragraph leading into them.
 */
function lettersItsPoints(lines: Lines, last: number): boolean {
  const point = nextVisibleLine(lines, last);
  if (point === undefined || !FIRST_POINT.test(lines.text(point))) return false;
  if (point === last + 1) return true;
  for (let j = point + 1; j < lines.count && lines.firstCode(j) >= 0; j++) if (SECOND_POINT.test(lines.text(j))) return true;
  return false;
}

const FIRST_POINT = /^\s*\(?[ai][.)]\s/;
const SECOND_POINT = /^\s*\(?(?:b|ii)[.)]\s/;

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
