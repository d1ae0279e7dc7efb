// `svclint --changed-since REF` through the built CLI, on real git repositories: the issue's three
// pull requests, uncommitted and untracked work (pre-commit use), and bad revisions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from './helpers/rule-tester';
import { git, makeRepo } from './helpers/action-runner';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { tempDir } from './helpers/tree';
import { belongsToChange, makeChangeSet, placeOnChangedSide } from '../src/engine/changes';

const CURRENT = path.join(REPO_ROOT, 'examples/droplet-current');
const RECOMMENDED = path.join(REPO_ROOT, 'examples/droplet-recommended');
const copy = (example: string) => (dir: string) => fs.cpSync(example, dir, { recursive: true });

function lint(dir: string, ...args: string[]): { status: number; findings: JsonFinding[]; stderr: string } {
  const run = runCli(['--format', 'json', ...args], dir);
  return { status: run.status, stderr: run.stderr, findings: run.stdout ? (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings : [] };
}

const at = (f: JsonFinding) => `${f.rule} ${f.path}${f.line ? `:${f.line}:${f.column}` : ''}`;

/** The issue's pull request: a new service in automation/ taking the shared cache's container name and Traefik's port 80. */
function addClashingService(dir: string): void {
  const file = path.join(dir, 'services/automation/docker-compose.yml');
  const service = '  webhook-relay:\n    image: example/webhook-relay:1.4.2\n    container_name: valkey\n    ports:\n      - "80:8080"\n';
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\nservices:\n', `\nservices:\n${service}`));
}

describe('--changed-since REF', () => {
  it('a change that breaks another stack: both errors on the changed lines, blaming the new service', () => {
    const dir = tempDir();
    const range = makeRepo(dir, copy(RECOMMENDED), addClashingService);
    // Without the change known: the policy blames the side that is not the shared cache; for the
    // port, nothing tells the sides apart, so the later one in path order (the unchanged core-infra stack).
    const full = lint(dir);
    expect(full.findings.map(at)).toEqual([
      'duplicate-container-name services/automation/docker-compose.yml:8:21',
      'duplicate-host-port services/core-infra/docker-compose.yml:11:9',
    ]);
    const { status, findings, stderr } = lint(dir, '--changed-since', range.base);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(findings.map(at)).toEqual([
      'duplicate-container-name services/automation/docker-compose.yml:8:21',
      'duplicate-host-port services/automation/docker-compose.yml:10:9',
    ]);
    expect(findings[0]!.fix).toMatch(/^Give 'webhook-relay' a unique container_name/);
    expect(findings[0]!.related).toEqual([
      { path: 'services/core-infra/docker-compose.yml', line: 55, column: 21, message: "Service 'valkey' also uses container name 'valkey'." },
    ]);
    expect(findings[1]!.fix).toMatch(/^Publish 'webhook-relay' on a free host port \(change the host side of '80:8080'\)/);
    expect(findings[1]!.related).toEqual([expect.objectContaining({ path: 'services/core-infra/docker-compose.yml', line: 11, column: 9 })]);
  });

  it('a change that moves a service into apps/ fails', () => {
    const dir = tempDir();
    const range = makeRepo(dir, copy(RECOMMENDED), (repo) => {
      fs.mkdirSync(path.join(repo, 'services/apps'));
      git(repo, 'mv', 'services/monitoring/dozzle', 'services/apps/dozzle');
    });
    const { status, findings } = lint(dir, '--changed-since', range.base);
    expect(status).toBe(1);
    const catchAll = findings.find((f) => f.rule === 'no-catch-all-dir')!;
    expect(catchAll).toMatchObject({ path: 'services/apps', severity: 'error', also: ['misplaced-service'] });
    // The fix is the plan's: move it back, then remove apps/.
    expect(catchAll.actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ op: 'move', from: 'services/apps/dozzle', to: 'services/monitoring/dozzle' }),
        expect.objectContaining({ op: 'delete-empty', path: 'services/apps' }),
      ]),
    );
  });

  it('a change that only edits a README passes on a tree with old findings', () => {
    const dir = tempDir();
    const range = makeRepo(dir, copy(CURRENT), (repo) => fs.writeFileSync(path.join(repo, 'README.md'), '# infra\n'));
    expect(lint(dir).findings.length).toBeGreaterThan(10);
    const { status, findings } = lint(dir, '--changed-since', range.base);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('counts staged, unstaged and untracked work since REF (pre-commit use)', () => {
    const dir = tempDir();
    makeRepo(dir, copy(RECOMMENDED), () => {});
    // Nothing committed on the branch; the working tree has a new, untracked catch-all folder.
    fs.mkdirSync(path.join(dir, 'services/misc/tool'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'services/misc/tool/docker-compose.yml'), 'services:\n  tool:\n    image: example/tool:1.0.0\n');
    const untracked = lint(dir, '--changed-since', 'main');
    expect(untracked.findings.map(at)).toEqual(['no-catch-all-dir services/misc']);
    git(dir, 'add', '-A');
    expect(lint(dir, '--changed-since', 'HEAD').findings.map(at)).toEqual(['no-catch-all-dir services/misc']);
  });

  it('a changed config reports everything', () => {
    const dir = tempDir();
    const range = makeRepo(dir, copy(CURRENT), (repo) => fs.appendFileSync(path.join(repo, 'svclint.config.yaml'), '# reviewed\n'));
    expect(lint(dir, '--changed-since', range.base).findings.length).toBe(lint(dir).findings.length);
  });

  it.each([
    [['--changed-since', 'no-such-branch'], "svclint: --changed-since: unknown revision 'no-such-branch' (a branch, tag or commit of this repository)\n"],
    [['--changed-since', ''], 'svclint: --changed-since expects a git revision (e.g. origin/main)\n'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const dir = tempDir();
    makeRepo(dir, copy(RECOMMENDED), () => {});
    const run = runCli(args, dir);
    expect(run.stderr).toBe(message);
    expect(run.status).toBe(2);
  });

  it('outside a git repository is a usage error', () => {
    const dir = tempDir();
    fs.cpSync(RECOMMENDED, dir, { recursive: true });
    const run = runCli(['--changed-since', 'main'], dir, { GIT_CEILING_DIRECTORIES: path.dirname(dir) });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^svclint: --changed-since: \. is not in a git repository/);
  });
});

