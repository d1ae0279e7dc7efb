// `svclint init` end to end through the built CLI: the config it writes, the files it refuses to
// overwrite, the workflow and pre-commit hook, and the promise that right after it `svclint`
// reports only real problems (on both examples and on real-world trees of the corpus).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { corpusDir, REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { makeTree, tempDir } from './helpers/tree';

interface Report {
  findings: JsonFinding[];
}

const key = (f: JsonFinding) => `${f.rule} ${f.path}:${f.line}:${f.column}`;

function lintKeys(cwd: string, args: string[] = []): string[] {
  const run = runCli([...args, '--format', 'json'], cwd);
  expect([0, 1], run.stderr).toContain(run.status);
  return (JSON.parse(run.stdout) as Report).findings.map(key).sort();
}

/** An example copied to a temp dir without its hand-written config. */
function exampleWithoutConfig(name: string): string {
  const dir = path.join(tempDir(), name);
  cpSync(path.join(REPO_ROOT, 'examples', name), dir, { recursive: true });
  rmSync(path.join(dir, 'svclint.config.yaml'));
  return dir;
}

describe('svclint init on the examples', () => {
  it('droplet-current: the same findings as the hand-written config, less the config-gap ones', () => {
    const handWritten = lintKeys(path.join(REPO_ROOT, 'examples/droplet-current'));
    const dir = exampleWithoutConfig('droplet-current');
    const init = runCli(['init'], dir);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toMatch(/wrote svclint\.config\.yaml \(0 new capabilities, 2 allocations \(2 marked guess\), budget 5888MiB\)/);
    const config = readFileSync(path.join(dir, 'svclint.config.yaml'), 'utf8');
    // Commented, with the guesses marked, the shared role flagged and the superuser connection explained.
    expect(config).toMatch(/^root: services$/m);
    expect(config).toMatch(
      /^ {4}- \{ service: planner-api, database: bestviable_erp, role: erp_user \} {2}# guess: .*shares role erp_user with memory-gateway/m,
    );
    expect(config).toMatch(/# not in the table: n8n connects to n8n as the superuser 'postgres' .*add - \{ service: n8n, database: n8n, role: n8n_user \}/);
    expect(config).toMatch(/# {3}archon\/ is left undeclared: its services belong in memory-orchestration\//);
    expect(config).toMatch(/^docs: \[docs\/\*\*\/\*\.md\]$/m);
    expect(config).toMatch(/^budget: \{ memory: 5888MiB \}$/m);
    const after = lintKeys(dir);
    // The hand-written config has an allocation for open-webui (no connection yet: unused-allocation)
    // and a 4GiB budget the stacks exceed (memory-budget); everything else is the same.
    const shown = (k: string) => k.replace(/^(\S+) .*?droplet-current\//, '$1 ');
    const expected = handWritten.filter((k) => !/^(unused-allocation|memory-budget) /.test(k)).map(shown);
    expect(after.map(shown)).toEqual(expected);
  });

  it('droplet-recommended: clean after init, as with the hand-written config', () => {
    const dir = exampleWithoutConfig('droplet-recommended');
    expect(runCli(['init'], dir).status).toBe(0);
    const run = runCli([], dir);
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toBe('');
    const config = parse(readFileSync(path.join(dir, 'svclint.config.yaml'), 'utf8'));
    expect(config.database.allocations).toEqual([
      { service: 'n8n', database: 'n8n', role: 'n8n_user' },
      { service: 'open-webui', database: 'openwebui', role: 'openwebui_user' },
      { service: 'memory-gateway', database: 'bestviable_erp', role: 'erp_user' },
      { service: 'planner-api', database: 'bestviable_erp', role: 'erp_user' },
    ]);
  });
});

/**
 * Real-world trees (read in place through a symlinked services/, which also exercises "a symlinked
 * root finds its config"): init removes what came from the missing config and adds nothing.
 */
describe('svclint init on corpus trees: only real problems remain', () => {
  const corpus = corpusDir();
  const trees = [
    'GeekTekRob__gtr_homelab/services',
    'borjapazr__mars-server/services',
    'tailscale-dev__ScaleTail/services',
    'runtipi__runtipi-appstore/apps',
    'getsentry__self-hosted',
    'n8n-io__self-hosted-ai-starter-kit',
  ];
  it.each(trees)('%s', (tree) => {
    const dir = tempDir();
    symlinkSync(path.join(corpus, tree), path.join(dir, 'services'));
    const before = lintKeys(dir);
    const init = runCli(['init'], dir);
    expect(init.status, init.stderr).toBe(0);
    const after = lintKeys(dir);
    const added = after.filter((k) => !before.includes(k));
    expect(added, 'init must not add findings').toEqual([]);
    // What init settles: capability folders of the user's own (undeclared-capability).
    expect(after.filter((k) => k.startsWith('undeclared-capability '))).toEqual([]);
    const removed = before.filter((k) => !after.includes(k));
    for (const k of removed) expect(k).toMatch(/^undeclared-capability /);
  });
});

describe('svclint init options and refusals', () => {
  const tree = {
    services: {
      'core-infra': { 'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.1\n', traefik: {} },
      communications: {
        'mail-relay': { 'docker-compose.yml': 'services:\n  mail-relay:\n    image: example/relay:1\n' },
        'mail-archive': { Dockerfile: 'FROM alpine:3\n' },
      },
    },
  };

  it('declares the capability folders of the tree and places their unknown services', () => {
    const dir = makeTree({ ...tree, services: { ...tree.services, labs: { toy: { Dockerfile: 'FROM alpine:3\n' } } } });
    expect(runCli(['init'], dir).status).toBe(0);
    const config = parse(readFileSync(path.join(dir, 'svclint.config.yaml'), 'utf8'));
    // communications is built in (the seed's own example); labs is the user's.
    expect(config.capabilities).toEqual({ labs: { description: '', provides: [] } });
    expect(config.services).toEqual({ toy: { capability: 'labs' } });
    expect(config.systems).toEqual({ mail: { capability: 'communications', members: ['mail-archive', 'mail-relay'] } });
    const lint = runCli(['--format', 'json'], dir);
    expect(JSON.parse(lint.stdout).findings.map((f: JsonFinding) => f.rule)).not.toContain('undeclared-capability');
    const place = JSON.parse(runCli(['place', 'toy', '--format', 'json'], dir).stdout);
    expect(place.path).toBe('services/labs/toy/');
  });

  it('never overwrites without --force; --force replaces', () => {
    const dir = makeTree(tree);
    expect(runCli(['init'], dir).status).toBe(0);
    writeFileSync(path.join(dir, 'svclint.config.yaml'), '# mine\n');
    const again = runCli(['init'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('svclint: svclint.config.yaml already exists: not overwritten (use --force to replace)\n');
    expect(readFileSync(path.join(dir, 'svclint.config.yaml'), 'utf8')).toBe('# mine\n');
    expect(runCli(['init', '--force'], dir).status).toBe(0);
    expect(readFileSync(path.join(dir, 'svclint.config.yaml'), 'utf8')).toMatch(/^extends: recommended$/m);
  });

  it('a path argument: the config goes beside its services/', () => {
    const dir = makeTree({ infra: tree });
    const run = runCli(['init', 'infra'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'infra/svclint.config.yaml'))).toBe(true);
    expect(run.stdout).toMatch(/run: svclint infra\n$/);
  });

  it('--workflow writes the documented workflow (docs/action.md), and refuses to overwrite it', () => {
    const dir = makeTree({ ...tree, '.git': {} });
    expect(runCli(['init', '--workflow'], dir).status).toBe(0);
    const written = readFileSync(path.join(dir, '.github/workflows/svclint.yml'), 'utf8');
    const documented = /`\.github\/workflows\/svclint\.yml`:\n\n```yaml\n([\s\S]*?)```/.exec(readFileSync(path.join(REPO_ROOT, 'docs/action.md'), 'utf8'))![1];
    expect(written).toBe(documented);
    rmSync(path.join(dir, 'svclint.config.yaml'));
    const again = runCli(['init', '--workflow'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/\.github\/workflows\/svclint\.yml already exists/);
    expect(existsSync(path.join(dir, 'svclint.config.yaml'))).toBe(false);
  });

  it('--pre-commit adds the hook to an existing .pre-commit-config.yaml, keeping the other hooks', () => {
    const other =
      'repos:\n  # formatting\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n    hooks:\n      - id: trailing-whitespace\n';
    const dir = makeTree({ infra: { ...tree, 'svclint.config.yaml': 'extends: recommended\n' }, '.pre-commit-config.yaml': other, '.git': {} });
    const run = runCli(['init', 'infra', '--pre-commit'], dir);
    // infra/ has a config already: nothing is written, not even the hook.
    expect(run.status).toBe(2);
    expect(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')).toBe(other);
    expect(runCli(['init', 'infra', '--pre-commit', '--force'], dir).status).toBe(0);
    const config = parse(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8'));
    expect(config.repos).toHaveLength(2);
    expect(config.repos[0].hooks[0].id).toBe('trailing-whitespace');
    expect(config.repos[1]).toEqual({
      repo: 'local',
      hooks: [
        {
          id: 'svclint',
          name: 'svclint',
          entry: 'svclint --quiet infra',
          language: 'system',
          pass_filenames: false,
          files: '^(infra/services/|infra/docs/|infra/svclint\\.config\\.yaml$|infra/\\.svclintrc)',
        },
      ],
    });
    expect(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')).toContain('# formatting');
    const third = runCli(['init', 'infra', '--pre-commit', '--force'], dir);
    expect(third.stdout).toMatch(/svclint hook replaced/);
    expect(parse(readFileSync(path.join(dir, '.pre-commit-config.yaml'), 'utf8')).repos).toHaveLength(2);
  });

  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  it.skipIf(preCommit.status !== 0)('the written .pre-commit-config.yaml passes pre-commit validate-config', () => {
    const dir = makeTree({ ...tree, '.git': {} });
    expect(runCli(['init', '--pre-commit'], dir).status).toBe(0);
    const check = spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], { cwd: dir, encoding: 'utf8' });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  });
  it.runIf(preCommit.status !== 0)('pre-commit is not installed', () => console.warn('skipped: pre-commit validate-config (pre-commit not on PATH)'));

  it('a monorepo: init says to run it per host; no tree: exit 2', () => {
    const dir = makeTree({ hosts: { a: tree, b: tree } });
    const run = runCli(['init'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('svclint: . holds 2 services trees: run svclint init in each host folder (hosts/a, hosts/b)\n');
    const empty = runCli(['init'], makeTree({ 'README.md': '# x\n' }));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/no services tree found in \./);
  });
});
