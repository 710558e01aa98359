import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCodebook, stringifyCodebook } from '../../../src/core/codebook/codec';
import { CODEBOOK_SCHEMA_ID, COLOR_PATTERN, GUID_PATTERN, type Codebook } from '../../../src/core/codebook/model';

const root = path.join(__dirname, '..', '..', '..');

const CODEBOOK: Codebook = {
  tags: [
    { name: 'security/maritime', guid: '0b6c3f9e-5d0a-4c4b-9a51-3f2e1d7c8b90', description: '海上の安全保障。\nSea lanes, ports, coast guards.', color: '#2196f355', examples: ['港湾の点検', 'a: "quoted" example'], codable: true },
    { name: 'security', description: 'Defence and alliances', codable: false },
    { name: 'economy', codable: true },
  ],
};

function parsed(text: string): Codebook {
  const result = parseCodebook(text);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
  return result.codebook;
}

describe('codebook.yaml', () => {
  it('is written in tree order with a fixed key order, and reads back to the same codebook', () => {
    const text = stringifyCodebook(CODEBOOK);
    assert.deepEqual(text.split('\n').filter(l => l.startsWith('  - name:')), ['  - name: economy', '  - name: security', '  - name: security/maritime']);
    assert.match(text, /\n {4}description: \|-\n {6}海上の安全保障。\n {6}Sea lanes, ports, coast guards.\n/);
    assert.match(text, /\n {4}codable: false\n/);
    const back = parsed(text);
    assert.deepEqual(back.tags.map(t => t.name), ['economy', 'security', 'security/maritime']);
    assert.deepEqual(back.tags[2], CODEBOOK.tags[0]);
    assert.equal(stringifyCodebook(back), text, 'writing what was read changes no byte');
  });

  it('folds parent: into the name and reads codable as true unless it says false', () => {
    const book = parsed(`schema: ${CODEBOOK_SCHEMA_ID}\ntags:\n  - name: maritime\n    parent: security\n  - name: security/cyber\n    parent: security\n`);
    assert.deepEqual(book.tags, [{ name: 'security/cyber', codable: true }, { name: 'security/maritime', codable: true }]);
  });

  it('says where each problem is: unknown keys, bad colours and GUIDs, duplicates, missing names', () => {
    const text = [
      `schema: ${CODEBOOK_SCHEMA_ID}`,
      'tags:',
      '  - name: port',
      '    descripton: typo',
      '  - name: harbour',
      '  - name: harbour',
      '  - name: ship',
      '    color: blue',
      '    guid: abc-123',
      '  - description: no name',
      '',
    ].join('\n');
    const result = parseCodebook(text);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map(p => `${p.line}:${p.column} ${p.message.split(';')[0].split(':')[0]}`), [
      '4:5 unknown key descripton',
      '6:11 tag harbour is described twice (also entry 2)',
      '8:12 color must be #rrggbb or #rrggbbaa',
      '9:11 guid must be a GUID like 0b6c3f9e-5d0a-4c4b-9a51-3f2e1d7c8b90',
      '10:5 name',
    ]);
  });

  it('refuses what an untrusted file could abuse: aliases, tags, conflict markers, size, other schemas', () => {
    const alias = parseCodebook(`schema: ${CODEBOOK_SCHEMA_ID}\ntags:\n  - &a {name: x}\n  - *a\n`);
    assert.ok(!alias.ok && alias.problems.some(p => /aliases/.test(p.message) && /codebook/.test(p.message)));
    const conflict = parseCodebook(`schema: ${CODEBOOK_SCHEMA_ID}\ntags:\n<<<<<<< ours\n  - name: a\n=======\n  - name: b\n>>>>>>> theirs\n`);
    assert.ok(!conflict.ok && conflict.problems[0].line === 3);
    const big = parseCodebook(`schema: ${CODEBOOK_SCHEMA_ID}\ntags: []\n# ${'x'.repeat(3000)}\n`, { maxBytes: 1000 });
    assert.ok(!big.ok && /more than/.test(big.problems[0].message));
    const other = parseCodebook('schema: policy-annotator/1\ndocument: a.txt\nannotations: []\n');
    assert.ok(!other.ok && /unknown schema/.test(other.problems[0].message));
    assert.ok(!parseCodebook('').ok);
  });

  it('has a JSON schema, contributed for codebook.yaml, with the codec\'s keys and patterns', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'codebook.schema.json'), 'utf8'));
    assert.equal(schema.properties.schema.const, CODEBOOK_SCHEMA_ID);
    const written = [...stringifyCodebook(CODEBOOK).matchAll(/^ {2}(?:- | {2})([a-z]+):/gm)].map(m => m[1]);
    assert.deepEqual(Object.keys(schema.definitions.tag.properties).sort(), [...new Set([...written, 'parent'])].sort());
    assert.equal(schema.definitions.tag.properties.color.pattern, COLOR_PATTERN.source);
    assert.equal(schema.definitions.tag.properties.guid.pattern, GUID_PATTERN.source);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.ok(manifest.contributes.yamlValidation.some((v: { fileMatch: string; url: string }) => v.fileMatch === '**/codebook.yaml' && v.url === './schemas/codebook.schema.json'));
  });
});
