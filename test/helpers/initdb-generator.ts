// Generated init-script scenarios for the differential test: a base (two services that own
// their databases and revoke PUBLIC) plus snippets from the issue's classes 1-15, rendered as a
// `.sql` file, a `.sh` with a quoted here-document, a `.sh` with an unquoted one, or split over
// both. Every name carries the scenario's prefix, so hundreds of scenarios share one server.

export interface ScenarioFile {
  name: string;
  text: string | Buffer;
  executable?: boolean;
}

export interface Scenario {
  id: number;
  prefix: string;
  /** POSTGRES_USER (a superuser the harness creates) and POSTGRES_DB. */
  superuser: string;
  postgresDb: string;
  files: ScenarioFile[];
  /** The environment of the run; names mapped to null are unknown to the static model. */
  env: Record<string, string>;
  unknownToSvclint: string[];
  /** Which classes the scenario draws from (for the coverage count). */
  classes: string[];
  rendering: 'sql' | 'sh-quoted' | 'sh-unquoted' | 'mixed';
  /** A password written in the scripts: must never appear in svclint's output. */
  secret: string;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Names {
  p: string;
  a: string;
  b: string;
  ua: string;
  ub: string;
  t: string;
  g: string;
  app: string;
  su: string;
}

type Snippet = {
  cls: string;
  sql: (n: Names, pick: <T>(xs: T[]) => T) => string[];
  shOnly?: boolean;
  env?: (n: Names) => Record<string, string>;
  unknown?: string[];
};

/** Statements by class; each returns lines of SQL (psql input). */
const SNIPPETS: Snippet[] = [
  { cls: '1', sql: (n, pick) => [`REVOKE GRANT OPTION FOR ALL ON DATABASE ${pick([n.a, n.b])} FROM PUBLIC;`] },
  {
    cls: '1',
    sql: (n) => [`GRANT CONNECT ON DATABASE ${n.a} TO ${n.ub} WITH GRANT OPTION;`, `REVOKE GRANT OPTION FOR CONNECT ON DATABASE ${n.a} FROM ${n.ub};`],
  },
  { cls: '1', sql: (n) => [`GRANT CONNECT ON DATABASE ${n.a} TO PUBLIC;`, `REVOKE GRANT OPTION FOR CONNECT ON DATABASE ${n.a} FROM PUBLIC;`] },
  {
    cls: '2',
    sql: (n, pick) => [
      pick([
        `REVOKE ALL ON DATABASE ${n.app} FROM PUBLIC;`,
        `GRANT ALL ON DATABASE ${n.app} TO ${n.ua};`,
        `ALTER DATABASE ${n.app} OWNER TO ${n.ub};`,
        `REVOKE CONNECT ON DATABASE ${n.app} FROM PUBLIC;`,
      ]),
    ],
  },
  { cls: '3', sql: (n) => [`SELECT format('GRANT CONNECT ON DATABASE %I TO %I', '${n.a}', '${n.ub}')\\gexec`] },
  { cls: '3', sql: (n) => [`SELECT format('GRANT CONNECT ON DATABASE %I TO %I', datname, '${n.ub}') FROM pg_database WHERE datname = '${n.b}'\\gexec`] },
  { cls: '3', sql: (n) => [`DO $do$ BEGIN EXECUTE 'GRANT TEMP ON DATABASE ${n.a} TO ' || quote_ident('${n.ub}'); END $do$;`] },
  { cls: '3', sql: (n) => [`DO $do$ DECLARE r text := '${n.ua}'; BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', '${n.b}', r); END $do$;`] },
  { cls: '3', sql: (n) => [`\\set target ${n.b}`, `GRANT CREATE ON DATABASE :"target" TO ${n.ua};`] },
  {
    cls: '3',
    sql: (n) => [`\\getenv target ${n.p.toUpperCase()}TARGET_DB`, `GRANT CONNECT ON DATABASE :"target" TO ${n.ua};`],
    env: (n) => ({ [`${n.p.toUpperCase()}TARGET_DB`]: n.b }),
    unknown: ['TARGET_DB'],
  },
  { cls: '4', sql: (n) => [`DO $do$ BEGIN ALTER DATABASE ${n.a} OWNER TO ${n.ub}; END $do$;`] },
  {
    cls: '4',
    sql: (n, pick) => [
      `DO $do$ BEGIN IF ${pick(['false', 'true', `EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${n.ub}')`, `NOT EXISTS (SELECT FROM pg_database WHERE datname = '${n.b}')`])} THEN GRANT CONNECT ON DATABASE ${n.a} TO ${n.ub}; ELSE GRANT TEMP ON DATABASE ${n.b} TO ${n.ua}; END IF; END $do$;`,
    ],
  },
  {
    cls: '4',
    sql: (n, pick) => [
      `SELECT 'GRANT CONNECT ON DATABASE ${n.b} TO ${n.ua}' WHERE ${pick(['false', 'true', `NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${n.ua}')`])}\\gexec`,
    ],
  },
  {
    cls: '4',
    sql: (n, pick) => [
      `\\if ${pick(['false', 'true', 'off', 'yes'])}`,
      `GRANT ALL ON DATABASE ${n.a} TO ${n.ub};`,
      '\\else',
      `GRANT TEMP ON DATABASE ${n.a} TO ${n.ub};`,
      '\\endif',
    ],
  },
  { cls: '4', sql: (n) => [`DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${n.t}') THEN CREATE ROLE ${n.t} LOGIN; END IF; END $do$;`] },
  { cls: '4', sql: (n) => [`DO $do$ BEGIN CREATE ROLE ${n.ua}; EXCEPTION WHEN duplicate_object THEN RAISE NOTICE 'exists'; END $do$;`] },
  {
    cls: '4',
    sql: (n) => [
      `SELECT 'CREATE DATABASE ${n.p}extra OWNER ${n.ub}' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '${n.p}extra')\\gexec`,
      `REVOKE ALL ON DATABASE ${n.p}extra FROM PUBLIC;`,
    ],
  },
  { cls: '5', sql: (n) => [`CREATE ROLE ${n.g};`, `GRANT CONNECT ON DATABASE ${n.a} TO ${n.g};`, `ALTER GROUP ${n.g} ADD USER ${n.ub};`] },
  { cls: '5', sql: (n) => [`ALTER GROUP ${n.ua} ADD USER ${n.ub};`, `ALTER GROUP ${n.ua} DROP USER ${n.ub};`] },
  { cls: '6', sql: (n) => [`GRANT ${n.ua} TO ${n.ub} WITH ADMIN OPTION;`, `REVOKE ADMIN OPTION FOR ${n.ua} FROM ${n.ub};`] },
  { cls: '6', sql: (n) => [`CREATE ROLE ${n.t} LOGIN NOINHERIT IN ROLE ${n.ua};`] },
  { cls: '6', sql: (n) => [`GRANT ${n.ua} TO ${n.ub};`, `ALTER ROLE ${n.ub} NOINHERIT;`] },
  { cls: '6', sql: (n) => [`GRANT ${n.ua} TO ${n.ub} WITH INHERIT FALSE;`] },
  { cls: '6', sql: (n) => [`REVOKE SET OPTION FOR ${n.ua} FROM ${n.ub};`] },
  {
    cls: '7',
    sql: (n) => [
      `ALTER ROLE ${n.ub} CREATEDB;`,
      `SET ROLE ${n.ub};`,
      `CREATE DATABASE ${n.p}byrole;`,
      `RESET ROLE;`,
      `REVOKE ALL ON DATABASE ${n.p}byrole FROM PUBLIC;`,
    ],
  },
  { cls: '7', sql: (n) => [`SET ROLE ${n.ua};`, `CREATE DATABASE ${n.p}denied;`, 'RESET ROLE;'] },
  {
    cls: '7',
    sql: (n) => [`ALTER ROLE ${n.ua} CREATEDB;`, `SET SESSION AUTHORIZATION ${n.ua};`, `CREATE DATABASE ${n.p}bysession;`, 'RESET SESSION AUTHORIZATION;'],
  },
  {
    cls: '7',
    sql: (n) => [
      `ALTER ROLE ${n.ub} CREATEDB;`,
      `GRANT CONNECT ON DATABASE ${n.app} TO ${n.ub};`,
      `\\connect - ${n.ub}`,
      `CREATE DATABASE ${n.p}byconnect;`,
      `\\connect - ${n.su}`,
    ],
  },
  {
    cls: '8',
    sql: (n) => [`REVOKE CONNECT ON DATABASE ${n.a} FROM ${n.ua};`, `GRANT CONNECT ON DATABASE ${n.a} TO ${n.ub};`, `ALTER DATABASE ${n.a} OWNER TO ${n.ub};`],
  },
  { cls: '8', sql: (n) => [`GRANT ALL ON DATABASE ${n.b} TO PUBLIC;`, `ALTER DATABASE ${n.b} OWNER TO ${n.ua};`] },
  { cls: '9', sql: (n) => [`GRANT CONNECT ON DATABASE ${n.b} TO ${n.ua};`, `DROP OWNED BY ${n.ua};`] },
  { cls: '9', sql: (n) => [`REASSIGN OWNED BY ${n.ub} TO ${n.ua};`] },
  {
    cls: '9',
    sql: (n) => [
      `ALTER DATABASE ${n.b} RENAME TO ${n.b}_renamed;`,
      `ALTER DATABASE ${n.b}_renamed RENAME TO ${n.b};`,
      `ALTER ROLE ${n.ub} RENAME TO ${n.ub}_renamed;`,
    ],
  },
  { cls: '9', sql: (n) => [`CREATE ROLE ${n.t};`, `DROP ROLE ${n.t};`, `CREATE ROLE ${n.t} LOGIN;`] },
  { cls: '9', sql: (n) => [`DROP DATABASE ${n.b};`, `CREATE DATABASE ${n.b};`] },
  { cls: '9', sql: (n) => [`GRANT CONNECT ON DATABASE ${n.a} TO ${n.ub};`, `DROP ROLE ${n.ub};`] },
  { cls: '10', sql: (n) => [`GRANT CONNECT ON DATABASE ${n.a} TO ${n.ub}x;`] },
  { cls: '10', sql: (n) => [`\\connect ${n.a.toUpperCase()}`] },
  { cls: '10', sql: (n) => [`CREATE ROLE ${n.ua};`] },
  { cls: '10', sql: (n) => ['BEGIN;', `CREATE DATABASE ${n.p}intx;`, 'COMMIT;'] },
  { cls: '10', sql: (n) => ['BEGIN;', `GRANT ALL ON DATABASE ${n.a} TO ${n.ub};`] },
  {
    cls: '10',
    sql: (n) => ['BEGIN;', `GRANT ALL ON DATABASE ${n.a} TO ${n.ub};`, 'ROLLBACK;', 'BEGIN;', `GRANT TEMP ON DATABASE ${n.b} TO ${n.ua};`, 'COMMIT;'],
  },
  { cls: '10', sql: (n) => [`GRANT ALL ON DATABSE ${n.a} TO ${n.ub};`] },
  { cls: '11', sql: (n) => [`ALTER ROLE ${n.ub} SUPERUSER;`] },
  { cls: '12', sql: (n) => [`CREATE USER ${n.t};`, `GRANT ALL ON DATABASE ${n.a} TO ${n.t};`] },
  { cls: '12', sql: (n) => [`CREATE DATABASE ${n.p}other OWNER ${n.ua};`] },
  { cls: '13', sql: (n, pick) => [`GRANT ${pick(['CREATE', 'TEMP', 'TEMPORARY', 'CONNECT, TEMP'])} ON DATABASE ${n.a} TO ${n.ub};`] },
  { cls: '13', sql: (n) => [`GRANT CREATE ON DATABASE ${n.a} TO ${n.ub};`, `REVOKE ALL ON DATABASE ${n.a} FROM ${n.ub};`] },
];

export function generateScenario(id: number, seed: number): Scenario {
  const random = rng(seed * 7919 + id);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const p = `s${id}_`;
  const n: Names = { p, a: `${p}a`, b: `${p}b`, ua: `${p}a_user`, ub: `${p}b_user`, t: `${p}tool_user`, g: `${p}group`, app: `${p}app`, su: `${p}admin` };
  const secret = `Sec${id}x${Math.floor(random() * 1e9)}`;
  const postgresDb = pick([n.app, n.app, n.su]);
  const base = [
    `CREATE ROLE ${n.ua} WITH LOGIN PASSWORD '${secret}';`,
    `CREATE ROLE ${n.ub} WITH LOGIN;`,
    `CREATE DATABASE ${n.a} OWNER ${n.ua};`,
    `CREATE DATABASE ${n.b} OWNER ${n.ub};`,
  ];
  if (random() < 0.75) base.push(`REVOKE ALL ON DATABASE ${n.a} FROM PUBLIC;`, `REVOKE ALL ON DATABASE ${n.b} FROM PUBLIC;`);
  const env: Record<string, string> = {};
  const unknown: string[] = [];
  const classes = new Set<string>();
  const body: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count; k++) {
    const snippet = pick(SNIPPETS);
    classes.add(snippet.cls);
    body.push(...snippet.sql(n, pick));
    if (snippet.env) Object.assign(env, snippet.env(n));
    if (snippet.unknown) unknown.push(...Object.keys(snippet.env?.(n) ?? {}));
  }
  const lines = [...base, ...body];
  const rendering = pick<Scenario['rendering']>(['sql', 'sh-quoted', 'sh-unquoted', 'mixed']);
  const files = render(lines, rendering, random, n, classes);
  return { id, prefix: p, superuser: n.su, postgresDb, files, env, unknownToSvclint: unknown, classes: [...classes].sort(), rendering, secret };
}

