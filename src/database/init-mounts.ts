// The init scripts a Postgres container runs: its bind mounts onto /docker-entrypoint-initdb.d (a
// folder, or single files mounted inside it), the files the entrypoint picks from a folder
// (`*.sh`, `*.sql`, `*.sql.gz`, `*.sql.xz`, `*.sql.zst`, in name order, sub-directories not
// entered), each read with the init-script library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ComposeService, InitMount, InitScriptFile } from '../types';
import { initScriptFormat, readInitScript, type ScriptEnv } from './initdb';
import { compareInitFiles, initFileOrder } from './initdb/order';
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
    let kind: InitMount['kind'] = 'missing';
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
    let isDir = false;
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
export async function readInitScripts(mounts: InitMount[], envOf: (postgres: ComposeService) => ScriptEnv = () => new Map()): Promise<InitScriptFile[]> {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  // The image sorts by the name inside the container (a single file can be mounted under another name).
  const nameIn = (entry: { file: string; mount: InitMount }) => (entry.mount.kind === 'file' && entry.mount.target ? entry.mount.target : entry.file);
  files.sort((a, b) => compareInitFiles(initFileOrder(a.mount.postgres.image))(nameIn(a), nameIn(b)));
  const out: InitScriptFile[] = [];
  for (const { file, mount } of files) {
    const script = await readInitScript(file, { env: envOf(mount.postgres) });
    out.push({ file, text: readText(file), script, postgres: mount.postgres, mount });
  }
  return out;
}

function readText(abs: string): string | null {
  try {
    const bytes = readFileSync(abs);
    return abs.toLowerCase().endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  } catch {
    return null;
  }
}
