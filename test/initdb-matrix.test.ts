// Init scripts replayed on the catalog model as PostgreSQL runs them: ACLs per grantee and
// grantor, ownership changes, memberships (NOINHERIT, ADMIN OPTION), transactions, the first error
// that stops the entrypoint. Each case is a minimal one of the classes; the differential
// test (initdb-differential.test.ts) checks the same model against a real server at scale.
import { describe, expect, it } from 'vitest';
import { computePrivilegeMatrix, evaluateInit, matrixOf, parseInitShell, parseInitSql, type PrivilegeMatrix } from '../src/database/initdb';
import { sortedPrivileges } from '../src/database/initdb/matrix';
import type { DatabasePrivilege } from '../src/database/initdb/types';

const FILE = '/virtual/init.sql';

async function matrixOf15(lines: string[], opts: { superuser?: string; version?: number } = {}): Promise<PrivilegeMatrix> {
  const script = await parseInitSql(FILE, lines.join('\n'));
  const outcome = evaluateInit([script], { superuser: opts.superuser ?? 'postgres', version: opts.version ?? 15 });
  return matrixOf(outcome, 'scripts');
}

const at = (line: number, column = 1) => ({ file: FILE, line, column });
const BASE = [
  'CREATE ROLE a_user LOGIN;',
  'CREATE ROLE b_user LOGIN;',
  'CREATE DATABASE a OWNER a_user;',
  'CREATE DATABASE b OWNER b_user;',
  'REVOKE ALL ON DATABASE a FROM PUBLIC;',
  'REVOKE ALL ON DATABASE b FROM PUBLIC;',
];

describe('ACLs as PostgreSQL keeps them', () => {
  it('replays GRANT and REVOKE in order: a GRANT after a REVOKE re-opens; REVOKE TEMP alone leaves CONNECT', async () => {
    const matrix = await matrixOf15([
      'CREATE DATABASE app;',
      'REVOKE CONNECT ON DATABASE app FROM PUBLIC;',
      'GRANT CONNECT ON DATABASE app TO PUBLIC;',
      'CREATE DATABASE closed;',
      'REVOKE ALL PRIVILEGES ON DATABASE closed FROM public;',
      'CREATE DATABASE temp_only;',
      'REVOKE TEMP ON DATABASE temp_only FROM PUBLIC;',
    ]);
    expect(matrix.stop).toBeNull();
    expect(matrix.publicConnect('app')).toEqual({ allowed: true, createdAt: at(1), changedAt: at(3) });
    expect(matrix.canConnect('postgres', 'closed').via).toBe('superuser');
    expect(matrix.publicConnect('closed')).toEqual({ allowed: false, createdAt: at(4), changedAt: at(5) });
    expect(matrix.publicConnect('temp_only').allowed).toBe(true);
    const acl = matrix.databases.find((d) => d.name === 'temp_only')!.acl;
    expect(acl.map((i) => [i.grantee, i.privileges.join(''), i.grantor])).toEqual([
      ['public', 'connect', 'postgres'],
      ['postgres', 'connectcreatetemp', 'postgres'],
    ]);
  });

  it('class 1: REVOKE GRANT OPTION FOR … FROM PUBLIC leaves PUBLIC its privileges', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      'REVOKE GRANT OPTION FOR ALL ON DATABASE a FROM PUBLIC;',
      'GRANT CONNECT ON DATABASE a TO PUBLIC;',
      'REVOKE GRANT OPTION FOR CONNECT ON DATABASE a FROM PUBLIC;',
    ]);
    expect(matrix.publicConnect('a')).toMatchObject({ allowed: true, changedAt: at(8) });
  });

  it('class 8: ALTER DATABASE … OWNER TO rewrites the ACL (the new owner inherits what the old one had, and its grants)', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      'REVOKE CONNECT ON DATABASE a FROM a_user;',
      'GRANT CONNECT ON DATABASE a TO b_user;',
      'ALTER DATABASE a OWNER TO b_user;',
    ]);
    const a = matrix.databases.find((d) => d.name === 'a')!;
    expect(a).toMatchObject({ owner: 'b_user', ownerAt: at(9) });
    expect(a.acl.map((i) => `${i.grantee}=${i.privileges.join(',')}/${i.grantor}`).sort()).toEqual(['b_user=connect,create,temp/b_user']);
    // The old owner lost CONNECT before: the owner has no privilege the ACL does not give it.
    expect(matrix.privileges('a_user', 'a')).toEqual([]);
  });

  it('an owner can revoke its own CONNECT: has_database_privilege says no', async () => {
    const matrix = await matrixOf15([...BASE, 'REVOKE CONNECT ON DATABASE a FROM a_user;']);
    expect(matrix.canConnect('a_user', 'a')).toEqual({ allowed: false, via: null, loc: null });
    expect(matrix.privileges('a_user', 'a')).toEqual(['create', 'temp']);
    // It still owns it: a holder.
    expect(matrix.holders('a').map((h) => [h.role, h.via])).toEqual([['a_user', 'owner']]);
  });

  it('class 13: every database privilege counts, not only CONNECT', async () => {
    const matrix = await matrixOf15([...BASE, 'GRANT CREATE ON DATABASE a TO b_user;']);
    expect(matrix.holders('a').map((h) => [h.role, h.via, h.privileges.join(','), h.loc?.line])).toEqual([
      ['a_user', 'owner', 'connect,create,temp', 3],
      ['b_user', 'grant', 'create', 7],
    ]);
  });
});

