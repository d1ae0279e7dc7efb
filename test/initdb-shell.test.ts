// .sh init scripts: SQL in psql here-documents, -c / --command arguments and pipes, located in
// the .sh file itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN, parseInitShell, readInitScript, type InitStatement, type ParsedInitScript } from '../src/database/initdb';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-initdb-sh-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function readShell(name: string, lines: string[]): Promise<{ file: string; script: ParsedInitScript; col: (line: number, needle: string) => number }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const script = await readInitScript(file);
  if (script.kind !== 'sh') throw new Error(`expected a shell script, got ${script.kind}`);
  // 1-based column of `needle` on 1-based `line` of the fixture: where a statement must point.
  const col = (line: number, needle: string): number => {
    const at = lines[line - 1]!.indexOf(needle);
    if (at < 0) throw new Error(`fixture line ${line} has no ${needle}`);
    return at + 1;
  };
  return { file, script, col };
}

const where = (s: InitStatement): [string, number, number, string | null] => [s.kind, s.loc.line, s.loc.column, s.database];

describe('here-documents', () => {
  it("reads <<-EOSQL (tabs stripped), <<EOF and <<'EOF' with positions in the .sh file", async () => {
    const lines = [
      '#!/usr/bin/env bash',
      'set -e',
      'psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL',
      "\tCREATE USER app WITH PASSWORD '$APP_PASSWORD';",
      '\t\tCREATE DATABASE app OWNER app;',
      '\tREVOKE ALL ON DATABASE app FROM PUBLIC;',
      '\tEOSQL',
      'psql --dbname=app <<EOF',
      '  CREATE EXTENSION IF NOT EXISTS vector;',
      "  ALTER ROLE app PASSWORD '${APP_PASSWORD}';",
      'EOF',
      "psql -d app <<'EOF'",
      "CREATE USER lit WITH PASSWORD '${NOT_EXPANDED}';",
      'EOF',
    ];
    const { file, script, col } = await readShell('10-heredoc.sh', lines);
    expect(script.errors).toEqual([]);
    expect(script.statements.map(where)).toEqual([
      ['create-role', 4, 2, null],
      ['create-database', 5, 3, null],
      ['revoke-database', 6, 2, null],
      ['create-extension', 9, 3, 'app'],
      ['alter-role', 10, 3, 'app'],
      ['create-role', 13, 1, 'app'],
    ]);
    expect(script.statements.every((s) => s.loc.file === file)).toBe(true);
    expect(script.statements.map((s) => ('password' in s ? s.password : '-'))).toEqual(['placeholder', '-', '-', '-', 'placeholder', 'placeholder']);
    // Only the quoted here-document hands ${VAR} to Postgres as literal text.
    expect(script.placeholders).toEqual([{ name: 'NOT_EXPANDED', loc: { file, line: 13, column: col(13, '${') } }]);
    expect(script.literalPasswords).toEqual([]);
  });

  it('reports a literal password in a here-document at the quote', async () => {
    const lines = ['psql <<-SQL', "\tCREATE ROLE svc LOGIN PASSWORD 'plain-text';", '\tSQL'];
    const { file, script, col } = await readShell('11-literal.sh', lines);
    expect(script.literalPasswords).toEqual([{ role: 'svc', loc: { file, line: 2, column: col(2, "'") } }]);
    expect(JSON.stringify(script)).not.toContain('plain-text');
  });

  it('handles \\$ escapes, line continuations and $(command) in an unquoted here-document', async () => {
    const lines = [
      'psql <<EOF',
      "CREATE USER a PASSWORD '\\$LITERAL_DOLLAR';",
      'CREATE DATABASE $(echo db) \\',
      'OWNER a;',
      'CREATE DATABASE "${DB_NAME:-fallback}";',
      'EOF',
    ];
    const { file, script } = await readShell('12-escapes.sh', lines);
    expect(script.errors).toEqual([]);
    expect(script.statements.map((s) => [s.kind, 'name' in s ? s.name : null, s.loc.line, s.loc.column])).toEqual([
      ['create-role', null, 2, 1],
      ['create-database', `${UNKNOWN}$(echo db)`, 3, 1],
      ['create-database', `${UNKNOWN}\${DB_NAME:-fallback}`, 5, 1],
    ]);
    // Names the shell fills in at run time are never taken as names: those statements are unevaluated.
    expect(script.runs[0]!.steps.map((s) => s.kind)).toEqual(['create-role', 'unevaluated', 'unevaluated']);
    // `\$` reaches psql as a literal `$LITERAL_DOLLAR`.
    expect(script.placeholders).toEqual([{ name: 'LITERAL_DOLLAR', loc: { file, line: 2, column: 26 } }]);
  });
});

