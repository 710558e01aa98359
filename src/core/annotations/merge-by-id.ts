import type { Annotation, Reply } from './model';

/**
 * What this editor changed and has not written yet, by annotation id, with the version each
 * change started from (undefined for an annotation created here). The base version tells a
 * change made on disk meanwhile (git pull, another editor) from one that was not.
 */
export interface PendingChanges {
  changed: ReadonlyMap<string, Annotation | undefined>;
  deleted: ReadonlyMap<string, Annotation>;
}

/**
 * Merges the file just read from disk with the changes not yet written, by id, losing nothing:
 * - an annotation only on disk is taken from disk (created or edited elsewhere);
 * - one changed here is taken from here; if disk changed it too, disk's differing note and its
 *   new replies are kept as replies marked `merged`;
 * - one deleted here stays deleted, unless disk changed it meanwhile (then disk's version stays);
 * - one created or changed here but absent from disk is kept.
 * Annotations neither side changed follow disk, which may have deleted them.
 * The result is in disk order, then the ones only kept from here.
 */
export function mergeById(disk: readonly Annotation[], local: readonly Annotation[], pending: PendingChanges): Annotation[] {
  const localById = new Map(local.map(a => [a.id, a]));
  const merged: Annotation[] = [];
  const seen = new Set<string>();
  for (const theirs of disk) {
    seen.add(theirs.id);
    const deletedBase = pending.deleted.get(theirs.id);
    if (deletedBase) {
      if (!sameAnnotation(deletedBase, theirs)) merged.push(theirs);
      continue;
    }
    const ours = localById.get(theirs.id);
    if (!ours || !pending.changed.has(theirs.id)) {
      merged.push(theirs);
      continue;
    }
    const base = pending.changed.get(theirs.id);
    merged.push(base && !sameAnnotation(base, theirs) ? keepTheirEdits(ours, theirs) : ours);
  }
  for (const ours of local) {
    if (!seen.has(ours.id) && pending.changed.has(ours.id)) merged.push(ours);
  }
  return merged;
}

/** Ours, plus their note (when it differs) and their replies we do not have, as merged replies. */
function keepTheirEdits(ours: Annotation, theirs: Annotation): Annotation {
  const replies: Reply[] = [...(ours.replies ?? [])];
  const has = (r: Reply) => replies.some(x => x.author === r.author && x.created === r.created && x.note === r.note);
  if (theirs.note && theirs.note !== ours.note) {
    const reply: Reply = { author: theirs.author, created: theirs.updated ?? theirs.created, note: theirs.note, merged: true };
    if (!has(reply)) replies.push(reply);
  }
  for (const reply of theirs.replies ?? []) if (!has(reply)) replies.push(reply);
  const tags = [...new Set([...(ours.tags ?? []), ...(theirs.tags ?? [])])];
  return { ...ours, ...(tags.length ? { tags } : {}), ...(replies.length ? { replies } : {}) };
}

/** Field-by-field equality of two annotations (key order and absent-vs-undefined do not matter). */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return a.id === b.id && a.quote === b.quote && a.prefix === b.prefix && a.suffix === b.suffix
    && a.start.line === b.start.line && a.start.column === b.start.column
    && a.end.line === b.end.line && a.end.column === b.end.column && a.mark === b.mark
    && sameList(a.tags ?? [], b.tags ?? []) && (a.note ?? '') === (b.note ?? '')
    && a.author === b.author && a.created === b.created && (a.updated ?? '') === (b.updated ?? '')
    && (a.replies ?? []).length === (b.replies ?? []).length
    && (a.replies ?? []).every((r, i) => {
      const s = b.replies![i];
      return r.author === s.author && r.created === s.created && r.note === s.note && !!r.merged === !!s.merged;
    });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
