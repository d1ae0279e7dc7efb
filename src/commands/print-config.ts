// `svclint --print-config [paths]`: the resolved config (the built-in policy merged with the
// user's, rule levels after --rule) and the root of each tree, as YAML (or JSON with --format json).
import { stringify } from 'yaml';
import { allRules } from '../../rules';
import type { Target } from '../policy/discover';
import type { RuleLevel } from '../types';
import { displayPath } from '../util/paths';

export interface PrintOptions {
  cwd: string;
  ruleLevels: ReadonlyMap<string, RuleLevel>;
  json: boolean;
}

export function formatPrintedConfig(targets: readonly Target[], options: PrintOptions): string {
  const printed = targets.map((target) => resolvedConfig(target, options));
  if (options.json) return `${JSON.stringify(printed, null, 2)}\n`;
  return printed
    .map((p) => `# the resolved config of ${p.root} (from ${p.configFile ?? 'the built-in recommended policy'})\n${stringify(p, { lineWidth: 0 })}`)
    .join('---\n');
}

function resolvedConfig({ root, config, policy, only }: Target, { cwd, ruleLevels }: PrintOptions) {
  const levels = Object.fromEntries(
    allRules.map((r) => [r.meta.id, ruleLevels.get(r.meta.id) ?? policy.rules.get(r.meta.id) ?? (r.meta.severity === 'error' ? 'error' : 'warn')]),
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
    rules: levels,
    exceptions: policy.exceptions.map(({ rule, path, reason }) => ({ rule, path, reason })),
    docs: policy.docs,
  };
}