/** `.sql`, `.sh` here-documents, or both; plus class 14/15 file-level variations. */
function render(lines: string[], rendering: Scenario['rendering'], random: () => number, n: Names, classes: Set<string>): ScenarioFile[] {
  const psql = () => (random() < 0.5 ? 'psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB"' : '"${psql[@]}"');
  const sh = (sql: string[], quoted: boolean, executable: boolean): string => {
    const command = executable ? 'psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB"' : psql();
    // Unquoted: the shell would expand $ (and replace $$): escape what must reach psql as is.
    const body = quoted ? sql : sql.map((l) => l.replace(/\$/g, '\\$').replace(/`/g, '\\`'));
    const terminator = random() < 0.06 ? 'EOSQL ' : 'EOSQL';
    if (terminator !== 'EOSQL') classes.add('15');
    return [
      '#!/usr/bin/env bash',
      executable && random() < 0.5 ? 'set -e' : '# no set -e',
      `${command} <<${quoted ? "'EOSQL'" : 'EOSQL'}`,
      ...body,
      terminator,
      'echo done',
      '',
    ].join('\n');
  };
  const files: ScenarioFile[] = [];
  const gz = random() < 0.08;
  switch (rendering) {
    case 'sql':
      files.push({ name: '01-init.sql', text: `${lines.join('\n')}\n` });
      break;
    case 'sh-quoted':
    case 'sh-unquoted': {
      const executable = random() < 0.4;
      files.push({ name: '01-init.sh', text: sh(lines, rendering === 'sh-quoted', executable), executable });
      break;
    }
    case 'mixed': {
      const cut = 2 + Math.floor(random() * Math.max(1, lines.length - 2));
      // Debian's bash sorts in en_US.UTF-8: 10-… before 1-…, 01_… before 01-….
      const [first, second] = random() < 0.5 ? ['01_roles.sql', '01-grants.sh'] : ['10-roles.sql', '1-grants.sh'];
      files.push({ name: first, text: `${lines.slice(0, cut).join('\n')}\n` });
      files.push({ name: second, text: sh(lines.slice(cut), random() < 0.5, false) });
      classes.add('14');
      break;
    }
  }
  if (gz && rendering === 'sql') {
    const { gzipSync } = require('node:zlib') as typeof import('node:zlib');
    files[0] = { name: '01-init.sql.gz', text: gzipSync(Buffer.from(files[0]!.text as string)) };
    classes.add('14');
  }
  if (random() < 0.1) {
    // The image matches *.sql case-sensitively: this one never runs.
    files.push({ name: '99-ignored.SQL', text: `GRANT ALL ON DATABASE ${n.a} TO ${n.ub};\n` });
    classes.add('14');
  }
  return files;
}

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
