import { BACK_MATTER_STARTS } from './back-matter';
import { BULLET_STARTS } from './bullet';
import { BYLINE_STARTS } from './byline';
import { CHAPTER_STARTS } from './chapter-heading';
import { CONCLUSION_STARTS } from './conclusion';
import { NOISE_STARTS_DECLARED } from './noise';
import { OPERATIVE_STARTS } from './operative-paragraph';
import { ORDINAL_PARAGRAPH_STARTS } from './ordinal-paragraph';
import { QUESTION_STARTS } from './question';
import { SECTION_STARTS } from './section-heading';
import { TABLE_STARTS } from './table-row';

/**
 * The characters a structural line can start with, gathered from what each rule declares: a
 * line that starts with anything else is running text, and only continuation and prose rules
 * apply to it, which keeps the outline close to the speed of reading the lines at all. A new
 * rule declares its own first characters here; no list is kept by hand. (Numbered headings are
 * decided before this test by the heading plan, recommendation labels by their own table.)
 */
const DECLARED = [
  BACK_MATTER_STARTS, BULLET_STARTS, BYLINE_STARTS, CHAPTER_STARTS, CONCLUSION_STARTS,
  NOISE_STARTS_DECLARED, OPERATIVE_STARTS, ORDINAL_PARAGRAPH_STARTS, QUESTION_STARTS, SECTION_STARTS, TABLE_STARTS,
];

/** One flag per UTF-16 code unit: a table lookup is the cheapest test on every line. */
const STRUCTURAL = new Uint8Array(0x10000);
for (const starts of DECLARED) for (const c of starts) STRUCTURAL[c.charCodeAt(0)] = 1;

/** True when some rule other than continuation and prose could apply to a line starting so. */
export function mayBeStructure(firstCode: number): boolean {
  return firstCode >= 0 && STRUCTURAL[firstCode] === 1;
}
