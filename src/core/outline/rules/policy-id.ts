import { firstVisibleCode, isDigit } from './line-start';

/**
 * The ids that standards, baselines and requirement specifications give each policy, control or
 * requirement, with the statement of it under or after the id. See policy-requirement.ts.
 */
export interface PolicyId {
  /** The id as shown beside the statement: `XY.MAIL.2.1v1`, `REQ-04`, `Control AB-1234`. */
  id: string;
  /** Named by a word (`Control:`, `Requirement 3`): the statement needs no capital keyword. */
  named: boolean;
}

/** `XY.MAIL.2.1v1`: a dotted identifier with a version, as configuration baselines number their policies. */
const VERSIONED = /^[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*\.[0-9]+v[0-9]+(?:\.[0-9]+)*$/;
/** `REQ-04`, `AB_12`, `GV.OC-01`, `SEC-2.3`: a capital code and a number, as specifications and control catalogues write them. */
const CODED = /^[A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)+$/;
/**
 * `Control: AB-1234; Revision: 2; …`, `REQUIREMENT 3`, `Requirement R-7`: the word that names what
 * the id is, as control catalogues and requirement lists head each entry, then its id (with fields
 * after a semicolon, which are not shown).
 */
const NAMED = /^(Requirement|REQUIREMENT|Control|CONTROL|Policy|POLICY|Rule|RULE)\s*[:：]?\s+([A-Z0-9][A-Za-z0-9._-]*)\s*(?:[;,].*)?$/;
const HAS_DIGIT = /[0-9]/;
/** Longest line read for an id: an id line is short; anything longer is a paragraph. */
const LONGEST_ID_LINE = 160;
const HEADING_MARKS = /^#{1,6}\s*/;
/** Emphasis and brackets around an id: `**XY.1v1**`, `***Control: …***`, `[REQ-04]`. */
const WRAPPING = /^[*_[\s]+|[*_\]\s:：]+$/g;

/**
 * `#### XY.MAIL.2.1v1`, `**[REQ-04]**`, `***Control: AB-1234; Revision: 2***`, `### REQUIREMENT 3`:
 * a line holding only the id of a policy, a control or a requirement. The sentence after it
 * states what is required.
 */
export function matchPolicyId(text: string, first = firstVisibleCode(text)): PolicyId | undefined {
  if (!mayStartPolicyId(first) || text.length > LONGEST_ID_LINE) return undefined;
  const bare = text.trim().replace(HEADING_MARKS, '').replace(WRAPPING, '');
  if (!bare) return undefined;
  const named = NAMED.exec(bare);
  if (named && HAS_DIGIT.test(named[2])) return { id: `${named[1]} ${named[2]}`, named: true };
  return isCode(bare) ? { id: bare, named: false } : undefined;
}

function isCode(text: string): boolean {
  return VERSIONED.test(text) || (CODED.test(text) && HAS_DIGIT.test(text));
}

/**
 * `**[REQ-04]** The service SHALL …`, `[AB_12] Providers MUST …`, `REQ-04: The service SHALL …`:
 * a requirement whose id opens its own paragraph, set off by emphasis, brackets or a colon. The
 * caller checks that the rest states a requirement (a capital keyword; after an id titled in bold,
 * `**LG-1: Title.** …`, whose title it returns, one in lower case too).
 */
export function matchLeadingPolicyId(text: string, first = firstVisibleCode(text)): { id: string; rest: number; title?: string } | undefined {
  if (first !== 0x2a /* * */ && first !== 0x5b /* [ */ && !(first >= 0x41 && first <= 0x5a)) return undefined;
  if (!hasDigitEarly(text)) return undefined;
  const titled = first === 0x2a ? TITLED_ID.exec(text) : null;
  if (titled && isCode(titled[2])) return { id: titled[2], rest: titled[0].length, title: titled[3].trim() };
  const m = LEADING_ID.exec(text);
  if (!m) return undefined;
  const [whole, emphasis = '', opening, id, closing, colon, closingEmphasis = ''] = m;
  // Set off by a pair of brackets, a pair of emphasis marks, or a colon after it.
  if (!opening !== !closing || emphasis.length !== closingEmphasis.length || (!opening && !emphasis && !colon)) return undefined;
  return isCode(id) ? { id, rest: whole.length } : undefined;
}

/**
 * `**LG-1: Establish a logging policy.** Organizations shall …`: the id and the practice's title in
 * bold, then its statement, as a guidance publication sets out its recommended practices.
 */
const TITLED_ID = /^\s*(\*\*|__)([A-Z][A-Za-z0-9._-]{1,40}?)[:：]\s+([^*_]{2,160}?)\1\s+(?=\S)/;

/** Emphasis, a bracket, the id, the bracket, a colon, the emphasis closed, then the sentence. */
const LEADING_ID = /^\s*(\*{1,3}|_{1,2})?(\[)?([A-Z][A-Za-z0-9._-]{1,40}?)(\])?([:：])?(\*{1,3}|_{1,2})?\s+(?=\S)/;
/** How far into a line an id's number may be: a line with no digit there opens no id. */
const ID_REACH = 48;

function hasDigitEarly(text: string): boolean {
  const end = Math.min(text.length, ID_REACH);
  for (let i = 0; i < end; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** A policy id's line starts with its Markdown heading mark, emphasis, a bracket or the id's capital letter. */
export function mayStartPolicyId(first: number): boolean {
  return first === 0x23 /* # */ || first === 0x2a /* * */ || first === 0x5f /* _ */ || first === 0x5b /* [ */ || (first >= 0x41 && first <= 0x5a);
}

/** `shall`, `should`, `must` in lower case: the keyword of a titled practice (see TITLED_ID), which guidance writes so. */
export function lowerCaseKeyword(sentence: string): string | undefined {
  return /\b(must(?: not)?|shall(?: not)?|should(?: not)?)\b/.exec(sentence)?.[1];
}

/** The capital requirement keyword of RFC 2119 that makes a sentence a requirement, if any. */
export function requirementKeyword(sentence: string): string | undefined {
  return /\b(MUST(?: NOT)?|SHALL(?: NOT)?|SHOULD(?: NOT)?|REQUIRED|(?:NOT )?RECOMMENDED)\b/.exec(sentence)?.[1];
}
