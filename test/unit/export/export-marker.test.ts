import * as assert from 'node:assert/strict';
import { EXPORT_FORMATS, exportAnnotationBytes } from '../../../src/core/export/formats';
import { EXPORT_SIGNATURE_LENGTH, isExportedFile, MARKDOWN_EXPORT_MARKER } from '../../../src/core/export/export-marker';
import type { ExportSource } from '../../../src/core/export/rows';
import { annotationOf } from './helpers';

const TEXT = '第1章 海\n- 港を点検すべきである。\n';

/** What a listing reads of a file: its first bytes only, decoded as UTF-8. */
function startOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, EXPORT_SIGNATURE_LENGTH));
}

describe('export marker', () => {
  const sources: ExportSource[] = [{
    path: 'outlook.txt', text: TEXT,
    file: { document: 'outlook.txt', annotations: [annotationOf(TEXT, '港を点検', { id: '01', tags: ['security'], note: 'Yearly?' })] },
  }];

  for (const format of EXPORT_FORMATS) {
    it(`knows a ${format} export by its first bytes, whatever its name`, () => {
      assert.ok(isExportedFile(startOf(exportAnnotationBytes(sources, format).bytes)));
    });
  }

  it('knows an empty CSV export and a CSV saved again without the BOM or with LF line ends', () => {
    const csv = new TextDecoder().decode(exportAnnotationBytes([], 'csv').bytes);
    assert.ok(isExportedFile(csv));
    assert.ok(isExportedFile(csv.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')));
  });

  it('starts the Markdown digest with the marker, on a line of its own', () => {
    const markdown = new TextDecoder().decode(exportAnnotationBytes(sources, 'markdown').bytes);
    assert.equal(markdown.split('\n')[0], MARKDOWN_EXPORT_MARKER);
  });

  it('leaves policy documents alone, even ones that look a little like an export', () => {
    const documents = [
      TEXT,
      '',
      '# Annotations\n\n> 港を点検\n',
      '<!-- a comment of the author -->\n# Outlook\n',
      `Quoting our tool: ${MARKDOWN_EXPORT_MARKER}\n`,
      'document,chapter,section\r\nreport.txt,1,2\r\n',
      'document,chapter,section,quote,tags,note,author,created,updated,line,id,extra\r\n',
      '{ "@context": "https://schema.org", "name": "policy" }',
      '<?xml version="1.0"?>\n<policy><p>港</p></policy>',
      'PK is the abbreviation used in chapter 2.\n',
    ];
    for (const text of documents) assert.ok(!isExportedFile(text), JSON.stringify(text));
  });
});
