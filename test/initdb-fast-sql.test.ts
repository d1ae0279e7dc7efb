// The init-SQL fast path (src/database/initdb/fast-sql.ts) against libpg-query, the oracle: every
// statement it reads must be the tree libpg-query gives (a differential fuzz over the statement
// forms, their options, names, quoting, comments and near misses), and every init script of the
// corpus, the examples and a generated tree must read to the same result with and without it.
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInitScript } from '../src/database/initdb';
import { keywordIn, recognizeStatement } from '../src/database/initdb/fast-sql';
import { parseStatements, sqlFastPath } from '../src/database/initdb/pg-parser';
import { preparePsql } from '../src/database/initdb/psql-lexer';
import { charToByteIndex, sqlFileSource } from '../src/database/initdb/source';
import { SQL_KEYWORDS } from '../src/database/initdb/sql-keywords.generated';
import { generateTree } from '../bench/generate.mjs';
import { corpusDir } from './helpers/cli';
import { initScriptFiles } from './helpers/init-scripts';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '..');
type Pg = typeof import('libpg-query');
let pg: Pg;

beforeAll(async () => {
  pg = require('libpg-query') as Pg;
  await pg.loadModule();
});

/** What libpg-query says about one statement chunk, in the fast path's terms (locations stay bytes). */
function oracle(text: string): { type: string; node: unknown; start: number; end: number }[] | 'error' {
  let tree: ReturnType<Pg['parseSync']>;
  try {
    tree = pg.parseSync(text);
  } catch {
    return 'error';
  }
  const bytes = Buffer.from(text, 'utf8');
  const toChar = (byte: number) => bytes.subarray(0, byte).toString('utf8').length;
  return (tree.stmts ?? []).map((raw) => {
    const [type, node] = Object.entries(raw.stmt ?? {})[0]!;
    const location = raw.stmt_location ?? 0;
    return { type, node, start: toChar(location), end: raw.stmt_len ? toChar(location + raw.stmt_len) : text.length };
  });
}

function fast(text: string) {
  return recognizeStatement(text, 0, text.length, charToByteIndex(text));
}

describe('the keyword list', () => {
  it('is fresh and each word is a keyword to libpg-query; the role flags are not', async () => {
    const { extractKeywords, keywordsModule } = await import('../scripts/sql-keywords.mjs');
    const generated = fs.readFileSync(path.join(repoRoot, 'src/database/initdb/sql-keywords.generated.ts'), 'utf8');
    const words = extractKeywords(fs.readFileSync(path.join(repoRoot, 'node_modules/libpg-query/wasm/libpg-query.wasm')));
    expect(keywordsModule(words)).toBe(generated);
    expect(SQL_KEYWORDS.size).toBe(words.length);
    for (const word of SQL_KEYWORDS) expect(pg.scanSync(word).tokens[0]?.keywordKind, word).toBeGreaterThan(0);
    for (const word of ['login', 'nologin', 'superuser', 'createdb', 'bypassrls', 'postgres', 'n8n_user']) {
      expect(pg.scanSync(word).tokens[0]?.keywordKind, word).toBe(0);
    }
  });
});

describe("the tokenizer's keyword table", () => {
  it('finds a word exactly when the keyword list has its lower case, in any case and anywhere in a text', () => {
    const upper = (word: string) => word.toUpperCase();
    const mixed = (word: string) => [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
    for (const word of SQL_KEYWORDS) {
      for (const written of [word, upper(word), mixed(word)]) {
        const text = `x ${written};`;
        expect(keywordIn(text, 2, 2 + written.length), written).toBe(word);
      }
      // Near misses: one character more or less, or another word of the same length.
      expect(keywordIn(`${word}s`, 0, word.length + 1)).toBe(SQL_KEYWORDS.has(`${word}s`) ? `${word}s` : null);
      expect(keywordIn(word, 0, word.length - 1)).toBe(SQL_KEYWORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : null);
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_$]{0,20}$/), (word) => {
        const lower = word.toLowerCase();
        expect(keywordIn(`(${word})`, 1, 1 + word.length)).toBe(SQL_KEYWORDS.has(lower) ? lower : null);
      }),
      { numRuns: 5000 },
    );
  });
});

// ------------------------------------------------------------------ the differential fuzz

