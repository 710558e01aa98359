import * as vscode from 'vscode';
import type { AuthorIdentity } from '../annotation-index';
import type { Platform } from '../platform/platform';

/**
 * Who is annotating: the git identity when there is one, else the `policyAnnotator.author`
 * setting, else the user name of the machine running the extension host (where the platform
 * knows one).
 */
export class AuthorWithFallbacks implements AuthorIdentity {
  constructor(private readonly git: AuthorIdentity, private readonly platform: Pick<Platform, 'userName'>) {}

  async authorFor(document: vscode.Uri): Promise<string> {
    try {
      const fromGit = await this.git.authorFor(document);
      if (fromGit.trim()) return fromGit.trim();
    } catch {
      // No git identity (a virtual workspace, git missing): fall back to the setting.
    }
    const configured = vscode.workspace.getConfiguration('policyAnnotator', document).get<string>('author', '').trim();
    if (configured) return configured;
    const name = this.platform.userName();
    if (name) return name;
    return vscode.l10n.t('Unknown author');
  }
}
