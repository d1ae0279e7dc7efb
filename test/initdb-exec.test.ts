// --initdb-exec end to end, through the real CLI: the init scripts run in a throwaway PostgreSQL
// (local binaries), the database rules judge its catalog, a failing script is an error at its
// file and line with the server's message, secrets never reach any output format, the server is
// stopped and its folder removed (also on Ctrl-C), and the docker mode says clearly when there
// is no engine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../src/format';
import { CLI, REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { findPgBin, pgSkipReason } from './helpers/postgres';
import { makeTree } from './helpers/tree';
import { FIXED_INIT_SQL, coreInfra, coreInfraCompose, n8nCompose, SEED_ALLOCATIONS } from './rules/database-fixtures';

const skip = pgSkipReason();
const env = (): NodeJS.ProcessEnv => ({ PG_BIN: findPgBin()?.bin ?? '' });
/** The throwaway servers' folders (mkdtemp's six characters after the prefix). */
const leftovers = (): string[] => readdirSync(os.tmpdir()).filter((n) => /^svclint-initdb-[A-Za-z0-9]{6}$/.test(n));

function json(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

function tree(scripts: Record<string, string>, composeOptions: Parameters<typeof coreInfraCompose>[0] = {}) {
  return makeTree({
    'svclint.config.yaml': `database:\n  allocations:\n${SEED_ALLOCATIONS.database.allocations
      .slice(0, 1)
      .map((a) => `    - { service: ${a.service}, database: ${a.database}, role: ${a.role} }`)
      .join('\n')}\n`,
    services: { 'core-infra': coreInfra(scripts, coreInfraCompose(composeOptions)), automation: { 'docker-compose.yml': n8nCompose() } },
  });
}

describe.skipIf(skip !== null)('--initdb-exec (local server)', () => {
  it('judges examples/droplet-current on the real catalog, says which server ran, and leaves nothing behind', () => {
    const before = leftovers();
    const run = runCli(['examples/droplet-current', '--initdb-exec', '--only', 'database', '--format', 'json'], REPO_ROOT, env());
    expect(run.status).toBe(1);
    const findings = json(run.stdout);
    const publicConnect = findings.filter((f) => f.rule === 'initdb-public-connect').map((f) => [f.path.split('/').pop(), f.line]);
    expect(publicConnect).toEqual([
      ['01-create-databases.sql', 2],
      ['01-create-databases.sql', 3],
      ['01-create-databases.sql', 4],
      ['01-create-databases.sql', 5],
    ]);
    expect(findings.some((f) => f.rule === 'initdb-unevaluated')).toBe(false);
    expect(run.stderr).toMatch(/--initdb-exec ran the init scripts on a local PostgreSQL \d+ in \d+ ms/);
    // The compose file runs postgres:16-alpine.
    if (findPgBin()!.version !== 16) expect(run.stderr).toMatch(/runs postgres:16-alpine \(PostgreSQL 16\) but the local server is PostgreSQL \d+/);
    expect(leftovers().filter((n) => !before.includes(n))).toEqual([]);
  });

  it('reports a failing script at its file and line with the server message (.sql, and a here-document in .sh)', () => {
    const sql = tree({ '01-roles.sql': `${FIXED_INIT_SQL}GRANT CONNECT ON DATABASE n8n\n  TO erp_usr;\nCREATE ROLE never_created;\n` });
    const fromSql = json(runCli(['--initdb-exec', '--only', 'database', '--format', 'json'], sql, env()).stdout).filter((f) => f.rule === 'initdb-missing');
    expect(fromSql).toMatchObject([
      {
        path: 'services/core-infra/postgres/init-scripts/01-roles.sql',
        line: 13,
        column: 1,
        message: expect.stringMatching(/^Init script fails on a real server \(--initdb-exec\): role "erp_usr" does not exist\. The image stops/),
      },
    ]);
    const sh = tree({
      '02-grants.sh': `#!/bin/bash\nset -e\npsql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<EOSQL\nCREATE ROLE n8n_user LOGIN;\nCREATE DATABASE n8n OWNER n8n_user;\nGRANT CONNECT ON DATABASE n8n TO nobody;\nEOSQL\n`,
    });
    const fromSh = json(runCli(['--initdb-exec', '--only', 'database', '--format', 'json'], sh, env()).stdout).filter((f) => f.rule === 'initdb-missing');
    expect(fromSh).toMatchObject([
      { path: 'services/core-infra/postgres/init-scripts/02-grants.sh', line: 6, message: expect.stringMatching(/role "nobody" does not exist/) },
    ]);
  });

  it('evaluates what the static model cannot (dynamic SQL) and never prints a planted secret, in any format', () => {
    const secret = 'Planted-Secret-7731';
    const fixture = tree(
      {
        '01-init.sql':
          [
            `CREATE ROLE n8n_user LOGIN PASSWORD '${secret}';`,
            'CREATE DATABASE n8n OWNER n8n_user;',
            'REVOKE ALL ON DATABASE n8n FROM PUBLIC;',
            "CREATE ROLE tool_user LOGIN PASSWORD 'tool-pw-not-printed';",
            "SELECT format('GRANT CONNECT ON DATABASE %I TO %I', datname, 'tool_user') FROM pg_database WHERE datname = 'n8n'\\gexec",
            `CREATE ROLE broken PASSWORD '${secret}' OOPS;`,
          ].join('\n') + '\n',
      },
      { extraEnv: `\n      APP_SECRET_TOKEN: ${secret}` },
    );
    const statics = json(runCli(['--only', 'database', '--format', 'json'], fixture, env()).stdout);
    expect(statics.filter((f) => f.rule === 'initdb-unevaluated').map((f) => f.line)).toEqual([5]);
    for (const format of FORMAT_NAMES) {
      const run = runCli(['--initdb-exec', '--only', 'database', '--format', format], fixture, env());
      expect(run.status, format).toBe(1);
      expect(`${run.stdout}${run.stderr}`, format).not.toContain(secret);
      expect(`${run.stdout}${run.stderr}`, format).not.toContain('tool-pw-not-printed');
      if (format === 'json') {
        const findings = json(run.stdout);
        // The real server ran the \gexec: the grant is there, and found.
        expect(findings.find((f) => f.rule === 'initdb-cross-grant')).toMatchObject({
          message: expect.stringMatching(/Role 'tool_user' holds CONNECT on database 'n8n'/),
        });
        expect(findings.find((f) => f.rule === 'initdb-missing')).toMatchObject({ line: 6, message: expect.stringMatching(/unrecognized role option "oops"/) });
        expect(findings.some((f) => f.rule === 'initdb-unevaluated')).toBe(false);
      }
    }
  });

  it('stops the server and removes its folder when interrupted (Ctrl-C)', async () => {
    const fixture = tree({ '01-slow.sql': 'CREATE ROLE n8n_user LOGIN;\nSELECT pg_sleep(60);\n' });
    const before = new Set(leftovers());
    const child = spawn(process.execPath, [CLI, '--initdb-exec', '--only', 'database'], { cwd: fixture, env: { ...process.env, ...env() }, stdio: 'ignore' });
    let started: string | undefined;
    for (let i = 0; i < 300 && !started; i++) {
      await new Promise((r) => setTimeout(r, 100));
      started = leftovers().find((n) => !before.has(n) && existsSync(path.join(os.tmpdir(), n, 'server.pid')));
    }
    expect(started, 'the throwaway server started').toBeDefined();
    const pid = Number(spawnSync('cat', [path.join(os.tmpdir(), started!, 'server.pid')], { encoding: 'utf8' }).stdout.trim());
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    for (let i = 0; i < 200 && existsSync(path.join(os.tmpdir(), started!)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(path.join(os.tmpdir(), started!))).toBe(false);
    expect(spawnSync('kill', ['-0', String(pid)]).status, 'the server process is gone').not.toBe(0);
  }, 60_000);
});

const dockerAvailable = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
if (!dockerAvailable) console.warn('skipping the --initdb-exec docker run: no Docker engine on this machine (its exit-2 error is tested instead)');

describe('--initdb-exec docker', () => {
  it.skipIf(dockerAvailable)('is a clear exit-2 error when no Docker engine is available', () => {
    const fixture = tree({ '01.sql': 'CREATE ROLE n8n_user LOGIN;\n' });
    const run = runCli(['--initdb-exec', 'docker', '--only', 'database'], fixture);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^svclint: --initdb-exec docker: no Docker engine is available \(.+\); use --initdb-exec \(a local PostgreSQL\) instead\n$/);
    expect(run.stdout).toBe('');
  });

  it.skipIf(!dockerAvailable)("runs the stack's own image", () => {
    const fixture = tree({ '01.sql': 'CREATE ROLE n8n_user LOGIN;\nCREATE DATABASE n8n OWNER n8n_user;\n' });
    const run = runCli(['--initdb-exec', 'docker', '--only', 'database', '--format', 'json'], fixture);
    expect(
      json(run.stdout)
        .filter((f) => f.rule === 'initdb-public-connect')
        .map((f) => f.line),
    ).toEqual([2]);
  });

  it('rejects an unknown mode', () => {
    const run = runCli(['--initdb-exec=podman'], REPO_ROOT);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("svclint: --initdb-exec: unknown value 'podman' (choose local, docker)\n");
  });
});
