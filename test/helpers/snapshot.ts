// A tree byte for byte, read independently of svclint's own code: every entry's kind, mode,
// content hash or link text, empty folders included. Two equal snapshots are identical trees.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { rmSync } from 'node:fs';

export function treeSnapshot(dir: string, skip: readonly string[] = ['.svclint', '.git']): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    const stats = lstatSync(abs);
    const mode = (stats.mode & 0o7777).toString(8);
    if (stats.isSymbolicLink()) out.push(`${rel} link ${readlinkSync(abs)}`);
    else if (stats.isFile()) out.push(`${rel} file ${mode} ${createHash('sha256').update(readFileSync(abs)).digest('hex')}`);
    else if (stats.isDirectory()) {
      out.push(`${rel}/ dir ${mode}`);
      for (const name of readdirSync(abs).sort()) {
        if (rel === '' && skip.includes(name)) continue;
        walk(path.join(abs, name), rel === '' ? name : `${rel}/${name}`);
      }
    } else out.push(`${rel} other`);
  };
  walk(dir, '');
  return out;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary folder on tmpfs when there is one: the journal fsyncs every step, which is what a
 * host needs and what makes hundreds of interrupted runs slow on a disk.
 */
export function fastTempDir(prefix = 'svclint-migrate-'): string {
  const base = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const dir = mkdtempSync(path.join(base, prefix));
  made.push(dir);
  return dir;
}
