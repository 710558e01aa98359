/**
 * `Specifically we recommend that:`, `For ports, the drivers are:`, `Advantages of this approach
 * would be:`: a sentence that leads into a list, its clause left open at the colon after a verb or
 * a word that needs its object. No heading ends so, whether a converter set it as a Markdown
 * heading or a paragraph's number stands before it.
 */
export function isOpenClause(title: string): boolean {
  return OPEN_CLAUSE.test(title);
}

const OPEN_CLAUSE = /^[A-Z][^:]*\s(?:that|to|will|should|must|shall|are|is|be|include|includes|by|of|for|with|and|or|the)\s*:$/;
