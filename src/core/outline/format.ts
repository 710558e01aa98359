import type { Lines } from './lines';
import type { DocumentFormat } from './model';
import type { TocBlock } from './toc-block';
import { matchChapterHeading } from './rules/chapter-heading';
import { matchNumberedHeading } from './rules/numbered-heading';
import { asksQuestion, matchQuestion } from './rules/question';
import { isIssueTitle, RecommendationLabels } from './rules/recommendation-heading';
import { matchMarkdownHeading } from './rules/section-heading';

/** Guesses the kind of document from the headings it has (outside its table of contents). */
export function detectFormat(lines: Lines, toc: TocBlock | undefined, fileName = ''): DocumentFormat {
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  let markdown = 0;
  let japaneseChapters = 0;
  let englishChapters = 0;
  let questions = 0;
  let numbered = 0;
  for (let i = 0; i < lines.count; i++) {
    if (toc && i >= toc.first && i <= toc.last) continue;
    const first = lines.firstCode(i);
    // A rule runs only while what it counts can still change the answer: one chapter heading
    // settles it unless Markdown headings follow, so the rest of a long text costs little.
    if (first === HASH) {
      if (matchMarkdownHeading(lines.text(i)) && ++markdown >= 2) return 'markdown';
    } else if (japaneseChapters > 0) {
      continue;
    } else if (first === DAI || ((first === UPPER_C || first === LOWER_C) && englishChapters === 0)) {
      if (matchChapterHeading(lines.text(i))) {
        if (first === DAI) japaneseChapters++;
        else englishChapters++;
      }
    } else if (englishChapters > 0 || questions >= 2) {
      continue;
    } else if (first === LENTICULAR) {
      if (isSurveyQuestion(lines, i)) questions++;
    } else if (numbered < 2 && (isDigit(first) || isRomanStart(first)) && matchNumberedHeading(lines.text(i))) {
      numbered++;
    }
  }
  if (markdown >= 2) return 'markdown';
  if (japaneseChapters >= 1) return 'outlook';
  if (englishChapters >= 1) return 'english';
  if (questions >= 2) return 'survey';
  if (numbered >= 2) return 'report';
  return 'article';
}

/**
 * A `【…】` line is a survey's question when it asks one, in the bracket or in the lines under it,
 * and names no block: reports and councils' papers bracket their labels too (`【提言】`, `【課題】`).
 */
function isSurveyQuestion(lines: Lines, i: number): boolean {
  const question = matchQuestion(lines.text(i));
  return question !== undefined && !isIssueTitle(question) && !DEFAULT_LABELS.matchTitle(question) && asksQuestion(question, textUnder(lines, i));
}

/** The question's wording sits in the first lines under its bracket (a note on how to answer may follow). */
function textUnder(lines: Lines, i: number): string[] {
  const under: string[] = [];
  for (let j = i + 1; j < lines.count && under.length < QUESTION_LINES; j++) if (lines.firstCode(j) >= 0) under.push(lines.text(j));
  return under;
}
const QUESTION_LINES = 3;

const DEFAULT_LABELS = new RecommendationLabels();
const HASH = 0x23;
const DAI = 0x7b2c; // 第
const UPPER_C = 0x43;
const LOWER_C = 0x63;
const LENTICULAR = 0x3010; // 【

/** I, V, X, and the Roman numeral characters Ⅰ to Ⅻ. */
function isRomanStart(code: number): boolean {
  return code === 0x49 || code === 0x56 || code === 0x58 || (code >= 0x2160 && code <= 0x216b);
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}
