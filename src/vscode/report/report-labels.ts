import * as vscode from 'vscode';

/** Every string the report page shows, translated here because the page has no l10n of its own. */
export function reportLabels(): Record<string, string> {
  return {
    title: vscode.l10n.t('Annotation Report'),
    summary: vscode.l10n.t('{0} annotations in {1} documents', '{0}', '{1}'),
    empty: vscode.l10n.t('No annotations yet. Select a passage in a policy document and run Annotate Selection.'),
    matrixTitle: vscode.l10n.t('Tags by chapter'),
    rollUp: vscode.l10n.t('Count sub-tags in their parent tags'),
    tag: vscode.l10n.t('Tag'),
    total: vscode.l10n.t('Total'),
    untagged: vscode.l10n.t('(untagged)'),
    outsideChapters: vscode.l10n.t('Outside chapters'),
    expand: vscode.l10n.t('Expand'),
    collapse: vscode.l10n.t('Collapse'),
    cellTitle: vscode.l10n.t('{0} annotations tagged {1} in {2}', '{0}', '{1}', '{2}'),
    detailsHint: vscode.l10n.t('Click a cell to list its annotations.'),
    detailsTitle: vscode.l10n.t('{0} × {1}: {2} annotations', '{0}', '{1}', '{2}'),
    open: vscode.l10n.t('Open in the editor'),
    orphaned: vscode.l10n.t('quote not found in the current text'),
    overTime: vscode.l10n.t('Annotations over time'),
    periods: vscode.l10n.t('Annotations created per period, {0}', '{0}'),
    byAuthor: vscode.l10n.t('By author'),
    byTag: vscode.l10n.t('By tag'),
    coverageTitle: vscode.l10n.t('Recommendations with annotations'),
    noChapters: vscode.l10n.t('No chapters recognised in the policy documents.'),
    document: vscode.l10n.t('Document'),
    chapter: vscode.l10n.t('Chapter'),
    annotatedRecommendations: vscode.l10n.t('Annotated recommendations'),
    annotatedOf: vscode.l10n.t('{0} of {1}', '{0}', '{1}'),
    noRecommendations: vscode.l10n.t('no recommendations recognised'),
  };
}
