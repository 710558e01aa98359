import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { createNode } from './tree';
import { isTableSeparator, mayStartTableRow, tableCells } from './rules/table-row';
import { joinWrapped, withoutEmphasis } from './rules/join-wrapped';
import { endsWithNumber, type LabelMatch } from './rules/recommendation-heading';

/**
 * `|提言１\u3000地域の実情に応じた計画の策定|` over `|---|` and `|市町村は、…すべきである。|`: a
 * recommendation set in a box, which a converter from PDF (pymupdf4llm, markitdown) writes as a
 * table of one column, the numbered label and its title in the header, the text in the rows below.
 * The box is one recommendation, titled by the label's text and spanning the table; under a label
 * alone (`|Recommendation 3|`), by the text of the rows, their `<br>` line breaks joined.
 * `matchLabel` reads a cell's text for a numbered label (`提言１ …`, `Recommendation 2: …`).
 */
export function matchBoxedTable(lines: Lines, i: number, first: number, matchLabel: (text: string) => LabelMatch | undefined): OutlineNode | undefined {
  if (!mayStartTableRow(first)) return undefined;
  const header = oneCell(lines.text(i));
  if (header === undefined || i + 1 >= lines.count) return undefined;
  const separator = tableCells(lines.text(i + 1));
  if (!separator || separator.length !== 1 || !isTableSeparator(separator)) return undefined;
  const label = matchLabel(withoutEmphasis(header));
  // A label without its number over rows (`|Recommendations|`) heads a table of several; only a numbered one boxes one.
  if (label === undefined || (label.rest === undefined && !endsWithNumber(label.label))) return undefined;
  let last = i + 1;
  let text = '';
  while (last + 1 < lines.count && mayStartTableRow(lines.firstCode(last + 1))) {
    const cell = oneCell(lines.text(last + 1));
    if (cell === undefined) break;
    for (const part of cell.split(HTML_BREAK)) text = joinWrapped(text, withoutEmphasis(part.trim()));
    last++;
  }
  if (last === i + 1) return undefined; // a header alone is a caption's box, no recommendation
  const title = label.rest ?? text.trim();
  if (!title) return undefined;
  const node = createNode('recommendation', title, lines, i, last);
  if (label.rest !== undefined) node.start += Math.max(0, lines.text(i).indexOf(label.rest));
  node.label = label.label;
  return node;
}

const HTML_BREAK = /<br\s*\/?>/i;

/** The text of a row of one cell (`|…|`), or undefined for any other line. */
function oneCell(text: string): string | undefined {
  const cells = tableCells(text);
  return cells?.length === 1 && cells[0].text ? cells[0].text : undefined;
}

/**
 * `+-----+` over `| **Recommendation 1** |`, a blank row and `| The Committee recommends … |`: a box
 * that pandoc writes from a Word document as a grid table of one column, the numbered label alone
 * in its first row and the recommendation in the rows below, up to the closing border. The box is
 * one recommendation, labelled by the label and titled by the rows' text, spanning the table.
 */
export function matchGridBox(lines: Lines, i: number, first: number, matchLabel: (text: string) => LabelMatch | undefined): OutlineNode | undefined {
  if (first !== PLUS || !GRID_BORDER.test(lines.text(i).trim()) || i + 2 >= lines.count) return undefined;
  const header = gridCell(lines.text(i + 1));
  const label = header ? matchLabel(withoutEmphasis(header)) : undefined;
  if (!label || label.rest !== undefined) return undefined;
  let title = '';
  let row = i + 2;
  for (; row < lines.count && !GRID_BORDER.test(lines.text(row).trim()); row++) {
    const cell = gridCell(lines.text(row));
    if (cell === undefined) return undefined;
    if (cell) title = title ? joinWrapped(title, cell) : cell;
  }
  if (row >= lines.count || !title) return undefined;
  const node = createNode('recommendation', title, lines, i, row);
  node.label = label.label;
  return node;
}

/** The text of a grid table's row of one cell (`| … |`, empty for a blank row), or undefined for any other line. */
function gridCell(text: string): string | undefined {
  const cells = tableCells(text);
  return cells?.length === 1 ? withoutEmphasis(cells[0].text) : undefined;
}

const PLUS = 0x2b;
const GRID_BORDER = /^\+[-=]{3,}\+$/;
