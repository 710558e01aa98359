import type { CodeInfo } from '../qda/codes';
import { exportQdc, exportQdpx } from '../qda/export';
import { toCsv } from './csv';
import { toMarkdown, type MarkdownLabels } from './markdown';
import { prepareDocuments, type ExportSource } from './rows';
import { toW3c } from './w3c';

export const EXPORT_FORMATS = ['csv', 'w3c', 'markdown', 'qdpx', 'qdc'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats that are text, which the CLI can also print. */
export type TextExportFormat = Exclude<ExportFormat, 'qdpx'>;

/** The usual file extension of each format, for save dialogs and default names. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', w3c: 'jsonld', markdown: 'md', qdpx: 'qdpx', qdc: 'qdc' };

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportOptions {
  markdownLabels?: MarkdownLabels;
  /** CSV cells written as they are, without neutralising spreadsheet formulas. */
  rawCsvCells?: boolean;
  /** The project's name in QDA software (REFI-QDA formats). */
  projectName?: string;
  /** The codebook's entries, for the REFI-QDA formats' codes. */
  codebook?: readonly CodeInfo[];
}

/** What the REFI-QDA files name as the program that wrote them. */
export const EXPORT_ORIGIN = 'Policy Annotator';

/** Every annotation of the sources in a text format, as the text of one file. */
export function exportAnnotations(sources: readonly ExportSource[], format: TextExportFormat, options: ExportOptions = {}): string {
  switch (format) {
    case 'csv': return toCsv(prepareDocuments(sources).flatMap(d => d.rows), { rawCells: options.rawCsvCells });
    case 'markdown': return toMarkdown(prepareDocuments(sources).flatMap(d => d.rows), options.markdownLabels);
    case 'w3c': return toW3c(prepareDocuments(sources));
    case 'qdc': return exportQdc(sources.flatMap(s => s.file.annotations.flatMap(a => a.tags ?? [])), { origin: EXPORT_ORIGIN, codebook: options.codebook });
  }
}

/** One export file's bytes, and what it could not hold. */
export interface ExportedFile {
  bytes: Uint8Array;
  /** Orphaned annotations left out (a REFI-QDA project codes only text that is there). */
  orphansLeftOut: number;
}

/** Every annotation of the sources in any format, as the bytes of one file (text in UTF-8). */
export function exportAnnotationBytes(sources: readonly ExportSource[], format: ExportFormat, options: ExportOptions = {}): ExportedFile {
  if (format === 'qdpx') {
    const { bytes, orphansLeftOut } = exportQdpx(sources, { name: options.projectName ?? 'annotations', origin: EXPORT_ORIGIN, codebook: options.codebook });
    return { bytes, orphansLeftOut };
  }
  return { bytes: new TextEncoder().encode(exportAnnotations(sources, format, options)), orphansLeftOut: 0 };
}
