import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

/**
 * Runs the `git` command in a local folder: only for `file:` URIs, since a virtual workspace has
 * no folder git could run in.
 */
export function canRunGit(uri: vscode.Uri): boolean {
  return uri.scheme === 'file';
}

/**
 * The command's trimmed output; undefined when git is missing, fails, or prints nothing.
 * For reading only (`git config --get`), which runs nothing the repository controls, so it is
 * allowed in untrusted workspaces too.
 */
export function runGit(cwd: vscode.Uri, args: readonly string[]): Promise<string | undefined> {
  if (!canRunGit(cwd)) return Promise.resolve(undefined);
  return new Promise(resolve => {
    execFile('git', [...args], { cwd: cwd.fsPath, timeout: 10_000, windowsHide: true }, (error, stdout) => {
      const out = String(stdout ?? '').trim();
      resolve(error || out === '' ? undefined : out);
    });
  });
}

/** Like runGit, but rejects with git's message when it fails; refuses untrusted workspaces. */
export function runGitOrFail(cwd: vscode.Uri, args: readonly string[]): Promise<string> {
  if (!canRunGit(cwd)) return Promise.reject(new Error(vscode.l10n.t('Git cannot run in a virtual workspace.')));
  if (!vscode.workspace.isTrusted) return Promise.reject(new Error(vscode.l10n.t('Trust this workspace to change its git configuration.')));
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd: cwd.fsPath, timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new Error(String(stderr ?? '').trim() || error.message));
      else resolve(String(stdout ?? '').trim());
    });
  });
}
