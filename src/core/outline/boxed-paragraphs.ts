import { joinItemLine } from './rules/join-wrapped';
import type { Lines } from './lines';

/** A paragraph of lines `first` to `final` (0-based), its wrapped lines joined. */
export interface BoxedParagraph {
  first: number;
  final: number;
  text: string;
}

/**
 * The paragraphs a box's label announces (`Recommendation:` over a paragraph, as submissions and
 * briefs converted from PDF keep their boxes), in lines [from, to): the first one under an English
 * label in the singular or an evaluation's `【所見】`, each one otherwise, up to the notes of the page (`12 See …`). Page furniture
 * is passed over.
 */
export function boxedParagraphs(lines: Lines, from: number, to: number, label: string, isFurniture: (i: number) => boolean): BoxedParagraph[] {
  const found: BoxedParagraph[] = [];
  let open: BoxedParagraph | undefined;
  for (let j = from; j < to; j++) {
    if (isFurniture(j)) continue;
    if (lines.firstCode(j) < 0) {
      open = undefined;
      continue;
    }
    const text = lines.text(j).trim();
    if (open) Object.assign(open, { final: j, text: joinItemLine(open.text, text) });
    else if (FOOTNOTE.test(text)) break;
    else found.push((open = { first: j, final: j, text }));
  }
  return (ENGLISH_PLURAL.test(label) || !LATIN_LETTER.test(label)) && !isFindingLabel(label) ? found : found.slice(0, 1);
}

/**
 * `【所見】`: an administrative evaluation's finding, which states its one recommendation to a ministry
 * in the paragraph under it (`したがって、○○省は、…必要がある。`), the points it leads into glued under
 * it; notes may follow.
 */
export function isFindingLabel(label: string): boolean {
  return label === '所見';
}

/** `Recommendations`, `Proposals`: an English label in the plural announces several paragraphs. */
const ENGLISH_PLURAL = /s$/i;
const LATIN_LETTER = /[A-Za-z]/;
/** `12 See …`, `³ 同上`: a paragraph opening with a note's number. */
const FOOTNOTE = /^(?:[0-9]{1,3}\s|[¹²³⁰-⁹]+)/;
