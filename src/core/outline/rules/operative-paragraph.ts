import { codesOf } from './line-start';
import { matchListItem } from './list-item';
import { OPERATIVE_VERBS } from './recommendation-labels';

/** An operative paragraph: its verb (the label), its text and where the text starts in the line. */
export interface OperativeParagraph {
  verb: string;
  text: string;
  offset: number;
}

const VERB = new RegExp(`^(${[...OPERATIVE_VERBS].sort((a, b) => b.length - a.length).map(v => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const NUMBERED_MARKER = /^[(（]?[0-9０-９]{1,3}[.)．）]?$/;

/**
 * `1.  Calls upon Member States to adopt …`, `(3) Urges …`, `2. CALLS ON …`: a numbered paragraph
 * of a resolution or a council's conclusions that opens with an operative verb (see
 * OPERATIVE_VERBS). Numbered, not bulleted: a bullet opening with `Encourages` is a line of a summary.
 * `runsOn`: the paragraph goes on on the next line, in lower case.
 */
export function matchOperativeParagraph(text: string, first: number, runsOn = false): OperativeParagraph | undefined {
  if (!mayStartNumbered(first)) return undefined;
  const item = numberedParagraph(text, first);
  if (!item) return undefined;
  const verb = VERB.exec(item.text);
  // A sentence, not a title (`3. Requests for Comment`): it runs on past the line (wrapped by the
  // page's width, or onto the next line as a short line of its paragraph) or ends as a clause does.
  if (!verb || !isWrittenAsVerb(verb[1]) || (item.text.trimEnd().length < SHORTEST_WRAPPED && !runsOn && !CLAUSE_END.test(item.text.trimEnd()))) return undefined;
  return { verb: verb[1].replace(/\s+/g, ' '), text: item.text, offset: item.offset };
}

/**
 * `3. Recalls that older persons are not a homogeneous group; rejects …; calls for policies that …`:
 * a resolution's numbered paragraph that opens with a verb of its own (no subject) and asks in a
 * later clause, after a semicolon (`…; rejects …; calls for …`, `…; rejects … and calls for …`), as a
 * parliament's resolutions join their clauses. `line` is the paragraph's first line, `paragraph`
 * the whole of it; the asking verb is the label.
 */
export function matchLaterOperativeClause(line: string, first: number, paragraph: () => string): OperativeParagraph | undefined {
  if (!mayStartNumbered(first)) return undefined;
  const item = matchListItem(line, first);
  if (!item || !NUMBERED_MARKER.test(item.marker) || !OPENING_VERB.test(item.text)) return undefined;
  const later = LATER_CLAUSE.exec(paragraph());
  return later ? { verb: later[1].replace(/\s+/g, ' '), text: item.text, offset: item.offset } : undefined;
}

/**
 * The paragraph's text after its number: `1.`, `(3)`, or a capital Roman numeral (`II.  RECOMMENDS
 * that Adherents …`), as an international organisation's council numbers the paragraphs of its
 * legal instruments.
 */
function numberedParagraph(text: string, first: number): { text: string; offset: number } | undefined {
  if (ROMAN_STARTS.has(first)) {
    const roman = ROMAN_NUMBERED.exec(text);
    return roman ? { text: text.slice(roman[0].length), offset: roman[0].length } : undefined;
  }
  const item = matchListItem(text, first);
  return item && NUMBERED_MARKER.test(item.marker) ? item : undefined;
}

const ROMAN_NUMBERED = /^\s*(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.\s+(?=\S)/;
const ROMAN_STARTS = codesOf('IVX');

/**
 * `INVITES the Secretary-General to disseminate this Recommendation.`, `INVITES non-Adherents to … adhere
 * to, this Recommendation.`: a paragraph about the instrument itself, its spreading and its
 * adherents, as an international organisation's legal instruments close; no recommendation.
 */
export function isAboutTheInstrument(paragraph: string): boolean {
  return ABOUT_THE_INSTRUMENT.test(paragraph);
}

const ABOUT_THE_INSTRUMENT = /\b(?:disseminate|adhere to|forward|transmit)\b[^.;]{0,40}\b(?:this|the present) (?:Recommendation|Resolution|Decision|Declaration)\b/i;

/** A verb written as a resolution opens its paragraphs: capitalised, in the third person (`Recalls`, `Points out`, `Insists`). */
const OPENING_VERB = /^[A-Z][a-z]+s(?:\s+out)?\s/;
const LATER_CLAUSE = new RegExp(`;\\s+(?:and\\s+|[^;]*?\\sand\\s+)?(${['calls on', 'calls upon', 'calls for', 'urges', 'asks', 'recommends', 'encourages', 'invites', 'requests'].map(v => v.replace(/ /g, '\\s+')).join('|')})\\b`);

/** Shorter than this, a line was not wrapped by the width of the page. */
const SHORTEST_WRAPPED = 50;
const CLAUSE_END = /[.;,:]$/;

/** `Urges` as the United Nations write it, `URGES` as the Council of the EU does; not `urges` inside a sentence. */
function isWrittenAsVerb(verb: string): boolean {
  return verb === verb.toUpperCase() || (verb[0] === verb[0].toUpperCase() && verb.slice(1) === verb.slice(1).toLowerCase());
}

/** An operative paragraph starts with its number: a digit (ASCII or full width), an opening parenthesis or a Roman numeral. */
export const OPERATIVE_STARTS = '0123456789０１２３４５６７８９(（IVX';
const STARTS = codesOf(OPERATIVE_STARTS);

function mayStartNumbered(code: number): boolean {
  return STARTS.has(code);
}
