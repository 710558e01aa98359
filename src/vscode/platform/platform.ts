import type * as vscode from 'vscode';

/**
 * What differs between the two extension hosts the extension runs in: Node (desktop VS Code, a
 * remote, code-server) and the browser's web worker (vscode.dev, github.dev). Everything else
 * goes through the VS Code API and is the same in both; only this interface has two implementations.
 */
export interface Platform {
  /** 'web' in the browser's web worker, 'node' elsewhere. */
  readonly kind: 'node' | 'web';
  /** The git command, where there is one to run (not in the browser). */
  readonly git: GitCommand | undefined;
  /** The login name of whoever runs the extension host, where the host has one. */
  userName(): string | undefined;
  /**
   * Whether a file's text is replaced through a temporary file and a rename, so that other
   * programs reading the disk (git, other editors) never see half a file. The browser's file
   * systems replace a file in one step, and not every one of them can rename a file.
   */
  replacesByRename(uri: vscode.Uri): boolean;
  /**
   * A file's first bytes (fewer when it is shorter), read without the rest; undefined where the
   * host can only read whole files through workspace.fs.
   */
  readFileStart(uri: vscode.Uri, length: number): Promise<Uint8Array> | undefined;
  /**
   * A whole file read straight from the local disk, or undefined where the host has no disk of
   * its own (then workspace.fs reads it). On a remote host workspace.fs asks the window, which is
   * busy for seconds while it starts: the Outline waited on it to list the first documents.
   */
  readFile(uri: vscode.Uri): Promise<Uint8Array> | undefined;
  /** A folder's entries from the local disk (as workspace.fs.readDirectory gives them), or undefined as readFile. */
  readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> | undefined;
}

/** Runs `git` in a folder of the local disk. */
export interface GitCommand {
  /** Whether git can run there: only in a folder on the local disk. */
  canRun(uri: vscode.Uri): boolean;
  /** The trimmed output; undefined when git is missing, fails, or prints nothing. For reading only. */
  read(cwd: vscode.Uri, args: readonly string[]): Promise<string | undefined>;
  /** The trimmed output; rejects with git's message when it fails, and in an untrusted workspace. */
  run(cwd: vscode.Uri, args: readonly string[]): Promise<string>;
}