describe('roles and memberships', () => {
  it('class 5: ALTER GROUP … ADD USER makes a member; DROP USER removes it', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      'ALTER GROUP a_user ADD USER b_user;',
      'CREATE ROLE c_user LOGIN;',
      'ALTER GROUP a_user ADD USER c_user;',
      'ALTER GROUP a_user DROP USER c_user;',
    ]);
    expect(matrix.canConnect('b_user', 'a')).toEqual({ allowed: true, via: 'membership', loc: at(7) });
    expect(matrix.canConnect('c_user', 'a').allowed).toBe(false);
  });

  it('class 6: REVOKE ADMIN OPTION FOR keeps the membership; NOINHERIT members do not use the privileges', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      'GRANT a_user TO b_user WITH ADMIN OPTION;',
      'REVOKE ADMIN OPTION FOR a_user FROM b_user;',
      'CREATE ROLE n_user LOGIN NOINHERIT IN ROLE a_user;',
    ]);
    expect(matrix.roles.find((r) => r.name === 'b_user')!.memberOf).toEqual([{ role: 'a_user', loc: at(7), admin: false, inherit: true, set: true }]);
    expect(matrix.canConnect('b_user', 'a').via).toBe('membership');
    expect(matrix.canConnect('n_user', 'a').allowed).toBe(false);
    // A member still controls the database through SET ROLE: a holder.
    expect(matrix.holders('a').map((h) => [h.role, h.via, h.through])).toEqual([
      ['a_user', 'owner', null],
      ['b_user', 'membership', 'a_user'],
      ['n_user', 'membership', 'a_user'],
    ]);
  });

  it('class 6: WITH INHERIT FALSE is PostgreSQL 16 syntax; on 16 the grant does not pass privileges on', async () => {
    const lines = [...BASE, 'GRANT a_user TO b_user WITH INHERIT FALSE;'];
    expect((await matrixOf15(lines, { version: 15 })).stop).toEqual({ loc: at(7), message: expect.stringMatching(/^syntax error at or near "INHERIT"/) });
    const on16 = await matrixOf15(lines, { version: 16 });
    expect(on16.stop).toBeNull();
    expect(on16.canConnect('b_user', 'a').allowed).toBe(false);
  });

  it('class 11: a service role made superuser reaches every database', async () => {
    const matrix = await matrixOf15([...BASE, 'ALTER ROLE b_user SUPERUSER;']);
    expect(matrix.canConnect('b_user', 'a')).toEqual({ allowed: true, via: 'superuser', loc: at(7) });
    expect(matrix.roles.find((r) => r.name === 'b_user')).toMatchObject({ superuser: true, superuserAt: at(7) });
  });

  it('class 9: RENAME, REASSIGN OWNED, DROP OWNED, DROP and re-CREATE', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      'GRANT CONNECT ON DATABASE b TO a_user;',
      'DROP OWNED BY a_user;',
      'ALTER DATABASE a RENAME TO a2;',
      'REASSIGN OWNED BY b_user TO a_user;',
      'CREATE ROLE gone;',
      'DROP ROLE gone;',
      'CREATE ROLE gone LOGIN;',
      'DROP DATABASE a2;',
      'CREATE DATABASE a2;',
    ]);
    expect(matrix.stop).toBeNull();
    expect(matrix.privileges('a_user', 'b')).toEqual(['connect', 'create', 'temp']);
    expect(matrix.databases.find((d) => d.name === 'b')).toMatchObject({ owner: 'a_user', ownerAt: at(10) });
    expect(matrix.databases.find((d) => d.name === 'a2')).toMatchObject({ owner: 'postgres', createdAt: at(15), defaultAcl: true });
    expect(matrix.roles.find((r) => r.name === 'gone')).toMatchObject({ login: true, createdAt: at(13) });
  });
});

