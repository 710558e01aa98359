import type { Lines } from '../lines';
import type { TocBlock } from '../toc-block';
import { isCapitalTitle } from './capital-headings';
import { titleLines } from './listed-titles';
import { readTitleNumber } from './numbering';

/**
 * `POLICY DISCUSSIONS` over `A. Rebuilding Fiscal Buffers`, `B. …`: staff reports of the IMF and
 * of other international bodies head their chapters by unnumbered lines in capitals and letter the
 * sections of some of them. Where the contents list such capital entries, one of them right over a
 * lettered entry `A.` set in mixed case, the capital titles standing again in the text are the
 * chapters, and the letters the numbering would take for chapters are their sections. Returns the
 * lines of those titles, or undefined where the contents do not read so.
 */
export function findCapitalChaptersOverLetters(lines: Lines, toc: TocBlock | undefined): Map<number, string> | undefined {
  if (!toc) return undefined;
  const capitals = toc.titles.filter(isUnnumberedCapitalTitle);
  if (capitals.length < LEAST_CAPITAL_CHAPTERS || !lettersUnderCapitals(toc.titles)) return undefined;
  const found = titleLines(lines, capitals, toc.last + 1);
  return found.size >= LEAST_CAPITAL_CHAPTERS ? found : undefined;
}

/** Whether a title is a lettered section (`A. Rebuilding …`): a letter's number, its title not in capitals. */
export function isLetteredSection(title: string): boolean {
  return readTitleNumber(title)?.family === LETTER_FAMILY && !isCapitalTitle(title);
}

/** The contents set `A. …` right after an entry in capitals: the letters divide that chapter. */
function lettersUnderCapitals(titles: readonly string[]): boolean {
  return titles.some((title, k) => k > 0 && isUnnumberedCapitalTitle(titles[k - 1]) && isFirstLetter(title) && isLetteredSection(title));
}

function isUnnumberedCapitalTitle(title: string): boolean {
  return isCapitalTitle(title) && readTitleNumber(title) === undefined;
}

function isFirstLetter(title: string): boolean {
  const numbering = readTitleNumber(title);
  return numbering !== undefined && numbering.path.length === 1 && numbering.path[0] === 1;
}

const LETTER_FAMILY = 'letter';
/** Capital titles the contents list and the text has again, at the least: fewer are no scheme of chapters. */
const LEAST_CAPITAL_CHAPTERS = 3;
