import type { Lines } from '../lines';
import { nextVisibleLine } from '../line-context';

/**
 * `**Chapter 4**` over `## Independent oversight`, `**Chapter 5**` over `### Complaints handling`:
 * a PDF converted to Markdown by font size (pymupdf4llm) sets a chapter's number alone in bold and
 * its title as a heading whose level follows the font, the same level as some sections' (`### 4.1
 * …`). The bold number says the heading under it is a chapter, whatever its level. Returns each such
 * number's line and the heading line under it, in order; `isHeading` tells the plan's headings.
 */
export function findBoldChapterNumbers(lines: Lines, isHeading: (i: number) => boolean): { number: number; heading: number; name: string }[] {
  const found: { number: number; heading: number; name: string }[] = [];
  for (let i = 0; i < lines.count; i++) {
    const first = lines.firstCode(i);
    if (first !== ASTERISK && first !== UNDERSCORE) continue;
    const bold = BOLD_NUMBER_ALONE.exec(lines.text(i));
    if (!bold) continue;
    const next = nextVisibleLine(lines, i);
    if (next !== undefined && isHeading(next)) found.push({ number: i, heading: next, name: bold[2].replace(SPACES, ' ') });
  }
  // One alone may be a figure's or a box's label: a document's chapters are two or more.
  return found.length >= LEAST_CHAPTERS ? found : [];
}

const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
/** A self-named division's number alone in bold: `**Chapter 4**`, `__APPENDIX A__`, `**第４章**`. */
const BOLD_NUMBER_ALONE = /^(\*\*|__)\s*((?:Chapter|CHAPTER|Appendix|APPENDIX|Annex|ANNEX)\s+(?:[0-9]{1,3}|[A-Z]|[IVXLC]{1,6})|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*章)\s*\1\s*$/;
const SPACES = /\s+/g;
const LEAST_CHAPTERS = 2;
