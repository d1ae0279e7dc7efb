// `svclint --print-config [paths]`: the resolved config (the built-in policy merged with the
// user's, rule levels after --rule) and the root of each tree, as YAML (or JSON with --format json).
import { stringify } from 'yaml';
import type { RegisteredRule } from '../engine/types';
import type { Target } from '../policy/discover';
import type { RuleLevel } from '../policy/types';
import { displayPath } from '../util/paths';

export interface PrintOptions {
  cwd: string;
  ruleLevels: ReadonlyMap<string, RuleLevel>;
  json: boolean;
}

/** `rules` holds each target's rules (built-in and its plugins'), by index. */
export function formatPrintedConfig(targets: readonly Target[], rules: readonly (readonly RegisteredRule[])[], options: PrintOptions): string {
  const printed = targets.map((target, i) => resolvedConfig(target, rules[i]!, options));
  if (options.json) return `${JSON.stringify(printed, null, 2)}\n`;
  return printed
    .map((p) => `# the resolved config of ${p.root} (from ${p.configFile ?? 'the built-in recommended policy'})\n${stringify(p, { lineWidth: 0 })}`)
    .join('---\n');
}

function resolvedConfig({ root, config, policy, only }: Target, rules: readonly RegisteredRule[], { cwd, ruleLevels }: PrintOptions) {
  const levels = Object.fromEntries(
    rules.map(({ info }) => {
      const level = ruleLevels.get(info.id) ?? policy.rules.get(info.id) ?? (info.severity === 'error' ? 'error' : 'warn');
      const options = policy.ruleOptions.get(info.id);
      return [info.id, options ? [level, options] : level];
    }),
  );
  return {
    root: displayPath(root, cwd),
    configFile: config ? displayPath(config.file, cwd) : null,
    ...(only ? { only: only.map((p) => displayPath(p, cwd)) } : {}),
    extends: config?.raw.extends ?? 'recommended',
    capabilities: Object.fromEntries(
      [...policy.capabilities.values()].map((c) => [c.name, { description: c.description, provides: c.provides, ...(c.inactive ? { inactive: true } : {}) }]),
    ),
    catchAll: policy.catchAll,
    technologyDirs: policy.technologyDirs,
    services: Object.fromEntries(
      policy.catalog.map((e) => [
        e.name,
        {
          capability: e.capability,
          ...(e.aliases.length ? { aliases: e.aliases } : {}),
          ...(e.images.length ? { images: e.images } : {}),
          ...(e.provides.length ? { provides: e.provides } : {}),
          reason: e.reason,
          ...(e.memory !== undefined ? { memory: e.memory } : {}),
          ...(e.legacy ? { legacy: true } : {}),
        },
      ]),
    ),
    systems: Object.fromEntries(policy.systems.map((s) => [s.name, { capability: s.capability, members: s.members }])),
    database: policy.database,
    budget: policy.budget,
    ...(policy.plugins.length > 0 ? { plugins: policy.plugins.map((p) => p.spec) } : {}),
    rules: levels,
    exceptions: policy.exceptions.map(({ rule, path, reason }) => ({ rule, path, reason })),
    docs: policy.docs,
  };
}
