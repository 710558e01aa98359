/**
 * The start of a figure's or a table's caption (`Figure 3: …`, `**Table 2.** …`, `*[Figure 1: … —
 * see original PDF]*`, `図表３ …`, `表2-1 …`, `■第１-３-１図／…` as Japanese white papers number
 * theirs by part, chapter and figure; `Box 3 – Example of …`, a boxed example set between an
 * audit's paragraphs): reports extracted from PDFs wrap captions, and the
 * lists of figures in their contents, over several lines, so a caption's second line may read like
 * a label (`Recommendations of the Council`) while it only goes on with the caption.
 */
export function isCaptionStart(text: string): boolean {
  return CAPTION.test(text);
}

const CAPTION = /^[\s*_[(（■□◆]*(?:(?:Figure|Fig\.|Table|Chart|Exhibit|Box|図表|図|表)\s*[0-9０-９]|第\s*[0-9０-９]{1,2}(?:\s*[-－‐]\s*[0-9０-９]{1,3}){1,3}\s*(?:図|表))/i;
