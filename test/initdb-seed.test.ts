// The seed's own init script (SERVICE_DIRECTORY_STRUCTURE.md, "Databases created via init
// script"), read as the .sql file it must be, and a corrected layout of the same databases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePrivilegeMatrix, readInitScript, type InitStatement, type ParsedInitScript } from '../src/database/initdb';
import { SEED_INIT_SQL } from './rules/database-fixtures';

const repoRoot = path.resolve(import.meta.dirname, '..');

// The block as the seed writes it, byte for byte (shared with the database rule tests).

/** The seed document, found like the corpus: beside the repository, else /work/shared. */
function seedDocument(): string | null {
  const candidates = [path.resolve(repoRoot, '../shared/seed/SERVICE_DIRECTORY_STRUCTURE.md'), '/work/shared/seed/SERVICE_DIRECTORY_STRUCTURE.md'];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  return found ? fs.readFileSync(found, 'utf8') : null;
}

const CORRECTED_SQL = `-- 01-databases.sql: databases and roles, nobody but the owner role may connect
CREATE ROLE n8n_user LOGIN;
CREATE ROLE erp_user LOGIN;
CREATE ROLE openwebui_user LOGIN;
CREATE ROLE tooljet_user LOGIN;

CREATE DATABASE n8n OWNER n8n_user;
CREATE DATABASE bestviable_erp OWNER erp_user;
CREATE DATABASE openwebui;
CREATE DATABASE tooljet OWNER tooljet_user;

REVOKE ALL ON DATABASE n8n FROM PUBLIC;
REVOKE ALL ON DATABASE bestviable_erp FROM PUBLIC;
REVOKE CONNECT, TEMPORARY ON DATABASE openwebui FROM PUBLIC;
REVOKE ALL ON DATABASE tooljet FROM PUBLIC;

GRANT CONNECT ON DATABASE openwebui TO openwebui_user;
`;

