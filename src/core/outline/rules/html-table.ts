/**
 * Tables written in HTML inside Markdown (`<table>`, a `<tr>` over lines of `<td>…</td>`), as
 * converters from PDF (MinerU, marker, LLM-based ones) write a report's tables. Under a lead-in
 * that announces recommendations, each body row is one, as a Markdown table's row would be.
 */

/** A line that opens, closes or holds part of an HTML table. */
export function isHtmlTableLine(text: string): boolean {
  return TABLE_TAG.test(text);
}

export interface HtmlCell {
  /** The cell's text, its tags taken out and its entities read. */
  text: string;
  /** A `<th>`: the row is the table's header. */
  header: boolean;
  /** Set in bold as a whole (`<td><strong>…</strong></td>`): the row's own heading, as tables of rules set it. */
  bold: boolean;
}

/** What a line of the table holds: the row it opens or closes, and its cells written whole on it. */
export interface HtmlTableLine {
  opensRow: boolean;
  closesRow: boolean;
  cells: HtmlCell[];
  /** A cell opened and not closed on the line (`<td>` over lines of text): its tag and what follows it. */
  opensCell?: { header: boolean; html: string };
  /** The content before a `</td>` that closes a cell opened on an earlier line. */
  closesCell?: string;
}

export function readHtmlTableLine(text: string): HtmlTableLine {
  const cells: HtmlCell[] = [];
  const close = CELL_CLOSE.exec(text);
  const rest = close ? text.slice(close[0].length) : text;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(rest); m; m = CELL.exec(rest)) cells.push(htmlCell(m[2], m[1].toLowerCase() === 'th'));
  const open = CELL_OPEN.exec(rest.slice(CELL.lastIndex === 0 ? 0 : lastCellEnd(rest)));
  return {
    opensRow: ROW_OPEN.test(text),
    closesRow: ROW_CLOSE.test(text),
    cells,
    opensCell: open ? { header: open[1].toLowerCase() === 'th', html: open[2] } : undefined,
    closesCell: close?.[1],
  };
}

/** A cell from its inner HTML, which may have run over several lines. */
export function htmlCell(html: string, header: boolean): HtmlCell {
  return { text: plainText(html), header, bold: WHOLLY_BOLD.test(html) };
}

/** Where the last cell written whole on the line ends. */
function lastCellEnd(text: string): number {
  let end = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(text); m; m = CELL.exec(text)) end = m.index + m[0].length;
  return end;
}

function plainText(html: string): string {
  return html.replace(TAG, ' ').replace(ENTITY, entity => ENTITIES[entity] ?? entity).replace(/\s+/g, ' ').trim();
}

const TABLE_TAG = /^\s*<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)\b/i;
const CELL = /<(t[dh])\b[^>]*>(.*?)<\/\1>/gi;
const CELL_OPEN = /<(t[dh])\b[^>]*>(?![^]*<\/t[dh]>)(.*)$/i;
/** A `</td>` before any `<td>` on the line: it closes a cell opened on an earlier line. */
const CELL_CLOSE = /^((?:(?!<t[dh]\b).)*?)<\/t[dh]>/i;
const ROW_OPEN = /<tr\b/i;
const ROW_CLOSE = /<\/tr>/i;
const TAG = /<[^>]*>/g;
const WHOLLY_BOLD = /^\s*<(strong|b)>[^<]*<\/\1>\s*$/i;
const ENTITY = /&(?:amp|lt|gt|quot|nbsp|#39);/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': ' ', '&#39;': "'" };
