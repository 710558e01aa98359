import * as assert from 'node:assert/strict';
import { parseProjectOutline } from '../../../src/core/outline/project-config';

/** The problems of a file as `line:column message`, for short assertions. */
function problems(text: string): string[] {
  const result = parseProjectOutline(text);
  assert.ok(!result.ok, 'the file should be refused');
  return result.problems.map(p => `${p.line}:${p.column} ${p.message}`);
}

describe('the project outline file (.policy-annotator/outline.yaml)', () => {
  it('gives the labels and heading patterns it lists, trimmed and without repeats', () => {
    const result = parseProjectOutline([
      '# Our programme\'s documents',
      'recommendationLabels: [施策, " Proposals ", 施策]',
      'headingPatterns:',
      '  - pattern: 第{n}条',
      '    level: section',
      '  - { pattern: "Article {n}.{n}", level: chapter }',
      '',
    ].join('\n'));
    assert.deepEqual(result, {
      ok: true,
      outline: { recommendationLabels: ['施策', 'Proposals'], headingPatterns: [{ pattern: '第{n}条', level: 'section' }, { pattern: 'Article {n}.{n}', level: 'chapter' }] },
    });
  });

  it('takes an empty file as adding nothing', () => {
    assert.deepEqual(parseProjectOutline(''), { ok: true, outline: {} });
    assert.deepEqual(parseProjectOutline('# nothing yet\n'), { ok: true, outline: {} });
  });

  it('locates unknown keys, wrong types and bad levels', () => {
    assert.deepEqual(problems('recommendationLabel: [施策]\n'), ['1:1 unknown key recommendationLabel: (expected recommendationLabels or headingPatterns)']);
    assert.deepEqual(problems('recommendationLabels: 施策\n'), ['1:23 recommendationLabels must be a list of texts, such as [施策, Proposals]']);
    assert.deepEqual(problems('recommendationLabels: [施策, 12]\n'), ['1:28 a recommendation label must be text']);
    assert.deepEqual(problems('headingPatterns:\n  - pattern: 第{n}条\n    level: part\n'), ['3:12 level must be chapter or section']);
    assert.deepEqual(problems('headingPatterns:\n  - level: chapter\n'), ['2:5 pattern: is missing']);
    assert.deepEqual(problems('- 施策\n'), ['1:1 the file is a map with recommendationLabels and headingPatterns']);
  });

  it('keeps patterns literal: a number or letter placeholder is required, nothing else in braces', () => {
    const pattern = (p: string) => problems(`headingPatterns:\n  - { pattern: "${p}", level: chapter }\n`)[0];
    assert.equal(pattern('Article'), '2:16 a pattern needs {n} (a number) or {a} (a letter) where headings are numbered, such as 第{n}条');
    assert.equal(pattern('Part {x}'), '2:16 unknown placeholder {x} in the pattern: use {n} for a number, {a} for a letter');
    assert.equal(pattern('{n}{n}{n}{n}'), '2:16 at most 3 placeholders in a pattern');
    assert.equal(pattern('Part {n} }'), '2:16 a brace outside {n} or {a} in the pattern');
    assert.equal(pattern('(.*)+{n}'.padEnd(61, 'x')), '2:16 a pattern has at most 60 characters');
  });

  it('refuses YAML that could expand or hide a type, and oversized files, with where', () => {
    assert.deepEqual(problems('recommendationLabels: &l [施策]\nheadingPatterns: *l\n'), ['1:23 YAML anchors are not allowed here', '2:18 YAML aliases are not allowed here; write the value out']);
    assert.deepEqual(problems('recommendationLabels: [!!str 施策]\n'), ['1:24 YAML tags are not allowed here; write plain values']);
    assert.match(problems(`recommendationLabels: [${'施策, '.repeat(30000)}x]\n`)[0], /^1:1 the file is larger than 64 KB/);
    assert.deepEqual(problems(`recommendationLabels: [${Array.from({ length: 201 }, (_, i) => `l${i}`).join(', ')}]\n`), ['1:23 at most 200 recommendation labels']);
  });

  it('reports the first YAML syntax error where it is, with a hint for unquoted braces in a flow map', () => {
    const found = problems('headingPatterns:\n  - { pattern: 第{n}条, level: section }\n');
    assert.equal(found.length, 1);
    assert.match(found[0], /^2:17 .*\(inside \[ \] or \{ \}, quote a pattern with braces: "第\{n\}条"\)$/);
  });
});
