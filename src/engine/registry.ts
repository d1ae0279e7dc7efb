// The rules a run knows: the built-in ones (rules/index.ts) and those of the config's plugins,
// with their metadata normalised (defaults filled in, plugin ids prefixed).
import { allRules } from '../../rules';
import type { Rule } from '../api/types';
import type { RegisteredRule, RuleInfo } from './types';

/** Where the built-in rules are documented (one anchor per rule). */
export const DOCS_BASE = 'https://github.com/svclint/svclint/blob/main/docs/rules.md';

/** A rule's metadata as the engine uses it; `plugin` and `source` for a plugin's rule (its id gets the plugin's prefix). */
export function ruleInfo(rule: Rule, plugin?: { name: string; source: string }): RuleInfo {
  const { meta } = rule;
  const id = plugin ? `${plugin.name}/${meta.id}` : meta.id;
  const info: RuleInfo = {
    id,
    group: meta.group,
    severity: meta.severity,
    description: meta.description,
    rationale: meta.rationale,
    docs: meta.docs?.url ?? (plugin ? '' : `${DOCS_BASE}#${meta.id}`),
    messages: meta.messages,
  };
  if (meta.schema) info.schema = meta.schema;
  if (meta.defaultOptions) info.defaultOptions = meta.defaultOptions;
  if (meta.docs?.examples) info.examples = meta.docs.examples;
  if (plugin) {
    info.plugin = plugin.name;
    info.source = plugin.source;
  }
  return info;
}

let builtIn: RegisteredRule[] | null = null;

/** The built-in rules, in their stable order. */
export function builtInRules(): RegisteredRule[] {
  return (builtIn ??= allRules.map((rule) => ({ rule, info: ruleInfo(rule) })));
}

/** The metadata of a list of rules (the formats' rules table). */
export function ruleInfos(rules: readonly RegisteredRule[]): RuleInfo[] {
  return rules.map((r) => r.info);
}
