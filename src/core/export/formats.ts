import { toCsv } from './csv';
import { toMarkdown, type MarkdownLabels } from './markdown';
import { prepareDocuments, type ExportSource } from './rows';
import { toW3c } from './w3c';

export const EXPORT_FORMATS = ['csv', 'w3c', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The usual file extension of each format, for save dialogs and default names. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', w3c: 'jsonld', markdown: 'md' };

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Every annotation of the sources in one format, as the text of one file. */
export function exportAnnotations(sources: readonly ExportSource[], format: ExportFormat, options: { markdownLabels?: MarkdownLabels; rawCsvCells?: boolean } = {}): string {
  const documents = prepareDocuments(sources);
  switch (format) {
    case 'csv': return toCsv(documents.flatMap(d => d.rows), { rawCells: options.rawCsvCells });
    case 'markdown': return toMarkdown(documents.flatMap(d => d.rows), options.markdownLabels);
    case 'w3c': return toW3c(documents);
  }
}
