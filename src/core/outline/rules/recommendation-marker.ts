/**
 * `(Recommendation 3)`, `(Recommendation 4.2)`, `（提言３）`, `[Rec. 3]`, `(Recommendation No. 5)` (a parliamentary
 * committee's, set at the right under its paragraph): the number an auditor's or a council's report
 * puts after each recommendation it writes as a paragraph; `(Matter for Consideration 1)` and
 * `(Matter for Congressional Consideration 2)`, `(Matter 1)`, as an audit office numbers what it
 * asks of the legislature beside what it asks of agencies. Capitalised in English: a reference
 * in running text ("see recommendation 3") is not written so. This is the marker's word, number
 * and closing bracket: a scan for the word passes over the many brackets of Japanese prose
 * faster than one for the opening bracket, which is checked where the word is found.
 */
export const MARKER_WORD = /(?:(?:Recommendation|Rec\.)(?:\s+No\.?)?|Matter(?:\s+for\s+(?:Congressional\s+|Legislative\s+)?Consideration)?|提言|提案|勧告)\s*[0-9０-９]{1,3}(?:[.．\-－][0-9０-９]{1,3}){0,2}[a-z]?\s*[)）］\]]/g;
/** An opening bracket, then white space, right before the word. */
export const BRACKET_BEFORE = /[(（［[]\s*$/;

/**
 * `…at highway speeds. (H-26-12)`: the id a transport accident investigation board gives each safety
 * recommendation (a mode's letter, the year, a number), after the sentence that makes it; inside a
 * sentence (`…in 2018 (M-19-04).`) it cites one. Read only in a text that speaks of safety
 * recommendations: elsewhere such an id may number a form or a part.
 */
const SAFETY_RECOMMENDATION_ID = /(?<=[.!?。]["”’]?\s*[(（]\s*)\b[A-Z]-[0-9]{2}-[0-9]{1,3}\s*[)）]/g;
const SPEAKS_OF_SAFETY_RECOMMENDATIONS = /[Ss]afety\s+[Rr]ecommendation|SAFETY\s+RECOMMENDATION/;
/** A marker's word or a safety recommendation's id: what may close a paragraph after a marker. */
export const ANY_MARKER = new RegExp(`${MARKER_WORD.source}|${SAFETY_RECOMMENDATION_ID.source}`, 'g');

/** What each of MARKER_WORD's words starts with (`Recommendation` and `Rec.` share one). */
const MARKER_WORD_STARTS = ['Rec', 'Matter', '提', '勧'];
const MARKER_WORD_AT = new RegExp(MARKER_WORD.source, 'y');

/**
 * Finds the marker words of a text in order, as MARKER_WORD does. A search for one string passes
 * over a text several times faster than the expression's scan for its alternatives: each string a
 * word starts with is searched for, and the expression is tried only where one stands.
 */
export class MarkerWordScan {
  /** Where each of MARKER_WORD_STARTS is found next, or -1 when it is not found again. */
  private readonly next: number[];
  /** The text's safety recommendation ids, in order, and the next to hand out. */
  private readonly ids: RegExpExecArray[];
  private nextId = 0;
  /** The marker word found and not yet handed out (null: none is left). */
  private word: RegExpExecArray | null | undefined;

  constructor(private readonly text: string) {
    this.next = MARKER_WORD_STARTS.map(start => text.indexOf(start));
    this.ids = SPEAKS_OF_SAFETY_RECOMMENDATIONS.test(text) ? [...text.matchAll(SAFETY_RECOMMENDATION_ID)] : [];
  }

  /** The next marker word or safety recommendation id after the last one found, or null. */
  find(): RegExpExecArray | null {
    if (this.word === undefined) this.word = this.findWord();
    const id = this.ids[this.nextId];
    if (id && (!this.word || id.index < this.word.index)) {
      this.nextId++;
      return id;
    }
    const word = this.word;
    this.word = undefined;
    return word;
  }

  private findWord(): RegExpExecArray | null {
    for (;;) {
      let k = -1;
      for (let j = 0; j < this.next.length; j++) if (this.next[j] >= 0 && (k < 0 || this.next[j] < this.next[k])) k = j;
      if (k < 0) return null;
      const at = this.next[k];
      MARKER_WORD_AT.lastIndex = at;
      const word = MARKER_WORD_AT.exec(this.text);
      if (word) {
        const end = at + word[0].length;
        for (let j = 0; j < this.next.length; j++) if (this.next[j] >= 0 && this.next[j] < end) this.next[j] = this.text.indexOf(MARKER_WORD_STARTS[j], end);
        return word;
      }
      this.next[k] = this.text.indexOf(MARKER_WORD_STARTS[k], at + 1);
    }
  }
}

/** The marker as a label: white space made single, brackets off (`Recommendation 2`). */
export function markerLabel(marker: string): string {
  return marker.replace(/^[(（［[]\s*|\s*[)）］\]]$/g, '').replace(/\s+/g, ' ');
}
