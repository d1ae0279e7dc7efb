// The differential test of the static init-script model against a real PostgreSQL: generated
// scenarios (test/helpers/initdb-generator.ts, covering the issue's classes 1-15) are run the way
// the official image's entrypoint runs them (POSTGRES_DB first, files in the image's glob order,
// .sh sourced or executed, ON_ERROR_STOP), the catalog is read back (roles, memberships, owners,
// ACLs, has_database_privilege for every pair), and compared with what svclint's replay says.
// Every scenario must agree, or carry an initdb-unevaluated warning. One server for the batch.
import { spawnSync } from 'node:child_process';
import { chownSync, chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRYPOINT, FILE_MARKER } from '../src/database/exec/entrypoint';
import { evaluateInit, readInitScript, type InitScript } from '../src/database/initdb';
import { aclText, type Catalog } from '../src/database/initdb/catalog';
import { compareInitFiles } from '../src/database/initdb/order';
import { generateScenario, type Scenario } from './helpers/initdb-generator';
import { pgSkipReason, serverIds, startServer, type TestServer } from './helpers/postgres';

const SCENARIOS = Number(process.env.SVCLINT_DIFFERENTIAL_SCENARIOS ?? 320);
const SEED = Number(process.env.SVCLINT_DIFFERENTIAL_SEED ?? 13);
/** Scenarios per server (one server start per batch), and how many run at once. */
const BATCH = 40;
const CONCURRENCY = 2;
const skip = pgSkipReason();

interface Facts {
  roles: Record<string, string>;
  members: string[];
  databases: Record<string, string>;
  privileges: string[];
  /** The file the entrypoint stopped in (null: it finished). */
  stoppedIn: string | null;
}

let server: TestServer;
let work: string;
let locale: Record<string, string> = {};

/** en_US.UTF-8 for bash's glob order, as the Debian images have it; generated with localedef when missing. */
function debianLocale(dir: string): Record<string, string> {
  const probe = spawnSync('bash', ['-c', 'locale -a'], { encoding: 'utf8' }).stdout ?? '';
  if (/^en_US\.utf8$/im.test(probe)) return { LC_ALL: 'en_US.UTF-8' };
  mkdirSync(dir, { recursive: true });
  const out = spawnSync('localedef', ['-i', 'en_US', '-f', 'UTF-8', path.join(dir, 'en_US.UTF-8')], { encoding: 'utf8' });
  if (out.status === 0 || out.status === 1) return { LOCPATH: dir, LC_ALL: 'en_US.UTF-8' };
  if (process.env.CI) throw new Error(`CI must check the image's file order: localedef failed (${out.stderr?.trim()}); install the locales package`);
  console.warn('en_US.UTF-8 is not available (no localedef): file order is checked in bytes only');
  return {};
}

beforeAll(() => {
  if (skip) return;
  work = mkdtempSync(path.join(os.tmpdir(), 'svclint-differential-'));
  const ids = serverIds();
  if (ids) chownSync(work, ids.uid, ids.gid);
  locale = debianLocale(path.join(work, 'locale'));
  writeFileSync(path.join(work, 'entrypoint.sh'), ENTRYPOINT, { mode: 0o755 });
  if (ids) chownSync(path.join(work, 'entrypoint.sh'), ids.uid, ids.gid);
}, 120_000);

