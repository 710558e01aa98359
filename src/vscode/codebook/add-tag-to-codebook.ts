import * as vscode from 'vscode';
import { ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import { findUncodedTags } from '../../core/codebook/uncoded-tags';
import { sortTagsAsTree } from '../../core/tags';
import { UNCODED_TAG_CODE } from './uncoded-tag-diagnostics';
import type { WorkspaceCodebook } from './workspace-codebook';

export const ADD_TAG_COMMAND = 'policyAnnotator.addTagToCodebook';

/**
 * `Add Tags to the Codebook…`: adds the tag given (by the quick fix, or the Annotations view's tag
 * row the button is on) or the tags picked among
 * those the annotations use and the codebook lacks. The codebook is written in its canonical
 * form, created when there is none; an unreadable codebook is left alone and the user told why.
 * Resolves to the tags added.
 */
export function registerAddTagToCodebook(tagCounts: () => ReadonlyMap<string, number>, codebook: WorkspaceCodebook): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(ADD_TAG_COMMAND, async (argument?: string | { tag?: unknown }): Promise<string[]> => {
      const given = typeof argument === 'string' ? argument : typeof argument?.tag === 'string' ? argument.tag : undefined;
      const tags = given !== undefined ? [given] : await pickUncodedTags(tagCounts(), codebook);
      if (!tags?.length) return [];
      try {
        return await codebook.addTags(tags);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not add to the codebook: {0}', error instanceof Error ? error.message : String(error)));
        return [];
      }
    }),
    vscode.languages.registerCodeActionsProvider({ pattern: `**/*${ANNOTATION_FILE_SUFFIX}` }, new AddTagQuickFix(codebook), AddTagQuickFix.metadata),
  );
}

async function pickUncodedTags(counts: ReadonlyMap<string, number>, codebook: WorkspaceCodebook): Promise<string[] | undefined> {
  const uncoded = sortTagsAsTree([...counts.keys()].filter(tag => !codebook.entry(tag)));
  if (uncoded.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every tag the annotations use is in the codebook.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(uncoded.map(tag => ({ label: tag, description: String(counts.get(tag) ?? 0) })), {
    title: vscode.l10n.t('Add Tags to the Codebook'),
    placeHolder: vscode.l10n.t('Choose the tags to describe in the codebook'),
    canPickMany: true,
  });
  return picked?.map(item => item.label);
}

/** On each "not in the codebook" warning of an annotation file: add that tag to the codebook. */
class AddTagQuickFix implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly codebook: WorkspaceCodebook) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const warnings = context.diagnostics.filter(d => d.code === UNCODED_TAG_CODE);
    const codebook = this.codebook.codebook;
    if (warnings.length === 0 || !codebook) return [];
    // The tags are read again from the text rather than from the message, which is for people.
    const found = findUncodedTags(document.getText(), codebook).map(f => ({ tag: f.tag, range: new vscode.Range(document.positionAt(f.startOffset), document.positionAt(f.endOffset)) }));
    const actions = new Map<string, vscode.CodeAction>();
    for (const warning of warnings) {
      const tag = found.find(f => f.range.isEqual(warning.range))?.tag;
      if (!tag) continue;
      const existing = actions.get(tag);
      if (existing) {
        existing.diagnostics!.push(warning);
        continue;
      }
      const action = new vscode.CodeAction(vscode.l10n.t('Add tag "{0}" to the codebook', tag.replace(/\s+/g, ' ')), vscode.CodeActionKind.QuickFix);
      action.command = { command: ADD_TAG_COMMAND, title: action.title, arguments: [tag] };
      action.diagnostics = [warning];
      action.isPreferred = true;
      actions.set(tag, action);
    }
    return [...actions.values()];
  }
}
