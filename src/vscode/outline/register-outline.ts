import * as vscode from 'vscode';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import { DocumentTitles } from './document-titles';
import { followCursor } from './follow-cursor';
import type { OutlineCache } from './outline-cache';
import type { OutlineInputs } from './outline-inputs';
import type { PreviewSessions } from '../preview-sessions';
import { registerOutlineSymbols } from './outline-symbols';
import { OutlineTreeProvider, REVEAL_COMMAND, type OutlineElement } from './outline-tree';
import type { ProjectOutlines } from './project-outlines';
import { registerStructureCommands, type CorrectionStore } from './structure-commands';

/** What the extension's API exposes of the outline, for integration tests to observe. */
export interface OutlineApi {
  provider: OutlineTreeProvider;
  view: vscode.TreeView<OutlineElement>;
  projectOutlines: ProjectOutlines;
}

/**
 * The Outline view, document symbols and folding, the outline commands and the reader's structure
 * corrections (written to the annotation files through `corrections`).
 */
export function registerOutline(
  documents: PolicyDocuments, cache: OutlineCache, inputs: OutlineInputs, annotations: AnnotationIndex, corrections: CorrectionStore, previews: PreviewSessions,
): { disposable: vscode.Disposable; api: OutlineApi } {
  const provider = new OutlineTreeProvider(documents, cache, new DocumentTitles(documents), annotations);
  const view = vscode.window.createTreeView('policyAnnotator.outline', { treeDataProvider: provider, showCollapseAll: true });
  const disposable = vscode.Disposable.from(
    provider, view,
    registerOutlineSymbols(documents, cache, inputs),
    registerStructureCommands(corrections, documents),
    followCursor(view, provider, documents, previews),
    vscode.commands.registerCommand('policyAnnotator.refreshOutline', () => provider.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
      await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
    }),
  );
  return { disposable, api: { provider, view, projectOutlines: inputs.project } };
}
