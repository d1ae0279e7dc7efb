// What a path holds on disk, as the journal records it: kind, mode, content hash, link text.
// Nothing here follows symlinks: a bridge is recorded as a link, never as what it points to.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import path from 'node:path';

export type NodeState =
  | { kind: 'absent' }
  | { kind: 'file'; mode: number; size: number; /** sha256 hex; null when unreadable */ hash: string | null }
  | { kind: 'dir'; mode: number }
  | { kind: 'link'; target: string }
  | { kind: 'other'; mode: number };

/** One entry of a folder's manifest: what a moved folder held, to list what changed since. */
export interface ManifestEntry {
  /** Relative to the folder, `/` separators; '' is the folder itself. */
  path: string;
  kind: 'file' | 'dir' | 'link' | 'other';
  mode?: number;
  hash?: string | null;
  target?: string;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function lstatOrNull(abs: string): Stats | null {
  try {
    return lstatSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

export function hashFile(abs: string): string | null {
  try {
    return sha256(readFileSync(abs));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return null;
    throw error;
  }
}

export function stateOf(abs: string): NodeState {
  const stats = lstatOrNull(abs);
  if (!stats) return { kind: 'absent' };
  const mode = stats.mode & 0o7777;
  if (stats.isSymbolicLink()) return { kind: 'link', target: readlinkSync(abs) };
  if (stats.isDirectory()) return { kind: 'dir', mode };
  if (stats.isFile()) return { kind: 'file', mode, size: stats.size, hash: hashFile(abs) };
  return { kind: 'other', mode };
}

/** Every entry below `abs` (itself first), sorted by path; symlinks are recorded, not followed. */
export function manifestOf(abs: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  const walk = (dir: string, rel: string) => {
    const state = stateOf(dir);
    if (state.kind === 'absent') return;
    out.push(toManifestEntry(rel, state));
    if (state.kind !== 'dir') return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EACCES') return; // an unreadable folder moves as a whole
      throw error;
    }
    for (const name of names) walk(path.join(dir, name), rel === '' ? name : `${rel}/${name}`);
  };
  walk(abs, '');
  return out;
}

export function toManifestEntry(rel: string, state: NodeState): ManifestEntry {
  switch (state.kind) {
    case 'file':
      return { path: rel, kind: 'file', mode: state.mode, hash: state.hash };
    case 'dir':
      return { path: rel, kind: 'dir', mode: state.mode };
    case 'link':
      return { path: rel, kind: 'link', target: state.target };
    case 'other':
      return { path: rel, kind: 'other', mode: state.mode };
    default:
      throw new Error(`no manifest entry for an absent path '${rel}'`);
  }
}

/** The paths (relative to the folder) whose entry differs between two manifests: changed, added or removed. */
export function diffManifests(before: ManifestEntry[], after: ManifestEntry[]): string[] {
  const key = (e: ManifestEntry) => JSON.stringify([e.kind, e.mode ?? null, e.hash ?? null, e.target ?? null]);
  const a = new Map(before.map((e) => [e.path, key(e)]));
  const b = new Map(after.map((e) => [e.path, key(e)]));
  const changed = new Set<string>();
  for (const [p, k] of a) if (b.get(p) !== k) changed.add(p);
  for (const p of b.keys()) if (!a.has(p)) changed.add(p);
  return [...changed].sort();
}

export function describeState(state: NodeState): string {
  switch (state.kind) {
    case 'absent':
      return 'absent';
    case 'file':
      return `a file (mode ${state.mode.toString(8)}, sha256 ${state.hash?.slice(0, 12) ?? 'unreadable'})`;
    case 'dir':
      return 'a folder';
    case 'link':
      return `a symlink to '${state.target}'`;
    default:
      return 'a special file';
  }
}
