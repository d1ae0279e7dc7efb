// What a change touches (`--changed-since REF`, the Action's `only-changed`). The whole tree is
// always analysed, because one stack can break another; the change decides three things:
// two-sided rules blame the changed side, a finding whose places include a changed file or
// folder belongs to the change (and is moved onto its changed place), and nothing else is reported.
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import type { ChangeSet } from '../api/types';
import type { LintResult, RawFinding } from './types';

const require = createRequire(import.meta.url);

/** A change set over absolute paths. */
export function makeChangeSet(files: readonly string[]): ChangeSet {
  const changed = new Set(files);
  const holders = new Set<string>();
  for (const file of files) {
    for (let dir = path.dirname(file); !holders.has(dir); dir = path.dirname(dir)) {
      holders.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  }
  return {
    files,
    touches(abs: string): boolean {
      if (changed.has(abs) || holders.has(abs)) return true;
      // Inside a changed path (a folder deleted or replaced by a file).
      for (let dir = path.dirname(abs); dir !== path.dirname(dir); dir = path.dirname(dir)) if (changed.has(dir)) return true;
      return false;
    },
  };
}

/** Whether any place of a finding (its own, or a related one) is in the change. */
export function belongsToChange(finding: RawFinding, changes: ChangeSet): boolean {
  return changes.touches(finding.path) || (finding.related ?? []).some((r) => changes.touches(r.path));
}

/**
 * A finding whose own place is not in the change but a related one is, moved onto that place: the
 * annotation lands on the diff, and the old place becomes a related one. Two-sided rules blame the
 * changed side themselves; this places merged findings (a catch-all and a service moved into it).
 */
export function placeOnChangedSide(finding: RawFinding, changes: ChangeSet): RawFinding {
  if (changes.touches(finding.path)) return finding;
  const related = finding.related ?? [];
  // A file position in the change beats a folder in it.
  const index = [...related.keys()]
    .filter((i) => changes.touches(related[i]!.path))
    .sort((a, b) => (related[a]!.line === null ? 1 : 0) - (related[b]!.line === null ? 1 : 0) || a - b)[0];
  if (index === undefined) return finding;
  const place = related[index]!;
  const rest = related.filter((_, i) => i !== index);
  return {
    ...finding,
    path: place.path,
    line: place.line,
    column: place.column,
    related: [{ path: finding.path, line: finding.line, column: finding.column, message: finding.message }, ...rest],
  };
}

/**
 * A file or folder argument inside a tree: the whole host was analysed, only the findings with a
 * place (own or related) in that part are reported; counts follow.
 */
export function keepPart(result: LintResult, part: readonly string[], cwd: string): LintResult {
  const set = makeChangeSet(part.map((p) => path.resolve(cwd, p)));
  const inside = (p: { path: string }) => {
    const abs = path.resolve(cwd, p.path);
    return set.touches(abs) || part.some((q) => abs === q || abs.startsWith(`${q}${path.sep}`));
  };
  const findings = result.findings.filter((f) => [f, ...(f.related ?? [])].some(inside));
  return {
    ...result,
    findings,
    summary: {
      ...result.summary,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
  };
}

function git(cwd: string, args: string[]): string {
  // Loaded here: child_process costs milliseconds at start, and only --changed-since needs git.
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function gitError(error: unknown): string {
  const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
  return (stderr || (error as Error).message || String(error)).split('\n')[0]!.replace(/^fatal:\s*/, '');
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Files changed since REF, as absolute paths under `cwd`'s spelling: committed since the merge
 * base of REF and HEAD, staged, unstaged and untracked (not ignored) files, deletions included.
 * For a pre-commit hook or a branch: `--changed-since origin/main`.
 */
export function changedSince(ref: string, dir: string, cwd: string): string[] {
  let toplevel: string;
  try {
    toplevel = git(dir, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    throw new UsageError(`--changed-since: ${path.relative(cwd, dir) || '.'} is not in a git repository (${gitError(error)})`);
  }
  try {
    git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed-since: unknown revision '${ref}' (a branch, tag or commit of this repository)`);
  }
  let base = ref;
  try {
    base = git(dir, ['merge-base', ref, 'HEAD']).trim() || ref;
  } catch {
    // No common history (or no HEAD yet): compare with REF itself.
  }
  let names: string[];
  try {
    // -z: raw names; --no-renames: a move lists its old path too.
    const tracked = git(dir, ['diff', '--name-only', '--no-renames', '-z', base, '--']);
    const untracked = git(dir, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ':/']);
    names = [...tracked.split('\0'), ...untracked.split('\0')].filter(Boolean);
  } catch (error) {
    throw new UsageError(`--changed-since: git cannot list the changes since '${ref}' (${gitError(error)})`);
  }
  // git names paths from the top of the repository; findings use the working directory's spelling
  // (which may go through a symlink), so map through real paths.
  const top = realpathOr(toplevel);
  const realCwd = realpathOr(cwd);
  return [...new Set(names)].map((name) => path.join(cwd, path.relative(realCwd, path.join(top, name))));
}
