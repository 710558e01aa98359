import type { Platform } from './platform';

/**
 * The browser's web worker extension host (vscode.dev, github.dev): no git command and no user
 * name to ask (the author comes from the git extension where there is one, else the setting).
 * Its file systems (in memory, the browser's file access, GitHub's virtual files) replace a
 * file in one step, and not every one of them can rename a file.
 */
export const webPlatform: Platform = {
  kind: 'web',
  git: undefined,
  userName: () => undefined,
  replacesByRename: () => false,
  readFileStart: () => undefined,
  readFile: () => undefined,
  readDirectory: () => undefined,
};