describe('runtime errors stop the entrypoint (ON_ERROR_STOP): nothing after them counts', () => {
  const cases: [string, string[], string][] = [
    ['a grant to a misspelt role', ['GRANT CONNECT ON DATABASE a TO b_usr;'], 'role "b_usr" does not exist'],
    ['\\connect keeps the case', ['\\connect A'], '\\connect: connection failed: database "A" does not exist'],
    ['a duplicate CREATE ROLE', ['CREATE ROLE a_user;'], 'role "a_user" already exists'],
    ['CREATE DATABASE inside BEGIN', ['BEGIN;', 'CREATE DATABASE c;'], 'CREATE DATABASE cannot run inside a transaction block'],
    ['a membership cycle', ['GRANT a_user TO b_user;', 'GRANT b_user TO a_user;'], 'role "b_user" is a member of role "a_user"'],
    ['a database privilege that is not one', ['GRANT SELECT ON DATABASE a TO b_user;'], 'invalid privilege type SELECT for database'],
  ];
  for (const [name, lines, message] of cases) {
    it(name, async () => {
      const matrix = await matrixOf15([...BASE, ...lines, 'GRANT ALL ON DATABASE a TO b_user;']);
      expect(matrix.stop).toEqual({ loc: at(BASE.length + lines.length), message });
      // The GRANT after the error never ran.
      expect(matrix.databases.find((d) => d.name === 'a')!.acl.some((i) => i.grantee === 'b_user')).toBe(false);
    });
  }

  it('a BEGIN left open: psql ends, the server rolls the work back, with no error', async () => {
    const matrix = await matrixOf15([...BASE, 'BEGIN;', 'GRANT ALL ON DATABASE a TO b_user;']);
    expect(matrix.stop).toBeNull();
    expect(matrix.lost).toEqual([{ loc: at(7), message: expect.stringMatching(/never committed/) }]);
    expect(matrix.privileges('b_user', 'a')).toEqual([]);
  });

  it('a syntax error stops the script: the statements after it never run', async () => {
    const matrix = await matrixOf15([...BASE, 'GRANT ALL ON DATABSE a TO b_user;', 'GRANT ALL ON DATABASE a TO b_user;']);
    expect(matrix.stop).toEqual({ loc: at(7, 22), message: 'syntax error at or near "a"' });
    expect(matrix.privileges('b_user', 'a')).toEqual([]);
  });

  it('a multi-statement psql -c is one transaction: CREATE DATABASE in it fails and takes the rest with it', async () => {
    const script = await parseInitShell('/virtual/init.sh', 'psql -v ON_ERROR_STOP=1 -c "CREATE ROLE x; CREATE DATABASE y"\npsql -c "CREATE ROLE z"\n');
    const outcome = evaluateInit([script], { superuser: 'postgres', version: 15 });
    expect(outcome.stop).toMatchObject({ message: 'CREATE DATABASE cannot run inside a transaction block' });
    expect([...outcome.catalog.roles.keys()].filter((r) => !r.startsWith('pg_'))).toEqual(['postgres']);
  });

  it('an executed script without set -e goes on after a failing psql; a sourced one stops (the entrypoint has set -e)', async () => {
    const text = 'psql -v ON_ERROR_STOP=1 -c "GRANT nobody TO postgres"\npsql -c "CREATE ROLE after_failure"\n';
    for (const executable of [true, false]) {
      const script = await parseInitShell('/virtual/init.sh', text, { executable });
      const outcome = evaluateInit([script], { superuser: 'postgres', version: 15 });
      expect(outcome.catalog.roles.has('after_failure')).toBe(executable);
      expect(outcome.stop === null).toBe(executable);
    }
  });
});

