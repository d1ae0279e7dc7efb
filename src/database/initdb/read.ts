// Reads one file from /docker-entrypoint-initdb.d the way the Postgres image's entrypoint
// treats it: *.sh is run (we read its psql calls), *.sql is fed to psql, *.sql.gz is gunzipped
// into psql; *.sql.xz and *.sql.zst are run too but cannot be read here; anything else is ignored.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseInitShell } from './shell';
import { emptyScript, oneLine, parseInitSql } from './sql';
import type { InitScript, InitScriptFormat } from './types';

/** The entrypoint's view of a file name. */
export function initScriptFormat(abs: string): InitScriptFormat | 'sql.xz' | 'sql.zst' | null {
  const name = abs.toLowerCase();
  if (name.endsWith('.sql.gz')) return 'sql.gz';
  if (name.endsWith('.sql.xz')) return 'sql.xz';
  if (name.endsWith('.sql.zst')) return 'sql.zst';
  if (name.endsWith('.sql')) return 'sql';
  if (name.endsWith('.sh')) return 'sh';
  return null;
}

/** Reads and parses an init script. Never throws: unreadable files come back with an error at 1:1. */
export async function readInitScript(abs: string): Promise<InitScript> {
  const format = initScriptFormat(abs);
  if (format === null) return { kind: 'ignored', file: abs };
  if (format === 'sql.xz' || format === 'sql.zst') {
    return { kind: 'unsupported', file: abs, format, reason: `.${format} init scripts are run by the image but svclint cannot decompress them; use .sql or .sql.gz` };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    return failed(format, abs, `cannot read the init script: ${describeFsError(error)}`);
  }
  if (format === 'sql.gz') {
    let text: string;
    try {
      text = gunzipSync(bytes).toString('utf8');
    } catch (error) {
      return failed(format, abs, `cannot decompress the init script: ${oneLine(error)}`);
    }
    return parseInitSql(abs, text, 'sql.gz');
  }
  const text = bytes.toString('utf8');
  return format === 'sh' ? parseInitShell(abs, text) : parseInitSql(abs, text, 'sql');
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