describe('psql arguments', () => {
  it('reads -c, -cSQL, --command=, --command and pipes, with -d / --dbname / positional databases', async () => {
    const lines = [
      'psql -U postgres -d shop -c "CREATE EXTENSION pgcrypto; GRANT CONNECT ON DATABASE \\"shop\\" TO shop_user"',
      "psql --command='CREATE ROLE shop_user LOGIN' --command \"ALTER ROLE shop_user PASSWORD '$SHOP_PASSWORD'\"",
      "/usr/bin/psql -qAt -X shop -c'CREATE EXTENSION citext'",
      'psql -v ON_ERROR_STOP=1 -dreports -c "CREATE EXTENSION tablefunc"',
      'echo "CREATE DATABASE piped;" | psql -U postgres',
      'docker_process_sql --dbname "$POSTGRES_DB" <<< "CREATE ROLE via_helper"',
      'psql -c "$ALL_OF_IT_IS_A_VARIABLE"',
      'PGPASSWORD=secret psql -h localhost -c "CREATE DATABASE remote"',
      'psql -d "$TARGET_DB" -c "CREATE EXTENSION postgis"',
    ];
    const { script, col } = await readShell('20-args.sh', lines);
    expect(script.errors).toEqual([]);
    expect(script.statements.map(where)).toEqual([
      ['create-extension', 1, col(1, 'CREATE EXTENSION'), 'shop'],
      ['grant-database', 1, col(1, 'GRANT'), 'shop'],
      ['create-role', 2, col(2, 'CREATE ROLE'), null],
      ['alter-role', 2, col(2, 'ALTER ROLE'), null],
      ['create-extension', 3, col(3, 'CREATE'), 'shop'],
      ['create-extension', 4, col(4, 'CREATE'), 'reports'],
      ['create-database', 5, col(5, 'CREATE'), null],
      ['create-role', 6, col(6, 'CREATE'), null],
      ['create-database', 8, col(8, 'CREATE'), null],
      ['create-extension', 9, col(9, 'CREATE'), null],
    ]);
    expect(script.statements[1]).toMatchObject({ databases: ['shop'], grantees: ['shop_user'] });
    expect(script.statements[3]).toMatchObject({ role: 'shop_user', password: 'placeholder' });
    // One run per psql process, with how it connects and whether it stops at the first error.
    expect(script.runs.map((r) => [r.loc.line, r.mode, r.user, r.database, r.onErrorStop, r.uncertain, r.unreachable ?? null])).toEqual([
      [1, 'command', null, 'shop', false, null, null],
      [2, 'command', null, null, false, null, null],
      [3, 'command', null, 'shop', false, null, null],
      [4, 'command', null, 'reports', true, null, null],
      [5, 'script', null, null, false, null, null],
      [6, 'script', null, null, true, null, null],
      [7, 'command', null, null, false, null, null],
      [8, 'command', null, null, false, null, expect.stringMatching(/^connection to server at "localhost" failed/)],
      [9, 'command', null, null, false, 'psql connects to a database svclint cannot know', null],
    ]);
    expect(script.runs[6]!.steps).toMatchObject([{ kind: 'unevaluated', reason: 'SQL in a shell variable, which svclint cannot read' }]);
  });

  it('locates an SQL syntax error inside a -c argument, and the statements after it', async () => {
    const lines = ['psql -c "CREATE DATABASE ok; CREATE DATABSE oops; CREATE DATABASE also_ok"'];
    const { file, script, col } = await readShell('21-error.sh', lines);
    expect(script.errors).toEqual([{ message: 'syntax error at or near "DATABSE"', loc: { file, line: 1, column: col(1, 'DATABSE') } }]);
    expect(script.statements.map(where)).toEqual([
      ['create-database', 1, col(1, 'CREATE DATABASE ok'), null],
      ['create-database', 1, col(1, 'CREATE DATABASE also_ok'), null],
    ]);
  });

  it('reads psql inside functions, conditionals and loops (the n8n init-data.sh shape)', async () => {
    const lines = [
      '#!/bin/bash',
      'set -e;',
      '',
      'if [ -n "${POSTGRES_NON_ROOT_USER:-}" ] && [ -n "${POSTGRES_NON_ROOT_PASSWORD:-}" ]; then',
      '\tpsql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL',
      "\t\tCREATE USER ${POSTGRES_NON_ROOT_USER} WITH PASSWORD '${POSTGRES_NON_ROOT_PASSWORD}';",
      '\t\tGRANT ALL PRIVILEGES ON DATABASE ${POSTGRES_DB} TO ${POSTGRES_NON_ROOT_USER};',
      '\t\tGRANT CREATE ON SCHEMA public TO ${POSTGRES_NON_ROOT_USER};',
      '\tEOSQL',
      'else',
      '\techo "SETUP INFO: No Environment variables given!"',
      'fi',
      'create_db() {',
      '  psql -d postgres -c "CREATE DATABASE \\"$1\\""',
      '}',
      'for db in one two; do create_db "$db"; done',
    ];
    const { script, col } = await readShell('init-data.sh', lines);
    expect(script.errors).toEqual([]);
    expect(script.statements.map((s) => [s.kind, s.loc.line, s.loc.column])).toEqual([
      ['create-role', 6, 3],
      ['grant-database', 7, 3],
      ['other', 8, 3],
      ['create-database', 14, col(14, 'CREATE')],
    ]);
    expect(script.statements[0]).toMatchObject({ role: `${UNKNOWN}\${POSTGRES_NON_ROOT_USER}`, password: 'placeholder' });
    // $POSTGRES_DB is known (the entrypoint sets it); the other variable is not.
    expect(script.statements[1]).toMatchObject({ databases: ['postgres'], grantees: [`${UNKNOWN}\${POSTGRES_NON_ROOT_USER}`] });
    // -d postgres is POSTGRES_DB here (the default): the entrypoint's database, null.
    expect(script.statements[3]).toMatchObject({ name: `${UNKNOWN}$1`, database: null });
    expect(script.placeholders).toEqual([]);
    expect(script.runs.map((r) => [r.loc.line, r.uncertain])).toEqual([
      [5, 'inside an if'],
      [14, 'inside a shell function'],
    ]);
  });
});

