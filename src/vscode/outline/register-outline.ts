import * as vscode from 'vscode';
import type { Services } from '../services';
import { followCursor } from './follow-cursor';
import { OutlineCache } from './outline-cache';
import { OutlineInputs } from './outline-inputs';
import { registerOutlineSymbols } from './outline-symbols';
import { OutlineTreeProvider, REVEAL_COMMAND, type OutlineElement } from './outline-tree';
import { ProjectOutlines } from './project-outlines';
import { registerStructureCommands, type CorrectionStore } from './structure-commands';

/** What the extension's API exposes of the outline, for integration tests to observe. */
export interface OutlineApi {
  provider: OutlineTreeProvider;
  view: vscode.TreeView<OutlineElement>;
  projectOutlines: ProjectOutlines;
}

/**
 * The Outline view, document symbols and folding, the outline commands and the reader's structure
 * corrections (written through `corrections`). Returns the outline inputs (project file and
 * corrections) for search to outline documents the same way.
 */
export function registerOutline(services: Services, corrections: CorrectionStore): { disposable: vscode.Disposable; api: OutlineApi; inputs: OutlineInputs } {
  const projectOutlines = new ProjectOutlines();
  const inputs = new OutlineInputs(projectOutlines, services.annotations);
  const cache = new OutlineCache(services.documents, inputs);
  const provider = new OutlineTreeProvider(services.documents, cache, services.annotations);
  const view = vscode.window.createTreeView('policyAnnotator.outline', { treeDataProvider: provider, showCollapseAll: true });
  const disposable = vscode.Disposable.from(
    projectOutlines, inputs, cache, provider, view,
    registerStructureCommands(corrections, services.documents),
    registerOutlineSymbols(services.documents, cache, inputs),
    followCursor(view, provider, services.documents),
    vscode.commands.registerCommand('policyAnnotator.refreshOutline', () => provider.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
      await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
    }),
  );
  return { disposable, api: { provider, view, projectOutlines }, inputs };
}
