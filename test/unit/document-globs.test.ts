import * as assert from 'node:assert/strict';
import { searchPatterns } from '../../src/core/document-globs';

describe('document globs as workspace searches', () => {
  it('joins plain globs into one search', () => {
    assert.deepEqual(searchPatterns(['**/*.txt', '**/*.md']), ['{**/*.txt,**/*.md}']);
  });

  it('leaves a single glob as it is', () => {
    assert.deepEqual(searchPatterns(['reports/**/*.txt']), ['reports/**/*.txt']);
  });

  it('keeps globs with braces of their own apart, since braces do not nest', () => {
    assert.deepEqual(searchPatterns(['docs/**/*.{txt,md}', '**/*.policy.txt']), ['docs/**/*.{txt,md}', '**/*.policy.txt']);
  });

  it('searches nothing without globs', () => {
    assert.deepEqual(searchPatterns([]), []);
  });
});
