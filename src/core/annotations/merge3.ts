import type { LineColumn } from '../text/line-index';
import { compareAnnotations } from './codec/order';
import type { Annotation, AnnotationFile, Reply } from './model';
import { compareTimes } from './times';

/**
 * Three-way merge of two versions of an annotation file (ours, theirs) that both started from
 * base, by annotation id, so that nothing either side wrote is lost:
 *
 * - an annotation added on either side is kept (added on both with the same id: merged as below
 *   with no base);
 * - deleted on one side and left alone on the other: deleted. Deleted on one side and edited on
 *   the other: the edit wins and the annotation stays;
 * - edited on one side only: that side's version;
 * - edited on both sides: merged field by field. A field only one side changed takes that change.
 *   When both changed a field differently, the more recently updated version wins (`updated`,
 *   else `created`; on a tie the one whose text sorts first, so the result does not depend on
 *   which side is "ours"), and:
 *   - the note: the other version's note is kept as a reply marked `merged: true`, by that
 *     version's author, dated when that version was updated;
 *   - the target (quote, prefix, suffix, start, end, taken together): the winner's;
 *   - a structure correction's `mark`: like any field (one side changed it: that change; both: the winner's);
 *   - a note removed on one side and rewritten on the other: the rewrite;
 *   - `created`: the earlier; `updated`: the later; `author`: the winner's;
 *   - tags: union minus removals: base's tags that neither side removed, then every tag either
 *     side added (the winner's order first);
 *   - replies: the same rule by (author, created, note): base's replies neither side removed plus
 *     those either side added, sorted by created (then author, then note); a reply marked
 *     `merged` on either side stays marked.
 * - the document name: the side that changed it; if both did, ours (the file is ours' path).
 *
 * The result is in file order and deterministic: the same three inputs give the same bytes
 * through stringifyAnnotationFile, and swapping ours and theirs changes nothing but the
 * document name when both renamed it.
 */
export function mergeAnnotationFiles(base: AnnotationFile | undefined, ours: AnnotationFile, theirs: AnnotationFile): AnnotationFile {
  const baseById = byId(base?.annotations ?? []);
  const oursById = byId(ours.annotations);
  const theirsById = byId(theirs.annotations);
  const ids = [...new Set([...oursById.keys(), ...theirsById.keys(), ...baseById.keys()])];
  const annotations: Annotation[] = [];
  for (const id of ids) {
    const merged = mergeOne(baseById.get(id), oursById.get(id), theirsById.get(id));
    if (merged) annotations.push(merged);
  }
  annotations.sort(compareAnnotations);
  const document = base && ours.document === base.document ? theirs.document : ours.document;
  return { document, annotations };
}

/** One annotation's three versions (any may be absent) -> the merged one, or undefined when deleted. */
export function mergeOne(base: Annotation | undefined, ours: Annotation | undefined, theirs: Annotation | undefined): Annotation | undefined {
  if (!ours && !theirs) return undefined;
  if (!ours || !theirs) {
    const kept = (ours ?? theirs)!;
    // Absent on one side: an addition when there is no base, a deletion when the other side left it alone.
    if (!base) return kept;
    return sameAnnotation(base, kept) ? undefined : kept;
  }
  if (base && sameAnnotation(base, ours)) return theirs;
  if (base && sameAnnotation(base, theirs)) return ours;
  if (sameAnnotation(ours, theirs)) return ours;
  return mergeEdits(base, ours, theirs);
}

