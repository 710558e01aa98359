import * as vscode from 'vscode';
import type { FileProblem } from '../../core/annotations/codec';
import { LineIndex } from '../../core/text/line-index';

export type { FileProblem };

/** Shows what is wrong with an annotation file in the Problems view, on the file itself. */
export class AnnotationDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policyAnnotator.annotations');

  report(fileUri: vscode.Uri, fileText: string, problems: readonly FileProblem[]): void {
    const index = new LineIndex(fileText);
    this.collection.set(fileUri, problems.map(problem => {
      const line = Math.max(0, problem.line - 1);
      const character = index.offsetAt({ line: problem.line, column: problem.column }) - index.lineStart(line);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, character, line, character + 1), problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = vscode.l10n.t('Policy Annotator');
      return diagnostic;
    }));
  }

  clear(fileUri: vscode.Uri): void {
    this.collection.delete(fileUri);
  }

  /** The problems currently reported on a file (tests read them through the extension's API). */
  problemsOf(fileUri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(fileUri) ?? [];
  }

  dispose(): void {
    this.collection.dispose();
  }
}
