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
};
