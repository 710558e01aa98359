import { CodeSet, IDEOGRAPHIC_FULL_STOP, isSpace } from './line-start';
import { NUMBER_WORDS } from './numerals';
import { COMMITTING_ENDINGS, OBLIGING_ENDINGS, OBLIGING_JAPANESE_ENDINGS, RECOMMENDING_VERBS, REQUEST_ENDINGS, SELF_REFERENCES, WHAT_TO_DO } from './recommendation-labels';
import { requestsBelow } from './formal-letter';
import { withoutEmphasis } from './join-wrapped';
import { reportsRecommendations, reportsViews } from './reported-speech';

const isEnglish = (verb: string) => /^[a-z ]+$/.test(verb);
/** Phrases as alternatives of an expression, any white space between their words. */
const words = (phrases: readonly string[]) => phrases.map(p => p.replace(/ /g, '\\s+')).join('|');
const ENGLISH_VERB = new RegExp(`\\b(?:${words(RECOMMENDING_VERBS.filter(isEnglish))})\\b`, 'i');
const JAPANESE_VERBS = RECOMMENDING_VERBS.filter(v => !isEnglish(v));
/**
 * The last three characters of the Japanese verbs, from the end: a line whose full stop follows
 * none of them is passed over at once. Most Japanese sentences end in る or す (である, します),
 * so one character would let nearly every line through to the comparison of whole verbs.
 */
const ENDING_LENGTH = Math.min(3, ...JAPANESE_VERBS.map(verb => verb.length));
const VERB_ENDINGS = Array.from({ length: ENDING_LENGTH }, (_, i) => new CodeSet(JAPANESE_VERBS.map(verb => verb[verb.length - 1 - i]).join('')));
const NEGATED = /\bnot\s+$/i;
const COMMITTING_END = new RegExp(`\\b(?:${words([...COMMITTING_ENDINGS, ...OBLIGING_ENDINGS])})$`, 'i');
const SELF_REFERENCE = new RegExp(`\\b(?:${words(SELF_REFERENCES)})\\b`, 'i');
/** Where the last sentence of a lead-in starts: after the full stop of the one before. */
const SENTENCE_END = /[.!?。！？]\s*/g;

const COLON = 0x3a;
const FULL_STOP = 0x2e;
const LETTER_S = 0x73;
const LETTER_M = 0x6d;
/**
 * `The Fund calls on governments, donors and the private sector to take the following actions.`: a
 * lead-in an advocacy brief ends with a full stop, naming what follows as its object.
 */
const NAMED_AS_FOLLOWING = '\\s+(?:[a-z]+\\s+)?(?:recommendations|actions|steps|measures|priorities|commitments|proposals)\\.$';
const FOLLOWING_NAMED = new RegExp(`\\b(?:the\\s+following|these)${NAMED_AS_FOLLOWING}`, 'i');
/** The end of such a lead-in's last line, which the page may have wrapped before its `the`. */
const FOLLOWING_NAMED_END = new RegExp(`\\b(?:following|these)${NAMED_AS_FOLLOWING}`, 'i');
/**
 * `The Board asks the following questions, and requests a response to each of them.`: a monitoring
 * board's questions to the minister and the service, each answered in public, are what it asks of them.
 */
const ASKS_FOR_ANSWERS = /\b(?:asks|puts|raises|poses)\s+the\s+following\s+questions\b[^.]*\b(?:response|answer|reply)\b[^.]*\bthem\.$/i;

/**
 * `The Committee would welcome responses to the following questions:`: a call for evidence asks for
 * views on its questions, whatever the paragraph asked before; they propose nothing.
 */
const WELCOMES_ANSWERS = /\b(?:responses|answers|views|evidence|comments|submissions)\s+(?:to|on)\s+the\s+following\s+questions\b/i;

