import * as fs from 'node:fs';
import * as os from 'node:os';
import { describeKind, type FileKind, type FilePort } from '../core/files/file-port';

/** Opening for reading never waits for a FIFO's writer and never follows a link at the last step. */
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/** The file port on Node's fs, for the command line. */
export const nodeFiles: FilePort = {
  async kind(path) {
    return kindOf(path);
  },
  async read(path) {
    return readRegularFile(path);
  },
  async createNew(path, data) {
    // 'wx' is O_CREAT | O_EXCL: it fails on anything already there, a link included, and never follows one.
    fs.writeFileSync(path, data, { flag: 'wx' });
  },
  async rename(from, to) {
    fs.renameSync(from, to);
  },
  async remove(path) {
    fs.rmSync(path, { force: true });
  },
  async list(folder) {
    return fs.readdirSync(folder);
  },
  async modifiedAt(path) {
    try {
      return fs.lstatSync(path).mtimeMs;
    } catch {
      return undefined;
    }
  },
  lockText() {
    return `${process.pid} ${os.hostname()} ${new Date().toISOString()}\n`;
  },
  holderAlive(lockText) {
    const [pid, host] = lockText.split(' ');
    if (!/^\d+$/.test(pid ?? '')) return false;
    if (host !== os.hostname()) return undefined;
    try {
      process.kill(Number(pid), 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
};

/** What is at `path`, without following a link there. */
export function kindOf(path: string): FileKind {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return 'missing';
    throw error;
  }
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : stat.isSymbolicLink() ? 'link' : 'special';
}

/**
 * A regular file's bytes; anything else (a link, folder, FIFO, device) throws an error naming the
 * path and what is there, without blocking, and a file larger than `maxBytes` is not read at all.
 */
export function readRegularFile(path: string, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(path, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EISDIR') throw new Error(`${path} is ${describeKind(kindOf(path))}; it is not read`);
    if (code === 'ENOENT') throw new Error(`${path} is not there`);
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${path} is ${describeKind(stat.isDirectory() ? 'directory' : 'special')}; it is not read`);
    if (stat.size > maxBytes) throw new Error(`${path} is ${Math.round(stat.size / 1048576)} MB, more than the ${Math.round(maxBytes / 1048576)} MB it may have; it was not read`);
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
