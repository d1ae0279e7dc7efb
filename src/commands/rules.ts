// `svclint rules`: the registered rules with id, default severity and description.
import type { RuleMeta } from '../types';

export function formatRulesText(rules: RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines: string[] = [];
  let group = '';
  for (const rule of rules) {
    if (rule.group !== group) {
      group = rule.group;
      lines.push('', `${group[0]!.toUpperCase()}${group.slice(1)}`);
    }
    lines.push(`  ${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}

export function formatRulesJson(rules: RuleMeta[]): string {
  return `${JSON.stringify(rules.map(({ id, group, severity, description, rationale, docs }) => ({ id, group, severity, description, rationale, docs })), null, 2)}\n`;
}
