import * as assert from 'node:assert/strict';
import { defaultExportPath, EXPORT_FOLDER, isOwnFile } from '../../src/core/own-files';

describe('own files', () => {
  it('recognises annotation files, exports and the codebook, in any folder', () => {
    for (const path of ['docs/report.txt.annotations.yaml', 'notes.annotations.md', 'a/b/out.annotations.CSV', 'x.annotations.jsonld',
      `${EXPORT_FOLDER}/whatever.md`, `/ws/${EXPORT_FOLDER}/sub/digest.txt`, 'project/codebook.yaml']) {
      assert.ok(isOwnFile(path), path);
    }
  });

  it('leaves policy documents alone, even with similar names', () => {
    for (const path of ['docs/report.txt', 'annotations.md', 'annotation-exports.md', 'docs/annotations/report.md', 'my-codebook.yaml.txt', 'x.annotations.txt']) {
      assert.ok(!isOwnFile(path), path);
    }
  });

  it('puts a default export in its folder, dated, named as one of our files', () => {
    const path = defaultExportPath('markdown', new Date('2026-12-01T21:00:00Z'));
    assert.equal(path, `${EXPORT_FOLDER}/2026-12-01.annotations.md`);
    assert.ok(isOwnFile(path));
    assert.ok(isOwnFile(defaultExportPath('csv', new Date())) && isOwnFile(defaultExportPath('w3c', new Date())));
  });
});
