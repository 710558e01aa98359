import * as vscode from 'vscode';
import type { Platform } from '../platform/platform';
import { followDocumentDeletions } from './follow-deletions';
import { RESOLVE_COMMAND, resolveConflicts, ResolveConflictsQuickFix } from './resolve-conflicts';
import { runSetUpGitMerge } from './set-up-merge';

/**
 * Sharing annotations through git: setting up the merge driver (annotation files and the codebook), resolving conflict markers, and
 * asking before the annotations of a deleted document go too. (The author's identity from git is
 * built in activate(), beside the repository that asks for it.)
 */
export function registerGit(platform: Platform, codebookUri: () => vscode.Uri | undefined): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('policyAnnotator.setUpGitMerge', (uri?: vscode.Uri) => runSetUpGitMerge(platform.git, codebookUri(), uri)),
    vscode.commands.registerCommand(RESOLVE_COMMAND, (uri?: vscode.Uri | string) => resolveConflicts(platform, uri)),
    vscode.languages.registerCodeActionsProvider({ pattern: `**/*.annotations.yaml` }, new ResolveConflictsQuickFix(), ResolveConflictsQuickFix.metadata),
    followDocumentDeletions(),
  );
}
