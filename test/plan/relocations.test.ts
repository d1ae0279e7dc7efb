// The relocation index (src/plan/relocations.ts) answers exactly as the scan it replaces: the first
// relocation, deepest source first, whose source is the path or a prefix of it ending before a separator.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relocationLookup, type Relocation } from '../../src/plan/relocations';

function scanLookup<R extends Relocation>(relocations: readonly R[], sep: string) {
  return (abs: string) => relocations.find((r) => abs === r.from || abs.startsWith(`${r.from}${sep}`)) ?? null;
}

const deepestFirst = <R extends Relocation>(relocations: R[], sep: string) =>
  [...relocations].sort((a, b) => b.from.split(sep).length - a.from.split(sep).length);

describe('relocationLookup', () => {
  it('agrees with the scan on nested, equal, sibling-prefix and odd paths', () => {
    for (const sep of ['/', '\\']) {
      const j = (...parts: string[]) => parts.join(sep);
      const relocations = deepestFirst(
        [
          { from: j('', 'srv', 'services', 'apps'), to: 'a', id: 1 },
          { from: j('', 'srv', 'services', 'apps', 'web'), to: 'b', id: 2 },
          { from: j('', 'srv', 'services', 'apps', 'web'), to: 'c', id: 3 }, // same source: the first wins
          { from: j('', 'srv', 'services', 'app'), to: 'd', id: 4 }, // a string prefix of 'apps', not an ancestor
          { from: j('', 'srv', 'services', 'tail', ''), to: 'e', id: 5 }, // trailing separator
          { from: '', to: 'f', id: 6 }, // the empty prefix of every absolute path
        ],
        sep,
      );
      // With the empty source, and without it (then the walk up stops below the shortest source).
      const lookups = [relocations, relocations.filter((r) => r.from !== '')].map((list) => [relocationLookup(list, sep), scanLookup(list, sep)] as const);
      const probes = [
        j('', 'srv', 'services', 'apps'),
        j('', 'srv', 'services', 'apps', 'web'),
        j('', 'srv', 'services', 'apps', 'web', 'data', 'x.yml'),
        j('', 'srv', 'services', 'apps', 'webx'),
        j('', 'srv', 'services', 'appsx'),
        j('', 'srv', 'services', 'app'),
        j('', 'srv', 'services', 'app', 'x'),
        j('', 'srv', 'services', 'tail', ''),
        j('', 'srv', 'services', 'tail', '', 'x'),
        j('', 'srv', 'services', 'tail'),
        j('', 'srv', 'services', 'apps', ''),
        j('', 'srv', 'services', 'apps', '', 'x'),
        j('', ''),
        '',
        'relative',
        j('relative', 'apps'),
        j('', 'srv'),
        j('', 'srv', 'services'),
        j('', 'srv', 'services', 'ap'),
      ];
      for (const [fast, slow] of lookups) for (const probe of probes) expect(fast(probe), `${JSON.stringify(sep)} ${probe}`).toBe(slow(probe));
    }
  });

  it('finds nothing without relocations', () => {
    expect(relocationLookup([])(path.join(path.sep, 'srv', 'x'))).toBeNull();
  });
});
