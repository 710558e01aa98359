/**
 * Git conflict markers in a text file, split back into the versions they came from:
 *
 *   common lines
 *   <<<<<<< ours-label
 *   our lines
 *   ||||||| base-label        (only with merge.conflictStyle diff3 or zdiff3)
 *   base lines
 *   =======
 *   their lines
 *   >>>>>>> their-label
 *   common lines
 *
 * Each side is the common lines plus that side's lines of every conflict, so each is a whole
 * file again. The base exists only when every conflict carries its `|||||||` section.
 */
export interface ConflictSides {
  ours: string;
  theirs: string;
  /** Undefined when the markers do not carry the base (git's default `merge` style). */
  base?: string;
  /** How many conflicts the text held. */
  conflicts: number;
}

export type SplitResult =
  | { ok: true; sides: ConflictSides }
  | { ok: false; problem: { message: string; line: number } };

/**
 * A line git wrote as a conflict marker, the one pattern for every reader: 7 characters by
 * default, more with the `conflict-marker-size` attribute, alone or followed by a label.
 */
const MARKER = /^(<{7,}|\|{7,}|={7,}|>{7,})(?:[ \t].*)?$/;
const ANY_MARKER = new RegExp(MARKER.source, 'm');

/** True when some line of the text is a git conflict marker. */
export function hasConflictMarkers(text: string): boolean {
  return ANY_MARKER.test(text);
}

/** The marker a line (without its line end) holds: `<`, `|`, `=` or `>` repeated; undefined for other lines. */
export function conflictMarkerOf(line: string): string | undefined {
  return MARKER.exec(line)?.[1];
}

/**
 * Splits a conflicted text into its sides. Line ends are kept as they are. A marker out of
 * order or a conflict left open is a problem at its 1-based line.
 */
export function splitConflicts(text: string): SplitResult {
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let state: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  let conflicts = 0;
  let withBase = 0;
  let openedAt = 0;
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const marker = conflictMarkerOf(line.replace(/\r?\n$/, ''))?.[0];
    const fail = (message: string) => ({ ok: false as const, problem: { message, line: i + 1 } });
    if (marker === '<') {
      if (state !== 'common') return fail(`conflict marker <<<<<<< inside the conflict opened at line ${openedAt}`);
      state = 'ours';
      openedAt = i + 1;
      conflicts++;
    } else if (marker === '|') {
      if (state !== 'ours') return fail('conflict marker ||||||| outside a conflict\'s first section');
      state = 'base';
      withBase++;
    } else if (marker === '=' && state !== 'common') {
      if (state === 'theirs') return fail(`a second ======= in the conflict opened at line ${openedAt}`);
      state = 'theirs';
    } else if (marker === '>') {
      if (state !== 'theirs') return fail(state === 'common' ? 'conflict marker >>>>>>> with no conflict open' : `conflict marker >>>>>>> before the ======= of the conflict opened at line ${openedAt}`);
      state = 'common';
    } else if (marker === '=') {
      return fail('conflict marker ======= with no conflict open');
    } else {
      if (state === 'common' || state === 'ours') ours.push(line);
      if (state === 'common' || state === 'theirs') theirs.push(line);
      if (state === 'common' || state === 'base') base.push(line);
    }
  }
  if (state !== 'common') return { ok: false, problem: { message: `the conflict opened at line ${openedAt} is never closed with >>>>>>>`, line: openedAt } };
  const sides: ConflictSides = { ours: ours.join(''), theirs: theirs.join(''), conflicts };
  if (conflicts > 0 && withBase === conflicts) sides.base = base.join('');
  return { ok: true, sides };
}
