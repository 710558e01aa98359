import * as vscode from 'vscode';
import { parseAnnotationFile } from '../../core/annotations/codec';
import { ANNOTATION_FILE_SUFFIX, type AnnotationFile } from '../../core/annotations/model';
import type { ExportSource } from '../../core/export/rows';
import type { Services } from '../services';

/** The workspace's annotated documents as the core's exports and report read them. */
export interface WorkspaceSources {
  sources: ExportSource[];
  /** Each source's path -> the document's uri, to open what the report lists. */
  uris: Map<string, vscode.Uri>;
}

/**
 * Reads the annotations from the annotation index (which knows where each one stands in the
 * editor's current text), or from the annotation files when no index is registered; with
 * `allDocuments`, policy documents without annotations come too (the report's coverage).
 */
export async function gatherWorkspaceSources(services: Services, options: { allDocuments: boolean }): Promise<WorkspaceSources> {
  // Right after start the index may still be loading: an export then would silently miss annotations.
  await services.annotations?.ready;
  const files = services.annotations ? fromIndex(services) : await fromFiles();
  const uris = new Map<string, vscode.Uri>();
  const sources: ExportSource[] = [];
  const add = async (uri: vscode.Uri, file: AnnotationFile, ranges?: ExportSource['ranges']) => {
    const path = vscode.workspace.asRelativePath(uri, false);
    let text: string;
    try {
      text = await services.documents.read(uri);
    } catch {
      return; // A document deleted since its annotations were read: nothing to place them in.
    }
    uris.set(path, uri);
    sources.push({ path, text, file, ...(ranges ? { ranges } : {}) });
  };
  for (const { uri, file, ranges } of files.values()) await add(uri, file, ranges);
  if (options.allDocuments) {
    for (const uri of await services.documents.list()) {
      if (!files.has(uri.toString())) await add(uri, { document: basename(uri), annotations: [] });
    }
  }
  return { sources, uris };
}

interface DocumentAnnotations {
  uri: vscode.Uri;
  file: AnnotationFile;
  ranges?: Map<string, { start: number; end: number } | null>;
}

function fromIndex(services: Services): Map<string, DocumentAnnotations> {
  const byDocument = new Map<string, DocumentAnnotations>();
  // Structure corrections come too: the core applies them to the chapters and leaves them out of the rows.
  for (const entry of [...services.annotations!.entries(), ...services.annotations!.corrections()]) {
    const key = entry.uri.toString();
    let doc = byDocument.get(key);
    if (!doc) byDocument.set(key, (doc = { uri: entry.uri, file: { document: basename(entry.uri), annotations: [] }, ranges: new Map() }));
    doc.file.annotations.push(entry.annotation);
    doc.ranges!.set(entry.annotation.id, entry.range ?? null);
  }
  return byDocument;
}

/** Without an index: every readable annotation file; unreadable ones are the Problems view's business. */
async function fromFiles(): Promise<Map<string, DocumentAnnotations>> {
  const byDocument = new Map<string, DocumentAnnotations>();
  for (const uri of await vscode.workspace.findFiles(`**/*${ANNOTATION_FILE_SUFFIX}`, '{**/node_modules/**,**/.git/**}')) {
    const parsed = parseAnnotationFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    if (!parsed.ok) continue;
    const documentUri = vscode.Uri.joinPath(uri, '..', parsed.file.document);
    byDocument.set(documentUri.toString(), { uri: documentUri, file: parsed.file });
  }
  return byDocument;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
