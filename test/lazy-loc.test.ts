// withLazyLoc: `loc` is computed on first read only, once, and reads like an own data property.
import { describe, expect, it } from 'vitest';
import { withLazyLoc } from '../src/util/lazy';

describe('withLazyLoc', () => {
  it('computes loc on the first read only, and once', () => {
    let calls = 0;
    const loc = { file: '/x/docker-compose.yml', line: 3, column: 7 };
    const piece = withLazyLoc({ value: 'db', variable: 'DB_HOST' }, () => {
      calls++;
      return loc;
    });
    expect(calls).toBe(0);
    expect(piece.loc).toBe(loc);
    expect(piece.loc).toBe(loc);
    expect(calls).toBe(1);
  });

  it('is an own enumerable property: keys and JSON list it with the data fields', () => {
    const piece = withLazyLoc({ value: 'db', variable: 'DB_HOST' }, () => null);
    expect(Object.keys(piece)).toEqual(['value', 'variable', 'loc']);
    expect(JSON.stringify(piece)).toBe('{"value":"db","variable":"DB_HOST","loc":null}');
    expect(Object.getOwnPropertyDescriptor(piece, 'loc')).toMatchObject({ enumerable: true, configurable: true });
  });

  it('keeps each object its own value', () => {
    const pieces = [1, 2, 3].map((line) => withLazyLoc({ line }, () => ({ file: 'f', line, column: 1 })));
    expect(pieces.map((p) => p.loc?.line)).toEqual([1, 2, 3]);
  });

  it('computes again after a compute that threw, as a memoised thunk does', () => {
    let calls = 0;
    const piece = withLazyLoc({}, () => {
      calls++;
      if (calls === 1) throw new Error('not yet');
      return null;
    });
    expect(() => piece.loc).toThrow('not yet');
    expect(piece.loc).toBeNull();
    expect(calls).toBe(2);
  });
});
