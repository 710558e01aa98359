import * as nodeAssert from 'node:assert/strict';
import * as browserAssert from '../../web/assert';

type Check = [name: 'ok' | 'equal' | 'notEqual' | 'deepEqual' | 'match' | 'doesNotMatch', args: unknown[]];

/** Cases on both sides of each assertion; the browser's stand-in must pass and fail where Node's does. */
const CHECKS: Check[] = [
  ['ok', [1]], ['ok', [0]], ['ok', ['']], ['ok', [{}]],
  ['equal', [1, 1]], ['equal', [1, '1']], ['equal', [NaN, NaN]], ['equal', [{}, {}]],
  ['notEqual', [1, 2]], ['notEqual', ['a', 'a']],
  ['deepEqual', [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }]], ['deepEqual', [{ a: 1 }, { a: 1, b: undefined }]],
  ['deepEqual', [[1, 2], [2, 1]]], ['deepEqual', [[1], { 0: 1 }]], ['deepEqual', [{ a: 1 }, { a: '1' }]],
  ['deepEqual', [new Map([[1, 'x']]), new Map([[1, 'x']])]], ['deepEqual', [new Set([1]), new Set([2])]],
  ['deepEqual', [undefined, null]], ['deepEqual', [[undefined], [undefined]]],
  ['match', ['abc', /b/]], ['match', ['abc', /d/]],
  ['doesNotMatch', ['abc', /d/]], ['doesNotMatch', ['abc', /b/]],
];

function throws(run: () => void): boolean {
  try {
    run();
    return false;
  } catch {
    return true;
  }
}

describe('node:assert/strict as the web suite gets it in the browser', () => {
  for (const [name, args] of CHECKS) {
    it(`${name}(${args.map(a => JSON.stringify(a) ?? String(a)).join(', ')}) passes or fails as in Node`, () => {
      const call = (implementation: object) => () => (implementation as Record<string, (...a: unknown[]) => void>)[name](...args);
      nodeAssert.equal(throws(call(browserAssert)), throws(call(nodeAssert)));
    });
  }

  it('keeps the message given', () => {
    nodeAssert.throws(() => browserAssert.ok(false, 'the sample workspace is open'), /the sample workspace is open/);
    nodeAssert.throws(() => browserAssert.fail('never'), /never/);
  });
});
