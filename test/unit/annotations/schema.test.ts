import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotationFile, stringifyAnnotationFile } from '../../../src/core/annotations/codec';
import { SCHEMA_ID } from '../../../src/core/annotations/model';

const root = path.join(__dirname, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'annotations.schema.json'), 'utf8'));
const annotationSchema = schema.definitions.annotation;

const FULL = stringifyAnnotationFile({
  document: 'a.txt',
  annotations: [{
    id: '01JDZ8M6Q3T7V2K9X4B5N0C1RA', quote: 'q', prefix: 'p', suffix: 's', start: { line: 1, column: 2 }, end: { line: 1, column: 3 }, mark: 'recommendation',
    tags: ['t'], note: 'n', author: 'A <a@b>', created: '2026-11-22T10:15:00Z', updated: '2026-11-23T10:15:00Z',
    replies: [{ author: 'B <b@c>', created: '2026-11-22T11:00:00Z', note: 'r', merged: true }],
  }],
});

describe('the JSON schema contributed for annotation files', () => {
  it('names the schema version the codec reads', () => {
    assert.equal(schema.properties.schema.const, SCHEMA_ID);
  });

  it('lists exactly the keys the codec writes, with the same required ones', () => {
    const written = [...FULL.matchAll(/^ {2}(?:- | {2})([a-z]+):/gm)].map(m => m[1]);
    assert.deepEqual(Object.keys(annotationSchema.properties).sort(), [...written].sort());
    for (const key of annotationSchema.required as string[]) {
      const without = key === 'id'
        ? FULL.replace('  - id: 01JDZ8M6Q3T7V2K9X4B5N0C1RA\n    quote', '  - quote')
        : FULL.split('\n').filter(line => !line.startsWith(`    ${key}:`)).join('\n');
      const result = parseAnnotationFile(without);
      assert.ok(!result.ok && result.problems.some(p => p.message === `${key}: is missing`), key);
    }
    const reply = annotationSchema.properties.replies.items;
    assert.deepEqual(Object.keys(reply.properties).sort(), ['author', 'created', 'merged', 'note']);
    assert.deepEqual([...reply.required].sort(), ['author', 'created', 'note']);
  });

  it('uses the same patterns as the codec for positions and times', () => {
    const position = new RegExp(schema.definitions.position.pattern);
    const time = new RegExp(schema.definitions.time.pattern);
    for (const [value, ok] of [['12:5', true], ['0:1', false], ['1:0', false], ['12', false]] as const) {
      assert.equal(position.test(value), ok, value);
      const result = parseAnnotationFile(FULL.replace('start: 1:2', `start: "${value}"`).replace('end: 1:3', 'end: 99:9'));
      assert.equal(result.ok, ok, value);
    }
    for (const [value, ok] of [['2026-11-22T10:15:00Z', true], ['2026-11-22T10:15:00.123Z', true], ['2026-11-22 10:15', false], ['2026-11-22T10:15:00+09:00', false]] as const) {
      assert.equal(time.test(value), ok, value);
      assert.equal(parseAnnotationFile(FULL.replace('created: 2026-11-22T10:15:00Z', `created: "${value}"`)).ok, ok, value);
    }
  });

  it('is contributed for every *.annotations.yaml, and no snippet is offered in every YAML file', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.ok(manifest.contributes.yamlValidation.some((v: { fileMatch: string; url: string }) => v.fileMatch === '**/*.annotations.yaml' && v.url === './schemas/annotations.schema.json'));
    // A new entry is a completion in annotation files only (with a real id and UTC time).
    assert.ok(!manifest.contributes.snippets.some((s: { language: string }) => s.language === 'yaml'));
  });
});
