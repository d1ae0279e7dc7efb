// examples/custom-rules end to end: the built CLI on a copy of the example with svclint installed
// (node_modules/svclint links to this checkout), from a clean plugin cache and from a warm one
// (which must not load TypeScript); then the example's own rule tests, run by vitest from there.
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { poisonTsMorph } from './helpers/plugins';
import { tempDir } from './helpers/tree';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'custom-rules');
const EXPECTED = [
  "local/require-healthcheck services/core-infra/docker-compose.yml:24:3 Service 'valkey' in core-infra/ has no healthcheck.",
  "local/websecure-only services/interfaces/docker-compose.yml:10:9 Router 'open-webui' of service 'open-webui' listens on web, not only on websecure.",
];

describe('examples/custom-rules', () => {
  let dir = '';
  beforeAll(() => {
    dir = path.join(tempDir('svclint-example-'), 'custom-rules');
    cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'svclint'));
    symlinkSync(path.join(REPO_ROOT, 'node_modules', 'vitest'), path.join(dir, 'node_modules', 'vitest'));
  });

  const lint = () => {
    const run = runCli(['--format', 'json'], dir);
    return {
      ...run,
      findings: run.status === 2 ? [] : (JSON.parse(run.stdout).findings as JsonFinding[]).map((f) => `${f.rule} ${f.path}:${f.line}:${f.column} ${f.message}`),
    };
  };

  it('from a clean cache: type-checks the two rules and reports their findings', () => {
    const run = lint();
    expect(run.status, run.stderr).toBe(1);
    expect(run.findings).toEqual(EXPECTED);
    expect(readdirSync(path.join(dir, 'node_modules', '.cache', 'svclint', 'plugins')).filter((n) => n !== 'package.json')).toHaveLength(2);
  });

  it('from a warm cache: the same findings, without loading TypeScript', () => {
    poisonTsMorph(dir);
    const run = lint();
    expect(run.status, run.stderr).toBe(1);
    expect(run.findings).toEqual(EXPECTED);
  });

  it('svclint rules lists the two rules', () => {
    const run = runCli(['rules'], dir);
    expect(run.stdout).toMatch(/local\/require-healthcheck +error +A service in a listed capability directory/);
    expect(run.stdout).toMatch(/local\/websecure-only +error +A Traefik HTTP router that is not restricted to the websecure entrypoint/);
  });

  it("runs the example's own tests on the public rule tester (svclint/testing)", () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', dir], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1', SVCLINT_TEST_JSON: '' },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Test Files {2}2 passed \(2\)/);
    expect(run.stdout).toMatch(/Tests {2}14 passed \(14\)/);
  }, 150_000);
});
