import * as vscode from 'vscode';
import { ANNOTATION_FILE_SUFFIX } from '../../core/annotations/model';
import { findUncodedTags, type UncodedTag } from '../../core/codebook/uncoded-tags';
import { LineIndex } from '../../core/text/line-index';
import type { WorkspaceCodebook } from './workspace-codebook';

/** The diagnostics' code: the quick fix offers to add the tag for these. */
export const UNCODED_TAG_CODE = 'tag-not-in-codebook';

const ANNOTATION_FILES = `**/*${ANNOTATION_FILE_SUFFIX}`;
const EXCLUDED = '{**/node_modules/**,**/.git/**}';
/** Typing in an open annotation file re-checks it once the typing pauses. */
const TYPING_DELAY_MS = 300;

/**
 * Warns, on each annotation file (open or not), where it uses a tag the codebook does not
 * describe: allowed, but the team should agree on it. Follows the codebook, the files on disk and
 * the open editors; shows nothing while there is no codebook (or it cannot be read).
 */
export class UncodedTagDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policyAnnotator.uncodedTags');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Each check of the whole workspace, so that one started later is never overtaken by an earlier one. */
  private generation = 0;
  readonly ready: Promise<void>;

  constructor(private readonly codebook: WorkspaceCodebook) {
    const watcher = vscode.workspace.createFileSystemWatcher(ANNOTATION_FILES);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(uri => void this.checkFile(uri)),
      watcher.onDidChange(uri => void this.checkFile(uri)),
      watcher.onDidDelete(uri => this.collection.delete(uri)),
      codebook.onDidChange(() => void this.checkAll()),
      vscode.workspace.onDidChangeTextDocument(e => this.checkWhileTyping(e.document)),
      // Closing without saving leaves the file as it is on disk.
      vscode.workspace.onDidCloseTextDocument(document => {
        if (isAnnotationFile(document.uri)) void this.checkFile(document.uri);
      }),
    );
    this.ready = codebook.ready.then(() => this.checkAll());
  }

  private async checkAll(): Promise<void> {
    const generation = ++this.generation;
    if (!this.codebook.codebook) {
      this.collection.clear();
      return;
    }
    const files = await vscode.workspace.findFiles(ANNOTATION_FILES, EXCLUDED);
    if (generation !== this.generation) return;
    this.collection.clear();
    await Promise.all(files.map(uri => this.checkFile(uri)));
  }

  private checkWhileTyping(document: vscode.TextDocument): void {
    if (!isAnnotationFile(document.uri)) return;
    const key = document.uri.toString();
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.set(key, setTimeout(() => {
      this.typingTimers.delete(key);
      this.show(document.uri, document.getText());
    }, TYPING_DELAY_MS));
  }

  private async checkFile(uri: vscode.Uri): Promise<void> {
    if (!this.codebook.codebook) return;
    const text = await currentText(uri);
    if (text === undefined) this.collection.delete(uri);
    else this.show(uri, text);
  }

  private show(uri: vscode.Uri, text: string): void {
    const codebook = this.codebook.codebook;
    if (!codebook) return;
    const found = findUncodedTags(text, codebook);
    if (found.length === 0) this.collection.delete(uri);
    else {
      const lines = new LineIndex(text);
      this.collection.set(uri, found.map(f => toDiagnostic(f, lines)));
    }
  }

  dispose(): void {
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** Where the tag is written, in the editor's terms (UTF-16 columns, where the core counts code points). */
function rangeIn(lines: LineIndex, found: UncodedTag): vscode.Range {
  const position = (offset: number) => {
    const line = lines.lineAt(offset);
    return new vscode.Position(line, offset - lines.lineStart(line));
  };
  return new vscode.Range(position(found.startOffset), position(found.endOffset));
}

function toDiagnostic(found: UncodedTag, lines: LineIndex): vscode.Diagnostic {
  // The tag comes from a colleague's file: a diagnostic message is plain text, and one line.
  const diagnostic = new vscode.Diagnostic(rangeIn(lines, found), vscode.l10n.t('The tag "{0}" is not in the codebook.', found.tag.replace(/\s+/g, ' ')), vscode.DiagnosticSeverity.Warning);
  diagnostic.source = vscode.l10n.t('Policy Annotator');
  diagnostic.code = UNCODED_TAG_CODE;
  return diagnostic;
}

function isAnnotationFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(ANNOTATION_FILE_SUFFIX);
}

/** The editor's text when the file is open (it may hold unsaved edits), the file's otherwise; undefined when it is gone. */
async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
