// Where a command's report goes: stdout, or --output-file, which is checked before any work so a
// bad path fails at once (exit 2, the reason), not after the lint.
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';
import { checkWritable } from '../util/write-file';
import type { Io } from './main';

export interface Output {
  /** The --output-file as given, or null for stdout. */
  file: string | null;
  write(text: string): void;
  /** Whether to colour: --color / --no-color, then FORCE_COLOR, then NO_COLOR, then "stdout is a terminal". */
  color(flag: boolean | undefined): boolean;
  /** Undo the check's empty file when the command fails before writing. */
  abandon(): void;
}

export function openOutput(file: string | undefined, io: Io): Output {
  if (file === undefined) {
    return { file: null, write: (text) => text && io.stdout(text), color: (flag) => useColor(flag, io.env, io.isTTY), abandon: () => {} };
  }
  if (file === '') throw new UsageError('--output-file needs a file name');
  const abs = path.resolve(io.cwd, file);
  let created = false;
  try {
    created = checkWritable(abs);
  } catch (error) {
    throw new UsageError(`--output-file: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return {
    file,
    write(text) {
      try {
        writeFileSync(abs, text);
        created = false;
      } catch (error) {
        throw new UsageError(`--output-file: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    },
    // A file gets colours only when asked for with --color.
    color: (flag) => flag === true,
    abandon() {
      if (created && statSync(abs, { throwIfNoEntry: false })?.size === 0) rmSync(abs, { force: true });
    },
  };
}

/**
 * --color and --no-color win; then FORCE_COLOR (set: colours, as in Node, unless `0` or `false`);
 * then NO_COLOR (set and not empty: none, https://no-color.org); then colours on a terminal only.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY;
}
