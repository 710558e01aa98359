import * as vscode from 'vscode';
import { oversizedProjectOutline, parseProjectOutline, PROJECT_OUTLINE_FILE, PROJECT_OUTLINE_MAX_BYTES, type ProjectOutline, type ProjectOutlineResult } from '../../core/outline/project-config';
import { LineIndex } from '../../core/text/line-index';

/**
 * Each workspace folder's `.policy-annotator/outline.yaml` (more recommendation labels and
 * heading patterns, shared through git), read at start and again whenever it changes. A file
 * that cannot be taken is shown in the Problems view, where it is wrong, and adds nothing.
 */
export class ProjectOutlines implements vscode.Disposable {
  private readonly byFolder = new Map<string, ProjectOutline>();
  /** How many reads of each folder's file have started: a read that finishes after a later one started is dropped. */
  private readonly reads = new Map<string, number>();
  /** The second read due after a folder's `.policy-annotator` appeared. */
  private readonly settling = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a folder's file was read again. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('policyAnnotator.projectOutline');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];
  /** Settles when every folder's file has been read once. */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_OUTLINE_FILE}`);
    // The file's folder, created with the file in it (a pull, a copy): a watcher may start watching
    // the new folder only after the file was written, so the folder's creation reads it too.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_OUTLINE_DIRECTORY}`, false, true, true);
    const reload = (uri: vscode.Uri) => {
      const folder = folderHolding(uri, PROJECT_OUTLINE_FILE);
      if (folder) void this.read(folder);
    };
    const reloadFolder = (uri: vscode.Uri) => {
      const folder = folderHolding(uri, PROJECT_OUTLINE_DIRECTORY);
      if (!folder) return;
      void this.read(folder);
      // The file may be written a moment after its folder: read once more then (once per folder).
      const key = folder.uri.toString();
      clearTimeout(this.settling.get(key));
      this.settling.set(key, setTimeout(() => {
        this.settling.delete(key);
        void this.read(folder);
      }, FOLDER_SETTLE_MS));
    };
    this.disposables.push(
      watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload),
      folderWatcher, folderWatcher.onDidCreate(reloadFolder),
      // A save in the editor is read at once, whether or not the file watcher reports it (a watcher
      // may be late or coalesce events on a busy machine, or not see a folder just created).
      vscode.workspace.onDidSaveTextDocument(document => reload(document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.readAll()),
    );
    this.ready = this.readAll();
  }

  /** What the project of a document's workspace folder adds. */
  forDocument(uri: vscode.Uri): ProjectOutline {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.byFolder.get(folder.uri.toString())) ?? {};
  }

  /** The problems shown for a folder's file (tests read them). */
  problemsOf(fileUri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.diagnostics.get(fileUri) ?? [];
  }

  private async readAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const present = new Set(folders.map(folder => folder.uri.toString()));
    for (const key of [...this.byFolder.keys()]) if (!present.has(key)) this.byFolder.delete(key);
    await Promise.all(folders.map(folder => this.read(folder, false)));
    this.changed.fire();
  }

  private async read(folder: vscode.WorkspaceFolder, announce = true): Promise<void> {
    const fileUri = vscode.Uri.joinPath(folder.uri, PROJECT_OUTLINE_FILE);
    // A file written once may be reported twice (created, then changed) and read twice at once: only
    // the read started last is taken, so that one that saw the file half written cannot win.
    const key = folder.uri.toString();
    const generation = (this.reads.get(key) ?? 0) + 1;
    this.reads.set(key, generation);
    const { text, parsed } = await readProjectOutline(fileUri);
    if (this.reads.get(key) !== generation) return;
    if (parsed.ok) {
      this.byFolder.set(folder.uri.toString(), parsed.outline);
      this.diagnostics.delete(fileUri);
    } else {
      this.byFolder.delete(folder.uri.toString());
      const index = new LineIndex(text);
      this.diagnostics.set(fileUri, parsed.problems.map(problem => {
        const start = index.offsetAt({ line: problem.line, column: problem.column }) - index.lineStart(problem.line - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(problem.line - 1, start, problem.line - 1, start + 1), problem.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = vscode.l10n.t('Policy Annotator');
        return diagnostic;
      }));
    }
    if (announce) this.changed.fire();
  }

  dispose(): void {
    for (const timer of this.settling.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The workspace folder whose `path` (relative to its root) the URI names, if any. */
function folderHolding(uri: vscode.Uri, path: string): vscode.WorkspaceFolder | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder && vscode.Uri.joinPath(folder.uri, path).toString() === uri.toString() ? folder : undefined;
}

/** The folder the project's file stands in, at the workspace folder's root. */
const PROJECT_OUTLINE_DIRECTORY = PROJECT_OUTLINE_FILE.slice(0, PROJECT_OUTLINE_FILE.lastIndexOf('/'));
/** How long after its folder appears the file is read again. */
const FOLDER_SETTLE_MS = 500;

/** The file's text and what it gives; no file adds nothing. It comes from colleagues: its size is checked before it is read. */
async function readProjectOutline(fileUri: vscode.Uri): Promise<{ text: string; parsed: ProjectOutlineResult }> {
  try {
    if ((await vscode.workspace.fs.stat(fileUri)).size > PROJECT_OUTLINE_MAX_BYTES) return { text: '', parsed: oversizedProjectOutline() };
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(fileUri));
    return { text, parsed: parseProjectOutline(text) };
  } catch {
    return { text: '', parsed: { ok: true, outline: {} } }; // No file (or gone meanwhile).
  }
}
