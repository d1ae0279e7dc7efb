// The test harness cannot pass by accident: RuleTester refuses an invalid case that names no
// findings, and end-to-end tests never run a bundle older than the sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import noCatchAllDir from '../rules/structure/no-catch-all-dir';
import { REPO_ROOT } from './helpers/cli';
import { bundleIsStale } from './helpers/fresh-dist';
import type { InvalidCase } from '../src/api/testing';
import { ruleTester } from './helpers/rule-tester';

describe('RuleTester', () => {
  it.each([
    ['without findings', { name: 'apps/', files: { services: { apps: {} } } }],
    ['with an empty list', { name: 'apps/', files: { services: { apps: {} } }, findings: [] }],
  ])('refuses an invalid case %s', (_, invalid) => {
    expect(() => ruleTester(noCatchAllDir, { valid: [], invalid: [invalid as InvalidCase] })).toThrow(/invalid case 'apps\/' names no findings/);
  });
});

describe('the bundle under test', () => {
  it('npm test builds before it tests', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // npm runs `pretest` before `test`: the build (type-check and bundle), then vitest.
    expect(pkg.scripts.pretest).toBe('npm run build');
    expect(pkg.scripts.test).toBe('vitest run');
  });

  it('is not older than any source when tests run (vitest globalSetup rebuilds it)', () => {
    expect(bundleIsStale()).toBe(false);
  });
});
