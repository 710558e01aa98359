import * as assert from 'node:assert/strict';
import { buildCodeTree, flattenCodes, rgbColor } from '../../../src/core/qda/codes';

describe('QDA code tree', () => {
  it('puts a/b tags under a grouping code a that is not codable unless used itself', () => {
    const tree = buildCodeTree(['security/maritime', 'security/cyber', 'economy']);
    assert.deepEqual(tree.map(c => [c.tag, c.label, c.codable]), [['economy', 'economy', true], ['security', 'security', false]]);
    assert.deepEqual(tree[1].children.map(c => [c.tag, c.label, c.codable]), [['security/cyber', 'cyber', true], ['security/maritime', 'maritime', true]]);
    assert.equal(buildCodeTree(['security', 'security/cyber'])[0].codable, true);
  });

  it('takes descriptions, colours, GUIDs, explicit parents and unused codes from the codebook', () => {
    const tree = buildCodeTree(['alliances'], [
      { name: 'alliances', parent: 'security', description: 'Cooperation between states', color: '#2196f355' },
      { name: 'security', codable: false, guid: '0a0b0c0d-0000-4000-8000-000000000001' },
      { name: 'unused', description: 'Not applied yet' },
    ]);
    const all = flattenCodes(tree);
    assert.deepEqual(all.map(c => c.tag), ['security', 'alliances', 'unused']);
    assert.equal(all[0].guid, '0a0b0c0d-0000-4000-8000-000000000001');
    assert.equal(all[0].codable, false);
    assert.equal(all[1].color, '#2196f3');
    assert.equal(all[1].description, 'Cooperation between states');
  });

  it('keeps a codebook whose parents loop at the top instead of recursing', () => {
    const tree = buildCodeTree([], [{ name: 'a', parent: 'b' }, { name: 'b', parent: 'a' }]);
    assert.deepEqual(tree.map(c => c.tag), ['a', 'b']);
  });

  it('reads colours the standard allows and drops others', () => {
    assert.equal(rgbColor('#ABCDEF'), '#abcdef');
    assert.equal(rgbColor('#abc'), '#abc');
    assert.equal(rgbColor('#11223344'), '#112233');
    assert.equal(rgbColor('red'), undefined);
    assert.equal(rgbColor('#12345'), undefined);
  });
});
