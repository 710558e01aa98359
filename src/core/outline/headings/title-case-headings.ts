import type { Lines } from '../lines';
import { isBlankLine, nextVisibleLine } from '../line-context';
import { isNumberedRecommendation } from './capital-headings';

/**
 * `Background`, `Reclamation Has Not Fully Implemented Prior Recommendations`: English reports and
 * testimonies of audit offices and research services, printed from PDF, mark their headings only by
 * title case on a line of their own, between blank lines, over a paragraph. Used only where nothing
 * else gave chapters: three such lines at least, each over a paragraph of two lines or more.
 */
export function findTitleCaseHeadings(lines: Lines, skip: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = 1; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first < CAPITAL_A || first > CAPITAL_Z || skip(i) || !isBlankLine(lines, i - 1) || !isBlankLine(lines, i + 1)) continue;
    const text = lines.text(i);
    if (text.length - text.trimStart().length > MOST_INDENT || !isTitleCase(text.trim()) || isNumberedRecommendation(text.trim())) continue;
    const next = nextVisibleLine(lines, i);
    if (next !== undefined && !skip(next) && opensParagraph(lines, next)) found.push(i);
  }
  return found.length >= LEAST_HEADINGS ? found : [];
}

/** Words of a title, most of them capitalised (the short words between them aside), no sentence's end. */
export function isTitleCase(title: string): boolean {
  if (title.length > LONGEST_TITLE || SENTENCE_OR_CLAUSE_END.test(title) || /[A-Z]{4,}/.test(title)) return false;
  const words = title.split(/\s+/);
  if (words.length > MOST_WORDS || !words.every(word => WORD.test(word))) return false;
  const major = words.filter(word => !MINOR_WORDS.has(word));
  const capitalised = major.filter(word => /^[A-Z0-9]/.test(word)).length;
  return major.length > 0 && capitalised * 10 >= major.length * 8;
}

/**
 * Whether a paragraph of two lines or more starts at line i, in lower case after its first word, as
 * text does; or a one-line paragraph that leads into a list (`The draft analyzes four options:`).
 */
function opensParagraph(lines: Lines, i: number): boolean {
  const text = lines.text(i).trim();
  if (isBlankLine(lines, i + 1) && !text.endsWith(':')) return false;
  return text.length >= SHORTEST_PARAGRAPH_LINE && /\s[a-z]/.test(text);
}

const CAPITAL_A = 0x41;
const CAPITAL_Z = 0x5a;
const MOST_INDENT = 1;
const LONGEST_TITLE = 100;
const MOST_WORDS = 16;
const LEAST_HEADINGS = 3;
/** A paragraph's first line runs most of the page's width. */
const SHORTEST_PARAGRAPH_LINE = 40;
const SENTENCE_OR_CLAUSE_END = /[.,;:!?)]$/;
/** A word of a title: letters (with an apostrophe or a hyphen inside, a series' comma after), or a number. */
const WORD = /^(?:[A-Za-z][A-Za-z'’-]*,?|[0-9]{1,4})$/;
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'under', 'with', 'than', 'that', 'via', 'vs']);
