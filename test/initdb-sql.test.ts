// .sql / .sql.gz init scripts read with the real PostgreSQL parser (libpg-query).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { UNKNOWN, parseInitSql, readInitScript, type InitStatement, type ParsedInitScript } from '../src/database/initdb';
import { connectedDatabase } from '../src/database/initdb/sql';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-initdb-sql-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function parsed(file: string): Promise<ParsedInitScript> {
  const script = await readInitScript(file);
  if (script.kind === 'ignored' || script.kind === 'unsupported') throw new Error(`expected a parsed script, got ${script.kind}`);
  return script;
}

const brief = (s: InitStatement): string => `${s.loc.line}:${s.loc.column} ${s.kind}${'name' in s ? ' ' + s.name : ''}${'role' in s ? ' ' + s.role : ''}`;

describe('statement model', () => {
  it('models roles, databases, owners, grants, memberships and extensions', async () => {
    const file = write(
      'model.sql',
      [
        'CREATE ROLE app NOLOGIN;',
        'CREATE ROLE admin SUPERUSER LOGIN;',
        'CREATE USER "Mixed" IN ROLE app;',
        "CREATE DATABASE shop WITH OWNER = app TEMPLATE template0 ENCODING 'UTF8';",
        'ALTER DATABASE shop OWNER TO "Mixed";',
        'GRANT CONNECT, TEMPORARY ON DATABASE shop, other TO app, PUBLIC;',
        'REVOKE CREATE ON DATABASE shop FROM CURRENT_USER;',
        'GRANT app TO reporting;',
        'REVOKE app FROM reporting;',
        'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
        'CREATE TABLE t (id int);',
        'GRANT SELECT ON t TO app;',
        'ALTER ROLE app LOGIN;',
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    expect(script.statements).toEqual([
      {
        kind: 'create-role',
        role: 'app',
        login: false,
        superuser: false,
        inherit: true,
        createdb: false,
        createrole: false,
        password: 'none',
        memberOf: [],
        members: [],
        admins: [],
        database: null,
        loc: { file, line: 1, column: 1 },
      },
      {
        kind: 'create-role',
        role: 'admin',
        login: true,
        superuser: true,
        inherit: true,
        createdb: false,
        createrole: false,
        password: 'none',
        memberOf: [],
        members: [],
        admins: [],
        database: null,
        loc: { file, line: 2, column: 1 },
      },
      {
        kind: 'create-role',
        role: 'Mixed',
        login: true,
        superuser: false,
        inherit: true,
        createdb: false,
        createrole: false,
        password: 'none',
        memberOf: ['app'],
        members: [],
        admins: [],
        database: null,
        loc: { file, line: 3, column: 1 },
      },
      { kind: 'create-database', name: 'shop', owner: 'app', template: 'template0', database: null, loc: { file, line: 4, column: 1 } },
      { kind: 'alter-database-owner', name: 'shop', owner: 'Mixed', database: null, loc: { file, line: 5, column: 1 } },
      {
        kind: 'grant-database',
        privileges: ['connect', 'temp'],
        invalidPrivileges: [],
        databases: ['shop', 'other'],
        grantees: ['app', 'public'],
        grantOption: false,
        grantOptionOnly: false,
        cascade: false,
        database: null,
        loc: { file, line: 6, column: 1 },
      },
      {
        kind: 'revoke-database',
        privileges: ['create'],
        invalidPrivileges: [],
        databases: ['shop'],
        grantees: ['current_user'],
        grantOption: false,
        grantOptionOnly: false,
        cascade: false,
        database: null,
        loc: { file, line: 7, column: 1 },
      },
      {
        kind: 'grant-role',
        roles: ['app'],
        grantees: ['reporting'],
        options: {},
        optionOnly: null,
        since16: false,
        database: null,
        loc: { file, line: 8, column: 1 },
      },
      {
        kind: 'revoke-role',
        roles: ['app'],
        grantees: ['reporting'],
        options: {},
        optionOnly: null,
        since16: false,
        database: null,
        loc: { file, line: 9, column: 1 },
      },
      { kind: 'create-extension', name: 'pgcrypto', database: null, loc: { file, line: 10, column: 1 } },
      { kind: 'other', node: 'CreateStmt', database: null, loc: { file, line: 11, column: 1 } },
      { kind: 'other', node: 'GrantStmt', roles: ['app'], dependents: ['app'], database: null, loc: { file, line: 12, column: 1 } },
      {
        kind: 'alter-role',
        role: 'app',
        password: null,
        login: true,
        superuser: null,
        inherit: null,
        createdb: null,
        createrole: null,
        database: null,
        loc: { file, line: 13, column: 1 },
      },
    ]);
  });

  it('tells literal passwords from placeholders and never keeps the password text', async () => {
    const secret = 'hunter2-do-not-print';
    const file = write(
      'passwords.sql',
      [
        `CREATE USER a WITH PASSWORD '${secret}';`,
        `CREATE ROLE b LOGIN ENCRYPTED PASSWORD E'${secret}';`,
        "ALTER USER c WITH PASSWORD '${C_PASSWORD:-changeme}';",
        "ALTER USER d PASSWORD '$D_PASSWORD';",
        'ALTER USER e PASSWORD NULL;',
        "  /* inline */ ALTER ROLE f PASSWORD    'x' VALID UNTIL 'infinity';",
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    const kinds = script.statements.map((s) => ('password' in s ? s.password : undefined));
    expect(kinds).toEqual(['literal', 'literal', 'placeholder', 'placeholder', 'none', 'literal']);
    expect(script.literalPasswords).toEqual([
      { role: 'a', loc: { file, line: 1, column: 29 } },
      { role: 'b', loc: { file, line: 2, column: 40 } },
      { role: 'f', loc: { file, line: 6, column: 41 } },
    ]);
    expect(script.placeholders.map((p) => [p.name, p.loc.line, p.loc.column])).toEqual([
      ['C_PASSWORD', 3, 29],
      ['D_PASSWORD', 4, 24],
    ]);
    expect(JSON.stringify(script)).not.toContain(secret);
    expect(script.statements[5]!.loc).toEqual({ file, line: 6, column: 16 });
  });
});

describe('psql', () => {
  it('blanks backslash commands, follows \\connect and keeps line numbers', async () => {
    const file = write(
      'meta.sql',
      [
        '\\set ON_ERROR_STOP on',
        'CREATE DATABASE app;',
        '\\connect app',
        'CREATE EXTENSION vector;',
        "\\c 'dbname=other user=x'",
        'CREATE EXTENSION postgis; \\echo done',
        '\\c -reuse-previous=on postgresql://u@h:5432/third',
        'CREATE EXTENSION age;',
        '\\c - other_user',
        'CREATE EXTENSION hstore;',
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    expect(script.statements.map((s) => [brief(s), s.database])).toEqual([
      ['2:1 create-database app', null],
      ['4:1 create-extension vector', 'app'],
      ['6:1 create-extension postgis', 'other'],
      ['8:1 create-extension age', 'third'],
      ['10:1 create-extension hstore', 'third'],
    ]);
    expect(script.metaCommands.map((m) => `${m.loc.line}:${m.loc.column} ${m.name}`)).toEqual([
      '1:1 set',
      '3:1 connect',
      '5:1 c',
      '6:27 echo',
      '7:1 c',
      '9:1 c',
    ]);
  });

  it('finds the database of each index by binary search, as the scan through every \\connect before it does', () => {
    // The scan readSqlInto did before: the last \connect at or before the index, '-' keeping the one before.
    const scanned = (connects: { at: number; database: string }[], initial: string | null, at: number): string | null => {
      let database = initial;
      for (const connect of connects) {
        if (connect.at > at) break;
        if (connect.database !== '-') database = connect.database;
      }
      return database;
    };
    const connect = fc.record({ at: fc.integer({ min: 0, max: 40 }), database: fc.constantFrom('-', 'a', 'b', 'c') });
    fc.assert(
      fc.property(fc.array(connect, { maxLength: 12 }), fc.constantFrom(null, 'start'), fc.integer({ min: -1, max: 42 }), (unsorted, initial, at) => {
        // psql events come in text order: indexes never decrease (equal ones happen: two \connects on one line).
        const connects = [...unsorted].sort((a, b) => a.at - b.at);
        expect(connectedDatabase(connects, initial)(at)).toBe(scanned(connects, initial, at));
      }),
    );
  });

  it('substitutes psql variables as psql does: known values, unknown ones as unevaluated, undefined ones left as written', async () => {
    const file = write(
      'vars.sql',
      [
        '\\set pgpass `echo "$PGPASSWORD"`',
        "ALTER USER supabase_admin WITH PASSWORD :'pgpass';",
        '\\set dbname shop',
        '\\getenv owner SHOP_OWNER',
        'CREATE DATABASE :dbname OWNER :"owner";',
        'SELECT 1::int AS one, (ARRAY[1,2,3])[1:2];',
        "SELECT 'CREATE DATABASE app OWNER app_user' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'app')\\gexec",
        'GRANT CONNECT ON DATABASE :dbname TO app_user;',
        'CREATE DATABASE :undefined_var;',
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([{ message: 'syntax error at or near ":"', loc: { file, line: 9, column: 17 } }]);
    expect(script.statements.map(brief)).toEqual([
      '2:1 alter-role supabase_admin',
      `5:1 create-database shop`,
      '6:1 other',
      '7:1 gexec',
      '7:8 create-database app',
      '8:1 grant-database',
    ]);
    expect(script.statements[0]).toMatchObject({ password: 'placeholder' });
    expect(script.statements[1]).toMatchObject({ owner: `${UNKNOWN}:owner` });
    expect(script.statements[4]).toMatchObject({ owner: 'app_user' });
    expect(script.statements[5]).toMatchObject({ databases: ['shop'] });
    // The statement naming its owner through an unknown variable is not evaluated; the rest are.
    expect(script.runs[0]!.steps.map((s) => `${s.loc.line} ${s.kind}`)).toEqual([
      '2 alter-role',
      '5 unevaluated',
      '6 other',
      '7 gexec',
      '8 grant-database',
      '9 syntax-error',
    ]);
    expect(script.psqlVariables.map((v) => [v.name, v.loc.line, v.loc.column])).toEqual([
      ['pgpass', 2, 41],
      ['dbname', 5, 17],
      ['owner', 5, 31],
      ['dbname', 8, 27],
    ]);
    // `$PGPASSWORD` inside a backslash command is psql's business (backticks run a shell), not SQL.
    expect(script.placeholders).toEqual([]);
    expect(script.literalPasswords).toEqual([]);
  });

  it('keeps only the active branch of \\if with a known condition, and says when it cannot know', async () => {
    const file = write(
      'if.sql',
      [
        '\\set ready false',
        '\\if :ready',
        'CREATE DATABASE never;',
        '\\elif true',
        'CREATE DATABASE second;',
        '\\else',
        'CREATE DATABASE third;',
        '\\endif',
        '\\if :{?ready}',
        'CREATE DATABASE defined;',
        '\\endif',
        'SELECT 1 AS done \\gset',
        '\\if :done',
        'CREATE DATABASE maybe;',
        '\\endif',
        '\\q',
        'CREATE DATABASE after_quit;',
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    expect(script.statements.map(brief)).toEqual(['5:1 create-database second', '10:1 create-database defined', '12:1 other', '14:1 create-database maybe']);
    expect(script.runs[0]!.steps.filter((s) => s.kind === 'unevaluated' || s.kind === 'quit').map((s) => `${s.loc.line} ${s.kind}`)).toEqual([
      '13 unevaluated',
      '16 quit',
    ]);
  });

  it('does not mistake dollar quotes, parameters or comments for placeholders', async () => {
    const file = write(
      'dollars.sql',
      [
        '-- set ${NOT_IN_COMMENTS}',
        '/* nor $HERE */',
        'CREATE FUNCTION f(a int) RETURNS int AS $body$ SELECT $1 + a $body$ LANGUAGE sql;',
        "DO $$ BEGIN RAISE NOTICE 'x'; END $$;",
        "PREPARE q AS SELECT $1; SELECT E'it''s \\' ${IN_E_STRING}';",
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    expect(script.statements.map((s) => (s.kind === 'other' ? s.node : s.kind))).toEqual(['CreateFunctionStmt', 'do', 'PrepareStmt', 'SelectStmt']);
    expect(script.placeholders.map((p) => [p.name, p.loc.line, p.loc.column])).toEqual([['IN_E_STRING', 5, 43]]);
  });
});

describe('DO blocks', () => {
  it('finds roles, grants and passwords created inside a dollar-quoted DO body, at their own lines', async () => {
    const file = write(
      'do.sql',
      [
        'DO $do$',
        'BEGIN',
        "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app') THEN",
        "    CREATE ROLE app LOGIN PASSWORD 'inside-do';",
        '  ELSE',
        "    ALTER ROLE app PASSWORD '${APP_PW}';",
        '  END IF;',
        '  GRANT CONNECT ON DATABASE shop TO app;',
        "  RAISE NOTICE 'GRANT is only text here';",
        'END',
        '$do$;',
        'CREATE DATABASE after_do;',
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    expect(script.statements.map(brief)).toEqual([
      '1:1 do',
      '4:5 create-role app',
      '6:5 alter-role app',
      '8:3 grant-database',
      '12:1 create-database after_do',
    ]);
    expect(script.literalPasswords).toEqual([{ role: 'app', loc: { file, line: 4, column: 36 } }]);
    expect(script.placeholders).toEqual([{ name: 'APP_PW', loc: { file, line: 6, column: 30 } }]);
    expect(JSON.stringify(script)).not.toContain('inside-do');
  });
});

describe('errors', () => {
  it('reports a syntax error at its line and column and still reads the statements around it', async () => {
    const file = write(
      'broken.sql',
      [
        'CREATE DATABASE one;',
        '',
        'CREATE DATABSE two;',
        'CREATE USER three;',
        'GRANT CONNECT ON DATABASE one TO three',
        '  TO nobody;',
        'CREATE DATABASE four;',
      ].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([
      { message: 'syntax error at or near "DATABSE"', loc: { file, line: 3, column: 8 } },
      { message: 'syntax error at or near "TO"', loc: { file, line: 6, column: 3 } },
    ]);
    expect(script.statements.map(brief)).toEqual(['1:1 create-database one', '4:1 create-role three', '7:1 create-database four']);
  });

  it('counts columns in characters after multi-byte text (parser offsets are UTF-8 bytes)', async () => {
    const file = write(
      'utf8.sql',
      ["COMMENT ON DATABASE postgres IS 'café 😀'; CREATE DATABASE ünïcode;", "SELECT 'ß'; CREATE DATABSE x;", 'CREATE DATABASE after;'].join('\n'),
    );
    const script = await parsed(file);
    expect(script.errors).toEqual([{ message: 'syntax error at or near "DATABSE"', loc: { file, line: 2, column: 20 } }]);
    expect(script.statements.map(brief)).toEqual(['1:1 other', '1:44 create-database ünïcode', '2:1 other', '3:1 create-database after']);
  });

  it('reports an unterminated string at the end of the text', async () => {
    const script = await parseInitSql('/virtual/open.sql', "CREATE DATABASE ok;\nCREATE USER u PASSWORD 'never closed;\n");
    expect(script.statements.map(brief)).toEqual(['1:1 create-database ok']);
    expect(script.errors).toHaveLength(1);
    expect(script.errors[0]!.message).toBe('unterminated quoted string');
    expect(script.errors[0]!.loc).toEqual({ file: '/virtual/open.sql', line: 2, column: 24 });
  });

  it('never quotes a password in a parse error message', async () => {
    const script = await parseInitSql('/virtual/leak.sql', "ALTER USER u PASSWORD hunter2;\nCREATE USER v PASSWORD 'tail-secret\n");
    expect(script.errors.map((e) => [e.message, e.loc.line, e.loc.column])).toEqual([
      ['syntax error', 1, 23],
      ['unterminated quoted string', 2, 24],
    ]);
    expect(JSON.stringify(script)).not.toMatch(/hunter2|tail-secret/);
  });

  it('reads an empty or comment-only file as no statements', async () => {
    for (const text of ['', '\n\n', '-- nothing here\n/* at all */\n', '\uFEFF']) {
      const script = await parseInitSql('/virtual/empty.sql', text);
      expect(script).toMatchObject({ statements: [], errors: [], placeholders: [] });
    }
  });

  it('keeps the first column after a byte-order mark', async () => {
    const file = write('bom.sql', '\uFEFFCREATE DATABASE bom;\n');
    expect((await parsed(file)).statements.map(brief)).toEqual(['1:2 create-database bom']);
  });
});

describe('files', () => {
  it('reads .sql.gz like the image does, with positions in the decompressed text', async () => {
    const file = write('10-data.sql.gz', gzipSync("CREATE DATABASE zipped;\n\nCREATE USER z WITH PASSWORD '${Z_PASSWORD}';\n"));
    const script = await parsed(file);
    expect(script.kind).toBe('sql.gz');
    expect(script.statements.map(brief)).toEqual(['1:1 create-database zipped', '3:1 create-role z']);
    expect(script.placeholders).toEqual([{ name: 'Z_PASSWORD', loc: { file, line: 3, column: 30 } }]);
  });

  it('reports a corrupt .sql.gz as an error, not a crash', async () => {
    const file = write('bad.sql.gz', 'this is not gzip');
    const script = await parsed(file);
    expect(script.statements).toEqual([]);
    expect(script.errors).toEqual([{ message: expect.stringMatching(/^cannot decompress the init script: /), loc: { file, line: 1, column: 1 } }]);
  });

  it('reports a missing file as an error', async () => {
    const file = path.join(dir, 'missing.sql');
    expect((await parsed(file)).errors).toEqual([{ message: 'cannot read the init script: no such file', loc: { file, line: 1, column: 1 } }]);
  });

  it('ignores what the image ignores and flags what it runs but we cannot read', async () => {
    expect(await readInitScript(write('README.md', '# hi'))).toEqual({ kind: 'ignored', file: path.join(dir, 'README.md') });
    expect(await readInitScript(write('pg_hba.conf', 'host all all all md5'))).toMatchObject({ kind: 'ignored' });
    // The entrypoint's patterns are case-sensitive: *.SQL is not run.
    expect(await readInitScript(write('30-upper.SQL', 'CREATE DATABASE upper;'))).toMatchObject({ kind: 'ignored' });
    for (const [format, tool] of [
      ['sql.xz', 'xz'],
      ['sql.zst', 'zstd'],
    ] as const) {
      const packed = spawnSync(tool, ['-c'], { input: 'CREATE DATABASE packed;\n' });
      const file = write(`20-dump.${format}`, packed.error ? 'not compressed' : packed.stdout);
      const script = await readInitScript(file);
      if (packed.error) {
        console.warn(`${tool} is not installed: .${format} scripts are reported as unsupported`);
        expect(script).toMatchObject({ kind: 'unsupported', format });
      } else expect(script).toMatchObject({ kind: format, statements: [{ kind: 'create-database', name: 'packed' }] });
    }
  });
});
