import { firstVisibleCode } from './line-start';

/**
 * `(Recommendation 3)`, `(Recommendation 4.2)`, `（提言３）`, `[Rec. 3]`: the number an auditor's or a council's report
 * puts after each recommendation it writes as a paragraph. Capitalised in English: a reference
 * in running text ("see recommendation 3") is not written so. This is the marker's word, number
 * and closing bracket: a scan for the word passes over the many brackets of Japanese prose
 * faster than one for the opening bracket, which is checked where the word is found.
 */
export const MARKER_WORD = /(?:Recommendation|Rec\.|提言|提案|勧告)\s*[0-9０-９]{1,3}(?:[.．\-－][0-9０-９]{1,3}){0,2}[a-z]?\s*[)）］\]]/g;
/** An opening bracket, then white space, right before the word. */
export const BRACKET_BEFORE = /[(（［[]\s*$/;

/** The marker as a label: white space made single, brackets off (`Recommendation 2`). */
export function markerLabel(marker: string): string {
  return marker.replace(/^[(（［[]\s*|\s*[)）］\]]$/g, '').replace(/\s+/g, ' ');
}

/**
 * `#### MS.EXO.1.1v1` or a line holding only such an id: the numbered policy of a configuration
 * baseline or a standard, a dotted identifier with a version. The sentence after it states the
 * requirement.
 */
export function matchPolicyId(text: string, first = firstVisibleCode(text)): string | undefined {
  if (!mayStartPolicyId(first)) return undefined;
  const m = /^\s*(?:#{1,6}\s+)?(?:\*\*)?([A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*\.[0-9]+v[0-9]+(?:\.[0-9]+)*)(?:\*\*)?\s*$/.exec(text);
  return m?.[1];
}

/** A policy id's line starts with its Markdown heading mark or the id's capital letter. */
export function mayStartPolicyId(first: number): boolean {
  return first === 0x23 /* # */ || (first >= 0x41 && first <= 0x5a);
}

/** The capital requirement keyword of RFC 2119 that makes a sentence a requirement, if any. */
export function requirementKeyword(sentence: string): string | undefined {
  return /\b(MUST(?: NOT)?|SHALL(?: NOT)?|SHOULD(?: NOT)?|REQUIRED|(?:NOT )?RECOMMENDED)\b/.exec(sentence)?.[1];
}
