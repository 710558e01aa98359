import * as vscode from 'vscode';
import type { Services } from '../services';
import { DocumentTitles } from './document-titles';
import { followCursor } from './follow-cursor';
import { OutlineCache } from './outline-cache';
import { registerOutlineSymbols } from './outline-symbols';
import { OutlineTreeProvider, REVEAL_COMMAND, type OutlineElement } from './outline-tree';

/** What the extension's API exposes of the outline, for integration tests to observe. */
export interface OutlineApi {
  provider: OutlineTreeProvider;
  view: vscode.TreeView<OutlineElement>;
}

/** The Outline view, document symbols and folding, and the outline commands. */
export function registerOutline(services: Services): { disposable: vscode.Disposable; api: OutlineApi } {
  const cache = new OutlineCache(services.documents);
  const titles = new DocumentTitles(services.documents);
  const provider = new OutlineTreeProvider(services.documents, cache, titles, services.annotations);
  const view = vscode.window.createTreeView('policyAnnotator.outline', { treeDataProvider: provider, showCollapseAll: true });
  const disposable = vscode.Disposable.from(
    cache, provider, view,
    registerOutlineSymbols(services.documents, cache),
    followCursor(view, provider, services.documents),
    vscode.commands.registerCommand('policyAnnotator.refreshOutline', () => provider.refresh()),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const selection = new vscode.Selection(document.positionAt(start), document.positionAt(end));
      await vscode.window.showTextDocument(document, { selection, preserveFocus: false });
    }),
  );
  return { disposable, api: { provider, view } };
}