const keyword = fc.constantFrom(...[...SQL_KEYWORDS]);
const plainName = fc.stringMatching(/^[a-z_][a-z0-9_$]{0,12}$/).filter((w) => !SQL_KEYWORDS.has(w));
const name = fc.oneof(
  { weight: 6, arbitrary: plainName },
  { weight: 2, arbitrary: plainName.map((w) => w.toUpperCase()) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9 _.'é\uE000-]{1,12}$/).map((w) => `"${w}"`) },
  { weight: 1, arbitrary: fc.constantFrom('"a""b"', '""', '"public"', 'public', 'PUBLIC', 'none', '"none"', 'current_user', 'login', 'inherit') },
  { weight: 1, arbitrary: keyword },
  {
    weight: 1,
    arbitrary: fc.constantFrom('a'.repeat(63), 'b'.repeat(64), `"${'é'.repeat(32)}"`, `"${'é'.repeat(31)}x"`, 'n8n_user', 'x$y', '$1', 'é', 'ab\u00e9'),
  },
);
const string = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ${}:_\\é-]{0,10}$/).map((s) => `'${s}'`) },
  { weight: 1, arbitrary: fc.constantFrom("'it''s'", "''", "E'x\\'y'", "e'x'", '$$p$$', "U&'x'", "'a'\n'b'", "'a' 'b'", "N'x'", "'\uE000:pw'") },
);
const integer = fc.oneof(
  fc.constantFrom('0', '5', '-1', '- 1', '+3', '2147483647', '2147483648', '1.5', '1e3', '0x1F', '12abc', '=-1'),
  fc.nat(99999).map(String),
);
const trivia = fc.constantFrom(' ', ' ', ' ', '\n', '\t', '  ', ' -- note\n', ' /* c */ ', ' /* a /* nested */ b */ ', '\r\n', '--x\n');
const optionalWith = fc.constantFrom('', 'WITH ', 'with ');

const roleFlag = fc.constantFrom(
  'LOGIN',
  'NOLOGIN',
  'SUPERUSER',
  'nosuperuser',
  'CREATEDB',
  'NOCREATEDB',
  'CREATEROLE',
  'NOCREATEROLE',
  'INHERIT',
  'NOINHERIT',
  'REPLICATION',
  'NOREPLICATION',
  'BYPASSRLS',
  'NOBYPASSRLS',
  'Login',
);
const roleOption = fc.oneof(
  { weight: 4, arbitrary: roleFlag },
  { weight: 2, arbitrary: string.map((s) => `PASSWORD ${s}`) },
  { weight: 1, arbitrary: string.map((s) => `ENCRYPTED PASSWORD ${s}`) },
  { weight: 1, arbitrary: fc.constant('PASSWORD NULL') },
  { weight: 1, arbitrary: integer.map((n) => `CONNECTION LIMIT ${n}`) },
  { weight: 1, arbitrary: string.map((s) => `VALID UNTIL ${s}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('IN ROLE', 'ROLE', 'ADMIN', 'USER', 'IN GROUP', 'SYSID'), fc.array(name, { minLength: 1, maxLength: 3 }))
      .map(([k, ns]) => `${k} ${ns.join(', ')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom("UNENCRYPTED PASSWORD 'x'", 'SYSID 5', 'PASSWORD', 'CONNECTION', '"login"', 'foo') },
);
const createdbOption = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('OWNER', 'owner', 'TEMPLATE', 'ENCODING', 'LC_COLLATE', 'LC_CTYPE', 'LOCALE', 'TABLESPACE', 'is_template', 'STRATEGY'),
      fc.constantFrom(' ', ' = ', '='),
      fc.oneof(name, string, fc.constant('DEFAULT')),
    )
    .map(([k, eq, v]) => `${k}${eq}${v}`),
  fc.tuple(fc.constantFrom(' ', ' = ', '='), integer).map(([eq, n]) => `CONNECTION LIMIT${eq}${n}`),
);
const names = fc.tuple(fc.array(name, { minLength: 1, maxLength: 3 }), fc.constantFrom(', ', ',', ' , ')).map(([ns, separator]) => ns.join(separator));
const privileges = fc.oneof(
  fc.constantFrom('ALL', 'ALL PRIVILEGES', 'all privileges'),
  fc.array(fc.constantFrom('CONNECT', 'CREATE', 'TEMP', 'TEMPORARY', 'connect', 'SELECT', 'USAGE'), { minLength: 1, maxLength: 3 }).map((ps) => ps.join(', ')),
);

