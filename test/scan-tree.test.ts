// The tree scan's order and its non-UTF-8 names, on real directories.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTree } from '../src/scan/tree';
import { makeTree } from './helpers/tree';

describe('scanTree', () => {
  it('lists entries in byte order of their UTF-8 names, ASCII or not', () => {
    // UTF-16 order would put U+1F600 (a surrogate pair, 0xD83D...) before U+E000; UTF-8 bytes do not.
    const names = ['b', 'B', 'a-b', 'a_b', 'a', 'é', '\uE000x', '😀', 'z'];
    const dir = makeTree(Object.fromEntries(names.map((name) => [name, 'x\n'])));
    const scanned = scanTree(dir).entries.map((entry) => entry.name);
    expect(scanned).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(scanned.indexOf('\uE000x')).toBeLessThan(scanned.indexOf('😀'));
    const ascii = scanTree(makeTree({ b: 'x', B: 'x', 'a-b': 'x', a_b: 'x', a: 'x' })).entries.map((entry) => entry.name);
    expect(ascii).toEqual(['B', 'a', 'a-b', 'a_b', 'b']);
  });

  it('leaves out a name that is not UTF-8, in its place among the problems, and keeps its neighbours', () => {
    const dir = makeTree({ a: 'x\n', z: { 'c.yml': 'x: 1\n' } });
    const bad = Buffer.concat([Buffer.from(path.join(dir, 'n')), Buffer.from([0xe4]), Buffer.from('me')]);
    writeFileSync(bad, 'x\n');
    mkdirSync(path.join(dir, 'caf\uFFFD'));
    const tree = scanTree(dir);
    expect(tree.entries.map((entry) => entry.rel)).toEqual(['a', 'caf\uFFFD', 'z', 'z/c.yml']);
    expect(tree.problems).toEqual([{ abs: path.join(dir, 'n\uFFFDme'), message: 'file name is not valid UTF-8; left out' }]);
  });
});
