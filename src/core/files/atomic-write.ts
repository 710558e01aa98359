import { besidePath, describeKind, FileWriteError, splitPath, type FilePort } from './file-port';

/**
 * Temporary files are named `.NAME.RANDOM.tmp` beside NAME: hidden, in the same folder (so the
 * rename stays on one file system) and unpredictable, so that nobody can plant a link there in
 * advance; they are created exclusively all the same, which never follows a link.
 */
const TEMPORARY = /^\.(.+)\.[0-9a-z]{8,}\.tmp$/;

/**
 * Writes the whole text beside the file, then renames it over the file: a reader (git, the
 * editor, a crash) sees the old file or the new one, never half. Only a regular file (or none)
 * is replaced: a symbolic link, folder, FIFO or device at the path is refused, never written through.
 */
export async function writeAtomically(port: FilePort, path: string, text: string): Promise<void> {
  await refuseUnlessFile(port, path);
  const temporary = besidePath(path, `.${splitPath(path).name}.${randomPart()}.tmp`);
  try {
    await port.createNew(temporary, new TextEncoder().encode(text));
  } catch (error) {
    await port.remove(temporary).catch(() => undefined);
    throw new FileWriteError(path, `cannot write a temporary file beside it (${reason(error)})`);
  }
  try {
    await port.rename(temporary, path);
  } catch (error) {
    await port.remove(temporary).catch(() => undefined);
    throw new FileWriteError(path, `cannot replace it (${reason(error)})`);
  }
}

/** Throws, naming the path, unless it is a regular file or nothing. */
export async function refuseUnlessFile(port: FilePort, path: string): Promise<void> {
  const kind = await port.kind(path);
  if (kind !== 'file' && kind !== 'missing') throw new FileWriteError(path, `is ${describeKind(kind)}; annotation files are only written as regular files, never through links or special files`);
}

/**
 * Removes the temporary files a writer of `path` left behind (killed, or its rename failed).
 * Called under the file's lock: every writer writes under it, so no temporary file of `path`
 * can belong to a write still under way.
 */
export async function removeStaleTemporaries(port: FilePort, path: string): Promise<string[]> {
  const { folder, name } = splitPath(path);
  const stale = (await port.list(folder)).filter(entry => TEMPORARY.exec(entry)?.[1] === name);
  for (const entry of stale) await port.remove(besidePath(path, entry));
  return stale;
}

/** Twelve random base-36 characters (62 bits) from the platform's cryptographic source when it has one. */
function randomPart(): string {
  const bytes = new Uint8Array(8);
  const crypto = (globalThis as { crypto?: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto;
  if (crypto) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value.toString(36).padStart(12, '0').slice(-12);
}

export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
