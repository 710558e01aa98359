import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { readCanonical } from '../../../src/core/annotations/codec/fast-read';
import { annotationFile, NASTY_PIECES } from './arbitraries';

const RUNS = { numRuns: 400 };

describe('annotation file codec: round trip', () => {
  it('reads back exactly the model it wrote', () => {
    fc.assert(fc.property(annotationFile, file => {
      const parsed = parseAnnotationFile(stringifyAnnotationFile(file));
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
      assert.deepStrictEqual(parsed.file, file);
    }), RUNS);
  });

  it('writes the same bytes again for what it read (saving an unchanged model changes nothing)', () => {
    fc.assert(fc.property(annotationFile, file => {
      const text = stringifyAnnotationFile(file);
      const parsed = parseAnnotationFile(text);
      assert.ok(parsed.ok);
      assert.equal(stringifyAnnotationFile(parsed.file), text);
    }), RUNS);
  });

  it('reads its own canonical form on the fast path, with exactly what yaml reads', () => {
    fc.assert(fc.property(annotationFile, file => {
      const text = stringifyAnnotationFile(file);
      const fast = readCanonical(text);
      assert.notEqual(fast, undefined, 'the fast path gave up on canonical text:\n' + text);
      assert.deepStrictEqual(fast, parseYaml(text));
    }), RUNS);
  });

  it('reads a file checked out with CRLF line ends on the fast path too, with exactly what yaml reads', () => {
    fc.assert(fc.property(annotationFile, file => {
      const text = stringifyAnnotationFile(file).replace(/\n/g, '\r\n');
      const fast = readCanonical(text);
      assert.notEqual(fast, undefined, 'the fast path gave up on CRLF text');
      assert.deepStrictEqual(fast, parseYaml(text));
      const parsed = parseAnnotationFile(text);
      assert.ok(parsed.ok);
      assert.deepStrictEqual(parsed.file, file);
    }), RUNS);
  });

  it('on text edited by hand, the fast path either gives up or agrees with yaml', () => {
    const edit = fc.record({ at: fc.nat(), piece: fc.constantFrom(...NASTY_PIECES, '\n  ', '\n    ', '\n      ', '  - ', 'x: y\n', '\n'), removed: fc.nat({ max: 3 }) });
    fc.assert(fc.property(annotationFile, fc.array(edit, { minLength: 1, maxLength: 3 }), (file, edits) => {
      let text = stringifyAnnotationFile(file);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.piece + text.slice(at + e.removed);
      }
      const fast = readCanonical(text);
      if (fast === undefined) return;
      assert.deepStrictEqual(fast, parseYaml(text, { uniqueKeys: true }), 'text:\n' + text);
    }), { numRuns: 2000 });
  });

  it('writes the example of the format as the format shows it', () => {
    const text = stringifyAnnotationFile({
      document: 'report.txt',
      annotations: [{
        id: '01JDZ8M6Q3T7V2K9X4B5N0C1RA', quote: '同志国との連携', prefix: '- ', suffix: 'を強化すべきである。',
        start: { line: 5, column: 3 }, end: { line: 5, column: 10 }, tags: ['security/alliances'],
        note: 'Compare with chapter 3.\nAnd the annex.', author: 'Hanako Yamada <hanako@example.org>', created: '2026-11-22T10:15:00Z',
      }],
    });
    assert.equal(text, [
      '# Policy Annotator annotations for report.txt',
      'schema: policy-annotator/1',
      'document: report.txt',
      'annotations:',
      '  - id: 01JDZ8M6Q3T7V2K9X4B5N0C1RA',
      '    quote: 同志国との連携',
      '    prefix: "- "',
      '    suffix: を強化すべきである。',
      '    start: 5:3',
      '    end: 5:10',
      '    tags: [security/alliances]',
      '    note: |-',
      '      Compare with chapter 3.',
      '      And the annex.',
      '    author: Hanako Yamada <hanako@example.org>',
      '    created: 2026-11-22T10:15:00Z',
      '',
    ].join('\n'));
  });

  it('keeps the sample workspace\'s annotation file byte for byte, on the fast path', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'outlook-2026.policy.txt.annotations.yaml'), 'utf8');
    assert.notEqual(readCanonical(text), undefined);
    const parsed = parseAnnotationFile(text);
    assert.ok(parsed.ok);
    assert.equal(stringifyAnnotationFile(parsed.file), text);
  });

  it('writes a one-line annotation note as a block, as the format shows, and a one-line reply inline', () => {
    const text = stringifyAnnotationFile({ document: 'd.txt', annotations: [{ id: 'A', quote: 'q', prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, note: 'free text', author: 'a', created: '2026-01-01T00:00:00Z', replies: [{ author: 'b', created: '2026-01-02T00:00:00Z', note: 'free text' }] }] });
    assert.match(text, /\n {4}note: \|-\n {6}free text\n/);
    assert.match(text, /\n {8}note: free text\n/);
  });

  it('sorts entries by start, end and id, whatever order the model holds', () => {
    const base = { prefix: '', suffix: '', author: 'A <a@b>', created: '2026-01-01T00:00:00Z' };
    const at = (line: number, column: number) => ({ line, column });
    const text = stringifyAnnotationFile({
      document: 'd.txt',
      annotations: [
        { ...base, id: 'C', quote: 'x', start: at(2, 1), end: at(2, 2) },
        { ...base, id: 'B', quote: 'x', start: at(1, 5), end: at(1, 9) },
        { ...base, id: 'A', quote: 'x', start: at(1, 5), end: at(1, 9) },
        { ...base, id: 'D', quote: 'x', start: at(1, 5), end: at(1, 6) },
      ],
    });
    assert.deepEqual([...text.matchAll(/id: (\w+)/g)].map(m => m[1]), ['D', 'A', 'B', 'C']);
  });

  it('quotes what would not read back as the same string, and nothing else', () => {
    const note = (value: string) => stringifyAnnotationFile({ document: 'd.txt', annotations: [{ id: 'A', quote: value, prefix: '', suffix: '', start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, author: 'a', created: '2026-01-01T00:00:00Z' }] }).split('\n')[5];
    assert.equal(note('防衛装備移転'), '    quote: 防衛装備移転');
    assert.equal(note('a: b'), '    quote: "a: b"');
    assert.equal(note('yes'), '    quote: "yes"');
    assert.equal(note('12'), '    quote: "12"');
    assert.equal(note('# x'), '    quote: "# x"');
    assert.equal(note(' lead'), '    quote: " lead"');
    assert.equal(note('tab\there'), '    quote: "tab\\there"');
  });
});
