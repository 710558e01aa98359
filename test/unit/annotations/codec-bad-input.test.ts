import assert from 'node:assert/strict';
import { parseAnnotationFile, type FileProblem } from '../../../src/core/annotations/codec';
import { hasConflictMarkers } from '../../../src/core/annotations/conflicts';

/** A valid file of two annotations; each test breaks one thing in it. */
const VALID = [
  '# Policy Annotator annotations for report.txt',
  'schema: policy-annotator/1',
  'document: report.txt',
  'annotations:',
  '  - id: 01JDZ8M6Q3T7V2K9X4B5N0C1RA',
  '    quote: 連携の強化',
  '    prefix: ""',
  '    suffix: を進める',
  '    start: 5:3',
  '    end: 5:8',
  '    tags: [alliances]',
  '    author: Hanako Yamada <hanako@example.org>',
  '    created: 2026-11-22T10:15:00Z',
  '  - id: 01JDZ8M6Q3T7V2K9X4B5N0C1RB',
  '    quote: 供給網',
  '    prefix: 重要な',
  '    suffix: の点検',
  '    start: 9:1',
  '    end: 9:4',
  '    author: Taro Sato <taro@example.org>',
  '    created: 2026-11-22T11:00:00Z',
  '    replies:',
  '      - author: Hanako Yamada <hanako@example.org>',
  '        created: 2026-11-23T09:00:00Z',
  '        note: 同意',
  '',
].join('\n');

function problemsOf(text: string, options?: { maxBytes?: number }): FileProblem[] {
  const result = parseAnnotationFile(text, options);
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result.ok ? [] : result.problems;
}

/** Replaces the one line that starts with `from` (after indentation). */
function withLine(from: string, to: string): string {
  const lines = VALID.split('\n');
  const index = lines.findIndex(l => l.trimStart().startsWith(from));
  assert.notEqual(index, -1, from);
  lines[index] = to;
  return lines.join('\n');
}

function assertOneProblem(text: string, line: number, column: number, message: RegExp): void {
  const problems = problemsOf(text);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.deepEqual([problems[0].line, problems[0].column], [line, column], problems[0].message);
  assert.match(problems[0].message, message);
}

