import * as vscode from 'vscode';
import type { TextUnitKind } from '../../core/agreement/text-units';
import type { AnnotationIndex } from '../annotation-index';
import type { PolicyDocuments } from '../documents/policy-documents';
import type { OutlineCache } from '../outline/outline-cache';
import { AgreementPanel } from './agreement-panel';

export const SHOW_AGREEMENT_COMMAND = 'policyAnnotator.showAgreement';
/** Internal: opens the n-th disagreement side by side (the page's rows do it; tests call it). */
export const OPEN_DISAGREEMENT_COMMAND = 'policyAnnotator.agreement.openDisagreement';

/** What a test (or another extension) may pass: the unit, and which coders to compare (default: every author). */
export interface ShowAgreementArguments {
  unit?: TextUnitKind;
  coders?: string[];
}

/** `Policy Annotator: Show Inter-coder Agreement`: one panel, recomputed each time it is asked for. */
export function registerAgreement(extensionUri: vscode.Uri, annotations: AnnotationIndex, documents: PolicyDocuments, outlines: OutlineCache): vscode.Disposable {
  let panel: AgreementPanel | undefined;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_AGREEMENT_COMMAND, async (argument?: ShowAgreementArguments) => {
      const args = typeof argument === 'object' && argument !== null ? argument : {};
      if (!panel) {
        panel = new AgreementPanel(extensionUri, annotations, documents, outlines);
        panel.onDidDispose(() => { panel = undefined; });
      } else panel.reveal();
      return panel.refresh(args);
    }),
    vscode.commands.registerCommand(OPEN_DISAGREEMENT_COMMAND, (index: number) => panel?.openDisagreement(index) ?? false),
    { dispose: () => panel?.dispose() },
  );
}
