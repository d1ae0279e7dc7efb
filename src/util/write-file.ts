// Writing a report or a generated file where the user asked, creating its folders, failing at once
// with the reason. Not `mkdirSync(dir, { recursive: true })`: Node's recursive mkdir loops forever
// (100 % CPU) when a folder exists but a child still cannot be created with ENOENT, as under /proc
// (`-o /proc/x/report.json` hung). Each missing folder is created on its own, so every error is final.
import { closeSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Creates `dir` and its missing parents; throws the first error (never retries). */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const stats = statOrNull(current);
    if (stats) {
      if (!stats.isDirectory()) throw Object.assign(new Error(`${current} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Checks before any work that `file` can be written: creates its folders and opens it for appending
 * (nothing is truncated yet). Returns whether the file was created by the check.
 */
export function checkWritable(file: string): boolean {
  makeDirs(path.dirname(file));
  const existed = statOrNull(file) !== null;
  closeSync(openSync(file, 'a'));
  return !existed;
}

export function writeFileMakingDirs(file: string, text: string): void {
  makeDirs(path.dirname(file));
  writeFileSync(file, text);
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
