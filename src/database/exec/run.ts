// --initdb-exec: run the shared Postgres's init scripts for real, the way the official image
// does, in a throwaway server, and read the catalog they leave. Every variable the scripts read
// gets a value: the compose file's own for names that are not secrets, a generated dummy for the
// rest (never a real secret). A failing script becomes the stop error at its file and line, with
// the server's message (one line, no statement text: it could hold a secret).
import { chmodSync, chownSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { attachProvenance, catalogFromJson, catalogQuery, EXTENSIONS_QUERY } from '../catalog-query';
import type { Catalog } from '../initdb/catalog';
import { safeMessage } from '../initdb/messages';
import type { InitProblem, InitScript, ParsedInitScript, SourceLoc } from '../initdb/types';
import { ENTRYPOINT, FILE_MARKER, PSQL_MARKER, psqlShim } from './entrypoint';
import { findBinaries, serverUser, ThrowawayServer } from './server';

export interface ExecInput {
  /** Init files in the order the image runs them, with the name each has inside the container. */
  files: { file: string; name: string; script: InitScript; text?: string | null }[];
  /** The environment the static model used (known values; null = unknown or secret). */
  env: ReadonlyMap<string, string | null>;
  /** The catalog the static replay produced: where each fact was made. */
  replayed: Catalog;
  /** Where findings go when no statement can be named (the init mount). */
  fallback: SourceLoc | null;
  processEnv: NodeJS.ProcessEnv;
}

export interface ExecResult {
  catalog: Catalog;
  stop: InitProblem | null;
  /** The local server's major version and how long the run took. */
  serverVersion: number;
  millis: number;
}

/** Names an init script may read from its environment. */
const SHELL_NAME = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
const GETENV = /\\getenv\s+\S+\s+([A-Za-z_][A-Za-z0-9_]*)/g;
/** Set by svclint for the run itself: never given a dummy. */
const RESERVED = new Set([
  'PATH',
  'HOME',
  'PGHOST',
  'PGPORT',
  'PGDATA',
  'PGHOSTADDR',
  'LANG',
  'LC_ALL',
  'PWD',
  'SHELL',
  'USER',
  'IFS',
  'OLDPWD',
  'SHLVL',
  'PPID',
  'RANDOM',
  'LINENO',
  'BASH_SOURCE',
  'FUNCNAME',
]);

/** The variables the run gets: compose values that are no secrets, dummies for everything else. */
export function runEnvironment(input: Pick<ExecInput, 'files' | 'env'>): Record<string, string> {
  const names = new Set<string>(input.env.keys());
  for (const entry of input.files) {
    // The text the model read (the run's file cache); read here only for callers without it.
    let text = entry.text;
    if (text === undefined) {
      try {
        text = readFileSync(entry.file, 'utf8');
      } catch {
        continue;
      }
    }
    if (text === null) continue;
    for (const m of text.matchAll(SHELL_NAME)) names.add(m[1]!);
    for (const m of text.matchAll(GETENV)) names.add(m[1]!);
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    if (RESERVED.has(name) || /^[0-9]/.test(name)) continue;
    const known = input.env.get(name);
    out[name] = known ?? dummy(name);
  }
  out.POSTGRES_USER = input.env.get('POSTGRES_USER') ?? 'postgres';
  out.POSTGRES_DB = input.env.get('POSTGRES_DB') ?? out.POSTGRES_USER;
  out.POSTGRES_PASSWORD = dummy('POSTGRES_PASSWORD');
  out.PGPASSWORD = out.POSTGRES_PASSWORD;
  return out;
}

/** A database name as a \\connect argument (single-quoted: psql's own quoting). */
function quoteConnect(name: string): string {
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A value that is a valid name, a valid password, and obviously not a real one. */
function dummy(name: string): string {
  return `svclint_dummy_${name.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`;
}

export async function executeInit(input: ExecInput): Promise<ExecResult> {
  const started = performance.now();
  const binaries = findBinaries(input.processEnv);
  const runAs = serverUser();
  const env = runEnvironment(input);
  const server = await ThrowawayServer.start(binaries, env.POSTGRES_USER!, runAs);
  try {
    // The mounted folder, as the container sees it: same names, same modes.
    const initDir = path.join(server.dir, 'initdb.d');
    const shimDir = path.join(server.dir, 'shim');
    // Everything in the server's folder belongs to the server's user from the moment it exists:
    // on Ctrl-C the watchdog (that user) removes the folder, and a root-owned entry would stay in /tmp.
    const own = (p: string) => {
      if (runAs) chownSync(p, runAs.uid, runAs.gid);
    };
    mkdirSync(initDir);
    own(initDir);
    mkdirSync(shimDir);
    own(shimDir);
    const byPath = new Map<string, { file: string; script: InitScript }>();
    for (const { file, name, script } of input.files) {
      const copy = path.join(initDir, name);
      copyFileSync(file, copy);
      own(copy);
      chmodSync(copy, statSync(file).mode & 0o777);
      byPath.set(copy, { file, script });
    }
    writeFileSync(path.join(server.dir, 'entrypoint.sh'), ENTRYPOINT, { mode: 0o755 });
    own(path.join(server.dir, 'entrypoint.sh'));
    writeFileSync(path.join(shimDir, 'psql'), psqlShim(path.join(binaries.bin, 'psql')), { mode: 0o755 });
    own(path.join(shimDir, 'psql'));
    const out = server.run('/bin/bash', [path.join(server.dir, 'entrypoint.sh'), ...byPath.keys()], {
      env: { ...env, PATH: `${shimDir}:${binaries.bin}:/usr/local/bin:/usr/bin:/bin`, PGDATA: path.join(server.dir, 'data'), TMPDIR: server.dir },
      timeoutMs: Number(input.processEnv.SVCLINT_INITDB_TIMEOUT ?? 120) * 1000,
    });
    let stop: InitProblem | null = null;
    if (out.error || out.status !== 0)
      stop = locateFailure(`${out.stderr ?? ''}`, byPath, out.error ? 'the init scripts did not finish in time' : null, input.fallback);
    const catalog = catalogFromJson(JSON.parse(server.query(catalogQuery(binaries.version * 10000))));
    // Extensions live in each database: one psql, \connect-ing to each in turn.
    const databases = [...catalog.databases.values()].filter((db) => db.allowConnections && !(db.builtin && db.name !== 'postgres'));
    const script = databases.map((db) => `\\connect ${quoteConnect(db.name)}\n${EXTENSIONS_QUERY};\n`).join('');
    const lines = server
      .query(script)
      .split('\n')
      .filter((l) => l.startsWith('['));
    databases.forEach((db, i) => {
      const names = lines[i] ? (JSON.parse(lines[i]!) as string[]) : [];
      db.extensions = names.filter((n) => n !== 'plpgsql').map((name) => ({ name, loc: input.fallback ?? { file: '', line: 1, column: 1 } }));
    });
    attachProvenance(catalog, input.replayed, input.fallback);
    return { catalog, stop, serverVersion: binaries.version, millis: performance.now() - started };
  } finally {
    await server.stop();
  }
}

/**
 * The error that stopped the run, at its file and line. psql says `psql:FILE:LINE: ERROR:  msg`
 * for a file and `psql:<stdin>:LINE:` for a here-document or a pipe; bash says `FILE: line N:`.
 * A line in a here-document is counted from the psql call's first SQL line, which the static
 * reader knows (the n-th psql call of the script).
 */
export function locateFailure(
  stderr: string,
  files: ReadonlyMap<string, { file: string; script: InitScript }>,
  timeout: string | null,
  fallback: SourceLoc | null,
): InitProblem {
  let current: { file: string; script: InitScript } | null = null;
  let call = -1;
  let last: InitProblem | null = null;
  for (const line of stderr.split('\n')) {
    if (line.startsWith(FILE_MARKER)) {
      current = files.get(line.slice(FILE_MARKER.length)) ?? null;
      call = -1;
      continue;
    }
    if (line === PSQL_MARKER) {
      call++;
      continue;
    }
    const psql = /^psql:(.*?):(\d+): (?:ERROR|FATAL|error):\s+(.*)$/.exec(line);
    const psqlNoLine = /^psql: (?:error: )?(.*)$/.exec(line);
    const plain = /^(?:ERROR|FATAL):\s+(.*)$/.exec(line);
    const bash = /^(.*?): line (\d+): (.*)$/.exec(line);
    if (psql && current) {
      last = { loc: psqlLoc(current, psql[1]!, Number(psql[2]), call), message: clean(psql[3]!) };
    } else if (bash && current && files.has(bash[1]!)) {
      last = { loc: { file: current.file, line: Number(bash[2]), column: 1 }, message: clean(bash[3]!) };
    } else if ((plain || psqlNoLine) && current) {
      last = { loc: runLoc(current, call), message: clean((plain ?? psqlNoLine)![1]!) };
    }
  }
  if (timeout) return { loc: last?.loc ?? fallback ?? { file: '', line: 1, column: 1 }, message: timeout };
  return last ?? { loc: fallback ?? { file: '', line: 1, column: 1 }, message: 'the init scripts failed (the entrypoint exited with an error)' };
}

function clean(message: string): string {
  // Never the statement text (LINE 1: … / DETAIL), never a quoted token that could be a secret.
  return safeMessage(message.replace(/^ERROR:\s+/, ''), '');
}

function psqlLoc(current: { file: string; script: InitScript }, source: string, line: number, call: number): SourceLoc {
  const script = current.script as ParsedInitScript;
  // A .sql file, or the decompressed text of .sql.gz/.xz/.zst (positions are in that text too).
  if (script.kind !== 'sh') return statementAt(script, current.file, line);
  void source;
  const run = script.runs?.[call];
  if (!run) return { file: current.file, line: 1, column: 1 };
  // A here-document starts on the line after the psql call.
  return statementAt(script, current.file, run.loc.line + line);
}

function runLoc(current: { file: string; script: InitScript }, call: number): SourceLoc {
  const script = current.script as ParsedInitScript;
  const run = script.kind === 'sh' ? script.runs?.[call] : null;
  return run?.loc ?? { file: current.file, line: 1, column: 1 };
}

/** The statement of the script that ends at (or contains) `line`: psql counts the line where it sent it. */
function statementAt(script: ParsedInitScript, file: string, line: number): SourceLoc {
  const candidates = [...(script.statements ?? []), ...(script.errors ?? [])].map((s) => s.loc).filter((loc) => loc.file === file && loc.line <= line);
  candidates.sort((a, b) => a.line - b.line || a.column - b.column);
  const best = candidates.at(-1);
  return best && line - best.line < 200 ? best : { file, line, column: 1 };
}
