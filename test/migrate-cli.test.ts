// `svclint migrate` end to end: the built CLI on a copy of examples/droplet-current in a real git
// repository. Dry run in every format, the sh script against --apply, apply through Phase 5 then
// lint, status, rollback byte for byte, real SIGKILLs mid-run, and every refusal.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, git } from './helpers/action-runner';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { fastTempDir, treeSnapshot } from './helpers/snapshot';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'droplet-current');

/** A committed copy of the example. */
function dropletRepo(): string {
  const dir = path.join(fastTempDir(), 'infra');
  cpSync(EXAMPLE, dir, { recursive: true, verbatimSymlinks: true });
  git(dir, 'init', '-q', '-b', 'main');
  commitAll(dir, 'the droplet as it is');
  return dir;
}

function lintJson(dir: string): JsonFinding[] {
  const run = runCli(['.', '--format', 'json'], dir);
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

const STRUCTURE =
  /^(no-catch-all-dir|no-technology-dir|service-outside-capability|undeclared-capability|misplaced-service|split-system|non-canonical-name|duplicate-service|missing-stack-file|too-deep|archived-service-active|legacy-service|broken-symlink|migration-symlink|build-context|stale-doc-path)$/;

function expectOneLineError(run: { status: number; stderr: string }, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('svclint migrate: the dry run', () => {
  it('prints the plan phase by phase and changes nothing', () => {
    const dir = dropletRepo();
    const before = treeSnapshot(dir);
    const run = runCli(['migrate'], dir);
    expect(run.status, run.stderr).toBe(0);
    for (const phase of [1, 2, 3, 4, 5]) expect(run.stdout).toMatch(new RegExp(`^Phase ${phase}: `, 'm'));
    expect(run.stdout).toMatch(/symlink +services\/interfaces\/open-webui -> \.\.\/apps\/openweb/);
    expect(run.stdout).toMatch(/edit +services\/apps\/openweb\/docker-compose.yml:1 +\+ name: openweb/);
    expect(run.stdout).toMatch(/'openweb' kept: name: openweb is added before the folder is renamed/);
    expect(run.stdout).toMatch(/create +services\/docker\/postgres\/docker-compose.yml/);
    expect(run.stdout).toMatch(/curl -I http:\/\/openwebui\.bestviable\.com/);
    expect(treeSnapshot(dir)).toEqual(before);
    expect(existsSync(path.join(dir, '.svclint'))).toBe(false);
  });

  it('--format json: actions by phase with relative paths, project names, checks', () => {
    const dir = dropletRepo();
    const plan = JSON.parse(runCli(['migrate', '--format', 'json'], dir).stdout) as {
      root: string;
      phases: { phase: number; actions: { op: string; from?: string; to?: string; file?: string }[] }[];
      projects: { stack: string; before: string; after: string; kept: string }[];
      checks: { stacks: string[]; urls: { url: string }[] };
    };
    expect(plan.root).toBe('services');
    expect(plan.phases.map((p) => p.phase)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.phases[3]!.actions).toContainEqual(
      expect.objectContaining({ op: 'move', from: 'services/apps/openweb', to: 'services/interfaces/open-webui' }),
    );
    expect(plan.projects).toContainEqual({
      stack: 'services/apps/openweb/docker-compose.yml',
      to: 'services/interfaces/open-webui/docker-compose.yml',
      before: 'openweb',
      after: 'openweb',
      kept: 'pinned',
    });
    expect(
      plan.projects
        .filter((p) => p.kept === 'changes')
        .map((p) => p.after)
        .sort(),
    ).toEqual(['postgres', 'qdrant']);
    expect(plan.checks.stacks).toContain('services/core-infra/postgres/docker-compose.yml');
  });

  it('--format markdown: a PR description with the trees before and after and a mermaid diagram', () => {
    const md = runCli(['migrate', '--format', 'markdown'], dropletRepo()).stdout;
    expect(md).toMatch(/^## Move `services\/` to capability folders/);
    expect(md).toMatch(/<th>Before<\/th><th>After<\/th>/);
    expect(md).toMatch(/├── apps\/\n│ {3}├── dozzle\//);
    expect(md).toMatch(/├── interfaces\/\n│ {3}├── open-webui\//);
    expect(md).toMatch(/```mermaid\nflowchart LR\n/);
    expect(md).toMatch(/n\d+\["apps\/openweb"\] --> n\d+\["interfaces\/open-webui"\]/);
    expect(md).toMatch(/### Phase 3: .*\n\n- \[ \] `svclint` on the tree as it will stand/);
    expect(md).toMatch(/`curl -I http:\/\/openwebui\.bestviable\.com`/);
  });

  it('--format sh: sh -n accepts it, and run on a copy it gives the tree --apply gives', () => {
    const scripted = dropletRepo();
    const applied = dropletRepo();
    const script = runCli(['migrate', '--format', 'sh'], scripted).stdout;
    const file = path.join(fastTempDir(), 'migrate.sh');
    writeFileSync(file, script);
    const syntax = spawnSync('sh', ['-n', file], { encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);
    const ran = spawnSync('sh', [file], { cwd: scripted, encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/svclint migrate: done; 3 manual step\(s\) remain/);
    const apply = runCli(['migrate', '--apply', '--through', '5'], applied);
    expect(apply.status, apply.stderr).toBe(0);
    expect(treeSnapshot(scripted)).toEqual(treeSnapshot(applied));
  });
});

describe('svclint migrate --apply on examples/droplet-current', () => {
  it('through Phase 5: no structure errors left, only the findings the README lists; status; rollback restores the commit', () => {
    const dir = dropletRepo();
    const before = treeSnapshot(dir);
    const run = runCli(['migrate', '--apply', '--through', '5'], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Phase 3 checks on the tree as it will stand:\n {2}svclint: \d+ errors \(0 structure\)/);
    expect(run.stdout).toMatch(/docker compose config: (skipped \(.+\)|.*ok)/);
    expect(run.stdout).toMatch(/Migration complete/);

    const findings = lintJson(dir);
    expect(findings.filter((f) => STRUCTURE.test(f.rule) && f.severity === 'error')).toEqual([]);
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const listed = /<!-- migrate-remaining:start -->([\s\S]*?)<!-- migrate-remaining:end -->/.exec(readme);
    expect(listed, 'README lists what stays after the migration').not.toBeNull();
    const rows = [...listed![1]!.matchAll(/^\| `([a-z-]+)` \| `([^`]+)` \| (\d+) \|/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    const counts = new Map<string, number>();
    for (const f of findings.filter((x) => x.severity === 'error')) counts.set(`${f.rule} ${f.path}`, (counts.get(`${f.rule} ${f.path}`) ?? 0) + 1);
    expect([...counts].map(([k, n]) => `${k} ${n}`).sort()).toEqual(rows.sort());

    // The pinned project name is in the renamed folder's stack.
    expect(readFileSync(path.join(dir, 'services/interfaces/open-webui/docker-compose.yml'), 'utf8')).toMatch(/^name: openweb\nservices:/);

    const status = runCli(['migrate', '--status'], dir);
    expect(status.stdout).toMatch(/State: complete/);
    expect(status.stdout).toMatch(/Tree: as svclint left it/);
    const back = runCli(['migrate', '--rollback'], dir);
    expect(back.status, back.stderr).toBe(0);
    expect(treeSnapshot(dir)).toEqual(before);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('phase by phase: --through 1 makes the bridges, --phase 4 before 2 and 3 is refused, --rollback --to-phase keeps earlier phases', () => {
    const dir = dropletRepo();
    expect(runCli(['migrate', '--apply', '--through', '1'], dir).status).toBe(0);
    expect(runCli(['.', '--format', 'json'], dir).stdout).toMatch(/migration-symlink/);
    expectOneLineError(
      runCli(['migrate', '--apply', '--phase', '4'], dir),
      /phase 4 comes after phase 2, which is not done: run svclint migrate --apply --through 3 first/,
    );
    expect(runCli(['migrate', '--apply', '--phase', '2'], dir).status).toBe(0);
    expect(readFileSync(path.join(dir, 'services/apps/openweb/docker-compose.yml'), 'utf8')).toMatch(/^name: openweb/);
    expect(runCli(['migrate', '--rollback', '--to-phase', '1'], dir).status).toBe(0);
    expect(readFileSync(path.join(dir, 'services/apps/openweb/docker-compose.yml'), 'utf8')).toMatch(/^services:/);
    expect(existsSync(path.join(dir, 'services/interfaces/open-webui'))).toBe(true);
    expect(runCli(['migrate', '--rollback'], dir).status).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('killed (SIGKILL) at any point, re-run, gives the same tree; killed then rolled back gives the original', () => {
    const reference = dropletRepo();
    expect(runCli(['migrate', '--apply', '--through', '5'], reference).status).toBe(0);
    const expected = treeSnapshot(reference);
    for (const k of [0, 1, 9, 40, 95, 150]) {
      const dir = dropletRepo();
      const original = treeSnapshot(dir);
      const killed = runCli(['migrate', '--apply', '--through', '5'], dir, { SVCLINT_MIGRATE_KILL_AT: String(k) });
      expect(killed.status, `kill at ${k}`).toBe(-1); // killed by the signal, no exit code
      if (k % 2 === 0) {
        const resumed = runCli(['migrate', '--apply', '--through', '5'], dir);
        expect(resumed.status, resumed.stderr).toBe(0);
        expect(treeSnapshot(dir), `resumed after a kill at ${k}`).toEqual(expected);
      } else {
        const back = runCli(['migrate', '--rollback'], dir);
        expect(back.status, back.stderr).toBe(0);
        expect(treeSnapshot(dir), `rolled back after a kill at ${k}`).toEqual(original);
        expect(existsSync(path.join(dir, '.svclint'))).toBe(false);
      }
    }
  });
});

describe('Phase 3 without docker', () => {
  it('says docker compose config was skipped, and why, when no docker CLI is on PATH', () => {
    const dir = dropletRepo();
    const gitDir = path.dirname(spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim());
    const noDocker = ['/usr/bin', '/bin', gitDir].filter((d) => !existsSync(path.join(d, 'docker'))).join(':');
    const run = runCli(['migrate', '--apply', '--through', '3'], dir, { PATH: noDocker });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/docker compose config: skipped \(no docker CLI on PATH\)/);
    expect(run.stdout).toMatch(/Try each route \(curl -I URL\):\n {4}http:\/\/archon-mcp\.bestviable\.com/);
  });
});

describe('svclint migrate refuses bad input: one line, exit 2, nothing touched', () => {
  it('uncommitted changes under the tree (unless --force)', () => {
    const dir = dropletRepo();
    writeFileSync(path.join(dir, 'services/n8n/notes.txt'), 'wip\n');
    const before = treeSnapshot(dir);
    expectOneLineError(runCli(['migrate', '--apply'], dir), /--apply refuses to start: uncommitted changes under the tree \(services\/n8n\/notes.txt\)/);
    expect(treeSnapshot(dir)).toEqual(before);
    expect(existsSync(path.join(dir, '.svclint'))).toBe(false);
  });

  it('a path that is not a services tree', () => {
    const dir = fastTempDir();
    mkdirSync(path.join(dir, 'empty'));
    const before = treeSnapshot(dir);
    expectOneLineError(runCli(['migrate', 'empty'], dir), /empty: not a services tree/);
    expectOneLineError(runCli(['migrate', '--apply', 'empty'], dir), /empty: not a services tree/);
    expect(treeSnapshot(dir)).toEqual(before);
  });

  it('a target that already exists with other content (made after the plan was journaled)', () => {
    const dir = dropletRepo();
    expect(runCli(['migrate', '--apply', '--through', '1'], dir).status).toBe(0);
    // By hand, between two runs: the stack the split would create.
    writeFileSync(path.join(dir, 'services/docker/postgres/docker-compose.yml'), 'services: {}\n');
    const before = treeSnapshot(dir);
    const journal = readFileSync(path.join(dir, '.svclint/migration.json'));
    expectOneLineError(
      runCli(['migrate', '--apply', '--through', '5'], dir),
      /refused before touching anything: step \d+ \(phase 2\) cannot run: cannot create services\/docker\/postgres\/docker-compose.yml: it already exists/,
    );
    expect(treeSnapshot(dir)).toEqual(before);
    expect(readFileSync(path.join(dir, '.svclint/migration.json'))).toEqual(journal);
  });

  it('a corrupted journal, an edited one, one from another tree', () => {
    const a = dropletRepo();
    expect(runCli(['migrate', '--apply', '--through', '1'], a).status).toBe(0);
    const journal = readFileSync(path.join(a, '.svclint/migration.json'), 'utf8');
    const b = dropletRepo();
    mkdirSync(path.join(b, '.svclint'));
    writeFileSync(path.join(b, '.svclint/migration.json'), journal);
    const before = treeSnapshot(b);
    for (const args of [
      ['migrate', '--apply'],
      ['migrate', '--rollback'],
      ['migrate', '--status'],
    ]) {
      expectOneLineError(runCli(args, b), /migration journal belongs to another tree/);
    }
    writeFileSync(path.join(b, '.svclint/migration.json'), journal.slice(0, 200));
    expectOneLineError(runCli(['migrate', '--apply'], b), /corrupted migration journal \(.*JSON/);
    writeFileSync(path.join(a, '.svclint/migration.json'), journal.replace('"createdDir": true', '"createdDir": false'));
    expectOneLineError(runCli(['migrate', '--rollback'], a), /corrupted migration journal \(checksum mismatch/);
    expect(treeSnapshot(b)).toEqual(before);
  });

  it('a rollback over files changed since lists them and refuses; --force restores', () => {
    const dir = dropletRepo();
    const before = treeSnapshot(dir);
    expect(runCli(['migrate', '--apply', '--through', '2'], dir).status).toBe(0);
    writeFileSync(path.join(dir, 'services/apps/openweb/docker-compose.yml'), 'services: {}\n');
    const refused = runCli(['migrate', '--rollback'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /rollback refused: 1 path\(s\) changed since svclint recorded them.*\n {2}services\/apps\/openweb\/docker-compose.yml: changed since svclint edited it/,
    );
    expect(runCli(['migrate', '--rollback', '--force'], dir).status).toBe(0);
    expect(treeSnapshot(dir)).toEqual(before);
  });

  it('usage errors', () => {
    const dir = dropletRepo();
    expectOneLineError(runCli(['migrate', '--apply', '--rollback'], dir), /separate steps/);
    expectOneLineError(runCli(['migrate', '--through', '3'], dir), /--phase and --through go with --apply/);
    expectOneLineError(runCli(['migrate', '--apply', '--phase', '7'], dir), /--phase: unknown value '7'.*\(choose 1, 2, 3, 4, 5\)/);
    expectOneLineError(runCli(['migrate', '--format', 'sarif'], dir), /--format: migrate prints text, json, sh, markdown/);
    expectOneLineError(runCli(['migrate', '--rollback'], dir), /nothing to roll back/);
    expect(existsSync(path.join(dir, '.svclint'))).toBe(false);
  });
});
