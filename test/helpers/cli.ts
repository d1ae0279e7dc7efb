// Runs the built CLI as a real child process.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanAction } from '../../src/plan/types';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The package's bin: the loader that runs dist/cli-main.js with a V8 code cache. */
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.cjs');

/** One finding of `--format json` (the spec's output shape, with its optional fields). */
export interface JsonFinding {
  rule: string;
  severity: string;
  path: string;
  line: number | null;
  column: number | null;
  message: string;
  fix: string | null;
  also?: string[];
  related?: { path: string; line: number | null; column: number | null; message: string }[];
  actions?: PlanAction[];
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The shared corpus beside the repository (CI lays ../shared next to the clone). */
export function corpusDir(): string {
  const candidates = [process.env.SVCLINT_CORPUS, path.resolve(REPO_ROOT, '../shared/corpus'), '/work/shared/corpus'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('the corpus (../shared/corpus) is not beside the repository');
}
