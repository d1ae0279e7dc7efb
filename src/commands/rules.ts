// `svclint rules`: the registered rules with id, the severity they run at here (the rule's default,
// then the config's `rules:`, then --rule), and description; --only GROUP lists one group.
import { allRules } from '../../rules';
import type { CommandContext } from '../cli/main';
import { oneOf, ruleGroups } from '../cli/values';
import { parseRuleFlags } from '../engine/levels';
import { UsageError } from '../errors';
import { policyTarget } from '../policy/discover';
import type { RuleLevel, RuleMeta } from '../types';
import { displayPath } from '../util/paths';

/** A rule with the level it runs at: 'off', 'warning' or 'error'. */
export interface ListedRule extends RuleMeta {
  configured: 'off' | 'warning' | 'error';
}

export async function runRules({ flags, io, output }: CommandContext): Promise<number> {
  const format = oneOf('--format', flags.string('format') ?? 'text', ['text', 'json'] as const);
  const groups = ruleGroups(flags.list('only'));
  const cli = parseRuleFlags(flags.list('rule'));
  const { policy } = policyTarget(io.cwd, flags.string('config') ?? null);
  const known = new Set(allRules.map((r) => r.meta.id));
  for (const id of cli.keys()) if (!known.has(id)) throw new UsageError(`--rule: unknown rule '${id}'`);
  for (const id of policy.rules.keys()) {
    const loc = policy.locate(['rules', id]);
    if (!known.has(id)) throw new UsageError(`${loc ? `${displayPath(loc.file, io.cwd)}:${loc.line}:${loc.column}` : policy.configFile}: unknown rule '${id}'`);
  }
  const listed = allRules
    .map((r) => r.meta)
    .filter((meta) => !groups || groups.includes(meta.group as (typeof groups)[number]))
    .map((meta) => ({ ...meta, configured: shownLevel(cli.get(meta.id) ?? policy.rules.get(meta.id) ?? null, meta) }));
  output.write(format === 'json' ? formatRulesJson(listed) : formatRulesText(listed));
  return 0;
}

function shownLevel(level: RuleLevel | null, meta: RuleMeta): ListedRule['configured'] {
  if (level === null) return meta.severity;
  return level === 'warn' ? 'warning' : level;
}

export function formatRulesText(rules: readonly ListedRule[]): string {
  if (rules.length === 0) return '';
  const width = Math.max(...rules.map((r) => r.id.length));
  const levels = rules.map((r) => (r.configured === r.severity ? r.configured : `${r.configured} (default ${r.severity})`));
  const levelWidth = Math.max(...levels.map((l) => l.length));
  const lines: string[] = [];
  let group = '';
  rules.forEach((rule, i) => {
    if (rule.group !== group) {
      group = rule.group;
      lines.push('', `${group[0]!.toUpperCase()}${group.slice(1)}`);
    }
    lines.push(`  ${rule.id.padEnd(width)}  ${levels[i]!.padEnd(levelWidth)}  ${rule.description}`);
  });
  return `${lines.join('\n').trimStart()}\n`;
}

export function formatRulesJson(rules: readonly ListedRule[]): string {
  const shown = rules.map(({ id, group, severity, configured, description, rationale, docs }) => ({ id, group, severity, configured, description, rationale, docs }));
  return `${JSON.stringify(shown, null, 2)}\n`;
}