describe('annotation file codec: bad input', () => {
  it('reads the valid file used below', () => {
    const result = parseAnnotationFile(VALID);
    assert.ok(result.ok);
    assert.equal(result.file.annotations.length, 2);
  });

  it('refuses an unknown schema version, pointing at it', () => {
    assertOneProblem(withLine('schema:', 'schema: policy-annotator/2'), 2, 9, /unknown schema version policy-annotator\/2/);
  });

  it('refuses a file without a schema', () => {
    assertOneProblem(withLine('schema:', '# no schema here'), 3, 1, /schema: is missing/);
  });

  it('reports each git conflict marker line', () => {
    const lines = VALID.split('\n');
    lines.splice(14, 0, '<<<<<<< HEAD');
    lines.splice(16, 0, '=======', '    quote: 供給網の強靱化', '>>>>>>> theirs');
    const problems = problemsOf(lines.join('\n'));
    assert.deepEqual(problems.map(p => [p.line, p.column]), [[15, 1], [17, 1], [19, 1]]);
    assert.match(problems[0].message, /conflict marker <<<<<<</);
  });

  it('reports longer markers (conflict-marker-size) and a diff3 base marker, as git resolve reads them', () => {
    const lines = VALID.split('\n');
    lines.splice(14, 0, '<<<<<<<< HEAD');
    lines.splice(16, 0, '|||||||| base', '========', '>>>>>>>>');
    const problems = problemsOf(lines.join('\n'));
    assert.deepEqual(problems.map(p => p.line), [15, 17, 18, 19]);
    assert.match(problems[0].message, /conflict marker <<<<<<<<:/);
    assert.ok(hasConflictMarkers(lines.join('\n')));
  });

  it('refuses YAML anchors and aliases where they are written', () => {
    const text = withLine('author: Taro', '    author: &who Taro Sato <taro@example.org>').replace('      - author: Hanako Yamada <hanako@example.org>', '      - author: *who');
    const problems = problemsOf(text);
    assert.deepEqual(problems.map(p => [p.line, p.column]), [[20, 13], [23, 17]]);
    assert.match(problems[0].message, /anchors \(&who\)/);
    assert.match(problems[1].message, /aliases \(\*who\)/);
  });

  it('refuses custom and explicit tags where they are written', () => {
    assertOneProblem(withLine('quote: 供給網', '    quote: !danger 供給網'), 15, 12, /tags \(!danger\)/);
    assertOneProblem(withLine('quote: 供給網', '    quote: !!str 供給網'), 15, 12, /tags \(!!str\)/);
  });

  it('refuses an oversized file before parsing it', () => {
    const problems = problemsOf(VALID, { maxBytes: 100 });
    assert.match(problems[0].message, /MB an annotation file may have/);
  });

  it('reports duplicate ids at the second one', () => {
    assertOneProblem(withLine('- id: 01JDZ8M6Q3T7V2K9X4B5N0C1RB', '  - id: 01JDZ8M6Q3T7V2K9X4B5N0C1RA'), 14, 9, /duplicate id 01JDZ8M6Q3T7V2K9X4B5N0C1RA/);
  });

  it('refuses positions that are not 1-based line:column', () => {
    assertOneProblem(withLine('start: 9:1', '    start: 0:1'), 18, 12, /start must be line:column/);
    assertOneProblem(withLine('start: 9:1', '    start: 9'), 18, 12, /found number 9/);
    assertOneProblem(withLine('end: 9:4', '    end: nine'), 19, 10, /end must be line:column/);
    assertOneProblem(withLine('end: 9:4', '    end: 8:4'), 19, 10, /end 8:4 comes before start 9:1/);
  });

  it('refuses wrong types with the key and what was found', () => {
    assertOneProblem(withLine('quote: 供給網', '    quote: 2026'), 15, 12, /quote must be text; found number 2026 \(put it in quotes\)/);
    assertOneProblem(withLine('tags:', '    tags: alliances'), 11, 11, /tags must be a list/);
    assertOneProblem(withLine('tags:', '    tags: [alliances, 3]'), 11, 23, /a tag must be a non-empty one-line text; found number 3/);
    assertOneProblem(withLine('note: 同意', '        note: [a]'), 25, 15, /note must be text; found a list/);
    assertOneProblem(withLine('created: 2026-11-22T11', '    created: yesterday'), 21, 14, /created must be an ISO 8601 UTC time/);
    assertOneProblem(withLine('annotations:', 'annotations: none').split('\n').slice(0, 4).join('\n') + '\n', 4, 14, /annotations must be a list/);
  });

  it('reports missing and unknown keys', () => {
    const both = problemsOf(withLine('quote: 連携の強化', '    tgas: [x]'));
    assert.deepEqual(both.map(p => [p.line, p.column]), [[5, 5], [6, 5]]);
    assert.match(both[0].message, /quote: is missing/);
    const problems = problemsOf(withLine('tags:', '    tgas: [alliances]'));
    assert.deepEqual(problems.map(p => [p.line, p.column]), [[11, 5]]);
    assert.match(problems[0].message, /unknown key tgas:/);
  });

  it('gives YAML syntax errors with their position', () => {
    const problems = problemsOf(withLine('quote: 供給網', '    quote: "供給網'));
    assert.deepEqual([problems[0].line, problems[0].column], [15, 12]);
    assert.match(problems[0].message, /closing "quote/);
    const nested = problemsOf(withLine('quote: 供給網', '    quote: a: b'));
    assert.deepEqual([nested[0].line, nested[0].column], [15, 12]);
  });

  it('refuses a second YAML document in the file, where it starts', () => {
    assertOneProblem(VALID + '---\nschema: policy-annotator/1\n', 26, 1, /holds one YAML document/);
  });

  it('reports a duplicate key', () => {
    const problems = problemsOf(withLine('suffix: の点検', '    quote: の点検'));
    assert.ok(problems.some(p => p.line === 17 && p.column === 5 && /^duplicate key quote:/.test(p.message)), JSON.stringify(problems));
  });

  it('tells how to write an empty prefix when one is left without a value', () => {
    assertOneProblem(withLine('prefix: ""', '    prefix:'), 7, 12, /prefix must be text; found nothing \(write prefix: "" for an empty text\)/);
  });

  it('counts columns in code points', () => {
    assertOneProblem(withLine('quote: 供給網', '    quote: !x 😀'), 15, 12, /tags/);
    assertOneProblem('schema: policy-annotator/1\ndocument: "😀"\nannotations: []\nあ😀: 1\n', 4, 1, /unknown key あ😀/);
  });

  it('refuses an empty file and a file that is not a map', () => {
    assertOneProblem('', 1, 1, /annotation file is a map/);
    assertOneProblem('- a\n- b\n', 1, 1, /found a list/);
  });

  it('reads CRLF files and hand-written variants the same way as the canonical form', () => {
    const variant = VALID.replace(/\n/g, '\r\n').replace('tags: [alliances]', "tags:\r\n      - 'alliances'").replace('    prefix: ""', '    prefix: \'\'  # none');
    const a = parseAnnotationFile(VALID);
    const b = parseAnnotationFile(variant);
    assert.ok(a.ok && b.ok);
    assert.deepEqual(b.file, a.file);
  });
});