const statement = fc.oneof(
  fc
    .tuple(fc.constantFrom('CREATE ROLE', 'CREATE USER', 'CREATE GROUP', 'create user'), name, optionalWith, fc.array(roleOption, { maxLength: 4 }))
    .map(([k, n, w, os]) => `${k} ${n} ${os.length ? w : ''}${os.join(' ')}`),
  fc
    .tuple(fc.constantFrom('ALTER ROLE', 'ALTER USER', 'ALTER GROUP'), name, optionalWith, fc.array(roleOption, { maxLength: 3 }))
    .map(([k, n, w, os]) => `${k} ${n} ${w}${os.join(' ')}`),
  fc.tuple(name, optionalWith, fc.array(createdbOption, { maxLength: 3 })).map(([n, w, os]) => `CREATE DATABASE ${n} ${os.length ? w : ''}${os.join(' ')}`),
  fc.tuple(name, name).map(([d, r]) => `ALTER DATABASE ${d} OWNER TO ${r}`),
  fc
    .tuple(fc.constantFrom('', 'GRANT OPTION FOR '), privileges, names, names, fc.constantFrom('', ' CASCADE', ' RESTRICT'))
    .map(([o, p, d, r, b]) => `REVOKE ${o}${p} ON DATABASE ${d} FROM ${r}${b}`),
  fc
    .tuple(privileges, fc.constantFrom('DATABASE', 'SCHEMA', 'TABLE'), names, names, fc.constantFrom('', ' WITH GRANT OPTION', ' GRANTED BY x'))
    .map(([p, t, d, r, w]) => `GRANT ${p} ON ${t} ${d} TO ${r}${w}`),
  fc.tuple(names, names, fc.constantFrom('', ' WITH ADMIN OPTION', ' WITH INHERIT TRUE', ' GRANTED BY x')).map(([a, b, w]) => `GRANT ${a} TO ${b}${w}`),
  fc
    .tuple(fc.constantFrom('', 'ADMIN OPTION FOR ', 'INHERIT OPTION FOR '), names, names, fc.constantFrom('', ' CASCADE'))
    .map(([o, a, b, c]) => `REVOKE ${o}${a} FROM ${b}${c}`),
  fc.constantFrom('CREATE TABLE t (a int)', 'SELECT 1', 'DROP ROLE r', 'CREATE EXTENSION x', "COMMENT ON DATABASE d IS 'x'", 'BEGIN', ''),
);

