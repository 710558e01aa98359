import type { Lines } from './lines';
import { joinedLines } from './line-context';
import { insideParagraph, type MarkedRecommendation } from './marked-paragraphs';
import { matchBullet } from './rules/bullet';
import { paragraphEnd } from './recommending-paragraphs';

/**
 * `… The Committee requests the Government to provide information on …`, `…, and urges the
 * Government to …`, `the Committee expects that the Government will …`: a monitoring body's
 * observations (an ILO supervisory committee's, a Council of Europe body's) close each paragraph
 * by asking the government for what it examined there, unnumbered, the finding first. Each such
 * paragraph is one recommendation, its request where the body makes it. Present tense only: what
 * was requested before, or by another body, is reported. Read only where the body asks so three
 * times or more, and only where the body itself asks: the subject most often named, or none (the
 * request continuing the body's own sentence).
 */
export function findRequestsToGovernment(lines: Lines, isFurniture: (i: number) => boolean = () => false): MarkedRecommendation[] {
  const source = lines.source;
  const requests: { at: number; subject: string | undefined }[] = [];
  for (const at of requestPlaces(source)) {
    const before = source.slice(Math.max(0, at - SUBJECT_REACH), at);
    if (CONTINUES_SENTENCE.test(before)) requests.push({ at, subject: undefined });
    else {
      const subject = SUBJECT.exec(before)?.[1];
      if (subject) requests.push({ at, subject });
    }
  }
  if (requests.length < LEAST_REQUESTS) return [];
  const author = mostNamed(requests.map(r => r.subject));
  if (author === undefined) return [];
  const found: MarkedRecommendation[] = [];
  let line = 0;
  for (const { at, subject } of requests) {
    if (subject !== undefined && subject !== author) continue;
    while (line + 1 < lines.count && lines.start(line + 1) <= at) line++;
    const first = paragraphStart(lines, line, isFurniture);
    if (first === undefined || (found.length && found[found.length - 1].first === first)) continue;
    const last = paragraphEnd(lines, line, isFurniture);
    const start = lines.start(first) + (lines.text(first).length - lines.text(first).trimStart().length);
    found.push({ first, last, start, end: lines.start(last) + lines.text(last).trimEnd().length, title: joinedLines(lines, first, last, isFurniture), label: `The ${author} requests` });
  }
  return found;
}

/**
 * Where a present-tense request of the government starts (its verb): to do, or that it will. The
 * addressee's name is found first, as a plain string (most texts hold it seldom or never), and the
 * words around it are read there.
 */
function requestPlaces(source: string): number[] {
  const places: number[] = [];
  for (const addressee of ADDRESSEES) {
    for (let at = source.indexOf(addressee); at >= 0; at = source.indexOf(addressee, at + addressee.length)) {
      const after = source.slice(at + addressee.length, at + addressee.length + AFTER_REACH);
      const before = source.slice(Math.max(0, at - VERB_REACH), at);
      const verb = (ASKS_TO_AFTER.test(after) ? ASKS_TO_BEFORE.exec(before) : null) ?? (WILL_AFTER.test(after) ? EXPECTS_BEFORE.exec(before) : null);
      if (verb) places.push(at - before.length + verb.index);
    }
  }
  return places.sort((a, b) => a - b);
}

const ADDRESSEES = ['Government', 'State party', 'authorities'];
/** `requests the Government to`, `urges the authorities to`. */
const ASKS_TO_BEFORE = /\b(?:requests|urges|calls\s+(?:up)?on|invites|encourages)\s+the\s+$/;
const ASKS_TO_AFTER = /^\s+to\b/;
/** `expects that the Government will`. */
const EXPECTS_BEFORE = /\b(?:expects|trusts|hopes)\s+that\s+the\s+$/;
const WILL_AFTER = /^\s+will\b/;
/** How far around the addressee's name the verb and the `to` are read. */
const VERB_REACH = 40;
const AFTER_REACH = 8;
/** `The Committee (also|therefore|firmly) requests`: the body named right before its verb. */
const SUBJECT = /(?:^|\n[ \t]*|[.;:!?][*_]*\s+|,\s+)[Tt]he\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:(?:also|further|therefore|once\s+again|again|firmly|strongly|accordingly)\s+)*$/;
/** `…, and requests the Government to …`: the body's sentence goes on. */
const CONTINUES_SENTENCE = /\band\s+(?:(?:also|further|therefore|once\s+again|again|firmly|strongly)\s+)*$/;
/** How far back from its verb the body's name is read. */
const SUBJECT_REACH = 80;
/** A body that asks so fewer times is no monitoring body whose form it is. */
const LEAST_REQUESTS = 3;
/** A paragraph is looked for this far above the line that asks. */
const LONGEST_PARAGRAPH = 40;

/** The body named most often as asking: the author. */
function mostNamed(subjects: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of subjects) if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: string | undefined;
  for (const [s, n] of counts) if (best === undefined || n > counts.get(best)!) best = s;
  return best;
}

/** The first line of the paragraph that holds line i; undefined where it is a list's item (another's list quoted), not a paragraph led in bold. */
function paragraphStart(lines: Lines, i: number, isFurniture: (i: number) => boolean): number | undefined {
  let first = i;
  for (let j = i - 1; j >= 0 && i - j < LONGEST_PARAGRAPH; j--) {
    if (isFurniture(j)) continue;
    if (!insideParagraph(lines, j)) break;
    first = j;
  }
  return matchBullet(lines.text(first)) ? undefined : first;
}