describe('dynamic and conditional SQL (class 3, 4)', () => {
  it('evaluates \\gexec WHERE NOT EXISTS, \\if and DO-block IF against the catalog as it is then', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      "SELECT 'GRANT CONNECT ON DATABASE a TO b_user' WHERE false\\gexec",
      "SELECT 'CREATE DATABASE c OWNER b_user' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'c')\\gexec",
      "SELECT 'CREATE DATABASE c OWNER a_user' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'c')\\gexec",
      '\\if false',
      'GRANT CONNECT ON DATABASE b TO a_user;',
      '\\endif',
      "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nobody') THEN GRANT CONNECT ON DATABASE b TO a_user; ELSE ALTER DATABASE b OWNER TO a_user; END IF; END $$;",
    ]);
    expect(matrix.unevaluated).toEqual([]);
    expect(matrix.privileges('b_user', 'a')).toEqual([]);
    expect(matrix.databases.find((d) => d.name === 'c')).toMatchObject({ owner: 'b_user', createdAt: at(8, 8) });
    expect(matrix.databases.find((d) => d.name === 'b')).toMatchObject({ owner: 'a_user', ownerAt: at(13, 122) });
  });

  it('says what it cannot evaluate, and never builds on a name it does not know', async () => {
    const matrix = await matrixOf15([
      ...BASE,
      "SELECT format('GRANT CONNECT ON DATABASE %I TO %I', datname, 'b_user') FROM pg_database WHERE datname = 'a'\\gexec",
      "DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO b_user', current_setting('app.db')); END $$;",
      '\\getenv db APP_DB',
      'GRANT CONNECT ON DATABASE :"db" TO b_user;',
      "SELECT format('GRANT CONNECT ON DATABASE %I TO %I', 'b', 'a_user')\\gexec",
    ]);
    expect(matrix.unevaluated.map((u) => [u.loc.line, u.reason.split(' ').slice(0, 4).join(' ')])).toEqual([
      [7, '\\gexec runs SQL built'],
      [8, 'EXECUTE of dynamic SQL'],
      [10, 'a name comes from'],
    ]);
    // format() with constant arguments is evaluated.
    expect(matrix.privileges('a_user', 'b')).toEqual(['connect']);
    expect(matrix.databases.map((d) => d.name)).not.toContain(':db');
  });

  it('reads a DO block of 8,000 GRANTs, each at its line (its speed is in bench/: npm run bench)', async () => {
    const body = Array.from({ length: 8000 }, (_, i) => `GRANT CONNECT ON DATABASE d TO r${i % 3};`).join('\n');
    const script = await parseInitSql(FILE, `CREATE ROLE r0; CREATE ROLE r1; CREATE ROLE r2;\nCREATE DATABASE d;\nDO $$ BEGIN\n${body}\nEND $$;`);
    expect(script.statements.filter((s) => s.kind === 'grant-database')).toHaveLength(8000);
    expect(script.statements.at(-1)!.loc).toEqual(at(8003, 1));
    const matrix = matrixOf(evaluateInit([script], { superuser: 'postgres', version: 15 }), 'scripts');
    expect(matrix.privileges('r2', 'd')).toEqual(['connect', 'temp']);
  });
});

describe('the compatibility entry point', () => {
  it('computePrivilegeMatrix replays statements as one .sql file', async () => {
    const script = await parseInitSql(FILE, [...BASE, 'GRANT CONNECT ON DATABASE a TO b_user;'].join('\n'));
    const matrix = computePrivilegeMatrix(script.statements, { version: 15 });
    expect(matrix.canConnect('b_user', 'a')).toEqual({ allowed: true, via: 'grant', loc: at(7) });
    expect(matrix.canConnect('a_user', 'a')).toEqual({ allowed: true, via: 'owner', loc: at(3) });
    expect(matrix.grantedConnectors('a').sort()).toEqual(['a_user', 'b_user']);
    const data = JSON.parse(JSON.stringify({ roles: matrix.roles, databases: matrix.databases, entries: matrix.entries }));
    expect(data.entries).toHaveLength(matrix.roles.length * matrix.databases.length);
  });
});

