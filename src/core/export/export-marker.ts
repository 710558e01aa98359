import { CODEBOOK_NAMESPACE } from '../qda/codebook-xml';
import { PROJECT_NAMESPACE } from '../qda/project-xml';
import { CSV_COLUMNS } from './csv';
import { ID_PREFIX } from './w3c-model';

/**
 * The first line of every Markdown digest. An HTML comment: renderers hide it, and it travels
 * with the file (a colleague who pulls the repository gets it too), so a digest saved under any
 * name is still known as ours and never read as a policy document.
 */
export const MARKDOWN_EXPORT_MARKER = '<!-- policy-annotator export: generated from annotations, not a policy document -->';

/** How much of a file's start is enough to tell one of our exports: every signature sits in it. */
export const EXPORT_SIGNATURE_LENGTH = 512;

const ZIP_SIGNATURE = 'PK\u0003\u0004';
const CSV_HEADER = CSV_COLUMNS.join(',');

/**
 * True when a file's start (its first EXPORT_SIGNATURE_LENGTH bytes decoded as UTF-8 are
 * enough) is that of a file our export writes: the Markdown digest's marker line, the CSV's
 * header row, JSON-LD with our own term and ids, a REFI-QDA codebook or project (XML in the
 * REFI-QDA namespaces), or a zip archive (a .qdpx project; no zip is a policy text either).
 */
export function isExportedFile(start: string): boolean {
  const text = start.replace(/^\uFEFF/, '');
  if (text.startsWith(ZIP_SIGNATURE)) return true;
  const trimmed = text.trimStart();
  if (trimmed.startsWith(MARKDOWN_EXPORT_MARKER)) return true;
  if (text.startsWith(CSV_HEADER) && /^(\r?\n|$)/.test(text.slice(CSV_HEADER.length))) return true;
  if (trimmed.startsWith('{') && trimmed.includes('"@context"') && trimmed.includes(ID_PREFIX)) return true;
  return trimmed.startsWith('<?xml') && (trimmed.includes(CODEBOOK_NAMESPACE) || trimmed.includes(PROJECT_NAMESPACE));
}
