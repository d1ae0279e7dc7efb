// Checks of option values shared by several commands: one-line usage errors with a did-you-mean.
import { nearest } from '../compose/schema/suggest';
import { UsageError } from '../errors';

/** A value from a fixed list (`--format`), or a usage error listing the list. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const suggestion = nearest(value, allowed);
  throw new UsageError(`${flag}: unknown value '${value}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (choose ${allowed.join(', ')})`);
}

/**
 * `--only structure --only database,compose`; null when not given. Any group name: plugins bring
 * their own groups; the engine refuses a group no rule of the run has (with a did-you-mean).
 */
export function ruleGroups(values: readonly string[]): string[] | null {
  if (values.length === 0) return null;
  return values
    .flatMap((v) => v.split(','))
    .map((g) => g.trim())
    .filter(Boolean);
}

/** `--max-warnings N`: a whole number, -1 (ESLint's default) for no limit. */
export function maxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^(-1|\d+)$/.test(value.trim())) throw new UsageError(`--max-warnings expects a whole number or -1 (no limit), got '${value}'`);
  return Number(value);
}
