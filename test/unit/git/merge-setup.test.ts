import * as assert from 'node:assert/strict';
import { ATTRIBUTES_LINE, codebookAttributesLine, formatAuthor, withMergeAttribute } from '../../../src/core/git/merge-setup';

describe('setting up git merging of annotations', () => {
  const LINES = `${ATTRIBUTES_LINE}\n/codebook.yaml merge=policy-annotator\n`;

  it('adds the .gitattributes lines for annotation files and the codebook to a missing, empty or unterminated file, keeping what is there', () => {
    assert.equal(withMergeAttribute(undefined), LINES);
    assert.equal(withMergeAttribute(''), LINES);
    assert.equal(withMergeAttribute('*.png binary'), `*.png binary\n${LINES}`);
    assert.equal(withMergeAttribute('*.png binary\r\n'), `*.png binary\r\n${LINES.replace(/\n/g, '\r\n')}`);
  });

  it('adds only what is missing, and nothing when both already go to the driver', () => {
    assert.equal(withMergeAttribute(LINES), undefined);
    assert.equal(withMergeAttribute(`${ATTRIBUTES_LINE}\n`), `${LINES}`, 'a repository set up before the codebook merged gets its line');
    assert.equal(withMergeAttribute('*.txt text\n**/*.annotations.yaml  text merge=policy-annotator\ncodebook.yaml merge=policy-annotator\n'), undefined);
    assert.equal(withMergeAttribute('/codebook.yaml merge=policy-annotator\n'), `/codebook.yaml merge=policy-annotator\n${ATTRIBUTES_LINE}\n`);
    assert.notEqual(withMergeAttribute('*.annotations.yaml text\n/codebook.yaml text\n'), undefined, 'a line without the driver does not count');
  });

  it('anchors the codebook\'s line at its path from the repository\'s root', () => {
    assert.equal(codebookAttributesLine('codebook.yaml'), '/codebook.yaml merge=policy-annotator');
    assert.equal(codebookAttributesLine('project\\notes/my codebook.yaml'), '/project/notes/my[[:space:]]codebook.yaml merge=policy-annotator');
    assert.equal(withMergeAttribute(`${ATTRIBUTES_LINE}\ncodebook.yaml merge=policy-annotator\n`, 'project/codebook.yaml'), undefined, 'codebook.yaml without a slash matches at any depth');
    assert.equal(withMergeAttribute(`${ATTRIBUTES_LINE}\nproject/codes.yaml merge=policy-annotator\n`, 'project/codes.yaml'), undefined);
    assert.equal(withMergeAttribute(`${ATTRIBUTES_LINE}\n/codebook.yaml merge=policy-annotator\n`, 'project/codes.yaml'), `${ATTRIBUTES_LINE}\n/codebook.yaml merge=policy-annotator\n/project/codes.yaml merge=policy-annotator\n`);
  });

  it('writes the author as Name <email>, or what git has', () => {
    assert.equal(formatAuthor('Hanako Yamada', 'hanako@example.org'), 'Hanako Yamada <hanako@example.org>');
    assert.equal(formatAuthor(' Hanako ', ''), 'Hanako');
    assert.equal(formatAuthor(undefined, 'h@example.org'), '<h@example.org>');
    assert.equal(formatAuthor('', undefined), undefined);
  });
});