const CORRECTED_SH = `#!/bin/bash
# 02-passwords.sh: passwords come from the container environment, expanded by the shell.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL
	ALTER ROLE n8n_user WITH PASSWORD '$N8N_DB_PASSWORD';
	ALTER ROLE erp_user WITH PASSWORD '\${ERP_DB_PASSWORD}';
	ALTER ROLE openwebui_user WITH PASSWORD '$OPENWEBUI_DB_PASSWORD';
	ALTER ROLE tooljet_user WITH PASSWORD '$TOOLJET_DB_PASSWORD';
EOSQL
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-initdb-seed-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function parsed(file: string): Promise<ParsedInitScript> {
  const script = await readInitScript(file);
  if (script.kind === 'ignored' || script.kind === 'unsupported') throw new Error(`expected a parsed script, got ${script.kind}`);
  return script;
}

function ofKind<K extends InitStatement['kind']>(statements: InitStatement[], kind: K): (InitStatement & { kind: K })[] {
  return statements.filter((s): s is InitStatement & { kind: K } => s.kind === kind);
}

describe('the seed init script, as a .sql file', () => {
  it('is the seed document text', () => {
    const seed = seedDocument();
    if (seed === null) return; // the seed is not beside this checkout; the copy above stands alone
    expect(seed).toContain('```sql\n' + SEED_INIT_SQL + '```');
  });

  it('creates 4 databases and 3 roles, with ${VAR} placeholders instead of passwords', async () => {
    const file = write('01-create-databases.sql', SEED_INIT_SQL);
    const script = await parsed(file);
    expect(script.errors).toEqual([]);
    expect(ofKind(script.statements, 'create-database').map((s) => [s.name, s.owner, s.loc.line, s.loc.column])).toEqual([
      ['n8n', null, 2, 1],
      ['bestviable_erp', null, 3, 1],
      ['openwebui', null, 4, 1],
      ['tooljet', null, 5, 1],
    ]);
    const roles = ofKind(script.statements, 'create-role');
    expect(roles.map((r) => [r.role, r.login, r.superuser, r.password])).toEqual([
      ['n8n_user', true, false, 'placeholder'],
      ['erp_user', true, false, 'placeholder'],
      ['openwebui_user', true, false, 'placeholder'],
    ]);
    // The image feeds .sql files to psql as they are: the password becomes the text "${N8N_DB_PASSWORD}".
    expect(script.placeholders).toEqual([
      { name: 'N8N_DB_PASSWORD', loc: { file, line: 8, column: 37 } },
      { name: 'ERP_DB_PASSWORD', loc: { file, line: 9, column: 37 } },
      { name: 'OPENWEBUI_DB_PASSWORD', loc: { file, line: 10, column: 43 } },
    ]);
    expect(script.literalPasswords).toEqual([]);
    const grants = ofKind(script.statements, 'grant-database');
    expect(grants.map((g) => [g.databases, g.grantees, g.privileges, g.loc.line])).toEqual([
      [['n8n'], ['n8n_user'], ['connect', 'create', 'temp'], 12],
      [['bestviable_erp'], ['erp_user'], ['connect', 'create', 'temp'], 13],
      [['openwebui'], ['openwebui_user'], ['connect', 'create', 'temp'], 14],
    ]);
  });

  it('leaves every database open to PUBLIC', async () => {
    const file = write('01-create-databases.sql', SEED_INIT_SQL);
    const matrix = computePrivilegeMatrix((await parsed(file)).statements);
    const created = matrix.databases.filter((d) => d.created);
    expect(created.map((d) => d.name)).toEqual(['n8n', 'bestviable_erp', 'openwebui', 'tooljet']);
    for (const db of created) {
      expect(matrix.publicConnect(db.name)).toEqual({ allowed: true, createdAt: db.createdAt, changedAt: null });
      expect(db.owner).toBe('postgres');
    }
    expect(matrix.publicConnect('tooljet').createdAt).toEqual({ file, line: 5, column: 1 });
    expect(matrix.canConnect('n8n_user', 'n8n')).toEqual({ allowed: true, via: 'grant', loc: { file, line: 12, column: 1 } });
    // The cross-service access the comment says the roles prevent:
    expect(matrix.canConnect('n8n_user', 'bestviable_erp')).toEqual({ allowed: true, via: 'public', loc: { file, line: 3, column: 1 } });
    expect(matrix.canConnect('erp_user', 'tooljet').via).toBe('public');
    expect(matrix.canConnect('postgres', 'n8n').via).toBe('superuser');
    const crossService = matrix.entries.filter((e) => e.role.endsWith('_user') && e.via === 'public' && e.database !== 'postgres');
    expect(crossService).toHaveLength(3 * 3);
  });
});

describe('a corrected init directory (.sql for structure, .sh for passwords)', () => {
  it('closes PUBLIC connect and leaves each role its own database', async () => {
    const sql = await parsed(write('01-databases.sql', CORRECTED_SQL));
    const shellFile = write('02-passwords.sh', CORRECTED_SH);
    const sh = await parsed(shellFile);
    expect(sql.errors).toEqual([]);
    expect(sh.errors).toEqual([]);
    expect(sql.placeholders).toEqual([]);
    // $VAR in an unquoted here-document is expanded by the shell: not a placeholder, not a literal.
    expect(sh.placeholders).toEqual([]);
    expect(sh.literalPasswords).toEqual([]);
    const alters = ofKind(sh.statements, 'alter-role');
    expect(alters.map((a) => [a.role, a.password, a.loc.line, a.loc.column])).toEqual([
      ['n8n_user', 'placeholder', 5, 2],
      ['erp_user', 'placeholder', 6, 2],
      ['openwebui_user', 'placeholder', 7, 2],
      ['tooljet_user', 'placeholder', 8, 2],
    ]);
    expect(alters.every((a) => a.loc.file === shellFile && a.database === null)).toBe(true);

    const matrix = computePrivilegeMatrix([...sql.statements, ...sh.statements]);
    for (const db of ['n8n', 'bestviable_erp', 'openwebui', 'tooljet']) {
      expect(matrix.publicConnect(db).allowed).toBe(false);
      expect(matrix.publicConnect(db).changedAt?.line).toBeGreaterThanOrEqual(12);
    }
    expect(matrix.canConnect('n8n_user', 'n8n')).toMatchObject({ allowed: true, via: 'owner', loc: { line: 7, column: 1 } });
    expect(matrix.canConnect('openwebui_user', 'openwebui')).toMatchObject({ allowed: true, via: 'grant', loc: { line: 17, column: 1 } });
    expect(matrix.canConnect('n8n_user', 'bestviable_erp')).toEqual({ allowed: false, via: null, loc: null });
    expect(matrix.canConnect('erp_user', 'openwebui').allowed).toBe(false);
    expect(matrix.roles.find((r) => r.name === 'tooljet_user')).toMatchObject({ created: true, login: true });
    const open = matrix.entries.filter((e) => e.allowed && e.via !== 'superuser' && e.database !== 'postgres');
    expect(open.map((e) => `${e.role}->${e.database}:${e.via}`).sort()).toEqual([
      'erp_user->bestviable_erp:owner',
      'n8n_user->n8n:owner',
      'openwebui_user->openwebui:grant',
      'tooljet_user->tooljet:owner',
    ]);
  });
});