afterAll(() => {
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs a scenario as the image does; the file it stopped in (null: it finished). */
async function execute(scenario: Scenario): Promise<string | null> {
  const ids = serverIds();
  const dir = path.join(work, `s${scenario.id}`);
  mkdirSync(dir);
  for (const file of scenario.files) {
    writeFileSync(path.join(dir, file.name), file.text);
    chmodSync(path.join(dir, file.name), file.executable ? 0o755 : 0o644);
  }
  if (ids) {
    chownSync(dir, ids.uid, ids.gid);
    for (const file of scenario.files) chownSync(path.join(dir, file.name), ids.uid, ids.gid);
  }
  // The glob is expanded by bash in the image's locale, as `docker_process_init_files /docker-entrypoint-initdb.d/*`.
  const run = await server.runAsync('/bin/bash', ['-c', 'exec bash "$0" "$1"/*', path.join(work, 'entrypoint.sh'), dir], {
    env: { ...locale, ...scenario.env, POSTGRES_USER: scenario.superuser, POSTGRES_DB: scenario.postgresDb, POSTGRES_PASSWORD: 'x' },
    timeout: 120_000,
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status === 0) return null;
  const marks = run.stderr.split('\n').filter((l) => l.startsWith(FILE_MARKER));
  return marks.length > 0 ? path.basename(marks.at(-1)!.slice(FILE_MARKER.length)) : '(before the scripts)';
}

/** The facts the server holds for each scenario prefix, read in one query. */
function truths(prefixes: string[]): Map<string, Omit<Facts, 'stoppedIn'>> {
  const values = prefixes.map((p) => `('${p}')`).join(', ');
  const mine = (col: string) => `left(${col}, length(p.prefix)) = p.prefix`;
  const out = server.psql(`SELECT json_object_agg(p.prefix, json_build_object(
    'roles', (SELECT coalesce(json_object_agg(rolname, concat_ws(',', CASE WHEN rolsuper THEN 'super' END, CASE WHEN rolcanlogin THEN 'login' END, CASE WHEN NOT rolinherit THEN 'noinherit' END)), '{}') FROM pg_roles WHERE ${mine('rolname')}),
    'members', (SELECT coalesce(json_agg(r.rolname || '>' || m.rolname || CASE WHEN a.admin_option THEN ':admin' ELSE '' END ORDER BY 1), '[]') FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE ${mine('r.rolname')} OR ${mine('m.rolname')}),
    'databases', (SELECT coalesce(json_object_agg(datname, pg_get_userbyid(datdba) || ' ' || coalesce((SELECT string_agg(x, ' ' ORDER BY x) FROM unnest(datacl::text[]) x), 'default')), '{}') FROM pg_database WHERE ${mine('datname')}),
    'privileges', (SELECT coalesce(json_agg(r.rolname || '@' || d.datname || ':' || CASE WHEN has_database_privilege(r.rolname, d.datname, 'CREATE') THEN 'C' ELSE '' END || CASE WHEN has_database_privilege(r.rolname, d.datname, 'TEMP') THEN 'T' ELSE '' END || CASE WHEN has_database_privilege(r.rolname, d.datname, 'CONNECT') THEN 'c' ELSE '' END ORDER BY 1), '[]')
      FROM (SELECT rolname FROM pg_roles WHERE ${mine('rolname')} UNION ALL SELECT 'public') r, pg_database d WHERE ${mine('d.datname')})
  )) FROM (VALUES ${values}) AS p(prefix)`).stdout;
  return new Map(Object.entries(JSON.parse(out) as Record<string, Omit<Facts, 'stoppedIn'>>));
}

/** What svclint's static replay says about the same scenario. */
async function replay(scenario: Scenario, dir: string): Promise<{ facts: Facts; unevaluated: string[] }> {
  mkdirSync(dir, { recursive: true });
  const env = new Map<string, string | null>(Object.entries(scenario.env).map(([k, v]) => [k, scenario.unknownToSvclint.includes(k) ? null : v]));
  env.set('POSTGRES_USER', scenario.superuser);
  env.set('POSTGRES_DB', scenario.postgresDb);
  const names = scenario.files.map((f) => f.name).sort(compareInitFiles(locale.LC_ALL ? 'collation' : 'bytes'));
  const scripts: InitScript[] = [];
  for (const name of names) {
    const file = scenario.files.find((f) => f.name === name)!;
    const abs = path.join(dir, name);
    writeFileSync(abs, file.text);
    chmodSync(abs, file.executable ? 0o755 : 0o644);
    scripts.push(await readInitScript(abs, { env }));
  }
  const outcome = evaluateInit(scripts, { superuser: scenario.superuser, defaultDatabase: scenario.postgresDb, version: server.bin.version });
  rmSync(dir, { recursive: true, force: true });
  return {
    facts: { ...staticFacts(outcome.catalog, scenario.prefix), stoppedIn: outcome.stop ? path.basename(outcome.stop.loc.file) : null },
    unevaluated: outcome.unevaluated.map((u) => u.reason),
  };
}

function staticFacts(catalog: Catalog, p: string): Omit<Facts, 'stoppedIn'> {
  const mine = (name: string) => name.startsWith(p);
  const roles: Record<string, string> = {};
  const members: string[] = [];
  for (const role of catalog.roles.values()) {
    if (mine(role.name))
      roles[role.name] = [role.superuser ? 'super' : '', role.login ? 'login' : '', role.inherit ? '' : 'noinherit'].filter(Boolean).join(',');
    for (const [parent, m] of role.memberOf) if (mine(role.name) || mine(parent)) members.push(`${parent}>${role.name}${m.admin ? ':admin' : ''}`);
  }
  const databases: Record<string, string> = {};
  const privileges: string[] = [];
  const roleNames = [...catalog.roles.keys()].filter(mine);
  for (const db of catalog.databases.values()) {
    if (!mine(db.name)) continue;
    const acl = aclText(catalog, db);
    databases[db.name] = `${db.owner} ${acl ? acl.join(' ') : 'default'}`;
    for (const role of [...roleNames, 'public']) {
      const set = role === 'public' ? catalog.publicPrivileges(db.name) : catalog.privilegesOn(role, db.name);
      privileges.push(`${role}@${db.name}:${set.has('create') ? 'C' : ''}${set.has('temp') ? 'T' : ''}${set.has('connect') ? 'c' : ''}`);
    }
  }
  return { roles, members: members.sort(), databases, privileges: privileges.sort() };
}

/** Facts in one canonical order (object keys, lists, ACL items). */
function sortFacts(facts: Facts): Facts {
  const byKey = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const databases = byKey(
    Object.fromEntries(Object.entries(facts.databases).map(([k, v]) => [k, v.split(' ').slice(0, 1).concat(v.split(' ').slice(1).sort()).join(' ')])),
  );
  return { roles: byKey(facts.roles), members: [...facts.members].sort(), databases, privileges: [...facts.privileges].sort(), stoppedIn: facts.stoppedIn };
}

describe.skipIf(skip !== null)('differential: the static model against a real PostgreSQL', () => {
  it(`agrees on ${SCENARIOS} generated scenarios, or says it cannot evaluate them`, async () => {
    const tally = { agree: 0, warned: 0, disagree: 0, withError: 0, errorAgree: 0 };
    const timing = { exec: 0, replay: 0 };
    const classes = new Map<string, number>();
    const renderings = new Map<string, number>();
    const failures: string[] = [];
    for (let first = 1; first <= SCENARIOS; first += BATCH) {
      // A fresh server per batch: databases of earlier batches go with their data folder.
      server?.stop();
      server = startServer();
      const batch = Array.from({ length: Math.min(BATCH, SCENARIOS - first + 1) }, (_, k) => generateScenario(first + k, SEED));
      server.psql(batch.map((s) => `CREATE ROLE ${s.superuser} SUPERUSER LOGIN;`).join('\n'));
      const t0 = performance.now();
      const stopped = new Map<number, string | null>();
      const queue = [...batch];
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) stopped.set(next.id, await execute(next));
        }),
      );
      const real = truths(batch.map((s) => s.prefix));
      timing.exec += performance.now() - t0;
      for (const scenario of batch) {
        const id = scenario.id;
        for (const c of scenario.classes) classes.set(c, (classes.get(c) ?? 0) + 1);
        renderings.set(scenario.rendering, (renderings.get(scenario.rendering) ?? 0) + 1);
        const truth = sortFacts({ ...real.get(scenario.prefix)!, stoppedIn: stopped.get(id) ?? null });
        const t1 = performance.now();
        const { facts, unevaluated } = await replay(scenario, path.join(work, `static-${id}`));
        timing.replay += performance.now() - t1;
        const same = JSON.stringify(sortFacts(facts)) === JSON.stringify(truth);
        if (truth.stoppedIn) tally.withError++;
        if (truth.stoppedIn && same) tally.errorAgree++;
        if (same) tally.agree++;
        else if (unevaluated.length > 0) tally.warned++;
        else {
          tally.disagree++;
          if (failures.length < 5) {
            const texts = scenario.files
              .map((f) => `--- ${f.name}${f.executable ? ' (+x)' : ''}\n${typeof f.text === 'string' ? f.text : '(gzip)'}`)
              .join('\n');
            failures.push(
              `scenario ${id} (${scenario.rendering}, classes ${scenario.classes.join(',')}, POSTGRES_DB ${scenario.postgresDb}):\n${texts}\nreal:   ${JSON.stringify(truth)}\nstatic: ${JSON.stringify(sortFacts(facts))}`,
            );
          }
        }
      }
    }
    console.log(
      `differential: ${SCENARIOS} scenarios (seed ${SEED}): ${tally.agree} agree, ${tally.warned} carry initdb-unevaluated, ${tally.disagree} disagree; ` +
        `${tally.withError} stop at an error (${tally.errorAgree} of them agree); classes ${[...classes]
          .sort((a, b) => Number(a[0]) - Number(b[0]))
          .map(([c, k]) => `${c}:${k}`)
          .join(' ')}; renderings ${[...renderings].map(([r, k]) => `${r}:${k}`).join(' ')}; ` +
        `${Math.round(timing.exec / SCENARIOS)} ms per scenario on the server, ${Math.round(timing.replay / SCENARIOS)} ms replayed`,
    );
    expect(failures.join('\n\n')).toBe('');
    expect(tally.disagree).toBe(0);
    // The generator covers every class of the issue.
    for (let c = 1; c <= 15; c++) expect(classes.get(String(c)) ?? 0, `class ${c}`).toBeGreaterThan(0);
  }, 900_000);
});
