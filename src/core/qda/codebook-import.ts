import type { Codebook, CodebookTag } from '../codebook/model';
import { COLOR_PATTERN, normalTagName } from '../codebook/model';
import type { CodeInfo } from './codes';
import { rgbColor } from './codes';

export interface CodebookMerge {
  codebook: Codebook;
  /** Codes the codebook did not have. */
  added: number;
  /** Entries that gained a description, colour or GUID they lacked. */
  completed: number;
  /** Entries left as they were (what the team wrote is never overwritten). */
  kept: number;
}

/**
 * Merges the codes of a REFI-QDA codebook into the project's: a new code becomes an entry; a
 * known one only gains what it lacks, so importing never undoes the team's own wording.
 */
export function mergeCodesIntoCodebook(existing: Codebook, codes: readonly CodeInfo[]): CodebookMerge {
  const byName = new Map(existing.tags.map(t => [t.name, { ...t }]));
  let added = 0;
  let completed = 0;
  let kept = 0;
  for (const code of codes) {
    const name = normalTagName(code.name);
    if (!name) continue;
    const color = code.color && COLOR_PATTERN.test(code.color) ? code.color : rgbColor(code.color);
    const current = byName.get(name);
    if (!current) {
      const tag: CodebookTag = { name, codable: code.codable ?? true };
      if (code.guid) tag.guid = code.guid;
      if (code.description) tag.description = code.description;
      if (color) tag.color = color;
      byName.set(name, tag);
      added++;
      continue;
    }
    let changed = false;
    if (!current.guid && code.guid) { current.guid = code.guid; changed = true; }
    if (!current.description && code.description) { current.description = code.description; changed = true; }
    if (!current.color && color) { current.color = color; changed = true; }
    if (changed) completed++;
    else kept++;
  }
  return { codebook: { tags: [...byName.values()] }, added, completed, kept };
}

/** The codebook's entries as the REFI-QDA export takes them. */
export function codesOfCodebook(codebook: Codebook | undefined): CodeInfo[] {
  return (codebook?.tags ?? []).map(t => ({ name: t.name, guid: t.guid, description: t.description, color: t.color, codable: t.codable }));
}
