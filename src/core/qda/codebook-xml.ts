import type { CodeInfo, QdaCode } from './codes';
import { isGuid, normalizeGuid } from './guid';
import { writeCodes } from './project-xml';
import { childNamed, childrenNamed, parseXml, type XmlElement } from './xml-parse';
import { XmlWriter } from './xml-text';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** A REFI-QDA codebook (`.qdc`) holding the code tree. */
export function toQdc(codes: readonly QdaCode[], origin: string): string {
  const xml = new XmlWriter();
  xml.open('CodeBook', { origin }, CODEBOOK_NAMESPACE);
  if (codes.length) writeCodes(xml, codes);
  xml.close('CodeBook');
  return xml.toString();
}

export type QdcRead = { ok: true; codes: CodeInfo[]; warnings: string[] } | { ok: false; message: string };

/**
 * The codes of a `.qdc` file, or of a project's `CodeBook`, as codebook entries: a code under
 * another becomes `parent/child`, so the tags are the ones annotations would carry.
 */
export function readQdc(text: string): QdcRead {
  const parsed = parseXml(text);
  if (!parsed.ok) return parsed;
  if (parsed.root.name !== 'CodeBook') return { ok: false, message: `the root element is ${parsed.root.name}, not CodeBook` };
  return readCodeTree(parsed.root);
}

/** The `Codes` under a `CodeBook` element (of a codebook or of a project). */
export function readCodeTree(codeBook: XmlElement): { ok: true; codes: CodeInfo[]; warnings: string[] } {
  const codes: CodeInfo[] = [];
  const warnings: string[] = [];
  const visit = (element: XmlElement, parent: string | undefined, depth: number) => {
    const name = (element.attributes.name ?? '').trim();
    if (!name || /[\n\r]/.test(name)) {
      warnings.push(`a code with ${name ? 'a line break in its name' : 'no name'} was left out, with the codes under it`);
      return;
    }
    if (depth > MAX_CODE_DEPTH) {
      warnings.push(`codes nested deeper than ${MAX_CODE_DEPTH} levels under "${parent}" were left out`);
      return;
    }
    const tag = parent ? `${parent}/${name}` : name;
    const guid = element.attributes.guid;
    const description = childNamed(element, 'Description')?.text;
    codes.push({
      name: tag,
      ...(parent ? { parent } : {}),
      ...(guid && isGuid(guid) ? { guid: normalizeGuid(guid) } : {}),
      ...(description?.trim() ? { description: description.trim() } : {}),
      ...(element.attributes.color ? { color: element.attributes.color } : {}),
      codable: element.attributes.isCodable !== 'false' && element.attributes.isCodable !== '0',
    });
    for (const child of childrenNamed(element, 'Code')) visit(child, tag, depth + 1);
  };
  for (const list of childrenNamed(codeBook, 'Codes')) {
    for (const code of childrenNamed(list, 'Code')) visit(code, undefined, 1);
  }
  return { ok: true, codes, warnings };
}

/** Deeper trees than this are not codebooks a person wrote; the limit keeps recursion bounded. */
const MAX_CODE_DEPTH = 32;
