import { strict as assert } from 'node:assert';
import { walkFolder, type EntryType, type FolderWalk } from '../../../src/core/files/folder-walk';

/** A tree of folders as nested objects: a string value is a file, `null` a special entry. */
type Tree = { [name: string]: Tree | string | null };

function walkOf(tree: Tree, options: Partial<FolderWalk> = {}): FolderWalk & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async read(relative) {
      reads.push(relative);
      let node: Tree | string | null = tree;
      for (const name of relative ? relative.split('/') : []) node = (node as Tree)[name];
      return Object.entries(node as Tree).map(([name, value]): [string, EntryType] => [name, value === null ? 'other' : typeof value === 'string' ? 'file' : 'folder']);
    },
    accept: path => path.endsWith('.txt'),
    skipFolder: name => name === 'node_modules',
    maxFolders: 100,
    parallel: 2,
    ...options,
  };
}

describe('walkFolder', () => {
  it('lists the accepted files of every folder, sorted, and skips the folders it is told to', async () => {
    const tree: Tree = {
      'b.txt': '', 'a.md': '',
      reports: { '2026': { 'outlook.txt': '', 'fifo.txt': null }, 'z.txt': '' },
      node_modules: { 'dep.txt': '' },
    };
    assert.deepEqual(await walkFolder(walkOf(tree)), ['b.txt', 'reports/2026/outlook.txt', 'reports/z.txt']);
  });

  it('passes over a folder it cannot read and goes on with the others', async () => {
    const walk = walkOf({ locked: { 'x.txt': '' }, open: { 'a.txt': '' } });
    const read = walk.read;
    walk.read = async relative => {
      if (relative === 'locked') throw new Error('permission denied');
      return read(relative);
    };
    assert.deepEqual(await walkFolder(walk), ['open/a.txt']);
  });

  it('gives up on a tree with more folders than it may read, before reading them', async () => {
    const many: Tree = {};
    for (let i = 0; i < 10; i++) many[`f${i}`] = { 'a.txt': '' };
    const walk = walkOf(many, { maxFolders: 5 });
    assert.equal(await walkFolder(walk), undefined);
    assert.deepEqual(walk.reads, [''], 'the ten folders of the second level are not read');
    assert.equal((await walkFolder(walkOf(many, { maxFolders: 11 })))?.length, 10);
  });
});
