import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { exportQdc, exportQdpx } from '../../../src/core/qda/export';
import { guidFromUlid } from '../../../src/core/qda/guid';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../../src/core/qda/xml-parse';
import type { ExportSource } from '../../../src/core/export/rows';
import { annotationOf } from '../export/helpers';
import { validateAgainst } from './schema-validation';

// 𠮷 and 🌊 lie outside the BMP: one code point each, two UTF-16 units.
const TEXT = '𠮷田の覚書🌊\n◆ 提言\n- 港湾の🚢点検を毎年行い、結果を公表すべきである。\n';

function sources(): ExportSource[] {
  const first = annotationOf(TEXT, '点検を毎年行い', {
    id: '01KAMB3Q8V0000000000000001', tags: ['security/maritime', 'priority'], note: 'Check the **budget** <b>line</b> & "cost"',
    replies: [{ author: 'Taro Sato <taro@example.org>', created: '2026-11-21T08:00:00Z', note: 'Agreed.' }],
  });
  const second = annotationOf(TEXT, '𠮷田の覚書', { id: '01KAMB3Q8V0000000000000002', updated: '2026-11-22T10:00:00Z' });
  return [{ path: 'briefs/brief.txt', text: TEXT, file: { document: 'brief.txt', annotations: [first, second] } }];
}

function unpack(bytes: Uint8Array): { project: XmlElement; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const parsed = parseXml(strFromU8(files['project.qde']));
  assert.ok(parsed.ok);
  return { project: parsed.root, files };
}

describe('REFI-QDA export', () => {
  it('writes a project.qde that the official project schema accepts', async () => {
    const { bytes } = exportQdpx(sources(), { name: 'policy', origin: 'Policy Annotator test', codebook: [{ name: 'priority', description: 'Needs action first', color: '#ff0000' }] });
    const errors = await validateAgainst('Project-mrt2019.xsd', strFromU8(unzipSync(bytes)['project.qde']));
    assert.deepEqual(errors, []);
  });

  it('counts selection positions in code points of the archived text, end exclusive', () => {
    const { project, files } = unpack(exportQdpx(sources(), { name: 'p', origin: 'o' }).bytes);
    const source = childNamed(childNamed(project, 'Sources')!, 'TextSource')!;
    assert.equal(source.attributes.name, 'briefs/brief.txt');
    const archived = strFromU8(files[`sources/${source.attributes.plainTextPath.replace('internal://', '')}`]);
    assert.equal(archived, TEXT);
    const selection = childrenNamed(source, 'PlainTextSelection').find(s => s.attributes.guid === guidFromUlid('01KAMB3Q8V0000000000000001'))!;
    const start = Number(selection.attributes.startPosition);
    const end = Number(selection.attributes.endPosition);
    assert.notEqual(start, TEXT.indexOf('点検'), 'astral characters before the quote make code points differ from UTF-16 units');
    assert.equal([...archived].slice(start, end).join(''), '点検を毎年行い');
  });

  it('codes each tag once, under its parent, and refers to users, codes and notes that exist', () => {
    const { project } = unpack(exportQdpx(sources(), { name: 'p', origin: 'o' }).bytes);
    const guids = new Set<string>();
    const collect = (e: XmlElement) => { if (e.attributes.guid) guids.add(e.attributes.guid); e.children.forEach(collect); };
    collect(project);
    const refs: string[] = [];
    const walk = (e: XmlElement) => {
      for (const key of ['targetGUID', 'creatingUser', 'modifyingUser']) if (e.attributes[key]) refs.push(e.attributes[key]);
      e.children.forEach(walk);
    };
    walk(project);
    assert.ok(refs.length > 6);
    for (const ref of refs) assert.ok(guids.has(ref), `${ref} refers to nothing`);
    const codes = childNamed(childNamed(project, 'CodeBook')!, 'Codes')!;
    assert.deepEqual(childrenNamed(codes, 'Code').map(c => [c.attributes.name, c.attributes.isCodable]), [['priority', 'true'], ['security', 'false']]);
    const notes = childrenNamed(childNamed(project, 'Notes')!, 'Note').map(n => childNamed(n, 'PlainTextContent')!.text);
    assert.deepEqual(notes, ['Check the **budget** <b>line</b> & "cost"', 'Agreed.']);
  });

  it('gives the same bytes for the same annotations', () => {
    assert.deepEqual(exportQdpx(sources(), { name: 'p', origin: 'o' }).bytes, exportQdpx(sources(), { name: 'p', origin: 'o' }).bytes);
  });

  it('replaces characters XML cannot carry in notes and still validates, and says how many', async () => {
    const s = sources();
    s[0].file.annotations[0].note = 'bell\u0007 and escape\u001b';
    const result = exportQdpx(s, { name: 'p', origin: 'o' });
    assert.equal(result.replacedCharacters, 2);
    assert.deepEqual(await validateAgainst('Project-mrt2019.xsd', strFromU8(unzipSync(result.bytes)['project.qde'])), []);
  });

  it('writes the codebook alone as a .qdc that the official codebook schema accepts', async () => {
    const qdc = exportQdc(['security/maritime', 'economy'], { origin: 'o', codebook: [{ name: 'economy', description: 'Trade & growth' }] });
    assert.deepEqual(await validateAgainst('Codebook.xsd', qdc), []);
    assert.match(qdc, /<Description>Trade &amp; growth<\/Description>/);
  });

  it('fails validation for a broken project, so the check can fail', async () => {
    const errors = await validateAgainst('Project-mrt2019.xsd', '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0"><Users><User guid="nope"/></Users></Project>');
    assert.ok(errors.length > 0);
  });
});
