// Builds real trees in temporary directories from a plain object (no fs mocks).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export interface Symlink {
  symlink: string;
}
export type TreeSpec = { [name: string]: string | Buffer | Symlink | TreeSpec };

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'svclint-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function writeTree(dir: string, spec: TreeSpec): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, value] of Object.entries(spec)) {
    const target = path.join(dir, name);
    if (typeof value === 'string' || Buffer.isBuffer(value)) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, value);
    } else if (isSymlink(value)) {
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(value.symlink, target);
    } else {
      writeTree(target, value);
    }
  }
}

function isSymlink(value: unknown): value is Symlink {
  return typeof value === 'object' && value !== null && 'symlink' in value && typeof (value as Symlink).symlink === 'string';
}

/** A temp directory holding the tree. */
export function makeTree(spec: TreeSpec): string {
  const dir = tempDir();
  writeTree(dir, spec);
  return dir;
}
