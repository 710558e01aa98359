import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { ImportResult } from '../core/export/w3c-import';
import { importQdpx, type FoundDocument } from '../core/qda/project-import';
import { matchSourceDocument } from '../core/qda/source-match';
import { readDocumentText } from './read-text';
import { findFiles } from './walk';

/** Reads a REFI-QDA project's codings for the documents of `into` (see matchSourceDocument). */
export function importQdpxFile(bytes: Uint8Array, into: string): ImportResult {
  const documents = findFiles(into, name => /\.(txt|md|markdown)$/i.test(name)).files.map(full => path.relative(into, full).split(path.sep).join('/'));
  const findDocument = (name: string): FoundDocument | undefined => {
    const found = matchSourceDocument(name, documents);
    const document = found === undefined ? undefined : readDocumentText(path.join(into, found));
    return found !== undefined && document?.ok ? { path: found, text: withoutBom(document.text) } : undefined;
  };
  return importQdpx(bytes, { findDocument, defaultAuthor: gitAuthor(into) ?? 'Unknown' });
}

/** `Name <email>` from git in that folder, as the editor signs annotations. */
function gitAuthor(folder: string): string | undefined {
  const get = (key: string) => {
    const r = spawnSync('git', ['config', key], { cwd: folder, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : '';
  };
  const name = get('user.name');
  const email = get('user.email');
  return name ? (email ? `${name} <${email}>` : name) : undefined;
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
