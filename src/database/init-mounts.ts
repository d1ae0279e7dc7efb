// The init scripts a Postgres container runs: its bind mounts onto /docker-entrypoint-initdb.d (a
// folder, or single files mounted inside it), the files the entrypoint picks from a folder
// (`*.sh`, `*.sql`, `*.sql.gz`, `*.sql.xz`, `*.sql.zst`, in name order, sub-directories not
// entered), each read with the init-script library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ComposeService } from '../compose/types';
import type { InitMount, InitScriptFile } from './types';
import { initScriptFormat, readInitScript } from './initdb';
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
      if (target === INITDB) listFolder(source, mount);
      else mount.skippedDirs.push(source);
    } else if (kind === 'file' && initScriptFormat(target) !== null) {
      mount.files.push(source);
    }
    mounts.push(mount);
  });
  return mounts;
}

function listFolder(dir: string, mount: InitMount): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
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

/** Reads every script of the mounts, in the order the entrypoint runs them (by file name across mounts). */
export async function readInitScripts(mounts: InitMount[]): Promise<InitScriptFile[]> {
  const files = mounts.flatMap((mount) => mount.files.map((file) => ({ file, mount })));
  files.sort((a, b) => {
    const na = path.basename(a.file);
    const nb = path.basename(b.file);
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  const out: InitScriptFile[] = [];
  for (const { file, mount } of files) {
    const script = await readInitScript(file);
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
