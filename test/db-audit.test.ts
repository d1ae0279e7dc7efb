// svclint db-audit --url: a live server (started here, password authentication on its socket)
// judged against the allocation table, through the real CLI: findings under the database rule
// ids located at server/database, the password (URL or PGPASSWORD) never printed, one-line exit-2
// connection errors, and the catalog query for each supported version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFromJson, catalogQuery } from '../src/database/catalog-query';
import { describeServer } from '../src/commands/db-audit';
import { FORMAT_NAMES } from '../src/format';
import { runCli, type JsonFinding } from './helpers/cli';
import { pgSkipReason, startServer, type TestServer } from './helpers/postgres';
import { makeTree } from './helpers/tree';

const skip = pgSkipReason();
const PASSWORD = 'Audit-Pw-5521';
let server: TestServer;
let config: string;

beforeAll(() => {
  if (skip) return;
  server = startServer({ password: PASSWORD });
  server.psql(
    [
      'CREATE ROLE n8n_user LOGIN;',
      'CREATE ROLE erp_user LOGIN;',
      'CREATE ROLE tooljet_user LOGIN;',
      'CREATE DATABASE n8n OWNER n8n_user;',
      'REVOKE ALL ON DATABASE n8n FROM PUBLIC;',
      'CREATE DATABASE bestviable_erp OWNER erp_user;',
      'GRANT CONNECT ON DATABASE n8n TO tooljet_user;',
      'ALTER ROLE erp_user SUPERUSER;',
      'CREATE ROLE reader;',
      'GRANT reader TO n8n_user;',
    ].join('\n'),
  );
  server.psql('CREATE EXTENSION IF NOT EXISTS pg_trgm;', { database: 'n8n' });
  config = makeTree({
    'svclint.config.yaml': [
      'database:',
      '  allocations:',
      '    - { service: n8n, database: n8n, role: n8n_user }',
      '    - { service: planner-api, database: bestviable_erp, role: erp_user }',
      '    - { service: open-webui, database: openwebui, role: openwebui_user }',
      '',
    ].join('\n'),
  });
}, 60_000);

afterAll(() => server?.stop());

const url = (withPassword: boolean) => `postgresql://postgres${withPassword ? `:${PASSWORD}` : ''}@/postgres?host=${encodeURIComponent(server.socket)}`;

describe.skipIf(skip !== null)('db-audit on a live server', () => {
  it('reports drift from the allocation table under the same rule ids, at server/database', () => {
    const run = runCli(['db-audit', '--url', url(false), '--format', 'json'], config, { PGPASSWORD: PASSWORD });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    const host = `postgres@${server.socket}`;
    expect(findings.map((f) => [f.rule, f.path, f.line, f.message.replace(/\.( .*)?$/s, '')])).toEqual([
      ['initdb-cross-grant', host, null, "Service role 'erp_user' (planner-api) is a superuser: it can reach every database on the shared Postgres"],
      ['initdb-missing', host, null, "Database 'openwebui' (allocated to open-webui) does not exist on the server"],
      ['initdb-missing', host, null, "Role 'openwebui_user' (allocated to open-webui) does not exist on the server"],
      ['initdb-public-connect', `${host}/bestviable_erp`, null, "Database 'bestviable_erp' is open to PUBLIC: every role can connect to it"],
      ['initdb-cross-grant', `${host}/n8n`, null, "Role 'tooljet_user' holds CONNECT on database 'n8n', which is allocated to n8n"],
    ]);
  });

  it('takes the password from the URL too, and never prints it, in any format', () => {
    for (const format of FORMAT_NAMES) {
      const run = runCli(['db-audit', '--url', url(true), '--format', format], config);
      expect(run.status, format).toBe(1);
      expect(`${run.stdout}${run.stderr}`, format).not.toContain(PASSWORD);
    }
  });

  it('says in one line, exit 2, when it cannot connect (wrong password, no server), without the password', () => {
    const wrong = runCli(['db-audit', '--url', url(false).replace('postgres@', 'postgres:Wrong-Pw-99@')], config);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^svclint: db-audit: cannot connect to postgres@\S+\/postgres: password authentication failed for user "postgres"\n$/);
    expect(wrong.stderr).not.toContain('Wrong-Pw-99');
    const none = runCli(['db-audit', '--url', 'postgresql://u:Secret-Pw-1@127.0.0.1:9/db'], config);
    expect(none.status).toBe(2);
    expect(none.stderr.split('\n')).toHaveLength(2);
    expect(none.stderr).toMatch(/^svclint: db-audit: cannot connect to u@127\.0\.0\.1:9\/db: /);
    expect(none.stderr).not.toContain('Secret-Pw-1');
    expect(runCli(['db-audit'], config).stderr).toMatch(/^svclint: usage: svclint db-audit --url /);
  });

  it('reads the same catalog a superuser sees as a plain role with CONNECT (read-only queries)', () => {
    server.psql("CREATE ROLE auditor LOGIN PASSWORD 'Auditor-Pw-3';");
    const run = runCli(
      ['db-audit', '--url', url(false).replace('postgres@', 'auditor:Auditor-Pw-3@'), '--format', 'json', '--rule', 'initdb-missing:off'],
      config,
    );
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.rule)).toEqual([
      'initdb-cross-grant',
      'initdb-public-connect',
      'initdb-cross-grant',
    ]);
  });
});

describe('db-audit building blocks', () => {
  it('names the server without its password', () => {
    expect(describeServer('postgresql://app:S3cret@db.example.com:5433/n8n?sslmode=require')).toEqual({
      display: 'app@db.example.com:5433/n8n',
      cluster: 'app@db.example.com:5433',
    });
    expect(describeServer('postgres://u@/d?host=/run/postgresql')).toEqual({ display: 'u@/run/postgresql/d', cluster: 'u@/run/postgresql' });
  });

  it('asks for the membership options only where they exist (PostgreSQL 16+), and reads both shapes', () => {
    expect(catalogQuery(130000)).not.toMatch(/inherit_option|set_option/);
    expect(catalogQuery(150000)).not.toMatch(/inherit_option/);
    expect(catalogQuery(160000)).toMatch(/a\.inherit_option.*a\.set_option/);
    expect(catalogQuery(180000)).toMatch(/a\.inherit_option/);
    const base = {
      bootstrap: 'postgres',
      roles: [
        { name: 'postgres', superuser: true, login: true, inherit: true, createdb: true, createrole: true },
        { name: 'r', superuser: false, login: true, inherit: true, createdb: false, createrole: false },
        { name: 'g', superuser: false, login: false, inherit: true, createdb: false, createrole: false },
      ],
      databases: [{ name: 'd', owner: 'g', allowConnections: true, acl: [{ grantee: 'g', grantor: 'g', privilege: 'CONNECT', grantable: false }] }],
    };
    const v15 = catalogFromJson({ ...base, version: 150004, members: [{ role: 'g', member: 'r', admin: false }] });
    const v16 = catalogFromJson({ ...base, version: 160002, members: [{ role: 'g', member: 'r', admin: false, inherit: false, set: true }] });
    expect(v15.privilegesOn('r', 'd').has('connect')).toBe(true);
    expect(v16.privilegesOn('r', 'd').has('connect')).toBe(false);
  });
});
