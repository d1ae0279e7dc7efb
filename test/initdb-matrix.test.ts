// The connect-privilege matrix replayed from init-script statements (parsed for real).
import { describe, expect, it } from 'vitest';
import { computePrivilegeMatrix, parseInitSql, type PrivilegeMatrix } from '../src/database/initdb';

const FILE = '/virtual/init.sql';

async function matrixOf(lines: string[], opts?: { superuser?: string }): Promise<PrivilegeMatrix> {
  const script = await parseInitSql(FILE, lines.join('\n'));
  expect(script.errors).toEqual([]);
  return computePrivilegeMatrix(script.statements, opts);
}

const at = (line: number, column = 1) => ({ file: FILE, line, column });

describe('computePrivilegeMatrix', () => {
  it('replays GRANT and REVOKE in order: a GRANT after a REVOKE re-opens', async () => {
    const matrix = await matrixOf([
      'CREATE DATABASE app;',
      'REVOKE CONNECT ON DATABASE app FROM PUBLIC;',
      'GRANT CONNECT ON DATABASE app TO PUBLIC;',
      'CREATE DATABASE closed;',
      'GRANT CONNECT ON DATABASE closed TO PUBLIC;',
      'REVOKE ALL PRIVILEGES ON DATABASE closed FROM public;',
      'CREATE DATABASE temp_only;',
      'REVOKE TEMP ON DATABASE temp_only FROM PUBLIC;',
    ]);
    expect(matrix.publicConnect('app')).toEqual({ allowed: true, createdAt: at(1), changedAt: at(3) });
    expect(matrix.canConnect('anyone', 'app')).toEqual({ allowed: true, via: 'public', loc: at(3) });
    expect(matrix.publicConnect('closed')).toEqual({ allowed: false, createdAt: at(4), changedAt: at(6) });
    expect(matrix.canConnect('anyone', 'closed')).toEqual({ allowed: false, via: null, loc: null });
    // Revoking TEMP alone leaves CONNECT.
    expect(matrix.publicConnect('temp_only')).toEqual({ allowed: true, createdAt: at(7), changedAt: null });
    expect(matrix.databases.find((d) => d.name === 'temp_only')!.acl).toEqual([{ grantee: 'public', privileges: ['connect'], loc: at(7) }]);
  });

  it('gives the owner access, follows ALTER DATABASE OWNER, and revoking from the owner does not lock it out', async () => {
    const matrix = await matrixOf([
      'CREATE ROLE first_owner LOGIN;',
      'CREATE ROLE second_owner LOGIN;',
      'CREATE DATABASE shop OWNER first_owner;',
      'REVOKE ALL ON DATABASE shop FROM PUBLIC;',
      'ALTER DATABASE shop OWNER TO second_owner;',
      'REVOKE CONNECT ON DATABASE shop FROM second_owner;',
    ]);
    expect(matrix.canConnect('second_owner', 'shop')).toEqual({ allowed: true, via: 'owner', loc: at(5) });
    expect(matrix.canConnect('first_owner', 'shop')).toEqual({ allowed: false, via: null, loc: null });
    expect(matrix.databases[0]).toMatchObject({ name: 'shop', owner: 'second_owner', ownerAt: at(5), created: true, acl: [] });
  });

  it('inherits CONNECT and ownership through role membership, transitively', async () => {
    const matrix = await matrixOf([
      'CREATE ROLE readers NOLOGIN;',
      'CREATE ROLE owners NOLOGIN;',
      'CREATE ROLE team NOLOGIN IN ROLE readers;',
      'CREATE USER alice;',
      'CREATE USER bob;',
      'CREATE ROLE carol LOGIN ROLE bob;',
      'CREATE DATABASE reports OWNER owners;',
      'REVOKE ALL ON DATABASE reports FROM PUBLIC;',
      'CREATE DATABASE stats;',
      'REVOKE ALL ON DATABASE stats FROM PUBLIC;',
      'GRANT CONNECT ON DATABASE stats TO readers;',
      'GRANT team TO alice;',
      'GRANT owners TO carol;',
      'GRANT owners TO dave;',
      'REVOKE owners FROM dave;',
    ]);
    expect(matrix.canConnect('alice', 'stats')).toEqual({ allowed: true, via: 'membership', loc: at(3) });
    expect(matrix.canConnect('alice', 'reports').allowed).toBe(false);
    // `CREATE ROLE carol ROLE bob` makes bob a member of carol; carol is a member of owners.
    expect(matrix.canConnect('bob', 'reports')).toEqual({ allowed: true, via: 'membership', loc: at(13) });
    expect(matrix.canConnect('carol', 'reports')).toEqual({ allowed: true, via: 'membership', loc: at(13) });
    expect(matrix.canConnect('dave', 'reports').allowed).toBe(false);
    expect(matrix.roles.find((r) => r.name === 'dave')).toMatchObject({ created: false, memberOf: [] });
    expect(matrix.roles.find((r) => r.name === 'team')!.memberOf).toEqual([{ role: 'readers', loc: at(3) }]);
  });

  it('grantedConnectors: owner, CONNECT grantees and their members, never PUBLIC or the rest', async () => {
    const matrix = await matrixOf([
      'CREATE ROLE app_owner LOGIN;',
      'CREATE ROLE reader;',
      'CREATE ROLE analyst LOGIN;',
      'CREATE ROLE outsider LOGIN;',
      'CREATE DATABASE app OWNER app_owner;',
      'GRANT CONNECT ON DATABASE app TO reader;',
      'GRANT reader TO analyst;',
      'CREATE DATABASE open_db;',
    ]);
    expect(matrix.grantedConnectors('app').sort()).toEqual(['analyst', 'app_owner', 'reader']);
    for (const role of matrix.grantedConnectors('app')) expect(matrix.canConnect(role, 'app').via).not.toBe('public');
    expect(matrix.canConnect('outsider', 'app').via).toBe('public');
    // open_db: owned by the superuser who ran the script, reachable by everyone only through PUBLIC.
    expect(matrix.grantedConnectors('open_db')).toEqual(['postgres']);
  });

  it('lets superusers in, whoever they are', async () => {
    const matrix = await matrixOf(['CREATE ROLE root_too SUPERUSER LOGIN;', 'CREATE DATABASE locked;', 'REVOKE ALL ON DATABASE locked FROM PUBLIC;'], { superuser: 'admin' });
    expect(matrix.superuser).toBe('admin');
    expect(matrix.canConnect('admin', 'locked')).toEqual({ allowed: true, via: 'superuser', loc: null });
    expect(matrix.canConnect('root_too', 'locked')).toEqual({ allowed: true, via: 'superuser', loc: at(1) });
    expect(matrix.canConnect('postgres', 'locked').allowed).toBe(false);
    // Created without OWNER: owned by the role that runs the script.
    expect(matrix.databases.find((d) => d.name === 'locked')!.owner).toBe('admin');
  });

  it('treats databases the scripts never create as Postgres defaults (open to PUBLIC)', async () => {
    const matrix = await matrixOf(['CREATE USER u;', 'GRANT CREATE ON DATABASE existing TO u;']);
    expect(matrix.publicConnect('never_mentioned')).toEqual({ allowed: true, createdAt: null, changedAt: null });
    expect(matrix.canConnect('u', 'existing')).toEqual({ allowed: true, via: 'public', loc: null });
    expect(matrix.databases).toEqual([
      {
        name: 'existing',
        created: false,
        createdAt: null,
        owner: 'postgres',
        ownerAt: null,
        acl: [
          { grantee: 'public', privileges: ['connect', 'temp'], loc: null },
          { grantee: 'u', privileges: ['create'], loc: at(2) },
        ],
        extensions: [],
      },
    ]);
  });

  it('files extensions under the database in effect (\\connect, else POSTGRES_DB)', async () => {
    const matrix = await matrixOf(['CREATE EXTENSION pg_trgm;', 'CREATE DATABASE vectors;', '\\connect vectors', 'CREATE EXTENSION vector;'], { superuser: 'root' });
    expect(matrix.databases.map((d) => [d.name, d.extensions.map((e) => `${e.name}@${e.loc.line}`)])).toEqual([
      ['root', ['pg_trgm@1']],
      ['vectors', ['vector@4']],
    ]);
  });

  it('is plain data: the entries table serialises and matches canConnect', async () => {
    const matrix = await matrixOf(['CREATE USER a;', 'CREATE USER b;', 'CREATE DATABASE da OWNER a;', 'REVOKE ALL ON DATABASE da FROM PUBLIC;', 'CREATE DATABASE db;']);
    const data = JSON.parse(JSON.stringify({ roles: matrix.roles, databases: matrix.databases, entries: matrix.entries }));
    expect(data.entries).toHaveLength(matrix.roles.length * matrix.databases.length);
    for (const entry of data.entries) {
      expect({ allowed: entry.allowed, via: entry.via, loc: entry.loc }).toEqual(matrix.canConnect(entry.role, entry.database));
    }
    expect(data.entries.filter((e: { allowed: boolean }) => !e.allowed)).toEqual([{ role: 'b', database: 'da', allowed: false, via: null, loc: null }]);
  });
});
