import * as vscode from 'vscode';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from '../outline/outline-cache';
import type { OutlineInputs } from '../outline/outline-inputs';
import type { PreviewSessions } from '../preview-sessions';
import { SearchQuickPick } from './search-quick-pick';
import { WorkspaceSearchIndex } from './workspace-index';

/**
 * The index is built in the background once the window has started (its own extensions and
 * views first), so that the first search finds it ready instead of building it while the
 * reader types.
 */
const BUILD_AFTER_START_MS = 3000;

/** What the extension's API exposes of search, for integration tests to drive. */
export interface SearchApi {
  workspaceIndex: WorkspaceSearchIndex;
  quickPick: SearchQuickPick;
}

/** The Search Recommendations command and the workspace index behind it. */
export function registerSearch(
  documents: PolicyDocuments, outlines: OutlineCache, annotations: AnnotationIndex, inputs: OutlineInputs, previews: PreviewSessions,
): { disposable: vscode.Disposable; api: SearchApi } {
  const workspaceIndex = new WorkspaceSearchIndex(documents, outlines, annotations, inputs);
  const quickPick = new SearchQuickPick(workspaceIndex, previews);
  const early = setTimeout(() => void workspaceIndex.ready().catch(() => undefined), BUILD_AFTER_START_MS);
  const disposable = vscode.Disposable.from(
    { dispose: () => clearTimeout(early) },
    workspaceIndex,
    vscode.commands.registerCommand('policyAnnotator.searchRecommendations', (query?: string) => quickPick.show(typeof query === 'string' ? query : '')),
  );
  return { disposable, api: { workspaceIndex, quickPick } };
}