/** Re-spaces a statement with random trivia between its words, and sometimes drops or repeats a word. */
const script = fc
  .tuple(
    statement,
    fc.array(trivia, { minLength: 40, maxLength: 40 }),
    fc.constantFrom(';', ';', ' ;', '', '-- end\n;', ';;'),
    fc.nat(30),
    fc.constantFrom('none', 'none', 'none', 'drop', 'repeat'),
  )
  .map(([text, spaces, end, at, mutate]) => {
    const words = text.split(/ (?=(?:[^']*'[^']*')*[^']*$)/).filter((w) => w !== '');
    if (mutate === 'drop' && words.length > 1) words.splice(at % words.length, 1);
    if (mutate === 'repeat' && words.length > 0) words.splice(at % words.length, 0, words[at % words.length]!);
    return `${spaces[0]}${words.map((w, i) => (i === 0 ? w : `${spaces[(i % 39) + 1]}${w}`)).join('')}${end}${spaces[at % 40]}`;
  });

describe('the fast path agrees with libpg-query', () => {
  it('on every statement it reads (differential fuzz)', () => {
    const runs = Number(process.env.SVCLINT_FAST_SQL_RUNS ?? 8000);
    const types = new Set<string>();
    let read = 0;
    let left = 0;
    let empty = 0;
    fc.assert(
      fc.property(script, (text) => {
        const ours = fast(text);
        if (ours === null) {
          left++;
          return;
        }
        const theirs = oracle(text);
        if (ours === 'empty') {
          empty++;
          expect(theirs, text).toEqual([]);
          return;
        }
        read++;
        types.add(ours.type);
        expect(theirs, text).not.toBe('error');
        expect(theirs, text).toEqual([{ type: ours.type, node: ours.node, start: ours.start, end: ours.end }]);
      }),
      { numRuns: runs, seed: Number(process.env.SVCLINT_FAST_SQL_SEED ?? 14) },
    );
    // Not vacuous: the forms are read, and the near misses left to libpg-query.
    expect(read).toBeGreaterThan(runs * 0.15);
    expect(left).toBeGreaterThan(runs * 0.15);
    expect([...types].sort()).toEqual(['AlterOwnerStmt', 'AlterRoleStmt', 'CreateRoleStmt', 'CreatedbStmt', 'GrantRoleStmt', 'GrantStmt']);
    expect(empty).toBeGreaterThan(0);
  });

  it('on hand-picked statements, and leaves the look-alikes', () => {
    const cases: [string, boolean][] = [
      ["CREATE USER n8n_user WITH PASSWORD '${N8N_DB_PASSWORD}';", true],
      ['CREATE DATABASE core_infra_web_00003 OWNER core_infra_web_00003_user;', true],
      ['REVOKE ALL ON DATABASE x FROM PUBLIC;', true],
      ['GRANT ALL PRIVILEGES ON DATABASE "My DB" TO "svc-user";', true],
      ["CREATE ROLE r LOGIN PASSWORD 'a' 'b';", false],
      ["CREATE ROLE r PASSWORD E'x';", false],
      ['CREATE ROLE user;', false],
      ['CREATE ROLE admin;', false],
      ['GRANT CONNECT ON DATABASE d TO current_user;', false],
      ['CREATE DATABASE d; CREATE DATABASE e;', false],
      [`CREATE ROLE ${'r'.repeat(64)};`, false],
      ['GRANT ALL ON SCHEMA s TO r;', false],
    ];
    for (const [text, readable] of cases) {
      const ours = fast(text);
      expect(ours !== null, text).toBe(readable);
      if (ours && ours !== 'empty') expect(oracle(text), text).toEqual([{ type: ours.type, node: ours.node, start: ours.start, end: ours.end }]);
    }
  });
});

// ------------------------------------------------------------------ whole scripts, with and without

/** A script read with the fast path and without: the same result, field for field. */
async function readBothWays(file: string): Promise<{ same: boolean; fast: string; slow: string }> {
  sqlFastPath.enabled = true;
  const withFast = JSON.stringify(await readInitScript(file));
  sqlFastPath.enabled = false;
  try {
    const without = JSON.stringify(await readInitScript(file));
    return { same: withFast === without, fast: withFast, slow: without };
  } finally {
    sqlFastPath.enabled = true;
  }
}

describe('whole init scripts read the same with and without the fast path', () => {
  it('every init script of the corpus and the examples', async () => {
    const root = corpusDir();
    expect(fs.existsSync(root), `the corpus at ${root}`).toBe(true);
    const files = [...initScriptFiles(root), ...initScriptFiles(path.join(repoRoot, 'examples'))];
    expect(files.length).toBeGreaterThan(15);
    const before = sqlFastPath.statements;
    for (const file of files) {
      const { same, fast: a, slow: b } = await readBothWays(file);
      if (!same) expect(a, file).toBe(b);
    }
    // The examples' scripts are plain: the fast path took their statements.
    expect(sqlFastPath.statements - before).toBeGreaterThan(10);
  });

  it("a generated tree's init script (14,000 statements) and a mixed one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svclint-fast-sql-'));
    try {
      generateTree(dir, { services: 600, seed: 3 });
      const sql = path.join(dir, 'services/core-infra/postgres/init-scripts/01-init.sql');
      const { same, fast: a, slow: b } = await readBothWays(sql);
      if (!same) expect(a).toBe(b);
      // Plain statements mixed with what only libpg-query reads, in one batch and in the next.
      const text = fs.readFileSync(sql, 'utf8');
      const mixed = path.join(dir, 'mixed.sql');
      fs.writeFileSync(
        mixed,
        `${text}\nCREATE TABLE t (a int);\nDO $$ BEGIN GRANT CONNECT ON DATABASE postgres TO PUBLIC; END $$;\n${text.slice(0, 4000)}\nCREATE ROLE broken WITH;;\nGRANT oops\n`,
      );
      const mixedBoth = await readBothWays(mixed);
      if (!mixedBoth.same) expect(mixedBoth.fast).toBe(mixedBoth.slow);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('statement positions survive non-ASCII text before them', async () => {
    const text = '-- Café ünïcode 😀\nCREATE ROLE "rôle😀" LOGIN PASSWORD \'pässwörd\';\nGRANT ALL ON DATABASE "dé" TO "rôle😀";\n';
    const prepared = preparePsql(sqlFileSource('/x.sql', text));
    const withFast = await parseStatements(prepared.text, prepared.statementEnds, { fastPath: true });
    const without = await parseStatements(prepared.text, prepared.statementEnds, { fastPath: false });
    const shape = (o: typeof withFast) =>
      o.statements.map((s) => ({ type: s.type, node: s.node, start: s.start, end: s.end, at: [0, 5, 20, 40].map((b) => s.at(b)) }));
    expect(withFast.statements).toHaveLength(2);
    expect(shape(withFast)).toEqual(shape(without));
  });
});
