// Which rules run and at what severity: the rule's default, then config `rules:`, then `--rule`.
import { UsageError } from '../errors';
import type { Rule, RuleGroup, RuleLevel, Severity } from '../types';

export interface RuleSelection {
  rule: Rule;
  severity: Severity;
}

export function selectRules(
  rules: Rule[],
  configLevels: ReadonlyMap<string, RuleLevel>,
  cliLevels: ReadonlyMap<string, RuleLevel>,
  groups: readonly RuleGroup[] | null,
  describeConfigKey: (id: string) => string,
): RuleSelection[] {
  const known = new Set(rules.map((r) => r.meta.id));
  for (const id of configLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`${describeConfigKey(id)}: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  for (const id of cliLevels.keys()) {
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}' (see \`svclint rules\`)`);
  }
  const selected: RuleSelection[] = [];
  for (const rule of rules) {
    if (groups && rule.meta.group !== 'meta' && !groups.includes(rule.meta.group)) continue;
    const level = cliLevels.get(rule.meta.id) ?? configLevels.get(rule.meta.id) ?? (rule.meta.severity === 'error' ? 'error' : 'warn');
    if (level === 'off') continue;
    selected.push({ rule, severity: level === 'error' ? 'error' : 'warning' });
  }
  return selected;
}

/** Parses `--rule ID:LEVEL` values. */
export function parseRuleFlags(values: readonly string[]): Map<string, RuleLevel> {
  const levels = new Map<string, RuleLevel>();
  for (const value of values) {
    const match = /^([a-z0-9-]+):(off|warn|warning|error|0|1|2)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule expects ID:off|warn|error, got '${value}'`);
    const raw = match[2]!;
    levels.set(match[1]!, raw === 'off' || raw === '0' ? 'off' : raw === 'error' || raw === '2' ? 'error' : 'warn');
  }
  return levels;
}
