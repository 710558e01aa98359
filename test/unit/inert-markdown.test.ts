import * as assert from 'node:assert/strict';
import { inertMarkdown, literalMarkdown } from '../../src/core/text/inert-markdown';

/** The characters of `set` that no backslash escapes (an odd run of backslashes before a character escapes it). */
function unescaped(markdown: string, set: string): string[] {
  const found: string[] = [];
  for (let i = 0, slashes = 0; i < markdown.length; i++) {
    const c = markdown[i];
    if (set.includes(c) && slashes % 2 === 0) found.push(`${c}@${i}`);
    slashes = c === '\\' ? slashes + 1 : 0;
  }
  return found;
}

describe('inertMarkdown', () => {
  it('keeps the Markdown that formats: emphasis, lists, quotes, headings, code', () => {
    const note = '**重要** と *注意*\n- 一つ目\n- 二つ目\n1. 番号\n> 引用\n# 見出し\n`code`';
    assert.equal(inertMarkdown(note), note);
  });

  it('turns links, images, autolinks, HTML and icons into text', () => {
    const hostile = '[edit](command:policyAnnotator.deleteAnnotation?%5B%5D) ![x](http://e.example/i.png) <b>bold</b> '
      + 'https://evil.example www.evil.example a@b.example <http://x.example> $(zap)';
    const inert = inertMarkdown(hostile);
    assert.deepEqual(unescaped(inert, '[<:@$'), [], inert);
    assert.ok(inert.includes('www\\.evil'), 'www. is no autolink');
    assert.equal(inert.replace(/\\(.)/g, '$1'), hostile, 'unescaped, it reads as the note');
  });

  it('cannot be undone by a backslash typed in the note', () => {
    assert.equal(inertMarkdown('\\[x](y)'), '\\\\\\[x\\](y)');
  });

  it('leaves code spans and fenced blocks as they are, and escapes an unclosed backtick', () => {
    assert.equal(inertMarkdown('see `a:b [c]` and ``x ` y``'), 'see `a:b [c]` and ``x ` y``');
    assert.equal(inertMarkdown('```\n[a](b)\n```\n[a](b)'), '```\n[a](b)\n```\n\\[a\\](b)');
    assert.equal(inertMarkdown('odd ` [a](b)'), 'odd \\` \\[a\\](b)');
  });
});

describe('literalMarkdown', () => {
  it('shows a tag or a name exactly, whatever it contains', () => {
    assert.equal(literalMarkdown('a/b-c'), 'a/b\\-c');
    assert.equal(literalMarkdown('[x](command:y) **z**').replace(/\\(.)/g, '$1'), '[x](command:y) **z**');
    assert.deepEqual(unescaped(literalMarkdown('[x](y) `z`'), '[]()`'), []);
  });
});
