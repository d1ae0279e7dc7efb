// The two keyed idioms of src/util/maps.ts: lists grouped under a key, and answers kept per key.
import { describe, expect, it } from 'vitest';
import { appendTo, getOrCompute } from '../../src/util/maps';

describe('appendTo', () => {
  it('starts a list under a new key and appends to it after', () => {
    const lists = new Map<string, number[]>();
    appendTo(lists, 'a', 1);
    appendTo(lists, 'b', 2);
    appendTo(lists, 'a', 3);
    expect([...lists]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});

describe('getOrCompute', () => {
  it('computes once per key, in a Map or a WeakMap, and keeps falsy answers (false, null, empty string)', () => {
    const calls: unknown[] = [];
    const answers = new Map<string, boolean | null | string>([
      ['no', false],
      ['none', null],
      ['empty', ''],
    ]);
    const store = new Map<string, boolean | null | string>();
    for (const key of ['no', 'none', 'empty', 'no', 'none', 'empty']) {
      expect(getOrCompute(store, key, (k) => (calls.push(k), answers.get(k)!))).toBe(answers.get(key));
    }
    expect(calls).toEqual(['no', 'none', 'empty']);

    const weak = new WeakMap<object, { n: number }>();
    const key = {};
    const first = getOrCompute(weak, key, () => ({ n: 1 }));
    expect(getOrCompute(weak, key, () => ({ n: 2 }))).toBe(first);
    expect(getOrCompute(weak, {}, () => ({ n: 3 }))).toEqual({ n: 3 });
  });

  it('computes again after a compute that threw (nothing is kept)', () => {
    const store = new Map<string, number>();
    expect(() =>
      getOrCompute(store, 'k', () => {
        throw new Error('not yet');
      }),
    ).toThrow('not yet');
    expect(getOrCompute(store, 'k', () => 7)).toBe(7);
  });
});
