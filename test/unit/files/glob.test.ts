import { strict as assert } from 'node:assert';
import { globMatcher } from '../../../src/core/files/glob';

function matches(glob: string, path: string): boolean {
  return globMatcher(glob)(path);
}

describe('globMatcher', () => {
  it('reads `**/` as no folder or any folders', () => {
    assert.ok(matches('**/*.txt', 'outlook.txt'));
    assert.ok(matches('**/*.txt', 'reports/2026/outlook.txt'));
    assert.ok(!matches('**/*.txt', 'outlook.txt.bak'));
    assert.ok(!matches('**/*.txt', 'reports/outlook.md'));
  });

  it('keeps `*` and `?` within one name', () => {
    assert.ok(matches('docs/*.md', 'docs/a.md'));
    assert.ok(!matches('docs/*.md', 'docs/sub/a.md'));
    assert.ok(!matches('*.md', 'docs/a.md'));
    assert.ok(matches('docs/?.md', 'docs/a.md'));
    assert.ok(!matches('docs/?.md', 'docs/ab.md'));
    assert.ok(matches('docs/**', 'docs/sub/a.md'));
    assert.ok(matches('**', 'any/where.txt'));
  });

  it('reads alternatives and character sets', () => {
    assert.ok(matches('**/*.{txt,md}', 'a/b.md'));
    assert.ok(matches('**/*.{txt,md}', 'b.txt'));
    assert.ok(!matches('**/*.{txt,md}', 'b.csv'));
    assert.ok(matches('report-[0-9].txt', 'report-7.txt'));
    assert.ok(!matches('report-[!0-9].txt', 'report-7.txt'));
    assert.ok(matches('report-[!0-9].txt', 'report-x.txt'));
  });

  it('takes other characters literally, Japanese names and regular-expression characters alike', () => {
    assert.ok(matches('政策/**/*.txt', '政策/白書/第1部.txt'));
    assert.ok(!matches('a.txt', 'abtxt'));
    assert.ok(matches('notes (draft)+$.md', 'notes (draft)+$.md'));
    assert.ok(matches('x[.md', 'x[.md'), 'an unclosed set is a bracket');
    assert.ok(matches('{a,b', 'a'), 'an unclosed group still matches its alternatives');
  });

  it('is case-sensitive', () => {
    assert.ok(!matches('**/*.txt', 'OUTLOOK.TXT'));
  });
});
