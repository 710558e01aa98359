import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import type { GitCommand } from '../platform/platform';

/** The git command of the machine running the extension host in Node. */
export const nodeGit: GitCommand = {
  // A virtual workspace has no folder git could run in.
  canRun: uri => uri.scheme === 'file',

  // `git config --get` runs nothing the repository controls, so reading is allowed in untrusted workspaces too.
  read(cwd, args) {
    if (!this.canRun(cwd)) return Promise.resolve(undefined);
    return new Promise(resolve => {
      execFile('git', [...args], { cwd: cwd.fsPath, timeout: 10_000, windowsHide: true }, (error, stdout) => {
        const out = String(stdout ?? '').trim();
        resolve(error || out === '' ? undefined : out);
      });
    });
  },

  run(cwd, args) {
    if (!this.canRun(cwd)) return Promise.reject(new Error(vscode.l10n.t('Git cannot run in a virtual workspace.')));
    if (!vscode.workspace.isTrusted) return Promise.reject(new Error(vscode.l10n.t('Trust this workspace to change its git configuration.')));
    return new Promise((resolve, reject) => {
      execFile('git', [...args], { cwd: cwd.fsPath, timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
        if (error) reject(new Error(String(stderr ?? '').trim() || error.message));
        else resolve(String(stdout ?? '').trim());
      });
    });
  },
};
