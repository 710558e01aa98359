import type { Lines } from './lines';
import { joinWrapped } from './rules/join-wrapped';
import { holdsTab } from './line-context';
import type { MarkedRecommendation } from './marked-paragraphs';

/**
 * Tables of a document a word processor saved as text (Word's "save as text"): the cells of a row
 * parted by tabs, each row from a new line, and a cell's paragraphs (its wrapped lines too, where
 * line breaks were inserted) on lines of their own, so that a row runs over many lines and a tab
 * stands wherever one cell ends and the next begins. A plan's action table or a list of requests
 * numbers its rows (`1-1`, `2-3`, `12`): a line whose first cell is such a number starts a row.
 */

/** A row of a numbered table: its lines and its cells, each cell's lines joined. */
interface TabbedRow {
  first: number;
  last: number;
  cells: string[];
}

/** The cells of a line parted by tabs, trimmed; undefined for a line without a tab. */
function tabbedCells(text: string): string[] | undefined {
  return text.includes('\t') ? text.split('\t').map(cell => cell.trim()) : undefined;
}

/**
 * The numbered rows of the table whose header is line `header`, up to its end (a blank line).
 * A row has as many cells as the header at least, so a line inside it is never the next row's,
 * however it starts (`2<TAB>環境省`, the end of a cell that cites `…第15条の4の` over `2`); once
 * it has them, it ends where the next row starts (numbered as the first row is), at the header
 * repeated, or at a line `namesGroup` tells (the name of a group of rows: `（２）介護分野`, a
 * heading of the text). Returns the rows and the table's last line.
 */
function readTabbedRows(lines: Lines, header: number, namesGroup: (i: number) => boolean): { rows: TabbedRow[]; last: number } {
  const headerText = lines.text(header).trim();
  const cellBreaks = countTabs(headerText);
  const spans: { first: number; last: number }[] = [];
  let row: { first: number; last: number; tabs: number } | undefined;
  let shape: string | undefined;
  let j = header + 1;
  for (; j < lines.count && lines.firstCode(j) >= 0; j++) {
    const text = lines.text(j);
    if (row && row.tabs < cellBreaks) {
      row.last = j;
      row.tabs += countTabs(text);
      continue;
    }
    const number = rowNumber(text);
    if (number !== undefined && (shape === undefined || numberShape(number) === shape)) {
      shape ??= numberShape(number);
      row = { first: j, last: j, tabs: countTabs(text) };
      spans.push(row);
    } else if (text.trim() === headerText || namesGroup(j)) {
      row = undefined;
    } else if (row) {
      row.last = j;
    }
  }
  return { rows: spans.map(span => ({ ...span, cells: rowCells(lines, span.first, span.last) })), last: j - 1 };
}

/** `1-1`, `2-10`, `R6-3`, `No.4`, `12`: a row's number, in the first cell. */
const ROW_NUMBER = /^(?:No\.?\s?|[A-Za-z]{1,2})?[0-9０-９]{1,3}(?:[-‐－.．][0-9０-９]{1,3}){0,2}$/;

function rowNumber(text: string): string | undefined {
  const tab = text.indexOf('\t');
  const cell = tab > 0 ? text.slice(0, tab).trim() : '';
  return ROW_NUMBER.test(cell) ? cell : undefined;
}

/** `1-1` and `3-12` have one shape, `2` another: the rows of one table are numbered alike. */
function numberShape(number: string): string {
  return number.normalize('NFKC').replace(/[0-9]+/g, '0');
}

function countTabs(text: string): number {
  let tabs = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) tabs++;
  return tabs;
}

/** The row's cells: its lines read as one text parted by tabs, each cell's lines joined as wrapped. */
function rowCells(lines: Lines, first: number, last: number): string[] {
  const text: string[] = [];
  for (let i = first; i <= last; i++) text.push(lines.text(i));
  return text.join('\n').split('\t').map(cell => cell.split('\n').map(line => line.trim()).reduce(joinWrapped, ''));
}

/**
 * The rows of every numbered table whose header `titleColumn` accepts (it returns the column that
 * titles each row, or undefined for a table of anything else): each row is a recommendation,
 * labelled by that column's name. `namesGroup` tells the names of groups of rows (see readTabbedRows).
 */
export function findTabbedRecommendations(lines: Lines, titleColumn: (header: string[]) => number | undefined, namesGroup: (i: number) => boolean): MarkedRecommendation[] {
  const found: MarkedRecommendation[] = [];
  const source = lines.source;
  // The text's next tab, found natively: most lines hold none, and are passed over unread.
  let nextTab = source.indexOf('\t');
  let tabbedAbove = false;
  for (let i = 0; i < lines.count && nextTab >= 0; i++) {
    if (nextTab < lines.start(i)) nextTab = source.indexOf('\t', lines.start(i));
    const tabbed = nextTab >= 0 && nextTab < lines.end(i);
    // A header opens its table: the line over it has no tab.
    const opensTable = tabbed && !tabbedAbove;
    tabbedAbove = tabbed;
    if (!opensTable) continue;
    const header = tabbedCells(lines.text(i));
    const column = header && titleColumn(header);
    if (column === undefined) continue;
    const table = readTabbedRows(lines, i, namesGroup);
    for (const row of table.rows) {
      const title = row.cells[column];
      if (title) found.push({ first: row.first, last: row.last, start: lines.start(row.first), end: lines.end(row.last), title, label: header![column] });
    }
    i = table.last;
    tabbedAbove = holdsTab(lines, i);
  }
  return found;
}
