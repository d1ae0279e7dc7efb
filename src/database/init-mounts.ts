// The init scripts a Postgres container runs: its bind mounts onto /docker-entrypoint-initdb.d (a
// folder, or single files mounted inside it), the files the entrypoint picks from a folder
// (`*.sh`, `*.sql`, `*.sql.gz`, `*.sql.xz`, `*.sql.zst`, in name order, sub-directories not
// entered), each read with the init-script library.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ComposeService } from '../compose/types';
import type { InitMount, InitScriptFile } from './types';
import { initScriptFormat, readInitScript, type ScriptEnv } from './initdb';
import { compareInitFiles, initFileOrder } from './initdb/order';
import { sqlComments } from './initdb/psql-lexer';
import { shellComments } from './initdb/shell';
import { FileCache } from '../files/cache';
import type { Comment } from '../files/comments';
import { readVolume } from './stores';

const INITDB = '/docker-entrypoint-initdb.d';

export function findInitMounts(postgres: ComposeService): InitMount[] {
  const entries = postgres.resolved.volumes;
  if (!Array.isArray(entries)) return [];
  const mounts: InitMount[] = [];
  entries.forEach((entry, i) => {
    const volume = readVolume(postgres, entry, i);
    if (!volume) return;
    const target = volume.target.replace(/\/+$/, '');
    if (target !== INITDB && !target.startsWith(`${INITDB}/`)) return;
    if (volume.kind === 'volume' || volume.key.startsWith('~')) {
      mounts.push({ postgres, loc: volume.loc, source: null, kind: 'volume', files: [], skippedDirs: [] });
      return;
    }
    const source = volume.key;
    let kind: InitMount['kind'];
    try {
      kind = statSync(source).isDirectory() ? 'dir' : 'file';
    } catch {
      kind = 'missing';
    }
    const mount: InitMount = { postgres, loc: volume.loc, source, kind, files: [], skippedDirs: [] };
    if (kind === 'dir') {
      // Mounted at a sub-folder of initdb.d, a folder's files are not run either.
      if (target === INITDB) listFolder(source, mount, initFileOrder(postgres.image));
      else mount.skippedDirs.push(source);
    } else if (kind === 'file' && initScriptFormat(target) !== null) {
      // The entrypoint runs /docker-entrypoint-initdb.d/* only: a file mounted deeper is not run.
      if (path.posix.dirname(target) === INITDB) mount.files.push(source);
      else mount.skippedDirs.push(source);
    }
    mount.target = target;
    mounts.push(mount);
  });
  return mounts;
}

function listFolder(dir: string, mount: InitMount, order: ReturnType<typeof initFileOrder>): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort(compareInitFiles(order));
  } catch {
    return;
  }
  for (const name of names) {
    const abs = path.join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      continue;
    }
    if (isDir) mount.skippedDirs.push(abs);
    else if (initScriptFormat(abs) !== null) mount.files.push(abs);
  }
}

/**
 * Reads every script of the mounts, in the order the entrypoint runs them (by file name across
 * mounts, sorted as the image's bash sorts them). `envOf` gives each Postgres's environment.
 */
export async function readInitScripts(
  mounts: InitMount[],
  envOf: (postgres: ComposeService) => ScriptEnv = () => new Map(),
  cache: FileCache = new FileCache(),
): Promise<InitScriptFile[]> {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  // The image sorts by the name inside the container (a single file can be mounted under another name).
  const nameIn = (entry: { file: string; mount: InitMount }) => (entry.mount.kind === 'file' && entry.mount.target ? entry.mount.target : entry.file);
  files.sort((a, b) => compareInitFiles(initFileOrder(a.mount.postgres.image))(nameIn(a), nameIn(b)));
  const out: InitScriptFile[] = [];
  for (const { file, mount } of files) {
    // Read once, through the run's file cache: the parser, the directives and the keys share it.
    const script = await readInitScript(file, { env: envOf(mount.postgres), files: cache });
    const text = readText(file, cache);
    if (text !== null && text.includes('svclint-')) await readComments(file, text, cache, 'sqlComments' in script ? (script.sqlComments ?? []) : []);
    out.push({ file, text, script, postgres: mount.postgres, mount });
  }
  return out;
}

function readText(abs: string, files: FileCache): string | null {
  if (!abs.toLowerCase().endsWith('.gz')) return files.text(abs);
  const gunzipped = files.gunzip(abs);
  return 'text' in gunzipped ? gunzipped.text : null;
}

/** A script's comments as its own lexer reads them (psql's for SQL, the shell's for .sh): where directives are. */
async function readComments(abs: string, text: string, files: FileCache, heredocComments: readonly Comment[]): Promise<void> {
  const format = initScriptFormat(abs);
  if (format === 'sql' || format === 'sql.gz') {
    files.setComments(
      abs,
      sqlComments(text).map((c) => {
        const before = text.slice(0, c.offset);
        const lineStart = before.lastIndexOf('\n') + 1;
        return { line: before.split('\n').length, column: c.offset - lineStart + 1, body: c.body };
      }),
    );
  } else if (format === 'sh') {
    // Shell comments, and the SQL comments of what it hands to psql (here-documents, -c).
    const comments = await shellComments(abs, text);
    if (comments)
      files.setComments(
        abs,
        [...comments, ...heredocComments].sort((a, b) => a.line - b.line || a.column - b.column),
      );
  }
}
