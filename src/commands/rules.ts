// `svclint rules [ID...]`: the rules (built-in and the config's plugins) with id, the severity they
// run at here (the rule's default, then the config's `rules:`, then --rule), and description;
// --only GROUP lists some groups. With rule ids: each rule's documentation in full (rationale,
// options, messages, examples).
import type { CommandContext } from '../cli/main';
import { oneOf, ruleGroups } from '../cli/values';
import { configKeyDescriber, rulesFor } from '../engine/lint';
import { parseRuleFlags, selectRules, unknownRule } from '../engine/levels';
import type { RuleInfo } from '../engine/types';
import { UsageError } from '../errors';
import { FileCache } from '../files/cache';
import { policyTarget } from '../policy/discover';
import type { RuleLevel } from '../policy/types';
import { displayPath } from '../util/paths';

/** A rule with the level it runs at: 'off', 'warning' or 'error'. */
export interface ListedRule extends RuleInfo {
  configured: 'off' | 'warning' | 'error';
  /** The configured options (config `rules: { id: [level, options] }`). */
  options?: Readonly<Record<string, unknown>>;
}

export async function runRules({ args, flags, io, output }: CommandContext): Promise<number> {
  const format = oneOf('--format', flags.string('format') ?? 'text', ['text', 'json'] as const);
  const groups = ruleGroups(flags.list('only'));
  const cli = parseRuleFlags(flags.list('rule'));
  const { policy } = policyTarget(io.cwd, flags.string('config') ?? null);
  const rules = await rulesFor(policy, { cwd: io.cwd, files: new FileCache() });
  // The same checks as a lint run: unknown ids and groups are usage errors.
  selectRules(rules, {
    configLevels: policy.rules,
    configOptions: policy.ruleOptions,
    cliLevels: cli,
    groups,
    describeConfigKey: configKeyDescriber(policy, io.cwd),
  });
  const ids = rules.map((r) => r.info.id);
  for (const id of args) if (!ids.includes(id)) throw new UsageError(unknownRule(id, ids));
  const listed = rules
    .map((r) => r.info)
    .filter((info) => !groups || groups.includes(info.group))
    .filter((info) => args.length === 0 || args.includes(info.id))
    .map((info): ListedRule => {
      const options = policy.ruleOptions.get(info.id);
      return { ...info, configured: shownLevel(cli.get(info.id) ?? policy.rules.get(info.id) ?? null, info), ...(options ? { options } : {}) };
    });
  if (format === 'json') output.write(formatRulesJson(listed, io.cwd));
  else output.write(args.length > 0 ? formatRuleDocs(listed, io.cwd) : formatRulesText(listed, io.cwd));
  return 0;
}

function shownLevel(level: RuleLevel | null, info: RuleInfo): ListedRule['configured'] {
  if (level === null) return info.severity;
  return level === 'warn' ? 'warning' : level;
}

export function formatRulesText(rules: readonly ListedRule[], cwd = process.cwd()): string {
  if (rules.length === 0) return '';
  const width = Math.max(...rules.map((r) => r.id.length));
  const levels = rules.map((r) => (r.configured === r.severity ? r.configured : `${r.configured} (default ${r.severity})`));
  const levelWidth = Math.max(...levels.map((l) => l.length));
  const lines: string[] = [];
  let heading = '';
  rules.forEach((rule, i) => {
    const title = `${rule.group[0]!.toUpperCase()}${rule.group.slice(1)}${rule.source ? ` (plugin ${rule.plugin}: ${displayPath(rule.source, cwd)})` : ''}`;
    if (title !== heading) {
      heading = title;
      lines.push('', title);
    }
    lines.push(`  ${rule.id.padEnd(width)}  ${levels[i]!.padEnd(levelWidth)}  ${rule.description}`);
  });
  if (rules.some((r) => r.source)) lines.push('', 'svclint rules ID shows a rule in full (why, options, messages, examples).');
  return `${lines.join('\n').trimStart()}\n`;
}

/** One rule's documentation, as `svclint rules ID` prints it. */
export function formatRuleDocs(rules: readonly ListedRule[], cwd = process.cwd()): string {
  const blocks = rules.map((rule) => {
    const lines = [
      `${rule.id}  (${rule.group}, ${rule.configured === rule.severity ? rule.severity : `${rule.configured}; default ${rule.severity}`})`,
      '',
      `  ${rule.description}`,
      '',
      `  Why: ${rule.rationale}`,
    ];
    if (rule.source) lines.push('', `  Plugin: ${rule.plugin} (${displayPath(rule.source, cwd)})`);
    if (rule.docs) lines.push('', `  Docs: ${rule.docs}`);
    if (rule.schema) lines.push('', '  Options (JSON Schema):', ...indent(JSON.stringify(rule.schema, null, 2), 4));
    if (rule.defaultOptions) lines.push('', `  Default options: ${JSON.stringify(rule.defaultOptions)}`);
    if (rule.options) lines.push('', `  Configured options: ${JSON.stringify(rule.options)}`);
    lines.push('', '  Messages:', ...Object.entries(rule.messages).map(([id, text]) => `    ${id}: ${text}`));
    for (const kind of ['valid', 'invalid'] as const) {
      for (const example of rule.examples?.[kind] ?? []) {
        lines.push('', `  Example (${kind}): ${example.description}`);
        if (example.options) lines.push(`    options: ${JSON.stringify(example.options)}`);
        for (const [file, text] of Object.entries(example.files)) lines.push(`    ${file}:`, ...indent(text.replace(/\n$/, ''), 6));
      }
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

function indent(text: string, spaces: number): string[] {
  return text.split('\n').map((line) => `${' '.repeat(spaces)}${line}`);
}

export function formatRulesJson(rules: readonly ListedRule[], cwd = process.cwd()): string {
  const shown = rules.map(
    ({ id, group, severity, configured, description, rationale, docs, messages, schema, defaultOptions, options, examples, plugin, source }) => ({
      id,
      group,
      severity,
      configured,
      description,
      rationale,
      docs,
      messages,
      ...(schema ? { schema } : {}),
      ...(defaultOptions ? { defaultOptions } : {}),
      ...(options ? { options } : {}),
      ...(examples ? { examples } : {}),
      ...(plugin ? { plugin, source: displayPath(source!, cwd) } : {}),
    }),
  );
  return `${JSON.stringify(shown, null, 2)}\n`;
}
