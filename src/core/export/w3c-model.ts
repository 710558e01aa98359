/**
 * The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * that the export writes and the import reads.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * anno.jsonld first, then the one term of ours, as the model's section on extensions asks: a
 * reply that a three-way merge kept (the other side's edit of the same note) says so.
 */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { mergedReply: 'urn:policy-annotator:terms#mergedReply' }] as const;

/** Annotation ids: `urn:policy-annotator:<ULID>`; a reply adds `/reply/<n>` (1-based). */
export const ID_PREFIX = 'urn:policy-annotator:';

export interface W3cCollection {
  '@context': unknown;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first: W3cPage;
}

export interface W3cPage {
  id?: string;
  type: 'AnnotationPage';
  startIndex?: number;
  items: W3cAnnotation[];
}

export interface W3cAgent {
  type?: string;
  name?: string;
  /** `mailto:` IRI. */
  email?: string;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  format?: string;
  purpose?: string;
}

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  /** Code points from the start of the document's text; end exclusive. */
  start: number;
  end: number;
}

export interface W3cSpecificTarget {
  /** The document's path relative to the exported folder, as a relative IRI. */
  source: string;
  selector: (W3cTextQuoteSelector | W3cTextPositionSelector)[];
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging' | 'highlighting' | 'replying';
  creator?: W3cAgent | string;
  created?: string;
  modified?: string;
  body?: W3cTextualBody | W3cTextualBody[];
  /** A document selection, or the parent annotation's id for a reply. */
  target: W3cSpecificTarget | string;
  mergedReply?: boolean;
}

/** `Name <email>` -> a Person with a mailto IRI; anything else is kept whole as the name. */
export function agentFor(author: string): W3cAgent {
  const match = /^(.*?)\s*<([^<>\s]+)>$/.exec(author);
  return match && match[1] ? { type: 'Person', name: match[1], email: `mailto:${match[2]}` } : { type: 'Person', name: author };
}

/** The inverse of agentFor. */
export function authorOf(agent: W3cAgent | string | undefined): string {
  if (agent === undefined) return '';
  if (typeof agent === 'string') return agent;
  if (typeof agent !== 'object' || agent === null) return '';
  // Fields of another tool's type are taken as missing, never converted.
  const name = typeof agent.name === 'string' ? agent.name : '';
  return typeof agent.email === 'string' && agent.email ? `${name} <${agent.email.replace(/^mailto:/, '')}>` : name;
}

/** A path as a relative IRI: only what an IRI cannot hold is percent-encoded (Japanese stays). */
export function pathToIri(path: string): string {
  return path.replace(/[\s%#?<>"{}|\\^`[\]]/g, c => encodeURIComponent(c));
}

export function iriToPath(iri: string): string {
  try {
    return decodeURIComponent(iri);
  } catch {
    return iri;
  }
}