describe('what a change touches (src/engine/changes.ts)', () => {
  const changes = makeChangeSet(['/r/services/apps/dozzle/docker-compose.yml', '/r/services/old']);

  it.each([
    ['/r/services/apps/dozzle/docker-compose.yml', true],
    ['/r/services/apps', true],
    ['/r/services/old/nested/file.yml', true],
    ['/r/services/apps/litellm', false],
    ['/r/services/apps/dozzle/other.yml', false],
  ])('%s: %s', (abs, touched) => expect(changes.touches(abs)).toBe(touched));

  it('moves a finding whose own place did not change onto its changed related place', () => {
    const finding = {
      rule: 'no-catch-all-dir',
      severity: 'error' as const,
      path: '/r/services/misc',
      line: null,
      column: null,
      message: text('catch-all'),
      fix: null,
      related: [
        { path: '/r/services/misc/tool', line: null, column: null, message: text('a folder') },
        { path: '/r/services/apps/dozzle/docker-compose.yml', line: 3, column: 5, message: text('the changed line') },
      ],
    };
    expect(belongsToChange(finding, changes)).toBe(true);
    const placed = placeOnChangedSide(finding, changes);
    expect(placed).toMatchObject({ path: '/r/services/apps/dozzle/docker-compose.yml', line: 3, column: 5, message: text('catch-all') });
    expect(placed.related).toEqual([
      { path: '/r/services/misc', line: null, column: null, message: text('catch-all') },
      { path: '/r/services/misc/tool', line: null, column: null, message: text('a folder') },
    ]);
    expect(belongsToChange({ ...finding, related: [finding.related[0]!] }, changes)).toBe(false);
  });
});
