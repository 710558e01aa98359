import type { ExportRow } from './rows';

/** The columns, in order; the header row uses these names. */
export const CSV_COLUMNS = ['document', 'chapter', 'section', 'quote', 'tags', 'note', 'author', 'created', 'updated', 'line', 'id'] as const;

/** Separates several tags in one cell; tags never contain it in practice, and it reads well. */
const TAG_JOINER = '; ';

/**
 * One record per annotation, RFC 4180: CRLF between records, fields holding a comma, a double
 * quote, CR or LF are quoted and their quotes doubled. A UTF-8 BOM comes first so that
 * spreadsheet programs read Japanese as UTF-8 rather than the system code page.
 */
export function toCsv(rows: readonly ExportRow[], options: { rawCells?: boolean } = {}): string {
  const cell = options.rawCells ? (field: string) => field : neutraliseFormula;
  const records = [CSV_COLUMNS.map(String), ...rows.map(row => csvRecord(row).map(cell))];
  return '\uFEFF' + records.map(fields => fields.map(quoteCsvField).join(',') + '\r\n').join('');
}

/**
 * A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)` in a colleague's note) is
 * made text, as OWASP advises for CSV injection: a leading `'` before `= + - @`, a tab or a CR.
 * Spreadsheets show the rest as written; `rawCells` exports the text untouched instead.
 */
export function neutraliseFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

function csvRecord(row: ExportRow): string[] {
  const a = row.annotation;
  return [
    row.document,
    row.chapter ?? '',
    row.section ?? '',
    a.quote,
    (a.tags ?? []).join(TAG_JOINER),
    a.note ?? '',
    a.author,
    a.created,
    a.updated ?? '',
    String(row.start.line),
    a.id,
  ];
}

/** Quotes a field only when RFC 4180 requires it. */
export function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
