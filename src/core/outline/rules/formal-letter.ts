/**
 * Japanese formal letters (要望書, 提言書, 意見書, 請願書, 陳情書, as associations, councils and
 * citizens send them to a government) state their matters after a line that reads `記` alone,
 * announced by the sentence above it (`下記のとおり要望いたします`).
 */

/** `記`, alone and perhaps centred: the letter's matters follow. */
export function isNoteMarker(text: string): boolean {
  return NOTE_MARKER.test(text);
}

/**
 * `さて、下記のとおり要望いたしますので、…お願い申し上げます。`: a paragraph that points at the
 * matters below (下記, 以下, 次) as what it asks or proposes.
 */
export function requestsBelow(paragraph: string): boolean {
  return REQUESTS_BELOW.test(paragraph);
}

const NOTE_MARKER = /^[\s\u3000]*記[\s\u3000]*$/;
const REQUESTS_BELOW = /(?:下記|以下|次)の?(?:とおり|通り|事項|点|内容)?[^。]{0,20}?(要望|提言|提案|要請|請願|陳情|意見|お願い)/;

/** What the paragraph says the matters below are (`下記のとおり意見を表示する` → `意見`), if it points at them. */
export function requestedKind(paragraph: string): string | undefined {
  return REQUESTS_BELOW.exec(paragraph)?.[1];
}
