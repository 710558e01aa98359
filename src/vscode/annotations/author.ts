import * as vscode from 'vscode';
import type { Services } from '../services';

/**
 * Who is annotating: the git identity when the git feature provides one, else the
 * `policyAnnotator.author` setting, else the user name of the machine running the extension host
 * (where the platform knows one).
 */
export async function authorFor(services: Services, document: vscode.Uri): Promise<string> {
  try {
    const fromIdentity = await services.identity?.authorFor(document);
    if (fromIdentity?.trim()) return fromIdentity.trim();
  } catch {
    // No git identity (a virtual workspace, git missing): fall back to the setting.
  }
  const configured = vscode.workspace.getConfiguration('policyAnnotator', document).get<string>('author', '').trim();
  if (configured) return configured;
  const name = services.platform.userName();
  if (name) return name;
  return vscode.l10n.t('Unknown author');
}
