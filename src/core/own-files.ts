import type { ExportFormat } from './export/formats';
import { EXPORT_EXTENSIONS } from './export/formats';

/**
 * Files Policy Annotator writes itself (annotation files, exports, the codebook) are never read
 * as policy documents, whatever the document globs say: an exported Markdown digest is full of
 * quotes that would otherwise come back as recommendations in the Outline, search and report.
 */
export const EXPORT_FOLDER = 'annotation-exports';
const OWN_FILE_NAME = /\.annotations\.(yaml|md|csv|jsonld)$/i;
const CODEBOOK_NAME = 'codebook.yaml';

/** The same rule as globs, for file searches and watchers. */
export const OWN_FILE_GLOBS: readonly string[] = [
  '**/*.annotations.{yaml,md,csv,jsonld}',
  `**/${EXPORT_FOLDER}/**`,
  `**/${CODEBOOK_NAME}`,
];

/** True for a path (any separator `/`) that names one of our own files. */
export function isOwnFile(path: string): boolean {
  const segments = path.split('/');
  const name = segments[segments.length - 1];
  return OWN_FILE_NAME.test(name) || name === CODEBOOK_NAME || segments.slice(0, -1).includes(EXPORT_FOLDER);
}

/** Where an export goes unless the user says otherwise: a folder of its own, named by date, e.g. `annotation-exports/2026-12-01.annotations.md`. */
export function defaultExportPath(format: ExportFormat, now: Date): string {
  return `${EXPORT_FOLDER}/${now.toISOString().slice(0, 10)}.annotations.${EXPORT_EXTENSIONS[format]}`;
}
