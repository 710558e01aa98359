import fc from 'fast-check';
import type { Annotation, AnnotationFile, Reply } from '../../../src/core/annotations/model';
import { compareAnnotations } from '../../../src/core/annotations/codec/order';

/** Pieces that have a meaning of their own somewhere in YAML, or that readers often mishandle. */
export const NASTY_PIECES = [
  '"', "'", ':', ': ', ' :', ' #', '#', ' ', '  ', '- ', '-', '? ', '?', ',', '[', ']', '{', '}', '&a', '*a', '!x', '!!str', '%', '@', '`', '|', '|-', '>', '\\', '\\n',
  'yes', 'no', 'No', 'on', 'OFF', 'y', 'null', '~', 'true', 'False', '1', '-1', '0x1F', '0o17', '1e3', '1_000', '.5', '.inf', '-.Inf', '.nan', '1:30', '12:5', '2026-11-22',
  '\n', '\n\n', '\r\n', '\r', '\t', '---', '...', '<<', '=',
  '日本語', '提言', '◆', '・', '「', '」', '：', '＃', '😀', '👨‍👩‍👧', '𠮷', 'ｻﾌﾟﾗｲ', 'Ａ１', '\u3000', '\u00a0', '\u2028', '\u0085', '\ufeff', '\x7f', '\x00', '\x1b', 'é', 'e\u0301',
];

/** Strings made of nasty pieces and random text, including empty ones. */
export const nastyString = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_PIECES) },
    { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  ),
  { maxLength: 6 },
).map(parts => parts.join(''));

const oneLine = (min: number) => nastyString.map(s => s.replace(/[\r\n]/g, '')).filter(s => s.length >= min);
const nonBlankOneLine = oneLine(1).filter(s => s.trim() !== '');
const id = fc.stringMatching(/^[0-9A-Z]{4,26}$/);
const position = fc.record({ line: fc.integer({ min: 1, max: 99999 }), column: fc.integer({ min: 1, max: 9999 }) }, { noNullPrototype: true });
const time = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map(d => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

const reply: fc.Arbitrary<Reply> = fc.record(
  { author: nonBlankOneLine, created: time, note: nastyString, merged: fc.boolean() },
  { requiredKeys: ['author', 'created', 'note'], noNullPrototype: true },
);

const annotation: fc.Arbitrary<Annotation> = fc.record(
  {
    id,
    quote: nastyString.filter(s => s.length > 0),
    prefix: nastyString,
    suffix: nastyString,
    start: position,
    end: position,
    mark: fc.constantFrom('chapter', 'section', 'recommendation', 'none' as const),
    tags: fc.array(nonBlankOneLine, { maxLength: 4 }),
    note: nastyString,
    author: nonBlankOneLine,
    created: time,
    updated: time,
    replies: fc.array(reply, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'quote', 'prefix', 'suffix', 'start', 'end', 'author', 'created'], noNullPrototype: true },
).map(a => (comesBefore(a.end, a.start) ? { ...a, start: a.end, end: a.start } : a));

/** Valid annotation files in the order the writer keeps (ids unique, entries sorted). */
export const annotationFile: fc.Arbitrary<AnnotationFile> = fc.record({
  document: nonBlankOneLine,
  annotations: fc.uniqueArray(annotation, { selector: a => a.id, maxLength: 6 }),
}, { noNullPrototype: true }).map(file => ({ ...file, annotations: [...file.annotations].sort(compareAnnotations) }));

function comesBefore(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