describe('shell errors', () => {
  it('says the shell replaced an unescaped $$ in an unquoted here-document (its process id)', async () => {
    const lines = ['psql -v ON_ERROR_STOP=1 <<EOSQL', "DO $$ BEGIN RAISE NOTICE 'x'; END $$;", 'EOSQL'];
    const { script } = await readShell('31-pid.sh', lines);
    // `DO 4242 BEGIN …; END 4242;`: psql stops at the first error (the rules report that one).
    expect(script.runs[0]!.steps.filter((s) => s.kind === 'syntax-error')).toHaveLength(2);
    expect(script.errors[0]!.message).toMatch(
      /^syntax error at or near "4242" \(the shell replaced '\$\$' with its process id: write \\\$\\\$ in an unquoted here-document, or quote it: <<'EOSQL'\)$/,
    );
  });

  it('reads a here-document whose terminator has a trailing space to the end of the file, as bash does', async () => {
    const lines = ['psql -v ON_ERROR_STOP=1 <<EOSQL', 'CREATE DATABASE a;', 'EOSQL ', 'CREATE DATABASE b;', 'EOSQL'];
    const { script } = await readShell('32-terminator.sh', lines);
    // bash sends `EOSQL ` and what follows to psql: a syntax error on that line.
    expect(script.errors).toMatchObject([{ message: 'syntax error at or near "EOSQL"', loc: { line: 3, column: 1 } }]);
  });

  it('reports a shell syntax error with its position instead of throwing', async () => {
    const lines = ['psql -c "CREATE DATABASE a;"', 'if then', 'psql <<EOF', 'CREATE DATABASE never_closed;'];
    const { file, script } = await readShell('30-broken.sh', lines);
    expect(script.statements).toEqual([]);
    expect(script.errors).toHaveLength(1);
    expect(script.errors[0]!.message).toMatch(/^shell syntax error: /);
    expect(script.errors[0]!.loc).toEqual({ file, line: 2, column: 1 });
  });

  it('reads a script with no psql at all as no statements', async () => {
    const script = await parseInitShell('/virtual/noop.sh', '#!/bin/sh\necho "nothing to see"\nexit 0\n');
    expect(script).toMatchObject({ kind: 'sh', statements: [], errors: [], placeholders: [] });
  });
});
