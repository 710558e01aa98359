import type { Lines } from '../lines';
import { OPERATIVE_VERBS } from './recommendation-labels';

/**
 * Whether the text opens as a legal instrument does, with its enacting formula (`By the authority
 * vested in me …, it is hereby ordered as follows:`, `Be it enacted …`, `Be it ordained …`, `I
 * hereby direct …`): executive and mayor's orders, statutes, ordinances and directives. Their
 * `shall` and `must` are the instrument's orders, not proposals: a lead-in's list there
 * (`The playbook shall:`) and a sentence that obliges are no recommendations.
 */
export function opensAsLegalInstrument(lines: Lines): boolean {
  for (let i = 0, read = 0; i < lines.count && read < OPENING_LINES; i++) {
    if (lines.firstCode(i) < 0) continue;
    read++;
    if (ENACTING_FORMULA.test(lines.text(i))) return true;
  }
  return false;
}

/** The formula stands in the preamble, within this many lines with text from the top (after a title, a number, a date, the authority cited). */
const OPENING_LINES = 40;
const ENACTING_FORMULA = /\b(?:hereby\s+(?:ordered|order|direct|directed|decree|decreed)|be\s+it\s+(?:enacted|ordained))\b/i;

/**
 * `HAS ADOPTED THIS RECOMMENDATION:`, `RECOMMENDS THAT MEMBER STATES:`, `WELCOMES …:`: the clauses of
 * a legal act or a council's conclusions, in capitals, that lead into what the body does; no headings.
 */
export function isOperativeClause(text: string): boolean {
  return text.endsWith(':') && OPERATIVE_CLAUSE.test(text);
}

/**
 * `35. REQUESTS the Social Protection Committee …`, `36. AGREES to review …`: a numbered paragraph of a
 * council's conclusions that opens with its own verb in capitals is a clause of its own, no item of
 * the lead-in before it (`INVITES THE COMMISSION TO:` over `29. Support …`).
 */
export function opensOwnClause(itemText: string): boolean {
  return OPERATIVE_CLAUSE.test(itemText);
}

const OPERATIVE_CLAUSE = new RegExp(`^(?:HAS ADOPTED|HAVE ADOPTED|ADOPTS|DECIDES|AGREES|NOTES|STRESSES|UNDERLINES|WELCOMES|${OPERATIVE_VERBS.map(v => v.toUpperCase()).join('|')})\\b`);
