import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import type { ExportSource } from '../../../src/core/export/rows';
import { exportQdpx } from '../../../src/core/qda/export';
import { importQdpx, type QdpxImportOptions } from '../../../src/core/qda/project-import';
import { readQdc } from '../../../src/core/qda/codebook-xml';
import { unpackQdpx } from '../../../src/core/qda/qdpx';
import { matchSourceDocument } from '../../../src/core/qda/source-match';
import { describeTarget } from '../../../src/core/annotations/target';
import type { Annotation } from '../../../src/core/annotations/model';
import { annotationOf } from '../export/helpers';

/** As the editor would store it: context of 32 code points, not UTF-16 units. */
function stored(quote: string, fields: Partial<Annotation> & { id: string }): Annotation {
  const at = TEXT.indexOf(quote);
  return { ...annotationOf(TEXT, quote, fields), ...describeTarget(TEXT, at, at + quote.length) };
}

const TEXT = '𠮷田の覚書🌊\n◆ 提言\n- 港湾の🚢点検を毎年行い、結果を公表すべきである。\n';
const ME = 'Importer <importer@example.org>';

function options(text = TEXT): QdpxImportOptions {
  return { findDocument: name => (name === 'brief.txt' || name === 'briefs/brief.txt' ? { path: 'briefs/brief.txt', text } : undefined), defaultAuthor: ME };
}

