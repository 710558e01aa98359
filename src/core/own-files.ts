import type { ExportFormat } from './export/formats';
import { EXPORT_EXTENSIONS } from './export/formats';

/**
 * Files Policy Annotator writes itself (annotation files, exports, the codebook, the project's
 * settings) are never read as policy documents, whatever the document globs say: an exported
 * Markdown digest is full of quotes that would otherwise come back as recommendations in the
 * Outline, search and report. This is the rule by path; an export saved under any other name is
 * known by its content (see export/export-marker.ts).
 */
export const EXPORT_FOLDER = 'annotation-exports';
/** The project's own settings, e.g. `.policy-annotator/outline.yaml`. */
export const PROJECT_FOLDER = '.policy-annotator';
const OWN_FILE_NAME = /\.annotations\.(yaml|md|csv|jsonld)$/i;
const CODEBOOK_NAME = 'codebook.yaml';

/** The same rule as globs, for file searches and watchers (a codebook elsewhere is added by path). */
export const OWN_FILE_GLOBS: readonly string[] = [
  '**/*.annotations.{yaml,md,csv,jsonld}',
  `**/${EXPORT_FOLDER}/**`,
  `**/${PROJECT_FOLDER}/**`,
  `**/${CODEBOOK_NAME}`,
];

export interface OwnFileOptions {
  /** The codebook's path where a setting puts it elsewhere, in the same form as the paths asked about. */
  codebook?: string;
}

/** True for a path (any separator `/`) that names one of our own files. */
export function isOwnFile(path: string, options: OwnFileOptions = {}): boolean {
  const segments = path.split('/');
  const name = segments[segments.length - 1];
  const folders = segments.slice(0, -1);
  return OWN_FILE_NAME.test(name) || name === CODEBOOK_NAME || path === options.codebook
    || folders.includes(EXPORT_FOLDER) || folders.includes(PROJECT_FOLDER);
}

/** Where an export goes unless the user says otherwise: a folder of its own, named by date, e.g. `annotation-exports/2026-12-01.annotations.md`. */
export function defaultExportPath(format: ExportFormat, now: Date): string {
  return `${EXPORT_FOLDER}/${now.toISOString().slice(0, 10)}.annotations.${EXPORT_EXTENSIONS[format]}`;
}
