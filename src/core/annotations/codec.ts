import { LineIndex } from '../text/line-index';
import { conflictMarkers, DEFAULT_MAX_BYTES, nulProblem, sizeProblem } from './codec/guards';
import { readCanonical } from './codec/fast-read';
import { validateData } from './codec/validate';
import { writeCanonical } from './codec/write';
import { NESTED_TOO_DEEPLY, readWithYaml } from './codec/yaml-read';
import type { AnnotationFile } from './model';

/** One reason an annotation file cannot be read, at a 1-based line and column (in code points) of that file. */
export interface FileProblem {
  message: string;
  line: number;
  column: number;
}

export type ParseResult = { ok: true; file: AnnotationFile } | { ok: false; problems: FileProblem[] };

/** More problems than this in one file are summarised: the first ones tell what is wrong. */
const MAX_PROBLEMS = 100;

/**
 * Reads an annotation file strictly: the size, git conflict markers, YAML syntax, anchors,
 * aliases and tags, then the schema. Any problem makes the whole file unreadable (so that it
 * is never overwritten with less than it holds), and every problem carries its line and column.
 * The canonical form is read by a fast path that gives exactly what `yaml` gives; anything
 * else is read by `yaml` itself.
 */
export function parseAnnotationFile(text: string, options: { maxBytes?: number } = {}): ParseResult {
  const tooLarge = sizeProblem(text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (tooLarge) return { ok: false, problems: [{ message: tooLarge, line: 1, column: 1 }] };
  const nul = nulProblem(text);
  if (nul) return { ok: false, problems: [{ message: nul.message, ...new LineIndex(text).positionAt(nul.offset) }] };
  const markers = conflictMarkers(text);
  if (markers.length > 0) return { ok: false, problems: markers.map(m => ({ message: m.message, line: m.line + 1, column: 1 })) };

  const canonical = readCanonical(text);
  if (canonical !== undefined) {
    const validated = validateData(canonical);
    if (validated.file) return { ok: true, file: validated.file };
  }
  const lineIndex = new LineIndex(text);
  const at = (offset: number) => lineIndex.positionAt(offset);
  const read = readNested(text);
  if (!read.ok) return failure(read.problems.map(p => ({ message: p.message, ...at(p.offset) })));
  const validated = validateData(read.data);
  if (validated.file) return { ok: true, file: validated.file };
  return failure(validated.problems.map(p => ({ message: p.message, ...at(read.locate(p.path, p.at)) })));
}

/** The canonical text of the file (see codec/write.ts): deterministic, sorted, one value per line. */
export function stringifyAnnotationFile(file: AnnotationFile): string {
  return writeCanonical(file);
}

/** Indented deeper than this, a line is far past anything an annotation file holds. */
const DEEP_INDENT = 64;

/**
 * `yaml` reads nested blocks recursively: thousands of levels exhaust the stack. That is
 * reported as a problem of the file, at the first line indented far deeper than an annotation
 * file ever is, rather than thrown past the caller (which would give up on every other file).
 */
function readNested(text: string): ReturnType<typeof readWithYaml> {
  try {
    return readWithYaml(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const deep = new RegExp(`^[ \\t]{${DEEP_INDENT},}\\S|^(?:[ \\t]*[[{-][ \\t]*){${DEEP_INDENT},}`, 'm').exec(text);
    return { ok: false, problems: [{ message: NESTED_TOO_DEEPLY, offset: deep ? deep.index : 0 }] };
  }
}

function failure(problems: FileProblem[]): ParseResult {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  if (sorted.length <= MAX_PROBLEMS) return { ok: false, problems: sorted };
  const rest = sorted.length - MAX_PROBLEMS;
  return { ok: false, problems: [...sorted.slice(0, MAX_PROBLEMS), { ...sorted[MAX_PROBLEMS], message: `${rest} more problems not listed` }] };
}
