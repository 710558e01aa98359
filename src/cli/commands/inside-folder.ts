import * as fs from 'node:fs';
import * as path from 'node:path';

export type Inside = { ok: true; path: string } | { ok: false; reason: string };

/**
 * The path of `relative` inside `folder` (already free of links), refused when it leads outside:
 * by `../` or an absolute path, or through a symbolic link to a folder elsewhere. The
 * annotation file is written beside the document, so the document's real folder must be inside.
 */
export function insideFolder(folder: string, relative: string): Inside {
  const full = path.resolve(folder, relative);
  if (!full.startsWith(folder + path.sep)) return { ok: false, reason: `leads outside ${folder}` };
  let realParent: string;
  try {
    realParent = fs.realpathSync(path.dirname(full));
  } catch {
    return { ok: true, path: full };
  }
  if (realParent !== folder && !realParent.startsWith(folder + path.sep)) {
    return { ok: false, reason: `leads outside ${folder} through a symbolic link (to ${realParent})` };
  }
  return { ok: true, path: path.join(realParent, path.basename(full)) };
}