/** `The Board asks the following questions` of such a lead-in (see ASKS_FOR_ANSWERS): what labels its questions; else undefined. */
export function questionsAsked(sentence: string): string | undefined {
  const asked = ASKS_FOR_ANSWERS.exec(sentence);
  return asked ? sentence.slice(0, sentence.indexOf('questions', asked.index) + 'questions'.length) : undefined;
}
/** How far back from a line's end the words naming what follows are read. */
const FOLLOWING_NAMED_REACH = 40;
const REQUEST_LASTS = new CodeSet(REQUEST_ENDINGS.map(ending => ending[ending.length - 1]).join(''));
const FULL_WIDTH_COLON = 0xff1a;

/**
 * Whether the line [start, end) of `source` may be a lead-in, read from its end without copying
 * it: a colon, or a Japanese verb and a full stop (possibly inside bold markup). Most lines of a
 * Japanese text end with a full stop, so this runs on nearly every line.
 */
export function mayBeLeadIn(source: string, start: number, end: number): boolean {
  const stop = endBeforeMarkup(source, start, end);
  const last = source.charCodeAt(stop - 1);
  if (last === COLON || last === FULL_WIDTH_COLON) return true;
  // Most English lines end with a full stop: only one after a plural (`… actions.`) is read further.
  if (last === FULL_STOP) {
    const before = source.charCodeAt(stop - 2);
    if (before === LETTER_M) return ASKS_FOR_ANSWERS.test(source.slice(start, stop)); // `… a response to each of them.`
    return before === LETTER_S && FOLLOWING_NAMED_END.test(source.slice(Math.max(start, stop - FOLLOWING_NAMED_REACH), stop));
  }
  if (last !== IDEOGRAPHIC_FULL_STOP) return false;
  if (endsLikeVerb(source, stop - 1, start) && endsWithVerb(source, start, stop - 1)) return true;
  // `…委員会として次のとおり提言す` over `る。`: the page wrapped the verb itself.
  if (stop - start < LONGEST_VERB && wrappedFromAbove(source, start, stop - 1)) {
    const tail = joinedTail(source, start, stop - 1);
    if (endsWithVerb(tail, 0, tail.length)) return true;
  }
  if (endsWithRequest(source, start, stop - 1) && requestsBelow(source.slice(start, stop - 1))) return true;
  if (source.charCodeAt(stop - 2) === HIRAGANA_I && ASKS_FOR_MATTERS_BELOW.test(source.slice(start, stop - 1))) return true;
  // Most Japanese lines end otherwise: the line is copied only when it ends as an obligation does.
  // … or one that has said it proposes the items counted below (COUNTED_ITEMS_PROPOSED) before it obliges.
  if (endsWithObligation(source, start, stop - 1)) {
    const sentence = source.slice(start, stop - 1);
    if (pointsBelow(sentence) || wrappedFromAbove(source, start, stop - 1) || COUNTED_ITEMS_PROPOSED.test(sentence)) return true;
  }
  return stop - start <= LONGEST_COUNT_LINE && COUNTED_PROPOSALS.test(source.slice(start, stop));
}

/**
 * `…関係者に対して次のことを` over `期待する。`: the line ends a sentence the page wrapped from the line
 * above (no stop of its own before its last, the line above going on), whose start may point below.
 */
