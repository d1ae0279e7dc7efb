// Reads one file from /docker-entrypoint-initdb.d the way the Postgres image's entrypoint
// treats it: *.sh is run or sourced (we read its psql calls), *.sql is fed to psql, *.sql.gz /
// *.sql.xz / *.sql.zst are decompressed into psql; anything else is ignored. The entrypoint's
// `case` patterns are case-sensitive: `*.SQL` is ignored.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseInitShell } from './shell';
import { emptyScript, oneLine, parseInitSql, type ScriptEnv } from './sql';
import type { InitScript, InitScriptFormat } from './types';
import type { FileCache } from '../../files/cache';

const require = createRequire(import.meta.url);

/** The entrypoint's view of a file name (case-sensitive, as its `case "$f" in *.sh)` is). */
export function initScriptFormat(abs: string): InitScriptFormat | null {
  const name = path.basename(abs);
  if (name.endsWith('.sh')) return 'sh';
  if (name.endsWith('.sql')) return 'sql';
  if (name.endsWith('.sql.gz')) return 'sql.gz';
  if (name.endsWith('.sql.xz')) return 'sql.xz';
  if (name.endsWith('.sql.zst')) return 'sql.zst';
  return null;
}

export interface ReadOptions {
  /** The container's environment as far as svclint knows it (null values: set but unknown). */
  env?: ScriptEnv;
  /** The run's file cache: the script is read (and a .sql.gz decompressed) once. */
  files?: FileCache;
}

/** Reads and parses an init script. Never throws: unreadable files come back with an error at 1:1. */
export async function readInitScript(abs: string, options: ReadOptions = {}): Promise<InitScript> {
  const format = initScriptFormat(abs);
  if (format === null) return { kind: 'ignored', file: abs };
  let bytes: Buffer;
  let executable: boolean;
  try {
    bytes = options.files ? options.files.read(abs) : readFileSync(abs);
    // The entrypoint runs an executable .sh and sources any other (`[ -x "$f" ]`).
    executable = (statSync(abs).mode & 0o111) !== 0;
  } catch (error) {
    return failed(format, abs, `cannot read the init script: ${describeFsError(error)}`);
  }
  if (format === 'sh') return parseInitShell(abs, bytes.toString('utf8'), { env: options.env, executable });
  if (format === 'sql') return parseInitSql(abs, bytes.toString('utf8'), 'sql', options.env);
  const gunzipped = format === 'sql.gz' && options.files ? options.files.gunzip(abs) : null;
  const text = gunzipped ? ('text' in gunzipped ? gunzipped.text : { error: gunzipped.error.replace(/^cannot decompress: /, '') }) : decompress(format, bytes);
  if (text === null) {
    return {
      kind: 'unsupported',
      file: abs,
      format: format as 'sql.xz' | 'sql.zst',
      reason: `the image runs .${format} init scripts, but svclint found no '${format === 'sql.xz' ? 'xz' : 'zstd'}' to decompress it`,
    };
  }
  if (typeof text !== 'string') return failed(format, abs, `cannot decompress the init script: ${text.error}`);
  const script = await parseInitSql(abs, text, 'sql', options.env);
  script.kind = format;
  return script;
}

/** The text of a compressed script; null when no decompressor is available. */
function decompress(format: InitScriptFormat, bytes: Buffer): string | { error: string } | null {
  if (format === 'sql.gz') {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch (error) {
      return { error: oneLine(error) };
    }
  }
  const tool = format === 'sql.xz' ? 'xz' : 'zstd';
  // Loaded here: child_process costs milliseconds at start, and only .xz/.zst scripts need it.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const result = spawnSync(tool, ['-dc'], { input: bytes, maxBuffer: 512 * 1024 * 1024 });
  if (result.error) return null;
  if (result.status !== 0) return { error: `${tool}: ${result.stderr.toString('utf8').split('\n')[0]}` };
  return result.stdout.toString('utf8');
}

function failed(format: InitScriptFormat, abs: string, message: string): InitScript {
  const script = emptyScript(format, abs);
  script.errors.push({ message, loc: { file: abs, line: 1, column: 1 } });
  return script;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return oneLine(error);
}
