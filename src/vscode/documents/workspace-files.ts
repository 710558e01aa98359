import * as vscode from 'vscode';
import { walkFolder, type EntryType } from '../../core/files/folder-walk';
import type { Platform } from '../platform/platform';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
/** Past this many folders a workspace folder is searched by the editor's file search instead of read folder by folder. */
const WALKED_FOLDERS = 300;
/** How many folders are read at once: on a remote host each read is a round trip. */
const PARALLEL_READS = 16;

/**
 * Files of the workspace, read folder by folder when a workspace folder is small (a folder of
 * documents usually is): the editor's file search starts a search process on its first use, which
 * took seconds on a remote host before the Outline could list anything or the highlights show. A
 * large tree is left to the search, whose index is faster there. node_modules and .git are never
 * entered.
 */
export class WorkspaceFiles {
  /** Walks under way, by folder: the document list and the annotation files, asked for together at start, share one. */
  private readonly walks = new Map<string, Promise<string[] | undefined>>();

  constructor(private readonly platform: Pick<Platform, 'readDirectory'>) {}

  /**
   * The files of the workspace folders that `accept` takes (by their path relative to their
   * folder), or, in a large folder, those the search finds for `globs` (searched one after the
   * other: run at once, or as one `{a,b}` pattern, the search answered from a list made before a
   * file was deleted).
   */
  async find(accept: (relativePath: string) => boolean, globs: readonly string[], exclude = EXCLUDE): Promise<vscode.Uri[]> {
    const found: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const walked = await this.walk(folder);
      if (walked) {
        for (const path of walked) if (accept(path)) found.push(vscode.Uri.joinPath(folder.uri, path));
      } else {
        for (const glob of globs) found.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude));
      }
    }
    return found;
  }

  /** Every file of a small folder, as relative paths; undefined for a large one. Read afresh once the walk under way ends. */
  private walk(folder: vscode.WorkspaceFolder): Promise<string[] | undefined> {
    const key = folder.uri.toString();
    let walk = this.walks.get(key);
    if (!walk) {
      walk = walkFolder({
        read: async relative => (await this.readDirectory(relative ? vscode.Uri.joinPath(folder.uri, relative) : folder.uri)).map(([name, type]) => [name, entryType(type)]),
        accept: () => true,
        skipFolder: name => SKIPPED_FOLDERS.has(name),
        maxFolders: WALKED_FOLDERS,
        parallel: PARALLEL_READS,
      });
      this.walks.set(key, walk);
      const done = () => { if (this.walks.get(key) === walk) this.walks.delete(key); };
      walk.then(done, done);
    }
    return walk;
  }

  private readDirectory(uri: vscode.Uri): Thenable<[string, vscode.FileType][]> {
    return this.platform.readDirectory(uri) ?? vscode.workspace.fs.readDirectory(uri);
  }
}

/** A link to a file is a file (as the file search follows it); a link to a folder is never entered, lest it lead round in circles. */
function entryType(type: vscode.FileType): EntryType {
  if (type & vscode.FileType.SymbolicLink) return type & vscode.FileType.File ? 'file' : 'other';
  return type === vscode.FileType.Directory ? 'folder' : type === vscode.FileType.File ? 'file' : 'other';
}
