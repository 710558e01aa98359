import * as vscode from 'vscode';
import type { Services } from '../services';
import { followDocumentDeletions } from './follow-deletions';
import { GitIdentity } from './git-identity';
import { RESOLVE_COMMAND, resolveConflicts, ResolveConflictsQuickFix } from './resolve-conflicts';
import { runSetUpGitMerge } from './set-up-merge';

/**
 * Sharing annotations through git: the author's identity from git (sets `services.identity`, so
 * it is registered before the annotations), setting up the merge driver, resolving conflict
 * markers, and asking before the annotations of a deleted document go too.
 */
export function registerGit(services: Services): vscode.Disposable {
  services.identity = new GitIdentity(services.platform.git);
  return vscode.Disposable.from(
    vscode.commands.registerCommand('policyAnnotator.setUpGitMerge', (uri?: vscode.Uri) => runSetUpGitMerge(services.platform.git, uri)),
    vscode.commands.registerCommand(RESOLVE_COMMAND, (uri?: vscode.Uri | string) => resolveConflicts(services.platform, uri)),
    vscode.languages.registerCodeActionsProvider({ pattern: `**/*.annotations.yaml` }, new ResolveConflictsQuickFix(), ResolveConflictsQuickFix.metadata),
    followDocumentDeletions(),
  );
}
