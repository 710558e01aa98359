import * as vscode from 'vscode';
import type { AnnotationFile } from '../../core/annotations/model';
import type { ExportSource } from '../../core/export/rows';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache, OutlinedText } from '../outline/outline-cache';

/** The workspace's annotated documents as the core's exports and report read them. */
export interface WorkspaceSources {
  sources: ExportSource[];
  /** Each source's path -> the document's uri, to open what the report lists. */
  uris: Map<string, vscode.Uri>;
}

/**
 * Reads the annotations from the annotation index (which knows where each one stands in the
 * editor's current text); with
 * `allDocuments`, policy documents without annotations come too (the report's coverage).
 */
export async function gatherWorkspaceSources(annotations: AnnotationIndex, documents: PolicyDocuments, outlines: OutlineCache, options: { allDocuments: boolean }): Promise<WorkspaceSources> {
  // Right after start the index may still be loading: an export then would silently miss annotations.
  await annotations.ready;
  const files = fromIndex(annotations);
  const uris = new Map<string, vscode.Uri>();
  const sources: ExportSource[] = [];
  const add = async (uri: vscode.Uri, file: AnnotationFile, ranges?: ExportSource['ranges']) => {
    const path = vscode.workspace.asRelativePath(uri, false);
    let read: OutlinedText;
    try {
      read = await outlines.read(uri);
    } catch {
      return; // A document deleted since its annotations were read: nothing to place them in.
    }
    uris.set(path, uri);
    sources.push({ path, text: read.text, outline: read.outline, file, ...(ranges ? { ranges } : {}) });
  };
  for (const { uri, file, ranges } of files.values()) await add(uri, file, ranges);
  if (options.allDocuments) {
    for (const uri of await documents.list()) {
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

function fromIndex(annotations: AnnotationIndex): Map<string, DocumentAnnotations> {
  const byDocument = new Map<string, DocumentAnnotations>();
  // Structure corrections come too: the core applies them to the chapters and leaves them out of the rows.
  for (const entry of [...annotations.entries(), ...annotations.corrections()]) {
    const key = entry.uri.toString();
    let doc = byDocument.get(key);
    if (!doc) byDocument.set(key, (doc = { uri: entry.uri, file: { document: basename(entry.uri), annotations: [] }, ranges: new Map() }));
    doc.file.annotations.push(entry.annotation);
    doc.ranges!.set(entry.annotation.id, entry.range ?? null);
  }
  return byDocument;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
