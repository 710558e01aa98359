/**
 * What the core needs of a file system to write annotation files safely. The CLI implements it
 * with Node's fs, the editor with workspace.fs, tests on a temporary folder. Paths are whatever
 * the implementation uses; `/` or the platform's separator both work with the helpers here.
 */
export interface FilePort {
  /** What is at the path, without following a symbolic link there. */
  kind(path: string): Promise<FileKind>;
  /** The whole file; refuses (throws) anything but a regular file, and never blocks on a FIFO. */
  read(path: string): Promise<Uint8Array>;
  /** Creates a file that must not exist yet (never through a link planted at that name); throws when something is there. */
  createNew(path: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` by `from` in one step. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; nothing happens when it is already gone. */
  remove(path: string): Promise<void>;
  /** Names of the entries of a folder. */
  list(folder: string): Promise<string[]>;
  /** When the file was last modified (ms since the epoch), or undefined when it is gone. */
  modifiedAt(path: string): Promise<number | undefined>;
  /** Whether the process that wrote a lock (its text) may still be running; undefined when it cannot tell. */
  holderAlive?(lockText: string): boolean | undefined;
  /** Text that identifies this writer in a lock file (its process, host and time). */
  lockText(): string;
}

/** `file` is a regular file; `special` a FIFO, socket or device; `link` a symbolic link. */
export type FileKind = 'missing' | 'file' | 'directory' | 'link' | 'special';

/** A write refused or failed, naming the path it was about. */
export class FileWriteError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** Words for a kind that cannot be written or read, for messages. */
export function describeKind(kind: FileKind): string {
  return kind === 'link' ? 'a symbolic link' : kind === 'directory' ? 'a folder' : kind === 'special' ? 'a special file (FIFO, socket or device)' : kind === 'missing' ? 'not there' : 'a file';
}

/** The folder and the name of a path, whichever separator it uses. */
export function splitPath(path: string): { folder: string; name: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? { folder: '.', name: path } : { folder: path.slice(0, cut) || path.slice(0, 1), name: path.slice(cut + 1) };
}

/** `name` in the folder of `path`, with the separator that path uses. */
export function besidePath(path: string, name: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut === -1 ? name : path.slice(0, cut + 1) + name;
}
