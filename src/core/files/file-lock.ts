import { besidePath, splitPath, type FilePort } from './file-port';
import { FileWriteError } from './file-port';

export interface LockOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** A lock older than this whose holder cannot be checked is taken as abandoned. */
  staleAfterMs?: number;
  /** How long to wait for another writer before giving up. */
  timeoutMs?: number;
}

/** Writes of a 20 MB file take a few seconds; a lock held for a minute is left by a crashed writer. */
const STALE_AFTER_MS = 60_000;
const TIMEOUT_MS = 120_000;
const RETRY_MS = 20;
/** Finding no holder this often in a row means the lock cannot be created at all. */
const MAX_TAKEOVERS = 20;

/** The lock file of `path`: `.NAME.lock` beside it. */
export function lockPathOf(path: string): string {
  return besidePath(path, `.${splitPath(path).name}.lock`);
}

/**
 * Runs `work` while holding `path`'s lock file, created exclusively: two writers of one file
 * (two imports, the editor and a resolve) take turns, and each reads the file under the lock,
 * so neither overwrites what the other wrote. A lock whose holder has died (or, when that
 * cannot be checked, that is older than a minute) is removed; the lock is released whatever happens.
 */
export async function withFileLock<T>(port: FilePort, path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms)));
  const lock = lockPathOf(path);
  const mine = port.lockText();
  const began = now();
  let takeovers = 0;
  for (;;) {
    try {
      await port.createNew(lock, new TextEncoder().encode(mine));
      break;
    } catch (error) {
      const cannotCreate = () => new FileWriteError(path, `cannot create its lock file ${lock} (${error instanceof Error ? error.message : String(error)})`);
      if (await abandoned(port, lock, now(), options.staleAfterMs ?? STALE_AFTER_MS)) {
        // No holder, again and again: the lock cannot be created at all (permissions, a read-only disk).
        if (++takeovers >= MAX_TAKEOVERS && (await port.kind(lock)) === 'missing') throw cannotCreate();
        continue;
      }
      takeovers = 0;
      if (now() - began > (options.timeoutMs ?? TIMEOUT_MS)) {
        if ((await port.kind(lock)) === 'missing') throw cannotCreate();
        throw new FileWriteError(path, `another writer has held ${lock} for too long; if no one is writing the file, delete that lock file`);
      }
      await sleep(RETRY_MS);
    }
  }
  try {
    return await work();
  } finally {
    await port.remove(lock).catch(() => undefined);
  }
}

/** Removes the lock when its holder is gone; true when it did (or the lock is gone already). */
async function abandoned(port: FilePort, lock: string, now: number, staleAfterMs: number): Promise<boolean> {
  const kind = await port.kind(lock);
  if (kind === 'missing') return true;
  // Anything but a lock file of ours (a folder, a link, a committed file) is nobody's lock.
  const text = kind === 'file' ? await readText(port, lock) : undefined;
  // A lock just created is empty until its writer has put its name in it: it is judged by its age
  // alone. Taken for abandoned, it was removed under a live writer, and one of two imports was lost.
  const alive = text === undefined ? false : text === '' ? undefined : port.holderAlive?.(text);
  const modified = await port.modifiedAt(lock);
  if (alive === true || (alive === undefined && modified !== undefined && now - modified < staleAfterMs)) return false;
  // Another waiter may have removed it and taken a new lock meanwhile: remove only the one judged.
  if (kind === 'file' && (await readText(port, lock)) !== text) return false;
  await port.remove(lock);
  return true;
}

async function readText(port: FilePort, path: string): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await port.read(path));
  } catch {
    return undefined;
  }
}
