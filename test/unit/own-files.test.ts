import * as assert from 'node:assert/strict';
import { defaultExportPath, EXPORT_FOLDER, isOwnFile, PROJECT_FOLDER } from '../../src/core/own-files';

describe('own files', () => {
  it('recognises annotation files, exports, the codebook and the project settings, in any folder', () => {
    for (const path of ['docs/report.txt.annotations.yaml', 'notes.annotations.md', 'a/b/out.annotations.CSV', 'x.annotations.jsonld',
      `${EXPORT_FOLDER}/whatever.md`, `/ws/${EXPORT_FOLDER}/sub/digest.txt`, 'project/codebook.yaml',
      `${PROJECT_FOLDER}/outline.yaml`, `/ws/docs/${PROJECT_FOLDER}/notes.md`]) {
      assert.ok(isOwnFile(path), path);
    }
  });

  it('leaves policy documents alone, even with similar names', () => {
    for (const path of ['docs/report.txt', 'annotations.md', 'annotation-exports.md', 'docs/annotations/report.md', 'my-codebook.yaml.txt', 'x.annotations.txt',
      '.policy-annotator.md', 'docs/policy-annotator/report.md']) {
      assert.ok(!isOwnFile(path), path);
    }
  });

  it('recognises a codebook at the path a setting gives, and only that file', () => {
    const codebook = '/ws/research/tags.yaml';
    assert.ok(isOwnFile(codebook, { codebook }));
    assert.ok(!isOwnFile(codebook), 'without the setting it is just a file');
    for (const path of ['/ws/research/tags.yaml.txt', '/ws/tags.yaml', '/other/research/tags.yaml', '/ws/research/notes.md']) {
      assert.ok(!isOwnFile(path, { codebook }), path);
    }
    assert.ok(isOwnFile('/ws/codebook.yaml', { codebook }), 'a file named codebook.yaml stays ours');
  });

  it('puts a default export in its folder, dated, named as one of our files', () => {
    const path = defaultExportPath('markdown', new Date('2026-12-01T21:00:00Z'));
    assert.equal(path, `${EXPORT_FOLDER}/2026-12-01.annotations.md`);
    assert.ok(isOwnFile(path));
    assert.ok(isOwnFile(defaultExportPath('csv', new Date())) && isOwnFile(defaultExportPath('w3c', new Date())));
  });
});
