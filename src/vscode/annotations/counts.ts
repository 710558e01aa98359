import * as vscode from 'vscode';

/** "1 annotation" / "3 annotations", localised. */
export function annotationCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 annotation') : vscode.l10n.t('{0} annotations', count);
}
