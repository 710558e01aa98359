import { XMLParser } from 'fast-xml-parser';

/** One element of a parsed QDA-XML file: attributes, child elements by name, and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; message: string };

/**
 * Parses a QDA-XML file from another program (untrusted): a document type declaration is
 * refused outright, since its entities are the classic way to blow up memory or reach files;
 * the five predefined entities and character references are read as XML says.
 */
export function parseXml(text: string): XmlParse {
  if (/<!DOCTYPE/i.test(text)) return { ok: false, message: 'the file declares a document type (DOCTYPE), which is not read' };
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Also decodes character references (&#10;), which the plain setting leaves as text; a
    // stray HTML entity such as &nbsp; is read leniently rather than refused.
    htmlEntities: true,
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(text, true);
  } catch (error) {
    return { ok: false, message: `not well-formed XML: ${error instanceof Error ? error.message : String(error)}` };
  }
  let elements: XmlElement[];
  try {
    elements = toElements(parsed) ?? [];
  } catch {
    return { ok: false, message: 'elements nested too deeply to read' };
  }
  const root = elements.find(e => e.name !== '?xml');
  return root ? { ok: true, root } : { ok: false, message: 'no root element' };
}

/** Child elements with a name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(c => c.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find(c => c.name === name);
}

// fast-xml-parser's ordered form: [{ tag: [children], ':@': {attributes} } | { '#text': '…' }].
function toElements(nodes: unknown): XmlElement[] | undefined {
  if (!Array.isArray(nodes)) return undefined;
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === ':@' || key === '#text') continue;
      const attributes: Record<string, string> = {};
      const raw = (node as Record<string, unknown>)[':@'];
      if (raw && typeof raw === 'object') {
        for (const [name, v] of Object.entries(raw as Record<string, unknown>)) attributes[name] = String(v);
      }
      const childNodes = Array.isArray(value) ? value : [];
      const text = childNodes.map(c => (c && typeof c === 'object' && '#text' in c ? String((c as Record<string, unknown>)['#text']) : '')).join('');
      elements.push({ name: key, attributes, children: toElements(childNodes) ?? [], text });
    }
  }
  return elements;
}