describe('a GRANT or REVOKE that fails changes nothing', () => {
  // One database and one grantee is changed in place, more are changed on copies (evaluate.ts):
  // both must leave the ACL as it was when the statement fails (PostgreSQL runs it all or nothing).
  const setup = [
    'CREATE ROLE a LOGIN;',
    'CREATE ROLE b LOGIN;',
    'CREATE ROLE c LOGIN;',
    'CREATE DATABASE d;',
    'CREATE DATABASE e;',
    'GRANT CONNECT ON DATABASE d, e TO a WITH GRANT OPTION;',
    'SET ROLE a;',
    'GRANT CONNECT ON DATABASE d, e TO b;',
    'RESET ROLE;',
  ];
  const aclOf = (matrix: PrivilegeMatrix, name: string) => matrix.databases.find((db) => db.name === name)!.acl;

  it.each([
    ['one database, one grantee', 'REVOKE CONNECT ON DATABASE d FROM a;'],
    ['one database, two grantees', 'REVOKE CONNECT ON DATABASE d FROM c, a;'],
    ['two databases, one grantee', 'REVOKE CONNECT ON DATABASE e, d FROM a;'],
  ])('REVOKE of a privilege passed on, without CASCADE (%s)', async (_case, revoke) => {
    const before = await matrixOf15(setup);
    const after = await matrixOf15([...setup, revoke, 'CREATE DATABASE never;']);
    expect(after.stop).toEqual({ loc: at(setup.length + 1), message: 'dependent privileges exist' });
    expect(after.databases.some((db) => db.name === 'never')).toBe(false);
    for (const name of ['d', 'e']) expect(aclOf(after, name)).toEqual(aclOf(before, name));
  });

  it('GRANT ... WITH GRANT OPTION back to the grantor, after a first grantee (two grantees)', async () => {
    const before = await matrixOf15(setup);
    const after = await matrixOf15([...setup, 'SET ROLE a;', 'GRANT CONNECT ON DATABASE d TO c, a WITH GRANT OPTION;']);
    expect(after.stop).toEqual({ loc: at(setup.length + 2), message: 'grant options cannot be granted back to your own grantor' });
    expect(aclOf(after, 'd')).toEqual(aclOf(before, 'd'));
  });
});

describe('sortedPrivileges', () => {
  it('is [...set].sort() for every set of privileges, and for one holding an unknown name', () => {
    const names = ['temp', 'connect', 'create'] as DatabasePrivilege[];
    for (let mask = 0; mask < 8; mask++) {
      const set = new Set(names.filter((_, i) => mask & (1 << i)));
      expect(sortedPrivileges(set)).toEqual([...set].sort());
    }
    const odd = new Set(['temp', 'usage', 'connect'] as DatabasePrivilege[]);
    expect(sortedPrivileges(odd)).toEqual(['connect', 'temp', 'usage']);
  });
});

describe('grantedConnectors', () => {
  it('names the holders that own the database or hold CONNECT, as holders() lists them', async () => {
    const matrix = await matrixOf15([
      'CREATE ROLE app_owner;',
      'CREATE ROLE reader LOGIN;',
      'CREATE ROLE team;',
      'CREATE ROLE member LOGIN IN ROLE team;',
      'CREATE ROLE nested LOGIN IN ROLE member;',
      'CREATE ROLE temp_only LOGIN;',
      'CREATE DATABASE a OWNER app_owner;',
      'CREATE DATABASE b;',
      'REVOKE ALL ON DATABASE a FROM PUBLIC;',
      'REVOKE CONNECT ON DATABASE a FROM app_owner;',
      'GRANT CONNECT ON DATABASE a TO reader, team;',
      'GRANT TEMP ON DATABASE a TO temp_only;',
      'GRANT CREATE ON DATABASE b TO member;',
      'ALTER DATABASE b OWNER TO team;',
    ]);
    for (const database of ['a', 'b', 'postgres', 'missing']) {
      const expected = matrix
        .holders(database)
        .filter((h) => h.privileges.includes('connect') || h.via === 'owner')
        .map((h) => h.role);
      expect(matrix.grantedConnectors(database), database).toEqual(expected);
    }
    expect(matrix.grantedConnectors('a')).toEqual(['app_owner', 'reader', 'team', 'member', 'nested']);
  });
});
