import * as os from 'node:os';
import * as vscode from 'vscode';
import type { AuthorIdentity } from '../annotation-index';

/**
 * Who is annotating: the git identity when there is one, else the `policyAnnotator.author`
 * setting, else the user name of the machine running the extension host.
 */
export class AuthorWithFallbacks implements AuthorIdentity {
  constructor(private readonly git: AuthorIdentity) {}

  async authorFor(document: vscode.Uri): Promise<string> {
    try {
      const fromGit = await this.git.authorFor(document);
      if (fromGit.trim()) return fromGit.trim();
    } catch {
      // No git identity (a virtual workspace, git missing): fall back to the setting.
    }
    const configured = vscode.workspace.getConfiguration('policyAnnotator', document).get<string>('author', '').trim();
    if (configured) return configured;
    try {
      const name = os.userInfo().username;
      if (name) return name;
    } catch {
      // userInfo() throws where the host has no user database entry.
    }
    return vscode.l10n.t('Unknown author');
  }
}
