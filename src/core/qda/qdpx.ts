import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import type { QdaProject } from './project-xml';

/** Fixed time stamp of the archive's entries: the same project gives the same bytes. */
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));

/**
 * A `.qdpx`: a zip holding `project.qde` and the documents' texts under `sources/`. The fastest
 * deflate level: XML of GUIDs compresses well at any level, and export time is what users wait on.
 */
export function packQdpx(project: QdaProject): Uint8Array {
  const sources: Record<string, Uint8Array> = {};
  for (const source of project.sources) sources[source.fileName] = strToU8(source.text);
  return zipSync({ 'project.qde': project.qde, sources }, { level: 1, mtime: ENTRY_TIME });
}

export interface UnpackedQdpx {
  project: string;
  /** A source's text by its path in the archive (`sources/…`), read only when asked for. */
  source(path: string): string | undefined;
}

export type QdpxRead = { ok: true; archive: UnpackedQdpx } | { ok: false; message: string };

/** Limits for an archive from elsewhere: a small zip can unpack to gigabytes. */
export const QDPX_LIMITS = { entryBytes: 64 * 1024 * 1024, totalBytes: 256 * 1024 * 1024, entries: 10_000 };

/**
 * Opens a `.qdpx` from another program. Only `project.qde` and text files under `sources/` are
 * unpacked, each within the limits; nothing in the archive names a file that gets written.
 */
export function unpackQdpx(bytes: Uint8Array, limits = QDPX_LIMITS): QdpxRead {
  let total = 0;
  let entries = 0;
  let tooLarge: string | undefined;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        const wanted = file.name === 'project.qde' || (file.name.startsWith('sources/') && /\.txt$/i.test(file.name));
        if (!wanted) return false;
        entries++;
        total += file.originalSize;
        if (file.originalSize > limits.entryBytes) tooLarge ??= `${file.name} unpacks to ${file.originalSize} bytes (limit ${limits.entryBytes})`;
        else if (total > limits.totalBytes) tooLarge ??= `the archive unpacks to more than ${limits.totalBytes} bytes`;
        else if (entries > limits.entries) tooLarge ??= `the archive holds more than ${limits.entries} files`;
        return tooLarge === undefined;
      },
    });
  } catch (error) {
    return { ok: false, message: `not a readable zip archive: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (tooLarge) return { ok: false, message: tooLarge };
  const project = files['project.qde'];
  if (!project) return { ok: false, message: 'the archive has no project.qde' };
  const decode = (data: Uint8Array) => decodeUtf8(data);
  const projectText = decode(project);
  if (projectText === undefined) return { ok: false, message: 'project.qde is not valid UTF-8' };
  return {
    ok: true,
    archive: {
      project: projectText,
      source: path => (files[path] ? decode(files[path]) : undefined),
    },
  };
}

/** Strict UTF-8 (a byte order mark dropped): a broken text is refused, never patched with U+FFFD. */
function decodeUtf8(data: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

