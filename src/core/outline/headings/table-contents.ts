import type { Lines } from '../lines';
import { isTableSeparator, tableCells } from '../rules/table-row';

/**
 * A contents set as a Markdown table with a page column (`| Part | Title | Page |`, rows such as
 * `| 42-64 | Evaluation Systems | 19 |`), as converters from PDF render a contents page or a
 * report's overview of its parts. Each row's title is its longest cell that is not a number or a
 * range of them. Like any contents it makes no nodes: it tells which headings are chapters.
 */
export function findTableContents(lines: Lines): string[] {
  const reach = Math.min(lines.count, CONTENTS_REACH);
  for (let i = 0; i + 2 < reach; i++) {
    if (lines.firstCode(i) !== BAR) continue;
    const header = tableCells(lines.text(i));
    if (!header || !PAGE_HEADER.test(header[header.length - 1]?.text ?? '') || !isTableSeparator(tableCells(lines.text(i + 1)) ?? [])) continue;
    const titles: string[] = [];
    for (let row = i + 2; row < lines.count && lines.firstCode(row) === BAR; row++) {
      const title = rowTitle(tableCells(lines.text(row)) ?? []);
      if (title) titles.push(title);
    }
    if (titles.length >= LEAST_ENTRIES) return titles;
  }
  return [];
}

function rowTitle(cells: readonly { text: string }[]): string | undefined {
  if (cells.length < 2 || !PAGE.test(cells[cells.length - 1].text)) return undefined;
  const words = cells.slice(0, -1).map(cell => cell.text).filter(text => !NUMBERS.test(text));
  return words.sort((a, b) => b.length - a.length)[0];
}

/** How far into a text its contents are looked for. */
const CONTENTS_REACH = 400;
const LEAST_ENTRIES = 3;
const BAR = 0x7c;
const PAGE_HEADER = /^(?:pages?|pp?\.?|pg\.?|ページ|頁)$/i;
const PAGE = /^(?:[0-9０-９]{1,3}|[ivxlc]{1,6})$/i;
/** `01-41`, `12`, `3–5`: the numbers of the parts a row covers, no title. */
const NUMBERS = /^[0-9０-９#.\s–—-]*$/;