function wrappedFromAbove(source: string, start: number, stop: number): boolean {
  if (source.indexOf('。', start) !== stop) return false;
  let above = start - 2;
  if (source.charCodeAt(above) === CARRIAGE_RETURN) above--;
  const last = source.charCodeAt(above);
  return above >= 0 && last !== LINE_FEED && last !== IDEOGRAPHIC_FULL_STOP;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const LONGEST_VERB = Math.max(...JAPANESE_VERBS.map(verb => verb.length));

/** The text before `end` on its line, after the end of the line above (its line break left out), as long as the longest verb's letters allow. */
function joinedTail(source: string, start: number, end: number): string {
  let above = start - 1;
  if (source.charCodeAt(above - 1) === CARRIAGE_RETURN) above--;
  return source.slice(Math.max(0, above - LONGEST_VERB), above) + source.slice(start, end);
}

/** Whether [start, end) of `source` ends with a letter's polite request (see REQUEST_ENDINGS). */
function endsWithRequest(source: string, start: number, end: number): boolean {
  // Most lines are ruled out by their last character (every request in the table ends with す).
  if (!REQUEST_LASTS.has(source.charCodeAt(end - 1))) return false;
  for (const ending of REQUEST_ENDINGS) if (end - ending.length >= start && source.endsWith(ending, end)) return true;
  return false;
}

/** Whether [start, end) of `source` ends as an obligation does (a loop: no closure on every line). */
function endsWithObligation(source: string, start: number, end: number): boolean {
  for (const ending of OBLIGING_JAPANESE_ENDINGS) if (end - ending.length >= start && source.endsWith(ending, end)) return true;
  return false;
}

/** `…下記の要件を盛り込む必要がある。`: a Japanese sentence that obliges to what is listed below. */
function obligesToListBelow(text: string): boolean {
  const sentence = text.endsWith('。') ? text.slice(0, -1) : text;
  return OBLIGING_JAPANESE_ENDINGS.some(ending => sentence.endsWith(ending)) && pointsBelow(sentence);
}

/**
 * `さて、下記のとおり要望いたしますので、特段のご配慮をお願い申し上げます。`: a letter's sentence that
 * asks for what it lists below, its verb of request in a clause before the polite close.
 */
function asksForListBelow(sentence: string): boolean {
  return (REQUEST_ENDINGS.some(ending => sentence.endsWith(ending)) && requestsBelow(lastSentence(sentence))) || ASKS_FOR_MATTERS_BELOW.test(lastSentence(sentence));
}

/**
 * `よって、国は、次の事項について積極的な措置を講じられたい。`: the request's own verb (`…られたい`,
 * `…いただきたい`) asking for the matters below, as a mayors' association or an assembly asks the state.
 */
const ASKS_FOR_MATTERS_BELOW = /(?:下記|以下|次)の[^。]{0,8}?(?:事項|点|措置|取組|対策)[^。]{0,30}?(?:[さらわ]れたい|いただきたい|頂きたい)$/;
const HIRAGANA_I = 0x3044;

/** Whether the last sentence names the list below as what it obliges to (see POINTS_BELOW). */
function pointsBelow(text: string): boolean {
  return POINTS_BELOW.test(lastSentence(text));
}

/**
 * `以下の事項`, `下記の要件`, `次の点`, `次の諸点`, `次の二点`, `以下の６項目`, `以下の要素`, `次の基準`, `次のこと`, `以下の改革` (a budget council's), `以下を`: the list below, named as what the
 * sentence obliges to (not `以下の観点`, aspects to weigh).
 */
const POINTS_BELOW = /(?:以下|下記|次)の(?:[^。、]{0,10}?(?:要件|事項|条件|措置|内容|手順|要素|基準|取組|取り組み|施策|対策|方策|改革|見直し)|[一二三四五六七八九十0-9０-９]*(?:諸?点|項目)|こと)(?:を|に)|(?:以下|下記)を/;

/** Whether [start, end) of `source` ends with a whole Japanese verb (a loop: a closure would be allocated on every line). */
function endsWithVerb(source: string, start: number, end: number): boolean {
  for (const verb of JAPANESE_VERBS) if (end - verb.length >= start && source.endsWith(verb, end)) return true;
  return false;
}

/** Whether the text before `end` (and from `start`) ends with the last three characters of some verb, each at its place. */
function endsLikeVerb(source: string, end: number, start: number): boolean {
  for (let back = 1; back <= VERB_ENDINGS.length; back++) {
    if (end - back < start || !VERB_ENDINGS[back - 1].has(source.charCodeAt(end - back))) return false;
  }
  return true;
}

/** A sentence leading into a list runs over a few lines of a page at most. */
export const WRAPPED_LEAD_IN_LINES = 6;

/**
 * A sentence that recommends, commits or obliges and leads into a list: `… the panel recommends
 * that the ministry:`, `**We recommend:**`, `…, the Government will:`, `Agencies must:`,
 * `以下のとおり提言する：`, `政府に次の対応を求める。`. The verb must be in the
 * last sentence and not negated (`we do not recommend:` lists what to avoid), or in the sentence
 * before a last one that announces `the following`.
 */
export function isRecommendingLeadIn(text: string): boolean {
  // Read from the end without copying: most Japanese lines end with 。 and are not lead-ins.
  const end = endBeforeMarkup(text, 0, text.length);
  const last = text.charCodeAt(end - 1);
  if (last === IDEOGRAPHIC_FULL_STOP) return COUNTED_ITEMS_PROPOSED.test(text) || (JAPANESE_VERBS.some(verb => text.endsWith(verb, end - 1)) && !guidesReader(text.slice(0, end - 1)) && !pointsElsewhere(text.slice(0, end - 1)) && !recountsProposal(text.slice(0, end - 1)) && !statesWhatItAsks(text.slice(0, end - 1))) || obligesToListBelow(text.slice(0, end - 1)) || asksForListBelow(text.slice(0, end - 1)) || COUNTED_PROPOSALS.test(text.slice(0, end));
  if (last === FULL_STOP) {
    const sentence = lastSentence(text.slice(0, end));
    return (FOLLOWING_NAMED.test(sentence) && (recommends(sentence) || commits(sentence))) || ASKS_FOR_ANSWERS.test(sentence);
  }
  if (last !== COLON && last !== FULL_WIDTH_COLON) return false;
  const sentence = lastSentence(text.slice(0, end - 1));
  if (japaneseVerbAtEnd(sentence)) return true;
  if (leadsIntoDetails(sentence) || PROPOSES_THEN_LEADS_IN.test(sentence) || WELCOMES_ANSWERS.test(sentence)) return false;
  if (reportsViews(withoutEmphasis(sentence).trim()) || setsResearchAgenda(sentence) || RECOMMENDED_BEFORE.test(sentence) || SAID_BEFORE.test(sentence) || reportsRecommendations(text.slice(0, end))) return false;
  if (recommends(sentence) || announcesRecommendations(sentence) || obligesToActionsBelow(sentence) || SAYS_WHAT_TO_DO.test(sentence) || ADOPTS_RECOMMENDATION.test(sentence)) return true;
  // `The Mental Capacity Act 2005 rests on five principles. Put simply, practitioners must:`: what a
  // statute the paragraph names requires, as a review explains the law, is no commitment of its own.
  if (commits(sentence)) return !CITES_STATUTE.test(text);
  // `We recommend that the Secretary lead a strategy. At a minimum, it should do the following:`
  if (!THE_FOLLOWING.test(sentence)) return false;
  const before = text.slice(0, text.lastIndexOf(sentence)).trim();
  return before.length > 0 && recommends(lastSentence(before));
}

/**
 * `HAS ADOPTED THIS RECOMMENDATION:`: the formula of a legal act that recommends (a Commission's or
 * a Council's Recommendation, after its recitals), over the numbered points it recommends up to
 * its signature, under the headings that group them.
 */
const ADOPTS_RECOMMENDATION = /^\s*(?:HAS|HAVE) ADOPTED THIS RECOMMENDATION\s*:?\s*$/i;

/** Whether a lead-in is a legal act's formula (see ADOPTS_RECOMMENDATION): its subject matter and definitions are points too, recommending nothing. */
export function adoptsRecommendation(sentence: string): boolean {
  return ADOPTS_RECOMMENDATION.test(sentence);
}

/**
 * `The committee recommends that the Government extend the program for four years and that future
 * rounds:`: a recommendation made whole before its second clause leads into the points that detail
 * it (a committee's recommendation over its lettered points): one recommendation, no lead-in of several.
 */
const PROPOSES_THEN_LEADS_IN = /\brecommends?\s+that\s.+\band\s+that\s[^:]*$/;

/**
 * `検討会は、…制度として設けることを提言した。`: a report recounts what a body proposed before (its
 * own or another's); a proposal in the past leads into a list only where it points at it
 * (`改善の方法として、以下を提案した。`, `次のとおり提言した。`).
 */
function recountsProposal(text: string): boolean {
  if (!PAST_VERBS.some(verb => text.endsWith(verb))) return false;
  return !pointsAtList(lastSentence(text));
}

const PAST_VERBS = JAPANESE_VERBS.filter(verb => verb.endsWith('た'));

/**
 * `…徹底すべきである。そのため、報告用の簡易な様式を定めることを求める。`: a sentence that goes on
 * with a paragraph's proposal and whose object is the whole of what it asks (`…ことを`) is part of
 * that request, no lead-in, unless it points at a list (`以下のことを求める。`).
 */
function statesWhatItAsks(text: string): boolean {
  if (!ASKED_IN_FULL.test(text)) return false;
  const sentence = lastSentence(text);
  return sentence.length < text.trim().length && !pointsAtList(sentence);
}

/** Whether a sentence points at the list below it (`以下を`, `次の事項を`, `次のとおり`). */
export function pointsAtList(sentence: string): boolean {
  return POINTS_BELOW.test(sentence) || AS_FOLLOWS.test(sentence);
}

const ASKED_IN_FULL = /ことを(?:強く)?(?:求める|求めます|要望する|要望します|要請する|提言する|提案する)$/;
const AS_FOLLOWS = /(?:以下|下記|次)の?(?:とおり|通り)/;

/**
 * `この点については後記第６のとおり付言する。`, `…第５で意見を述べる。`: a sentence that says where in the
 * text it will ask (another part, named), as a review board's reasoning points on to its remarks;
 * it leads into nothing below it (`第２章で整理した課題を踏まえ、…以下の６項目を提言する。` does).
 */
function pointsElsewhere(text: string): boolean {
  const sentence = lastSentence(text);
  return ELSEWHERE.test(sentence) && !BELOW.test(sentence);
}

const ELSEWHERE = /(?:後記|前記|後述|前述|別記)(?:の|[^。]{0,6}?のとおり)|第[0-9０-９一二三四五六七八九十]{1,3}(?:章|節)?(?:の[0-9０-９]{1,2})?(?:で|において|のとおり)/;

/**
 * `本章では、…を試算したうえで、…新たな枠組みを提言する。`: a chapter's opening that tells what the chapter
 * will do, its proposals among it, without pointing at a list below (`本章では、以下の三点を提言する。` does).
 */
function guidesReader(text: string): boolean {
  const sentence = lastSentence(text);
  return READER_GUIDE.test(sentence) && !BELOW.test(sentence);
}

const READER_GUIDE = /^(?:本章|本稿|本節|本報告書?|本書|本レポート|本論文)(?:で|において)は、/;
const BELOW = /以下|次の|下記/;

/**
 * `In short, we provisionally propose:`, `We made ten recommendations. Among other things, the
 * Department should:`: a lead-in that sums up, as a report's introduction or highlights page lists
 * in brief what its chapters recommend in full.
 */
export function sumsUp(leadIn: string): boolean {
  return SUMS_UP.test(lastSentence(leadIn.trim()));
}

const SUMS_UP = /^(?:in\s+(?:short|summary|brief)|to\s+summari[sz]e|among\s+other\s+things|among\s+others)\b/i;

/**
 * `At that time the assessors recommended that the country should:`, `The 2019 review had recommended
 * that agencies:`: what someone recommended before, reported in the past tense (an evaluation's
 * account of the last one's), no lead-in of the text's own; `It is recommended that …:` is one, and
 * so is `We recommended that Management:`, as an auditor's report, written in the past, gives its own.
 */
const RECOMMENDED_BEFORE = /\b(?<!\b(?:is|are|be|being|been|has|have|we)\s+)recommended\s+that\b/i;
/** `…, the Ombudsman said that landlords should:`: what another body said, reported before its list. */
const SAID_BEFORE = /\b(?:said|stated|wrote|argued|told\s+\w+)\s+that\b/i;

/**
 * `Future studies should:`, `Further research is needed to:`, `Research should:`: a guideline's or
 * a review's research gaps, what studies ought to find out, no recommendation to act.
 */
function setsResearchAgenda(sentence: string): boolean {
  return RESEARCH_AGENDA.test(withoutEmphasis(sentence).trim());
}

const RESEARCH_AGENDA = /(?:^|[.;]\s+)(?:future|further|more|new)?\s*(?:studies|research|researchers|trials|evaluations?)\s+(?:should|must|(?:is|are)\s+needed\s+to|need\s+to|could)\b[^.]*$/i;

/**
 * `… improve the pay and conditions of care workers, including:`, `…, such as:`: the points that
 * follow are parts of the one recommendation the sentence makes, not recommendations of their own.
 */
export function leadsIntoDetails(sentence: string): boolean {
  return DETAILS_FOLLOW.test(sentence);
}

const DETAILS_FOLLOW = /\b(?:including|such as|in particular|notably|among other things)[:：]?\s*$/i;

/**
 * Where the clause that recommends or commits starts in a lead-in (its colon taken off): after
 * the comma before its verb, or 0. `To improve access to records, the Ministry will` → the
 * Ministry; `本会は、県に対し次の取組を求める` → 県.
 */
export function actingClauseStart(sentence: string): number {
  // `…、下記の要件を盛り込む必要がある` → 下記の要件…: the list it obliges to is named there.
  const below = obligesToListBelow(sentence) ? POINTS_BELOW.exec(sentence) : null;
  if (below) return below.index;
  const english = ENGLISH_VERB.exec(sentence);
  const japanese = japaneseVerbAtEnd(sentence);
  const verbAt = english ? english.index : japanese ? sentence.length - japanese.length : COMMITTING_END.exec(sentence)?.index;
  if (verbAt === undefined) return 0;
  const comma = Math.max(sentence.lastIndexOf(', ', verbAt), sentence.lastIndexOf('、', verbAt), sentence.lastIndexOf('，', verbAt));
  return comma < 0 ? 0 : comma + (sentence[comma] === ',' ? 2 : 1);
}

/** The Japanese recommending verb the sentence ends with (`…を求める`), if any. */
function japaneseVerbAtEnd(sentence: string): string | undefined {
  return JAPANESE_VERBS.find(verb => sentence.endsWith(verb));
}

/**
 * `The following recommendations will be examined by …:`, `the proposals listed below`, `our
 * recommendations, summarised in the table below:`, `My recommendations are gathered here for
 * convenience` (an independent reviewer's closing chapter over its table), `以下の提言を…`: a sentence whose subject or object is the list of recommendations that follows,
 * as review bodies, committees and councils introduce what they put to a government, though no
 * verb of theirs recommends. The noun is one of the labels that name proposals.
 */
export function announcesRecommendations(sentence: string): boolean {
  return ANNOUNCED_ENGLISH.test(sentence) || ANNOUNCED_JAPANESE.test(sentence) || MORE_RECOMMENDATIONS.test(sentence.trim());
}

/**
 * `The recommendations below are organized by area and …`, `…, the City should, at a minimum,
 * implement the following remedial measures.` (a findings report over its lettered areas): a sentence about the recommendations
 * that follow (how they are set out, what they are meant to do), which introduces them and
 * proposes nothing itself, whatever its verbs; so does one that asks a committee to endorse them
 * (`The Group recommends that the Committee endorses the following recommendations and refers
 * them to Cabinet`, as a scrutiny review sends its table on).
 */
export function introducesRecommendations(paragraph: string): boolean {
  return INTRODUCES_RECOMMENDATIONS.test(paragraph);
}

const INTRODUCES_RECOMMENDATIONS = /\b(?:the|these)\s+(?:recommendations|proposals)\s+(?:below|that\s+follow)\b|\b(?:endorses?|approves?|agrees?|notes?)\s+the\s+(?:following|attached)\s+(?:recommendations|proposals)\b|\bthe\s+following\s+(?:[a-z]+\s+){0,2}(?:measures|recommendations|actions|steps)\s*\.(?:\s|$)/i;

/** … and what a coroner's report to prevent future deaths asks those it is sent to answer (`The MATTERS OF CONCERN are as follows:`). */
const ANNOUNCED_NOUNS = 'recommendations|proposals|recommended\\s+actions|proposed\\s+actions|matters\\s+of\\s+concern';
/**
 * `… into five core pledges`, `our three commitments`, `three key recommendations that make up our
 * vision`: a count of what follows, where the sentence ends or a clause about them does.
 */
const COUNTED = `${NUMBER_WORDS.slice(1).join('|')}|[0-9]{1,2}`;
const COUNTED_NOUNS = `${ANNOUNCED_NOUNS}|pledges|commitments|priorities`;
/** `delivering on the following commitments:`: what a mandate letter or a manifesto undertakes, announced as the list that follows. */
const FOLLOWING_NOUNS = `${ANNOUNCED_NOUNS}|commitments|pledges`;
const ANNOUNCED_ENGLISH = new RegExp(`\\bthe\\s+following\\s+(?:[a-z]+\\s+){0,2}(?:${FOLLOWING_NOUNS})\\b|\\b(?:${ANNOUNCED_NOUNS})\\b[^.:;]{0,80}\\b(?:listed\\s+below|set\\s+out\\s+below|as\\s+follows|(?:table|box)\\s+below|(?:gathered|collected|brought\\s+together|repeated|reproduced)\\s+here)\\b|\\b(?:table|box)\\s+below\\s+(?:lists|sets\\s+out|summari[sz]es)\\s+(?:[a-z]+\\s+){0,2}(?:${ANNOUNCED_NOUNS})\\b|\\b(?:${COUNTED})\\s+(?:[a-z]+\\s+)?(?:${COUNTED_NOUNS})(?:\\s+(?:that|which)\\s[^.:;]{1,80}|\\s+(?:to|for)\\s[^.:;]{1,40})?[.:]?\\s*$`, 'i');
const ANNOUNCED_JAPANESE = /(?:以下|次|下記)の[^、。]{0,8}(?:提言|提案|勧告)/;
/** `Further recommendations apply to session tickets:`: recommendations, more of them, are the sentence's subject. */
const MORE_RECOMMENDATIONS = /^(?:further|additional|more|specific|detailed|other)\s+(?:recommendations|requirements)\b/i;
/**
 * `提案は三つ。`, `本会の提言は次の五点である。`, and as news reports them, `提言の柱は次の三つだ。`:
 * a line that counts the proposals listed after it.
 */
const COUNTED_PROPOSALS = /(?:提言|提案|勧告|要望)(?:事項)?(?:の[^、。]{1,4})?は、?(?:次の|以下の)?[〇一二三四五六七八九十0-9０-９]+(?:つ|点)(?:ある|です|である|だ)?。$/;
/**
 * `委員会は、…次の８項目の再発防止策を提言する。これらの対策は、…べきものである。`: a paragraph that says
 * it proposes the items counted below, whatever it adds after (an investigation committee's report
 * over its numbered measures).
 */
const COUNTED_ITEMS_PROPOSED = /(?:次|以下|下記)の[0-9０-９一二三四五六七八九十]{1,3}(?:項目|点|つ)の?[^。]{0,20}を(?:提言|提案|勧告)(?:する|します|いたします)(?:。|$)/;
/** A line that counts the proposals is short; a longer one is a paragraph, read no further here. */
const LONGEST_COUNT_LINE = 40;

/**
 * `Agencies shall take the following steps to modernize their systems:`, `The Department is
 * responsible for implementing the following actions:`: a policy memo or a plan obliges someone
 * to the actions it lists, said so in the sentence that names them (a guide's `take the following
 * steps` with no one obliged is a procedure, not a requirement).
 */
function obligesToActionsBelow(sentence: string): boolean {
  const actions = FOLLOWING_ACTIONS.exec(sentence);
  const obliged = actions && OBLIGED.exec(sentence);
  if (!obliged || SELF_REFERENCE.test(sentence)) return false;
  // In the passive, the actions are what is to be done (`The following measures will be taken:`);
  // after it, they are what something is done by (`Progress will be reported against the following measures:`).
  return !PASSIVE.test(obliged[0]) || actions!.index < obliged.index;
}

const FOLLOWING_ACTIONS = /\bthe\s+following\s+(?:[a-z-]+\s+){0,2}(?:actions|steps|measures|requirements)\b/i;
const OBLIGED = /\b(?:shall|must|will|should)\s+(?!not\b)(?:be\s+[a-z]+(?:ed|en)\b|[a-z])|\b(?:is|are)\s+(?:responsible\s+for|required\s+to|expected\s+to)\b/i;
const PASSIVE = /\sbe\s(?!required\b|expected\b|asked\b)/i;

/**
 * `Here's what Congress should do:`, `What ministers must do now:`: a sentence that announces the
 * list after it as what someone is to do, as columns, newsletters and briefs lead into their asks.
 */
const SAYS_WHAT_TO_DO = new RegExp(`\\b${WHAT_TO_DO}$`, 'i');

/** A sentence that ends by announcing a list: `… do the following`, `… the following actions`. */
const THE_FOLLOWING = /\bthe following(?:\s+[a-z]+){0,2}$/i;

/**
 * `…, the Government will`, `Agencies must`: an English sentence that ends by committing or
 * obliging its subject, which is not the document, nor a thing or a deed that will have effects
 * (`this transformation will:`, `Strengthening our role will:`, as strategies list outcomes).
 */
function commits(sentence: string): boolean {
  const trimmed = sentence.trimEnd();
  return COMMITTING_END.test(trimmed) && !SELF_REFERENCE.test(sentence) && !NO_AGENT.test(trimmed.slice(actingClauseStart(trimmed)));
}

/** A subject that acts for no one: a demonstrative's thing, or a deed named by its gerund. */
const NO_AGENT = /^(?:(?:this|these|that|those|such)\b|[A-Za-z]+ing\s)/i;

/** An act named with its year (`the Care Act 2014`, `the Act of 1998`). */
const CITES_STATUTE = /\bAct(?:\s+of)?\s+(?:19|20)[0-9]{2}\b/;

/** An English sentence with a recommending verb that is not negated. */
function recommends(sentence: string): boolean {
  const verb = ENGLISH_VERB.exec(sentence);
  return verb !== null && !NEGATED.test(sentence.slice(0, verb.index)) && !COUNTERFACTUAL.test(sentence.slice(0, verb.index));
}

/**
 * `The Green Party would have preferred the committee to recommend that the Government:`: what a
 * party's differing view says it would have recommended, as committee reports close, was not recommended.
 */
const COUNTERFACTUAL = /\bwould\s+have\b/i;

/** Where the text [start, end) ends once trailing spaces and bold or italic markers are left out. */
function endBeforeMarkup(text: string, start: number, end: number): number {
  while (end > start && isMarkupOrSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `*`, `_` or white space. */
function isMarkupOrSpace(code: number): boolean {
  return code === 0x2a || code === 0x5f || isSpace(code);
}

export function lastSentence(text: string): string {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index + m[0].length < text.length) start = m.index + m[0].length;
  }
  return text.slice(start).trim();
}