/** Both sides changed the annotation: field by field, as described above. */
function mergeEdits(base: Annotation | undefined, ours: Annotation, theirs: Annotation): Annotation {
  const [winner, loser] = newerFirst(ours, theirs);
  /** A field only one side changed takes that change; changed differently on both, `conflict` decides. */
  const pick = <T>(get: (a: Annotation) => T, same: (x: T, y: T) => boolean, conflict: (o: T, t: T) => T = () => get(winner)): T => {
    const o = get(ours);
    const t = get(theirs);
    if (base !== undefined && same(get(base), o)) return t;
    if (base !== undefined && same(get(base), t)) return o;
    return same(o, t) ? o : conflict(o, t);
  };
  const target = pick(a => a, sameTarget);
  // A note removed on one side and rewritten on the other: the rewrite is an edit, and edits win.
  const note = pick(a => a.note || undefined, (x, y) => x === y, (o, t) => (o && t ? winner.note : o ?? t));
  const mark = pick(a => a.mark, (x, y) => x === y);
  const author = pick(a => a.author, (x, y) => x === y);
  const created = pick(a => a.created, (x, y) => x === y, (o, t) => (compareTimes(o, t) <= 0 ? o : t));
  const updated = maxTime(ours.updated, theirs.updated);

  const tags = mergeSets(base?.tags ?? [], winner.tags ?? [], loser.tags ?? [], tag => tag);
  const replies = mergeSets(base?.replies ?? [], winner.replies ?? [], loser.replies ?? [], replyKey, mergeReplyFlags);
  const loserNote = loser.note || undefined;
  if (loserNote !== undefined && loserNote !== note && loserNote !== (base?.note || undefined)) {
    const reply: Reply = { author: loser.author, created: loser.updated ?? loser.created, note: loserNote, merged: true };
    if (!replies.some(r => replyKey(r) === replyKey(reply))) replies.push(reply);
  }
  replies.sort(compareReplies);

  const merged: Annotation = {
    id: ours.id,
    quote: target.quote, prefix: target.prefix, suffix: target.suffix, start: target.start, end: target.end,
    ...(mark !== undefined ? { mark } : {}),
    author, created,
  };
  if (tags.length > 0) merged.tags = tags;
  if (note !== undefined) merged.note = note;
  if (updated !== undefined) merged.updated = updated;
  if (replies.length > 0) merged.replies = replies;
  return merged;
}

/**
 * Union minus removals, by key: what base had and neither side removed, then what either side
 * added, first in the winner's order, then the loser's. Items with the same key are merged by `join`.
 */
function mergeSets<T>(base: readonly T[], winner: readonly T[], loser: readonly T[], key: (item: T) => string, join: (a: T, b: T) => T = a => a): T[] {
  const baseKeys = new Set(base.map(key));
  const winnerKeys = new Set(winner.map(key));
  const loserKeys = new Set(loser.map(key));
  const kept = new Map<string, T>();
  for (const item of [...winner, ...loser]) {
    const k = key(item);
    const removed = baseKeys.has(k) && (!winnerKeys.has(k) || !loserKeys.has(k));
    if (removed) continue;
    const earlier = kept.get(k);
    kept.set(k, earlier === undefined ? item : join(earlier, item));
  }
  return [...kept.values()];
}

function replyKey(reply: Reply): string {
  return JSON.stringify([reply.author, reply.created, reply.note]);
}

function mergeReplyFlags(a: Reply, b: Reply): Reply {
  return a.merged || !b.merged ? a : { ...a, merged: true };
}

function compareReplies(a: Reply, b: Reply): number {
  return compareTimes(a.created, b.created) || compareStrings(a.author, b.author) || compareStrings(a.note, b.note);
}

/**
 * The more recently updated version first; on a tie, the one whose canonical JSON sorts first,
 * so that the choice does not depend on which side is ours.
 */
function newerFirst(ours: Annotation, theirs: Annotation): [Annotation, Annotation] {
  const byTime = compareTimes(theirs.updated ?? theirs.created, ours.updated ?? ours.created);
  if (byTime !== 0) return byTime < 0 ? [ours, theirs] : [theirs, ours];
  return compareStrings(canonicalJson(ours), canonicalJson(theirs)) <= 0 ? [ours, theirs] : [theirs, ours];
}

function canonicalJson(a: Annotation): string {
  return JSON.stringify([a.mark ?? '', a.quote, a.prefix, a.suffix, [a.start.line, a.start.column], [a.end.line, a.end.column], a.tags ?? [], a.note ?? '', a.author, a.created, a.updated ?? '', (a.replies ?? []).map(r => [r.author, r.created, r.note, !!r.merged])]);
}

function maxTime(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareTimes(a, b) >= 0 ? a : b;
}

/** Code-unit order keeps it locale-free. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameTarget(a: Annotation, b: Annotation): boolean {
  return a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix && samePosition(a.start, b.start) && samePosition(a.end, b.end);
}

function samePosition(a: LineColumn, b: LineColumn): boolean {
  return a.line === b.line && a.column === b.column;
}

/** Field-by-field equality; an absent list or note equals an empty one (the file means the same). */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a.id === b.id && canonicalJson(a) === canonicalJson(b);
}

function byId(annotations: readonly Annotation[]): Map<string, Annotation> {
  return new Map(annotations.map(a => [a.id, a]));
}
