// isInside answers from a prefix test for normalised absolute paths: it must agree with the
// path.relative test it short-cuts, on those and on every other input (which still take that test).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/util/paths';

function byRelative(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

describe('isInside', () => {
  it('agrees with path.relative on every pair of a set of tricky paths', () => {
    const paths = [
      '/',
      '/srv',
      '/srv/',
      '/srv/services',
      '/srv/services/',
      '/srv/services/apps',
      '/srv/services/apps/web',
      '/srv/services/appsx',
      '/srv/services/..apps',
      '/srv/services/..',
      '/srv/services/../services/apps',
      '/srv/services/./apps',
      '/srv//services/apps',
      '/srv/services/.hidden',
      '/srv/services/...',
      '/..',
      '/..x',
      '/.x/y',
      'srv/services',
      'relative',
      '.',
      '',
      '/srv/services/apps/web/data',
    ];
    for (const parent of paths) {
      for (const child of paths)
        expect(isInside(parent, child), `isInside(${JSON.stringify(parent)}, ${JSON.stringify(child)})`).toBe(byRelative(parent, child));
    }
  });
});
