// Every init script in the real-world corpus reads without throwing, with sane positions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInitScript, type ParsedInitScript } from '../src/database/initdb';
import { initScriptFiles } from './helpers/init-scripts';

const repoRoot = path.resolve(import.meta.dirname, '..');

function corpusRoot(): string {
  if (process.env.SVCLINT_CORPUS) return process.env.SVCLINT_CORPUS;
  const beside = path.resolve(repoRoot, '../shared/corpus');
  return fs.existsSync(beside) ? beside : '/work/shared/corpus';
}

const root = corpusRoot();
// The corpus is beside every checkout (CI lays ../shared next to the clone): missing, these tests fail.
const files = fs.existsSync(root) ? initScriptFiles(root) : [];

/** A corpus file the tests below are about; a missing one fails the test (never a silent pass). */
function corpusFile(...parts: string[]): string {
  const file = files.find((f) => f.endsWith(path.join(...parts)));
  expect(file, `${path.join(...parts)} in the corpus at ${root}`).toBeDefined();
  return file!;
}

describe('corpus init scripts', () => {
  it('all read without throwing, every position inside its file', async () => {
    expect(files.length).toBeGreaterThanOrEqual(19);
    for (const file of files) {
      const script = await readInitScript(file);
      if (script.kind === 'ignored' || script.kind === 'unsupported') continue;
      const lineCount = fs.readFileSync(file, 'utf8').split('\n').length;
      const locs = [...script.statements, ...script.errors, ...script.placeholders, ...script.literalPasswords, ...script.metaCommands].map((x) => x.loc);
      for (const loc of locs) {
        expect(loc.file).toBe(file);
        expect(loc.line).toBeGreaterThanOrEqual(1);
        expect(loc.line).toBeLessThanOrEqual(lineCount);
        expect(loc.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('reads a homelab script that creates roles with literal passwords and owned databases', async () => {
    const file = corpusFile('JulioCassianoAlves__Docker-Homelab', 'Databases.sql');
    const script = (await readInitScript(file)) as ParsedInitScript;
    expect(script.errors).toEqual([]);
    const roles = script.statements.filter((s) => s.kind === 'create-role');
    const databases = script.statements.filter((s) => s.kind === 'create-database');
    expect(roles.map((r) => r.role)).toEqual(['homarr', 'n8n', 'linkwarden', 'blinko', 'ezbookkeeping']);
    expect(databases.map((d) => [d.name, d.owner])).toEqual(roles.map((r) => [r.role, r.role]));
    expect(script.literalPasswords.map((p) => p.role)).toEqual(['homarr', 'n8n', 'linkwarden', 'blinko', 'ezbookkeeping']);
    expect(script.literalPasswords[0]!.loc).toMatchObject({ line: 3 });
  });

  it("reads supabase's roles.sql: psql \\set plus :'var' passwords are placeholders, not literals", async () => {
    const file = corpusFile('supabase__supabase', 'docker', 'volumes', 'db', 'roles.sql');
    const script = (await readInitScript(file)) as ParsedInitScript;
    expect(script.errors).toEqual([]);
    expect(script.metaCommands.map((m) => m.name)).toContain('set');
    const alters = script.statements.filter((s) => s.kind === 'alter-role');
    expect(alters.length).toBeGreaterThan(0);
    expect(alters.every((a) => a.password === 'placeholder')).toBe(true);
    expect(script.literalPasswords).toEqual([]);
    expect(script.psqlVariables.every((v) => v.name === 'pgpass')).toBe(true);
  });

  it('reads supabase\'s _supabase.sql: a \\gexec query built with || and a psql variable set from `echo "$POSTGRES_USER"`', async () => {
    const file = corpusFile('supabase__supabase', 'docker', 'volumes', 'db', '_supabase.sql');
    const script = (await readInitScript(file)) as ParsedInitScript;
    expect(script.errors).toEqual([]);
    const created = script.statements.filter((s) => s.kind === 'create-database');
    expect(created.map((d) => [d.name, d.owner, d.loc.line, d.loc.column])).toEqual([
      ['postgres', 'postgres', 4, 8],
      ['_supabase', 'postgres', 8, 1],
    ]);
  });
});
