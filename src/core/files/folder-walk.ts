/** What a folder entry is; a link to a file counts as a file, a link to a folder is never entered. */
export type EntryType = 'file' | 'folder' | 'other';

export interface FolderWalk {
  /** The entries of the folder at a relative path (`''` is the root); may throw for a folder that cannot be read. */
  read(relativeFolder: string): Promise<[name: string, type: EntryType][]>;
  /** Whether a file, by its relative path, is wanted. */
  accept(relativePath: string): boolean;
  /** Folders never entered (their name), such as `node_modules`. */
  skipFolder(name: string): boolean;
  /** Gives up past this many folders: a large tree is searched faster by the editor's file index. */
  maxFolders: number;
  /** How many folders are read at once: on a remote host each read is a round trip. */
  parallel: number;
}

/**
 * The accepted files under a folder, as relative paths sorted, or undefined when the tree has more
 * folders than `maxFolders`. A folder that cannot be read is passed over, as a file search would.
 */
export async function walkFolder(walk: FolderWalk): Promise<string[] | undefined> {
  const found: string[] = [];
  let pending = [''];
  let visited = 0;
  while (pending.length) {
    visited += pending.length;
    if (visited > walk.maxFolders) return undefined;
    const next: string[] = [];
    for (let i = 0; i < pending.length; i += walk.parallel) {
      const batch = pending.slice(i, i + walk.parallel);
      const listings = await Promise.all(batch.map(folder => walk.read(folder).catch(() => [] as [string, EntryType][])));
      batch.forEach((folder, j) => {
        for (const [name, type] of listings[j]) {
          const path = folder ? `${folder}/${name}` : name;
          if (type === 'folder') {
            if (!walk.skipFolder(name)) next.push(path);
          } else if (type === 'file' && walk.accept(path)) found.push(path);
        }
      });
    }
    pending = next;
  }
  return found.sort();
}
