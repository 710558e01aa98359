import * as assert from 'node:assert/strict';
import { newAnnotationId, ULID_PATTERN } from '../../../src/core/annotations/ids';
import { guidFromUlid, isGuid, nameGuid, normalizeGuid, ulidFromGuid } from '../../../src/core/qda/guid';

describe('QDA GUIDs', () => {
  it('turns an annotation id into a GUID and back, for any ULID', () => {
    for (let i = 0; i < 500; i++) {
      const id = newAnnotationId(new Date(Math.floor(Math.random() * 2 ** 47)));
      const guid = guidFromUlid(id);
      assert.ok(isGuid(guid), guid);
      assert.equal(ulidFromGuid(guid), id);
    }
  });

  it('makes a valid ULID of any GUID, with or without braces and in either case', () => {
    for (const guid of ['ffffffff-ffff-ffff-ffff-ffffffffffff', '{00000000-0000-0000-0000-000000000000}', 'AbCdEf01-2345-6789-aBcD-ef0123456789']) {
      const ulid = ulidFromGuid(guid);
      assert.ok(ulid && ULID_PATTERN.test(ulid), `${guid} -> ${ulid}`);
      assert.equal(guidFromUlid(ulid), normalizeGuid(guid));
    }
    assert.equal(ulidFromGuid('not-a-guid'), undefined);
  });

  it('gives the same name the same GUID, and different names or kinds different ones', () => {
    assert.equal(nameGuid('code', 'security/maritime'), nameGuid('code', 'security/maritime'));
    assert.notEqual(nameGuid('code', 'security/maritime'), nameGuid('code', 'security/maritim'));
    assert.notEqual(nameGuid('code', 'a'), nameGuid('user', 'a'));
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) seen.add(nameGuid('code', `tag${i}`));
    assert.equal(seen.size, 5000);
    assert.match(nameGuid('user', 'x'), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
