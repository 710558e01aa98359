import * as assert from 'node:assert/strict';
import { ATTRIBUTES_LINE, formatAuthor, withMergeAttribute } from '../../../src/core/git/merge-setup';

describe('setting up git merging of annotations', () => {
  it('adds the .gitattributes line to a missing, empty or unterminated file, keeping what is there', () => {
    assert.equal(withMergeAttribute(undefined), `${ATTRIBUTES_LINE}\n`);
    assert.equal(withMergeAttribute(''), `${ATTRIBUTES_LINE}\n`);
    assert.equal(withMergeAttribute('*.png binary'), `*.png binary\n${ATTRIBUTES_LINE}\n`);
    assert.equal(withMergeAttribute('*.png binary\r\n'), `*.png binary\r\n${ATTRIBUTES_LINE}\r\n`);
  });

  it('adds nothing when annotation files already go to the driver', () => {
    assert.equal(withMergeAttribute(`${ATTRIBUTES_LINE}\n`), undefined);
    assert.equal(withMergeAttribute('*.txt text\n**/*.annotations.yaml  text merge=policy-annotator\n'), undefined);
    assert.notEqual(withMergeAttribute('*.annotations.yaml text\n'), undefined, 'a line without the driver does not count');
  });

  it('writes the author as Name <email>, or what git has', () => {
    assert.equal(formatAuthor('Hanako Yamada', 'hanako@example.org'), 'Hanako Yamada <hanako@example.org>');
    assert.equal(formatAuthor(' Hanako ', ''), 'Hanako');
    assert.equal(formatAuthor(undefined, 'h@example.org'), '<h@example.org>');
    assert.equal(formatAuthor('', undefined), undefined);
  });
});
