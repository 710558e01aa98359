import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ImportResult } from '../core/export/w3c-import';
import { importQdpx, type FoundDocument } from '../core/qda/project-import';
import { findFiles } from './walk';

/**
 * Reads a REFI-QDA project's codings for the documents of `into`. A source is matched to the
 * document at the path it names (as our exports write it), else to the one document of that
 * file name (other programs name sources by file name, some without the extension).
 */
export function importQdpxFile(file: string, into: string): ImportResult {
  const documents = findFiles(into, name => /\.(txt|md|markdown)$/i.test(name));
  const relative = (full: string) => path.relative(into, full).split(path.sep).join('/');
  const findDocument = (name: string): FoundDocument | undefined => {
    const exact = documents.find(d => relative(d) === name);
    const byName = documents.filter(d => path.basename(d) === name || stripExtension(path.basename(d)) === name);
    const found = exact ?? (byName.length === 1 ? byName[0] : undefined);
    return found ? { path: relative(found), text: withoutBom(fs.readFileSync(found, 'utf8')) } : undefined;
  };
  return importQdpx(fs.readFileSync(file), { findDocument, defaultAuthor: gitAuthor(into) ?? 'Unknown' });
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

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
