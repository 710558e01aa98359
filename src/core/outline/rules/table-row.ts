/**
 * Rows of a Markdown table (`| 1 | 補助を複数年度にする | 国 |`): policy papers kept as Markdown
 * tabulate their recommendations with a number and the body that acts. Under a label, each row
 * below the header is a recommendation, titled by its longest cell that is not a number.
 */
/** A table's row starts with its bar: the header of a table of recommendations is read for its label. */
export const TABLE_STARTS = '|';

/** A row starts with its bar (after any indent): other lines are ruled out by their first character. */
export function mayStartTableRow(first: number): boolean {
  return first === 0x7c; // |
}

/** A cell of a row: its text, trimmed, and where it starts in the line. */
export interface TableCell {
  text: string;
  offset: number;
}

/** The cells of a row starting with `|`, or undefined for a line that is no table row. */
export function tableCells(text: string): TableCell[] | undefined {
  const start = text.indexOf('|');
  if (start < 0 || text.slice(0, start).trim() || text.indexOf('|', start + 1) < 0) return undefined;
  const cells: TableCell[] = [];
  let at = start + 1;
  for (let bar = text.indexOf('|', at); bar >= 0 || at < text.length; bar = text.indexOf('|', at)) {
    const end = bar < 0 ? text.length : bar;
    const raw = text.slice(at, end);
    const trimmed = raw.trim();
    if (trimmed || bar >= 0) cells.push({ text: trimmed, offset: at + raw.indexOf(trimmed) });
    if (bar < 0) break;
    at = bar + 1;
  }
  return cells;
}

/** `+=====+=====+`: the rule under a grid table's header (pandoc's, for cells of many lines). */
export function isGridHeaderRule(text: string): boolean {
  return GRID_HEADER_RULE.test(text);
}

const GRID_HEADER_RULE = /^\s*\+(?:=+\+)+\s*$/;

/** `|---|:--:|`: the line under a table's header. */
export function isTableSeparator(cells: readonly TableCell[]): boolean {
  // `||||`: converters from PDF write the line under a header without its dashes.
  return cells.length > 0 && cells.every(c => c.text === '' || SEPARATOR_CELL.test(c.text));
}

/** The cell that says what a row proposes: the longest that is more than a number. */
export function titleCell<Cell extends { text: string }>(cells: readonly Cell[]): Cell | undefined {
  let best: Cell | undefined;
  for (const cell of cells) if (!NUMBER_CELL.test(cell.text) && (!best || cell.text.length > best.text.length)) best = cell;
  return best;
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
const NUMBER_CELL = /^(?:[#No.]*\s*[0-9０-９]{0,3}[.)．）]?|[①-⑳])$/;
