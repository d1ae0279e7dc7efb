// Which rules run, at what severity and with which options: the rule's default, then config
// `rules:` (a level, or [level, options]), then `--rule`.
import { UsageError } from '../errors';
import { nearest } from '../compose/schema/suggest';
import type { Severity } from '../api/types';
import type { RuleLevel } from '../policy/types';
import type { RegisteredRule } from './types';

export interface RuleSelection {
  registered: RegisteredRule;
  severity: Severity;
  /** `meta.defaultOptions` with the configured options on top (validated by validateOptions). */
  options: Readonly<Record<string, unknown>>;
  /** The options as configured (null: none). */
  configured: Readonly<Record<string, unknown>> | null;
}

export interface LevelSources {
  configLevels: ReadonlyMap<string, RuleLevel>;
  configOptions: ReadonlyMap<string, Record<string, unknown>>;
  cliLevels: ReadonlyMap<string, RuleLevel>;
  /** Only rules of these groups (`--only`); meta rules always run. */
  groups: readonly string[] | null;
  /** `file:line:col` of a config key `rules.<id>`, for messages. */
  describeConfigKey: (id: string) => string;
}

/** `unknown rule 'x'` with a did-you-mean from the known ids. */
export function unknownRule(id: string, known: readonly string[]): string {
  // A plugin rule named without its prefix (`require-restart` for `local/require-restart`) first.
  const suggestion = known.find((k) => !id.includes('/') && k.endsWith(`/${id}`)) ?? nearest(id, known);
  return `unknown rule '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (see \`svclint rules\`)`;
}

export function selectRules(rules: readonly RegisteredRule[], sources: LevelSources): RuleSelection[] {
  const ids = rules.map((r) => r.info.id);
  const known = new Set(ids);
  for (const id of new Set([...sources.configLevels.keys(), ...sources.configOptions.keys()])) {
    if (!known.has(id)) throw new UsageError(`${sources.describeConfigKey(id)}: ${unknownRule(id, ids)}`);
  }
  for (const id of sources.cliLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`--rule: ${unknownRule(id, ids)}`);
  }
  if (sources.groups) {
    const groups = [...new Set(rules.map((r) => r.info.group).filter((g) => g !== 'meta'))];
    for (const group of sources.groups) {
      if (!groups.includes(group)) {
        const suggestion = nearest(group, groups);
        throw new UsageError(`--only: unknown value '${group}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (choose ${groups.join(', ')})`);
      }
    }
  }
  const selected: RuleSelection[] = [];
  for (const registered of rules) {
    const { info } = registered;
    if (sources.groups && info.group !== 'meta' && !sources.groups.includes(info.group)) continue;
    const level = sources.cliLevels.get(info.id) ?? sources.configLevels.get(info.id) ?? (info.severity === 'error' ? 'error' : 'warn');
    if (level === 'off') continue;
    const configured = sources.configOptions.get(info.id) ?? null;
    selected.push({
      registered,
      severity: level === 'error' ? 'error' : 'warning',
      options: { ...(info.defaultOptions ?? {}), ...(configured ?? {}) },
      configured,
    });
  }
  return selected;
}

/** Parses `--rule ID:LEVEL` values (plugin ids: `local/require-healthcheck:error`). */
export function parseRuleFlags(values: readonly string[]): Map<string, RuleLevel> {
  const levels = new Map<string, RuleLevel>();
  for (const value of values) {
    const match = /^((?:@[a-z0-9._-]+\/)?(?:[a-z0-9._-]+\/)?[a-z0-9-]+):(off|warn|warning|error|0|1|2)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule expects ID:off|warn|error, got '${value}'`);
    const raw = match[2]!;
    levels.set(match[1]!, raw === 'off' || raw === '0' ? 'off' : raw === 'error' || raw === '2' ? 'error' : 'warn');
  }
  return levels;
}
