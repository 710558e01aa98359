import * as vscode from 'vscode';
import { withTagsAdded } from '../../core/codebook/add-tags';
import { parseCodebook, stringifyCodebook, type CodebookParse } from '../../core/codebook/codec';
import { normalTagName, type Codebook, type CodebookTag } from '../../core/codebook/model';
import { CODEBOOK_SETTING, codebookUri } from './codebook-location';

/**
 * The workspace's codebook: `codebook.yaml` at the root of the first workspace folder (the
 * setting `policyAnnotator.codebook` names another path there). Read through workspace.fs, kept
 * up to date by a watcher; an unreadable codebook shows its problems in the Problems view and
 * counts as no codebook until it is fixed (it is never overwritten meanwhile).
 */
export class WorkspaceCodebook implements vscode.Disposable {
  private current: Codebook | undefined;
  private invalid = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyAnnotator.codebook');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  private watcher: vscode.FileSystemWatcher | undefined;
  readonly ready: Promise<void>;

  constructor() {
    this.disposables.push(vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(CODEBOOK_SETTING)) void this.watchAndLoad();
    }));
    this.ready = this.watchAndLoad();
  }

  get codebook(): Codebook | undefined {
    return this.current;
  }

  /** The codebook file's place; undefined without a workspace folder. */
  get uri(): vscode.Uri | undefined {
    return codebookUri();
  }

  entry(tag: string): CodebookTag | undefined {
    const name = normalTagName(tag);
    return this.current?.tags.find(t => t.name === name);
  }

  /**
   * Adds tags to the codebook (creating the file if needed), each with a new GUID, and resolves to
   * those it added. Refused while the file is invalid, and while it has unsaved changes in an
   * editor (writing under them would set the two against each other).
   */
  async addTags(names: readonly string[]): Promise<string[]> {
    const uri = this.uri;
    if (!uri) throw new Error(vscode.l10n.t('Open a folder to keep a codebook in it.'));
    if (vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString() && d.isDirty)) {
      throw new Error(vscode.l10n.t('{0} has unsaved changes; save them first.', vscode.workspace.asRelativePath(uri)));
    }
    await this.load();
    if (this.invalid) throw new Error(vscode.l10n.t('The codebook cannot be read; fix the problems shown for it first.'));
    const before = new Set(this.current?.tags.map(t => t.name));
    const updated = withTagsAdded(this.current, names, () => crypto.randomUUID());
    if (!updated) return [];
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(stringifyCodebook(updated)));
    await this.load();
    return updated.tags.map(t => t.name).filter(name => !before.has(name));
  }

  private async watchAndLoad(): Promise<void> {
    this.watcher?.dispose();
    const uri = this.uri;
    if (uri) {
      this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1)));
      const reload = () => void this.load();
      this.watcher.onDidCreate(reload);
      this.watcher.onDidChange(reload);
      this.watcher.onDidDelete(reload);
    }
    await this.load();
  }

  private async load(): Promise<void> {
    const uri = this.uri;
    let parsed: CodebookParse | undefined;
    if (uri) {
      try {
        parsed = parseCodebook(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      } catch {
        parsed = undefined; // No codebook: every tag is free.
      }
    }
    this.current = parsed?.ok ? parsed.codebook : undefined;
    this.invalid = parsed !== undefined && !parsed.ok;
    this.diagnostics.clear();
    if (uri && parsed && !parsed.ok) {
      this.diagnostics.set(uri, parsed.problems.map(p => {
        const position = new vscode.Position(p.line - 1, p.column - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), p.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'Policy Annotator';
        return diagnostic;
      }));
    }
    this.changed.fire();
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
