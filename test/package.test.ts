// Installable as a package: `npm pack` makes a tarball that installs into an empty project and runs
// from there (not from this checkout); the package fields; the release workflow and the script that
// moves the Action's major tag (run for real on temporary git repositories); the README's two
// set-up commands and .ci/run.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/cli';
import { tempDir } from './helpers/tree';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });

describe('the npm tarball, installed into an empty project', () => {
  let project = '';
  let files: string[] = [];
  beforeAll(() => {
    const packDir = tempDir('svclint-pack-');
    const pack = npm(['pack', '--json', '--pack-destination', packDir], REPO_ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    files = info!.files.map((f) => f.path);
    project = tempDir('svclint-project-');
    writeFileSync(path.join(project, 'package.json'), '{ "name": "infra", "private": true }\n');
    // The dependencies come from npm's cache that `npm ci` filled (or the registry).
    const install = npm(['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(packDir, info!.filename)], project);
    expect(install.status, install.stderr).toBe(0);
    cpSync(path.join(REPO_ROOT, 'examples'), path.join(project, 'examples'), { recursive: true });
  }, 300_000);

  const svclint = (args: string[]) =>
    spawnSync('npx', ['--no-install', 'svclint', ...args], { cwd: project, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });

  it('holds the CLI bundle, the config schema, README and LICENSE; not the sources, tests or the Action bundle', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli.cjs',
        'dist/cli-main.js',
        'dist/cli.js',
        'dist/index.js',
        'dist/testing.js',
        'dist/types/src/api/index.d.ts',
        'dist/types/src/api/testing.d.ts',
        'schemas/svclint.config.schema.json',
        'README.md',
        'LICENSE',
        'package.json',
      ]),
    );
    expect(files.filter((f) => /^(src|test|rules|examples)\//.test(f) || f === 'dist/action.js')).toEqual([]);
  });

  it('runs from node_modules: --version, the examples (database rules load the PostgreSQL parser), place', () => {
    const bin = readdirSync(path.join(project, 'node_modules/.bin'));
    expect(bin).toContain('svclint');
    expect(svclint(['--version']).stdout.trim()).toBe(pkg.version);
    const current = svclint(['examples/droplet-current', '--format', 'json']);
    expect(current.status, current.stderr).toBe(1);
    // A rule merged into another finding of the same cause is listed in its `also`.
    const rules = new Set((JSON.parse(current.stdout).findings as { rule: string; also?: string[] }[]).flatMap((f) => [f.rule, ...(f.also ?? [])]));
    for (const rule of ['no-catch-all-dir', 'initdb-public-connect', 'postgres-superuser', 'duplicate-host-port']) expect(rules).toContain(rule);
    const recommended = svclint(['examples/droplet-recommended']);
    expect(recommended.status, recommended.stdout + recommended.stderr).toBe(0);
    // The installed copy, not this checkout, answers: the bin links into the project's node_modules.
    expect(realpathSync(path.join(project, 'node_modules/.bin/svclint'))).toBe(realpathSync(path.join(project, 'node_modules/svclint/dist/cli.cjs')));
    expect(svclint(['place', 'grafana']).stdout).toMatch(/Answer: services\/monitoring\/grafana\//);
  });

  it('exports the rule API and tester, and type-checks a TypeScript rule against its shipped declarations', () => {
    const imported = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const api = await import('svclint'); const testing = await import('svclint/testing'); console.log(typeof api.defineRule, typeof api.pathValue, typeof testing.RuleTester);",
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(imported.stdout.trim(), imported.stderr).toBe('function function function');
    // examples/custom-rules inside the project: its rules import 'svclint', the installed package.
    const example = spawnSync('npx', ['--no-install', 'svclint', '--format', 'json'], {
      cwd: path.join(project, 'examples/custom-rules'),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(example.status, example.stderr).toBe(1);
    expect((JSON.parse(example.stdout).findings as { rule: string }[]).map((f) => f.rule)).toEqual(['local/require-healthcheck', 'local/websecure-only']);
  });
});

describe('package.json', () => {
  it('has repository, bin, exports and files right for a CLI package', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/svclint/svclint.git' });
    expect(pkg.bin).toEqual({ svclint: 'dist/cli.cjs' });
    expect(readFileSync(path.join(REPO_ROOT, pkg.bin.svclint), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The public rule API and rule tester, with declarations built from the sources.
    expect(pkg.exports).toEqual({
      '.': { types: './dist/types/src/api/index.d.ts', default: './dist/index.js' },
      './testing': { types: './dist/types/src/api/testing.d.ts', default: './dist/testing.js' },
      './package.json': './package.json',
      './schema.json': './schemas/svclint.config.schema.json',
    });
    // Everything else is bundled into dist/: only what the bundle loads at run time is a dependency
    // (ts-morph: only to type-check a TypeScript plugin whose cached build is missing).
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['libpg-query', 'mvdan-sh', 'ts-morph']);
    expect(pkg.scripts.pretest).toBe('npm run build');
  });
});

describe('README set-up commands and .ci/run', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const ci = readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');
  it('the first code block is the two commands, and .ci/run runs exactly them', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const commands = first
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npx svclint examples/droplet-current', 'npm test']);
    expect(readme.indexOf(first)).toBeLessThan(readme.indexOf('## '));
    expect(ci).toContain('npm ci --no-audit --no-fund && npx svclint examples/droplet-current');
    expect(ci).toMatch(/^SVCLINT_TEST_JSON="\$results" npm test \|\| status=\$\?$/m);
  });
});

describe('the release workflow', () => {
  const workflow = parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8'));
  it('runs on version tags: builds and tests (.ci/run), packs, tries the tarball, releases, moves the major tag', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+*']);
    expect(workflow.permissions).toEqual({ contents: 'write' });
    const steps = workflow.jobs.release.steps as { name?: string; run?: string }[];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    const order = ['bash .ci/run', 'npm pack', 'npm install', 'gh release create', 'npm publish', 'scripts/move-major-tag.sh'].map((text) =>
      runs.indexOf(text),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('move-major-tag.sh moves v1 to the release commit on the remote, refuses a tag that is not the version, leaves pre-releases alone', () => {
    const remote = tempDir('svclint-remote-');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const repo = tempDir('svclint-release-');
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      }).trim();
    git('init', '-q');
    git('remote', 'add', 'origin', remote);
    cpSync(path.join(REPO_ROOT, 'scripts/move-major-tag.sh'), path.join(repo, 'move.sh'));
    const commit = (version: string) => {
      writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'svclint', version }));
      git('add', '-A');
      git('commit', '-qm', version);
      git('tag', `v${version}`);
      return git('rev-parse', 'HEAD');
    };
    const run = (tag: string) => spawnSync('bash', ['move.sh', tag], { cwd: repo, encoding: 'utf8' });
    const first = commit('1.0.0');
    expect(run('v1.0.0').status).toBe(0);
    const second = commit('1.1.0');
    const moved = run('v1.1.0');
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toContain(`v1 -> ${second} (v1.1.0)`);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'v1^{commit}'], { encoding: 'utf8' }).trim()).toBe(second);
    expect(first).not.toBe(second);
    const wrong = run('v1.0.0'); // package.json says 1.1.0
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/does not match package\.json's version 1\.1\.0/);
    commit('1.2.0-rc.1');
    expect(run('v1.2.0-rc.1').stdout).toMatch(/pre-release: v1 stays where it is/);
    expect(execFileSync('git', ['--git-dir', remote, 'rev-parse', 'v1^{commit}'], { encoding: 'utf8' }).trim()).toBe(second);
    expect(run('latest').status).toBe(2);
  });
});
