// A throwaway PostgreSQL for --initdb-exec: local server binaries (PG_BIN, PATH, or Debian's
// /usr/lib/postgresql/N/bin), a data folder in a temp directory, a Unix socket in it and no TCP.
// A watchdog shell owns the server: it stops it and removes the folder as soon as svclint closes
// its stdin, which also happens when svclint exits, crashes or is interrupted (Ctrl-C), since the
// pipe closes with the process. The watchdog runs in its own process group, so Ctrl-C in the
// terminal does not kill it before it has cleaned up.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../errors';

export interface PgBinaries {
  /** The folder holding initdb, postgres and psql. */
  bin: string;
  /** Major version of the local server. */
  version: number;
  /** The full version string (`postgres (PostgreSQL) 15.13 …`). */
  versionText: string;
}

/** The OS user the server runs as when svclint runs as root (initdb refuses root). */
export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

const TOOLS = ['initdb', 'postgres', 'psql'];

/** Finds local server binaries: PG_BIN, then PATH, then Debian's /usr/lib/postgresql/<newest>/bin. */
export function findBinaries(env: NodeJS.ProcessEnv): PgBinaries {
  const candidates: string[] = [];
  if (env.PG_BIN) candidates.push(env.PG_BIN);
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const initdb = path.join(dir, 'initdb');
    if (existsSync(initdb)) candidates.push(path.dirname(realpathSync(initdb)));
  }
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  } catch {
    // not a Debian layout
  }
  for (const bin of candidates) {
    if (!TOOLS.every((tool) => existsSync(path.join(bin, tool)))) {
      if (env.PG_BIN && bin === env.PG_BIN) throw new UsageError(`--initdb-exec: PG_BIN=${bin} does not hold ${TOOLS.join(', ')}`);
      continue;
    }
    const out = spawnSync(path.join(bin, 'postgres'), ['--version'], { encoding: 'utf8' });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out.stdout ?? '');
    if (match) return { bin, version: Number(match[1]), versionText: out.stdout.trim() };
  }
  throw new UsageError(
    '--initdb-exec: no local PostgreSQL server found (install the postgresql package, or set PG_BIN to the folder holding initdb, postgres and psql)',
  );
}

/** Root cannot run initdb: use the `postgres` OS user. */
export function serverUser(): RunAs | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0)
    throw new UsageError("--initdb-exec: svclint runs as root, and PostgreSQL refuses to; create a 'postgres' OS user (or run svclint as another user)");
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name: 'postgres' };
}

// A non-interactive shell starts background jobs with SIGINT and SIGQUIT ignored; postgres
// installs its own handlers, but a Ctrl-C right after the start would be lost: `env
// --default-signal` gives it the default action until then. A stop that does not finish in 10 s
// ends with SIGKILL.
const WATCHDOG = `
trap '' INT HUP
if env --default-signal=INT true 2>/dev/null; then defaults='env --default-signal=INT,QUIT'; else defaults=''; fi
$defaults "$PG_BIN/postgres" -D "$DIR/data" -k "$DIR/sock" -p 5432 \\
  -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off \\
  -c unix_socket_permissions=0700 >"$DIR/server.log" 2>&1 &
pid=$!
echo "$pid" >"$DIR/server.pid"
cat >/dev/null
kill -INT "$pid" 2>/dev/null
( sleep 10; kill -KILL "$pid" 2>/dev/null ) &
killer=$!
wait "$pid" 2>/dev/null
kill "$killer" 2>/dev/null
rm -rf "$DIR"
`;

export class ThrowawayServer {
  private constructor(
    readonly dir: string,
    readonly binaries: PgBinaries,
    readonly superuser: string,
    readonly runAs: RunAs | null,
    private readonly watchdog: ChildProcess,
  ) {}

  get socketDir(): string {
    return path.join(this.dir, 'sock');
  }

  /** initdb + start, ready for connections on the socket. */
  static async start(binaries: PgBinaries, superuser: string, runAs: RunAs | null): Promise<ThrowawayServer> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'svclint-initdb-'));
    const ids = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
    try {
      if (runAs) chownSync(dir, runAs.uid, runAs.gid);
      const init = spawnSync(
        path.join(binaries.bin, 'initdb'),
        ['-D', path.join(dir, 'data'), '-U', superuser, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
        { ...ids, encoding: 'utf8', cwd: dir },
      );
      if (init.status !== 0) throw new Error(`initdb failed: ${(init.stderr || init.stdout || '').trim().split('\n').at(-1)}`);
      spawnSync('mkdir', ['-p', path.join(dir, 'sock')], { ...ids });
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const watchdog = spawn('/bin/sh', ['-c', WATCHDOG], {
      ...ids,
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PG_BIN: binaries.bin, DIR: dir },
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: true,
    });
    const server = new ThrowawayServer(dir, binaries, superuser, runAs, watchdog);
    await server.waitReady();
    return server;
  }

  /** Waits until postmaster.pid says the server accepts connections. */
  private async waitReady(): Promise<void> {
    const pidFile = path.join(this.dir, 'data', 'postmaster.pid');
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      try {
        const lines = readFileSync(pidFile, 'utf8').split('\n');
        if (lines[7]?.trim() === 'ready') return;
      } catch {
        // not written yet
      }
      if (this.watchdog.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    let log = '';
    try {
      log = readFileSync(path.join(this.dir, 'server.log'), 'utf8').trim().split('\n').at(-1) ?? '';
    } catch {
      // no log
    }
    await this.stop();
    throw new Error(`the throwaway PostgreSQL did not start${log ? `: ${log}` : ''}`);
  }

  /** Runs a program as the server's user with the server's connection settings. */
  run(file: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; input?: string } = {}) {
    return spawnSync(file, args, {
      ...(this.runAs ? { uid: this.runAs.uid, gid: this.runAs.gid } : {}),
      cwd: options.cwd ?? this.dir,
      env: { PATH: `${this.binaries.bin}:/usr/bin:/bin`, PGHOST: this.socketDir, PGPORT: '5432', HOME: this.dir, LC_ALL: 'C.UTF-8', ...options.env },
      encoding: 'utf8',
      input: options.input,
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });
  }

  /** Runs one query as the bootstrap superuser; its output. */
  query(sql: string, database = 'postgres'): string {
    const out = this.run(path.join(this.binaries.bin, 'psql'), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-U', this.superuser, '-d', database], {
      input: sql,
      timeoutMs: 60_000,
    });
    if (out.status !== 0) throw new Error(`catalog query failed: ${(out.stderr || '').trim().split('\n')[0]}`);
    return out.stdout;
  }

  /** Stops the server and removes its folder (the watchdog does both once its stdin closes). */
  async stop(): Promise<void> {
    const watchdog = this.watchdog;
    if (watchdog.exitCode === null && watchdog.signalCode === null) {
      const exited = new Promise<void>((resolve) => watchdog.once('exit', () => resolve()));
      watchdog.stdin?.end();
      const timer = setTimeout(() => watchdog.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    // In case the watchdog could not remove it (killed): best effort.
    rmSync(this.dir, { recursive: true, force: true });
  }
}
