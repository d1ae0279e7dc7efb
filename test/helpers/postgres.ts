// A real PostgreSQL for tests, started here with initdb/pg_ctl (not with svclint's own code, so
// it can serve as an oracle): a temp folder, a Unix socket, no TCP. As root, the server runs as
// the `postgres` OS user. When the binaries are missing the tests fail in CI (.ci/run installs
// Debian's postgresql) and are skipped elsewhere, with the reason printed.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PgBin {
  bin: string;
  version: number;
}

/** PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin. */
export function findPgBin(): PgBin | null {
  const dirs = process.env.PG_BIN ? [process.env.PG_BIN] : [];
  try {
    dirs.push(
      ...readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`),
    );
  } catch {
    // not Debian
  }
  for (const bin of dirs) {
    if (!['initdb', 'pg_ctl', 'postgres', 'psql'].every((t) => existsSync(path.join(bin, t)))) continue;
    const out = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    const version = /\(PostgreSQL\)\s+(\d+)/.exec(out.stdout ?? '')?.[1];
    if (version) return { bin, version: Number(version) };
  }
  return null;
}

/**
 * The reason to skip server tests, or null to run them. In CI a missing server is a failure,
 * never a silent pass: the returned reason is then thrown by `requirePgOrSkip`.
 */
export function pgSkipReason(): string | null {
  if (findPgBin()) return null;
  const reason = 'no PostgreSQL server binaries (set PG_BIN or install the postgresql package; .ci/run installs it)';
  if (process.env.CI) throw new Error(`CI must run the PostgreSQL tests: ${reason}`);
  console.warn(`skipping PostgreSQL tests: ${reason}`);
  return reason;
}

/** The OS user the server runs as (root cannot run it). */
export function serverIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid, gid };
}

export interface TestServer {
  dir: string;
  socket: string;
  bin: PgBin;
  superuser: string;
  /** psql as the superuser (or `user`), stdin = sql; throws on error unless allowed. */
  psql(sql: string, options?: { database?: string; user?: string; allowError?: boolean; args?: string[] }): SpawnSyncReturns<string>;
  /** Runs a program as the server's OS user with PGHOST set. */
  run(file: string, args: string[], options?: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; timeout?: number }): SpawnSyncReturns<string>;
  /** The same, without blocking (several scenarios run at once). */
  runAsync(
    file: string,
    args: string[],
    options?: { env?: NodeJS.ProcessEnv; timeout?: number },
  ): Promise<{ status: number | null; stdout: string; stderr: string }>;
  stop(): void;
}

export function startServer(options: { superuser?: string; password?: string } = {}): TestServer {
  const bin = findPgBin();
  if (!bin) throw new Error('no PostgreSQL binaries');
  const ids = serverIds();
  const superuser = options.superuser ?? 'postgres';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svclint-test-pg-'));
  const socket = path.join(dir, 'sock');
  mkdirSync(socket);
  const as = ids ?? {};
  if (ids) {
    chownSync(dir, ids.uid, ids.gid);
    chownSync(socket, ids.uid, ids.gid);
  }
  const initArgs = ['-D', path.join(dir, 'data'), '-U', superuser, '-E', 'UTF8', '--locale=C', '--no-sync'];
  if (options.password) {
    const pwfile = path.join(dir, 'pw');
    writeFileSync(pwfile, `${options.password}\n`);
    if (ids) chownSync(pwfile, ids.uid, ids.gid);
    initArgs.push('-A', 'scram-sha-256', `--pwfile=${pwfile}`);
  } else initArgs.push('-A', 'trust');
  const init = spawnSync(path.join(bin.bin, 'initdb'), initArgs, { ...as, encoding: 'utf8', cwd: dir });
  if (init.status !== 0) throw new Error(`initdb: ${init.stderr}`);
  const start = spawnSync(
    path.join(bin.bin, 'pg_ctl'),
    [
      '-D',
      path.join(dir, 'data'),
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-o',
      `-k ${socket} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ],
    { ...as, encoding: 'utf8', cwd: dir },
  );
  if (start.status !== 0) throw new Error(`pg_ctl start: ${start.stderr}${start.stdout}`);
  const env = (extra: NodeJS.ProcessEnv = {}) => ({
    PATH: `${bin.bin}:/usr/bin:/bin`,
    PGHOST: socket,
    HOME: dir,
    LC_ALL: 'C.UTF-8',
    ...(options.password ? { PGPASSWORD: options.password } : {}),
    ...extra,
  });
  const run: TestServer['run'] = (file, args, o = {}) =>
    spawnSync(file, args, {
      ...as,
      cwd: o.cwd ?? dir,
      env: env(o.env),
      encoding: 'utf8',
      input: o.input,
      timeout: o.timeout ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  const runAsync: TestServer['runAsync'] = (file, args, o = {}) =>
    new Promise((resolve) => {
      const child = spawn(file, args, { ...as, cwd: dir, env: env(o.env), stdio: ['ignore', 'pipe', 'pipe'], timeout: o.timeout ?? 120_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  return {
    dir,
    socket,
    bin,
    superuser,
    run,
    runAsync,
    psql(sql, o = {}) {
      const out = run(
        path.join(bin.bin, 'psql'),
        ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-U', o.user ?? superuser, '-d', o.database ?? 'postgres', ...(o.args ?? [])],
        { input: sql },
      );
      if (out.status !== 0 && !o.allowError) throw new Error(`psql: ${out.stderr}`);
      return out;
    },
    stop() {
      spawnSync(path.join(bin.bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop'], { ...as, encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
