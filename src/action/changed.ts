// only-changed: the files a pull request (or push) changed, from `git diff --name-only base...head`
// in the checkout. The engine then decides which findings the change touches (any place of a
// finding in a changed file or folder); the whole tree is always analysed (one stack can break
// another). Whenever the change cannot be known for sure, everything is reported and a notice says why.
import { execFile } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CommitRange {
  base: string;
  head: string;
  /** What the range came from, for messages: `pull request`, `push`, `merge group`. */
  source: string;
}

export type ChangeScope =
  | { kind: 'changed'; range: CommitRange; /** Workspace-relative, `/` separators. */ files: string[] }
  | { kind: 'everything'; /** Why every finding is reported: a sentence for the notice. */ reason: string };

const ZERO_SHA = /^0+$/;
const FETCH_HINT = 'Check out with `fetch-depth: 0` (actions/checkout) so the base commit is there.';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Base and head commits from the event payload, or the reason there are none. */
export function commitRangeFromEvent(eventPath: string | undefined, eventName: string | undefined): CommitRange | { reason: string } {
  const event = eventName || 'this';
  if (!eventPath) return { reason: 'there is no event payload (GITHUB_EVENT_PATH is not set)' };
  let payload: Record<string, unknown> | null;
  try {
    payload = asRecord(JSON.parse(readFileSync(eventPath, 'utf8')));
  } catch (error) {
    return { reason: `the event payload ${eventPath} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const pull = asRecord(payload?.pull_request);
  if (pull) {
    const base = text(asRecord(pull.base)?.sha);
    const head = text(asRecord(pull.head)?.sha);
    if (base && head) return { base, head, source: 'pull request' };
    return { reason: 'the pull_request payload has no base.sha and head.sha' };
  }
  const group = asRecord(payload?.merge_group);
  if (group) {
    const base = text(group.base_sha);
    const head = text(group.head_sha);
    if (base && head) return { base, head, source: 'merge group' };
  }
  const before = text(payload?.before);
  const after = text(payload?.after);
  if (before && after) {
    if (ZERO_SHA.test(before)) return { reason: 'the push created the branch, so there is no earlier commit to compare with' };
    if (ZERO_SHA.test(after)) return { reason: 'the push deleted the branch' };
    return { base: before, head: after, source: 'push' };
  }
  return { reason: `the ${event} event has no base and head commits (only pull_request, push and merge_group events do)` };
}

async function git(repoDir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: repoDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr;
  const message = (stderr && stderr.trim()) || (error as Error).message || String(error);
  return message.split('\n')[0]!.replace(/^fatal:\s*/, '');
}

async function hasCommit(repoDir: string, sha: string): Promise<boolean> {
  try {
    await git(repoDir, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export interface ChangeScopeOptions {
  workspace: string;
  /** A directory inside the checkout (the first linted path): git runs there. */
  repoDir: string;
  eventPath: string | undefined;
  eventName: string | undefined;
  /** Absolute config files in force: when one of them changed, everything is reported. */
  configFiles: readonly string[];
}

/** Files changed by the event's commit range, workspace-relative; or why everything must be reported. */
export async function findChangeScope(options: ChangeScopeOptions): Promise<ChangeScope> {
  const range = commitRangeFromEvent(options.eventPath, options.eventName);
  if ('reason' in range) return { kind: 'everything', reason: `only-changed: ${range.reason}, so every finding is reported.` };

  let toplevel: string;
  try {
    toplevel = (await git(options.repoDir, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    return { kind: 'everything', reason: `only-changed: git cannot read the checkout (${firstLine(error)}), so every finding is reported.` };
  }
  for (const [name, sha] of [
    ['base', range.base],
    ['head', range.head],
  ] as const) {
    if (!(await hasCommit(options.repoDir, sha))) {
      return {
        kind: 'everything',
        reason: `only-changed: the ${range.source}'s ${name} commit ${sha.slice(0, 12)} is not in this checkout (a shallow clone?), so every finding is reported. ${FETCH_HINT}`,
      };
    }
  }
  let output: string;
  try {
    // -z: raw names (no quoting of unusual characters); --no-renames: a move lists the old path too.
    output = await git(options.repoDir, ['diff', '--name-only', '--no-renames', '-z', `${range.base}...${range.head}`, '--']);
  } catch (error) {
    return {
      kind: 'everything',
      reason: `only-changed: git diff ${range.base.slice(0, 12)}...${range.head.slice(0, 12)} failed (${firstLine(error)}), so every finding is reported. ${FETCH_HINT}`,
    };
  }
  // git prints paths relative to the top of the repository; findings are relative to the workspace
  // (the checkout may sit in a subfolder of it, and the linted path may be a subfolder of the checkout).
  const top = realpathOr(toplevel);
  const workspace = realpathOr(options.workspace);
  const files = output
    .split('\0')
    .filter(Boolean)
    .map((file) => toSlash(path.relative(workspace, path.join(top, file))));

  const changed = new Set(files);
  for (const config of options.configFiles) {
    const rel = toSlash(path.relative(workspace, realpathOr(config)));
    if (changed.has(rel)) {
      return { kind: 'everything', reason: `only-changed: the svclint config ${rel} changed, so every finding is reported.` };
    }
  }
  return { kind: 'changed', range, files };
}
