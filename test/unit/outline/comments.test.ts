import * as assert from 'node:assert/strict';
import { flattenOutline, outlineDocument } from '../../../src/core/outline';
import { Lines } from '../../../src/core/outline/lines';
import { findCommentLines } from '../../../src/core/outline/headings/comments';

// Every text here is made up, imitating a translated guidance document that keeps each source
// paragraph in an HTML comment above its translation.
const translated = [
  '# 利用者確認の手引き', '',
  '<!-- ## Scope of this guide -->', '',
  '## 適用範囲', '',
  '<!-- This guide applies to every service that registers users.',
  'Owners should review it once a year. -->', '',
  '本手引きは利用者を登録するすべてのサービスに適用する。', '',
  '## 提言', '',
  '<!--', '- Publish the register of services.', '- Review the register every year.', '-->', '',
  '- サービスの一覧を公開する。', '- 一覧を毎年見直す。', '',
  '<!-- ## Notes for translators -->',
].join('\n');

describe('HTML comments in Markdown (translations keeping their source, commented-out drafts)', () => {
  const nodes = flattenOutline(outlineDocument(translated, { fileName: 'guide.ja.md' }));

  it('a heading inside a comment makes no chapter', () => {
    assert.deepEqual(nodes.filter(n => n.kind === 'chapter').map(n => n.title), ['適用範囲', '提言']);
  });

  it('list items inside a comment make no recommendation, and commented prose proposes nothing', () => {
    assert.deepEqual(nodes.filter(n => n.kind === 'recommendation').map(n => n.title), ['サービスの一覧を公開する。', '一覧を毎年見直す。']);
    assert.ok(!nodes.some(n => n.kind === 'prose-recommendation'));
  });

  it('hides whole lines only: text after a comment on its last line is shown, an unclosed comment hides nothing', () => {
    const hidden = findCommentLines(new Lines(['<!-- a note', 'still the note --> shown text', 'plain'].join('\n')));
    assert.deepEqual([...(hidden ?? [])], [1, 0, 0]);
    assert.equal(findCommentLines(new Lines(['text', '<!-- never closed', '## Heading'].join('\n'))), undefined);
    assert.equal(findCommentLines(new Lines('Prose that mentions <!-- in passing -->.')), undefined);
  });
});
