import { compareStrings } from '../export/compare';
import { nameGuid } from './guid';

/** What the project knows of a tag: from the codebook, or only that annotations use it. */
export interface CodeInfo {
  /** The tag as annotations carry it; `a/b` is b under a unless `parent` says otherwise. */
  name: string;
  parent?: string;
  guid?: string;
  description?: string;
  /** `#rgb`, `#rrggbb` or `#rrggbbaa` (the alpha is dropped: the standard has none). */
  color?: string;
  /** False for a grouping code that is not applied to text itself. */
  codable?: boolean;
}

/** One REFI-QDA code: a tag, with the codes under it. */
export interface QdaCode {
  /** The tag it stands for (the full `a/b` name). */
  tag: string;
  /** The name shown in QDA tools: the last part of the tag. */
  label: string;
  guid: string;
  description?: string;
  color?: string;
  codable: boolean;
  children: QdaCode[];
}

/**
 * The code tree of a project: every tag used by an annotation and every codebook entry, with
 * `a/b` tags under their parent `a` (created as a non-codable grouping code when nothing else
 * names it). Sorted by name at each level so that the same project gives the same XML.
 */
export function buildCodeTree(usedTags: Iterable<string>, codebook: readonly CodeInfo[] = []): QdaCode[] {
  const byTag = new Map<string, QdaCode>();
  const parentOf = new Map<string, string | undefined>();
  const ensure = (tag: string, codable: boolean): QdaCode => {
    let code = byTag.get(tag);
    if (!code) {
      code = { tag, label: labelOf(tag), guid: nameGuid('code', tag), codable, children: [] };
      byTag.set(tag, code);
      if (!parentOf.has(tag)) parentOf.set(tag, impliedParent(tag));
    } else if (codable) {
      code.codable = true;
    }
    return code;
  };
  for (const info of codebook) {
    const code = ensure(info.name, info.codable ?? true);
    if (info.codable === false) code.codable = false;
    if (info.guid) code.guid = info.guid;
    if (info.description) code.description = info.description;
    const color = rgbColor(info.color);
    if (color) code.color = color;
    if (info.parent !== undefined) parentOf.set(info.name, info.parent || undefined);
  }
  for (const tag of usedTags) ensure(tag, true);
  // Parents named only through `a/b` (or a codebook parent) exist as grouping codes.
  for (const tag of [...parentOf.keys()]) {
    for (let parent = parentOf.get(tag); parent !== undefined && !byTag.has(parent); parent = parentOf.get(parent)) {
      ensure(parent, false);
    }
  }
  const roots: QdaCode[] = [];
  for (const [tag, code] of byTag) {
    const parent = parentOf.get(tag);
    const parentCode = parent !== undefined && !isAncestor(tag, parent, parentOf) ? byTag.get(parent) : undefined;
    (parentCode ? parentCode.children : roots).push(code);
  }
  sortTree(roots);
  return roots;
}

/** Every code of a tree, parents first. */
export function flattenCodes(codes: readonly QdaCode[]): QdaCode[] {
  return codes.flatMap(code => [code, ...flattenCodes(code.children)]);
}

/** `#rrggbb` or `#rgb` from the forms a setting or codebook may hold, or undefined. */
export function rgbColor(color: string | undefined): string | undefined {
  if (!color) return undefined;
  const match = /^#([0-9a-fA-F]{6})(?:[0-9a-fA-F]{2})?$|^#([0-9a-fA-F]{3})[0-9a-fA-F]?$/.exec(color.trim());
  if (!match) return undefined;
  return `#${(match[1] ?? match[2]).toLowerCase()}`;
}

function labelOf(tag: string): string {
  const slash = tag.lastIndexOf('/');
  return slash > 0 && slash < tag.length - 1 ? tag.slice(slash + 1) : tag;
}

function impliedParent(tag: string): string | undefined {
  const slash = tag.lastIndexOf('/');
  return slash > 0 && slash < tag.length - 1 ? tag.slice(0, slash) : undefined;
}

/** A codebook that makes a tag its own ancestor would loop: such a tag stays at the top. */
function isAncestor(tag: string, parent: string, parentOf: Map<string, string | undefined>): boolean {
  const seen = new Set<string>();
  for (let p: string | undefined = parent; p !== undefined && !seen.has(p); p = parentOf.get(p)) {
    if (p === tag) return true;
    seen.add(p);
  }
  return false;
}

function sortTree(codes: QdaCode[]): void {
  codes.sort((a, b) => compareStrings(a.tag, b.tag));
  for (const code of codes) sortTree(code.children);
}
