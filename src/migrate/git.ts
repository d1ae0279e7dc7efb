// `--apply` refuses to start on uncommitted work: the migration must be undoable with git too.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { JOURNAL_DIR } from './journal';

export type GitState = { kind: 'not-a-repository' } | { kind: 'no-git' } | { kind: 'clean' } | { kind: 'dirty'; paths: string[] };

/** Uncommitted changes (staged, unstaged, untracked; ignored files do not count) under the given paths. */
export function gitState(cwd: string, paths: string[], scope: string): GitState {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  if (top.error) return { kind: 'no-git' };
  if (top.status !== 0) return { kind: 'not-a-repository' };
  const journal = path.join(scope, JOURNAL_DIR);
  const status = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths, `:(exclude)${journal}`], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (status.status !== 0) return { kind: 'not-a-repository' };
  const changed = status.stdout
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3));
  return changed.length > 0 ? { kind: 'dirty', paths: changed } : { kind: 'clean' };
}