/** A project as another QDA program might write it: braces GUIDs, inline text, nested codes, a description as memo. */
function foreignProject(selection: string, text = 'Ports should be inspected every year.'): Uint8Array {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="another program">
  <Users><User guid="{11111111-1111-4111-8111-111111111111}" name="Aiko"/></Users>
  <CodeBook><Codes>
    <Code guid="{22222222-2222-4222-8222-222222222222}" name="Security" isCodable="false">
      <Code guid="{33333333-3333-4333-8333-333333333333}" name="Ports" isCodable="true"><Description>Harbours &amp; docks</Description></Code>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{44444444-4444-4444-8444-444444444444}" name="brief.txt">
      <PlainTextContent>${text}</PlainTextContent>
      ${selection}
    </TextSource>
  </Sources>
</Project>`;
  return zipSync({ 'project.qde': strToU8(xml) });
}

describe('REFI-QDA import', () => {
  it('reads back what it exported: ids, quotes, positions, tags, notes and replies', () => {
    const first = stored('点検を毎年行い', {
      id: '01KAMB3Q8V0000000000000001', tags: ['security/maritime', 'priority'], note: 'Check the budget.\nTwo lines.',
      replies: [{ author: 'Taro Sato <taro@example.org>', created: '2026-11-21T08:00:00Z', note: 'Agreed.' }],
    });
    const second = stored('𠮷田の覚書', { id: '01KAMB3Q8V0000000000000002', updated: '2026-11-22T10:00:00Z' });
    const sources: ExportSource[] = [{ path: 'briefs/brief.txt', text: TEXT, file: { document: 'brief.txt', annotations: [first, second] } }];
    const result = importQdpx(exportQdpx(sources, { name: 'p', origin: 'o' }).bytes, options());
    assert.deepEqual(result.messages, []);
    assert.equal(result.files.length, 1);
    assert.equal(result.files[0].path, 'briefs/brief.txt');
    const byId = new Map(result.files[0].file.annotations.map(a => [a.id, a]));
    assert.deepEqual(byId.get(first.id), first);
    assert.deepEqual(byId.get(second.id), second);
  });

  it('reads a project written by another program: nested codes become a/b tags, the description the note', () => {
    const result = importQdpx(foreignProject(`<PlainTextSelection guid="{55555555-5555-4555-8555-555555555555}" startPosition="0" endPosition="5"
        creatingUser="{11111111-1111-4111-8111-111111111111}" creationDateTime="2026-03-01T09:00:00+09:00">
        <Description>Key sentence</Description>
        <Coding guid="{66666666-6666-4666-8666-666666666666}"><CodeRef targetGUID="{33333333-3333-4333-8333-333333333333}"/></Coding>
      </PlainTextSelection>`), { ...options('Intro.\nPorts should be inspected every year.\n'), findDocument: () => ({ path: 'brief.txt', text: 'Intro.\nPorts should be inspected every year.\n' }) });
    assert.deepEqual(result.messages, []);
    const [a] = result.files[0].file.annotations;
    assert.equal(a.quote, 'Ports');
    assert.deepEqual(a.start, { line: 2, column: 1 }, 'found again in the workspace text, which differs from the archived one');
    assert.deepEqual(a.tags, ['Security/Ports']);
    assert.equal(a.note, 'Key sentence');
    assert.equal(a.author, 'Aiko');
    assert.equal(a.created, '2026-03-01T00:00:00Z');
  });

  it('refuses each bad selection with its reason and keeps the good ones', () => {
    const good = `<PlainTextSelection guid="{77777777-7777-4777-8777-777777777777}" startPosition="6" endPosition="12" creationDateTime="2026-03-01T00:00:00Z"/>`;
    const bad = [
      `<PlainTextSelection guid="{88888888-8888-4888-8888-888888888881}" startPosition="12" endPosition="6" creationDateTime="2026-03-01T00:00:00Z"/>`,
      `<PlainTextSelection guid="{88888888-8888-4888-8888-888888888882}" startPosition="0" endPosition="999" creationDateTime="2026-03-01T00:00:00Z"/>`,
      `<PlainTextSelection guid="{88888888-8888-4888-8888-888888888883}" startPosition="0" endPosition="4"/>`,
      `<PlainTextSelection guid="{88888888-8888-4888-8888-888888888884}" startPosition="0" endPosition="4" creationDateTime="2026-02-30T00:00:00Z"/>`,
      `<PlainTextSelection guid="oops" startPosition="0" endPosition="4" creationDateTime="2026-03-01T00:00:00Z"/>`,
    ];
    const result = importQdpx(foreignProject(good + bad.join('')), options('Ports should be inspected every year.'));
    assert.equal(result.files[0].file.annotations.length, 1);
    assert.equal(result.files[0].file.annotations[0].quote, 'should');
    assert.equal(result.files[0].file.annotations[0].author, ME, 'no user named: the importer');
    const errors = result.messages.filter(m => m.severity === 'error').map(m => m.message);
    assert.equal(errors.length, 5, errors.join('\n'));
    assert.ok(errors.some(e => /positions 12-6/.test(e)));
    assert.ok(errors.some(e => /creationDateTime/.test(e)));
    assert.ok(errors.some(e => /GUID/.test(e)));
  });

  it('refuses a document type declaration, a source outside the archive and a document not in the folder', () => {
    const doctype = zipSync({ 'project.qde': strToU8('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x"/>') });
    assert.match(importQdpx(doctype, options()).messages[0].message, /DOCTYPE/);
    const outside = zipSync({ 'project.qde': strToU8(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
      <TextSource guid="44444444-4444-4444-8444-444444444444" name="brief.txt" plainTextPath="file:///etc/passwd">
      <PlainTextSelection guid="55555555-5555-4555-8555-555555555555" startPosition="0" endPosition="4" creationDateTime="2026-03-01T00:00:00Z"/>
      </TextSource></Sources></Project>`) });
    assert.match(importQdpx(outside, options()).messages[0].message, /not in the archive/);
    const unknown = importQdpx(foreignProject('<PlainTextSelection guid="55555555-5555-4555-8555-555555555555" startPosition="0" endPosition="4" creationDateTime="2026-03-01T00:00:00Z"/>'),
      { findDocument: () => undefined, defaultAuthor: ME });
    assert.match(unknown.messages[0].message, /no document of that name/);
    assert.equal(unknown.files.length, 0);
  });

  it('refuses an archive that unpacks beyond its limits, and one that is not a zip', () => {
    const big = zipSync({ 'project.qde': new Uint8Array(5000) });
    const read = unpackQdpx(big, { entryBytes: 1000, totalBytes: 10_000, entries: 10 });
    assert.ok(!read.ok && /limit 1000/.test(read.message));
    assert.match(importQdpx(strToU8('not a zip'), options()).messages[0].message, /zip/);
  });

  it('reads a .qdc codebook into tags with their hierarchy, descriptions and colours', () => {
    const read = readQdc(`<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="{22222222-2222-4222-8222-222222222222}" name="Security" isCodable="false" color="#336699">
        <Code guid="33333333-3333-4333-8333-333333333333" name="Ports" isCodable="true"><Description>Harbours</Description></Code>
      </Code><Code guid="99999999-9999-4999-8999-999999999999" name="" isCodable="true"/></Codes></CodeBook>`);
    assert.ok(read.ok);
    assert.deepEqual(read.codes, [
      { name: 'Security', guid: '22222222-2222-4222-8222-222222222222', color: '#336699', codable: false },
      { name: 'Security/Ports', parent: 'Security', guid: '33333333-3333-4333-8333-333333333333', description: 'Harbours', codable: true },
    ]);
    assert.equal(read.warnings.length, 1);
  });
});

describe('REFI-QDA source matching', () => {
  const documents = ['briefs/brief.txt', 'briefs/outlook.policy.txt', 'a/notes.md', 'b/notes.md'];
  it('takes the path a source names, else the one document of that file name, with or without extension', () => {
    assert.equal(matchSourceDocument('briefs/brief.txt', documents), 'briefs/brief.txt');
    assert.equal(matchSourceDocument('brief.txt', documents), 'briefs/brief.txt');
    assert.equal(matchSourceDocument('outlook.policy', documents), 'briefs/outlook.policy.txt');
    assert.equal(matchSourceDocument('C:\\work\\brief.txt', documents), 'briefs/brief.txt');
  });
  it('matches nothing when two documents share the name, or none has it', () => {
    assert.equal(matchSourceDocument('notes.md', documents), undefined);
    assert.equal(matchSourceDocument('missing.txt', documents), undefined);
  });
});
