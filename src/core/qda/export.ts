import { prepareDocuments, type ExportSource } from '../export/rows';
import { buildCodeTree, type CodeInfo } from './codes';
import { toQdc } from './codebook-xml';
import { buildProject } from './project-xml';
import { packQdpx } from './qdpx';

export interface QdaExportOptions {
  /** The project's name in QDA tools (say, the workspace folder's name). */
  name: string;
  origin: string;
  /** The codebook's entries: descriptions, colours, hierarchy, codes not used yet. */
  codebook?: readonly CodeInfo[];
}

export interface QdpxExport {
  bytes: Uint8Array;
  annotations: number;
  documents: number;
  /** Characters XML cannot carry, replaced by U+FFFD in names and notes (the texts are untouched). */
  replacedCharacters: number;
  /** Orphaned annotations, left out: their quote is not in the text any more. */
  orphansLeftOut: number;
}

/** Every annotation of the sources as a REFI-QDA project archive (`.qdpx`). */
export function exportQdpx(sources: readonly ExportSource[], options: QdaExportOptions): QdpxExport {
  const documents = prepareDocuments(sources);
  const tags = documents.flatMap(d => d.rows.flatMap(r => r.annotation.tags ?? []));
  const project = buildProject(documents, buildCodeTree(tags, options.codebook), options);
  return {
    bytes: packQdpx(project),
    annotations: documents.reduce((n, d) => n + d.rows.length, 0) - project.orphansLeftOut,
    documents: documents.length,
    replacedCharacters: project.replacedCharacters,
    orphansLeftOut: project.orphansLeftOut,
  };
}

/** The codebook alone as a REFI-QDA codebook (`.qdc`): its entries and every tag in use. */
export function exportQdc(usedTags: Iterable<string>, options: { origin: string; codebook?: readonly CodeInfo[] }): string {
  return toQdc(buildCodeTree(usedTags, options.codebook), options.origin);
}
