import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Platform } from './platform';
import { nodeGit } from '../git/git-command';

/** The extension host in Node: desktop VS Code, a remote host, code-server. */
export const nodePlatform: Platform = {
  kind: 'node',
  git: nodeGit,
  userName() {
    try {
      return os.userInfo().username || undefined;
    } catch {
      return undefined; // userInfo() throws where the host has no user database entry.
    }
  },
  // Files on the local disk are read by other programs too; other schemes belong to VS Code alone.
  replacesByRename: uri => uri.scheme === 'file',
  readFileStart: (uri, length) => (uri.scheme === 'file' ? readStart(uri.fsPath, length) : undefined),
};

async function readStart(file: string, length: number): Promise<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
