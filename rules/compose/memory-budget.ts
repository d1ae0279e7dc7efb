import { serviceProfiles } from '../../src/compose/profiles';
import { findCatalogByImage, findCatalogEntry } from '../../src/policy/classify';
import type { ComposeService, Policy, SourceLoc, Stack } from '../../src/types';
import { formatBytes, parseBytes } from '../../src/util/bytes';
import { defineRule } from '../support';
import { activeStacks } from './shared';

interface Usage {
  service: ComposeService;
  /** Declared limit times replicas, or the catalog estimate times replicas, or null. */
  bytes: number | null;
  declared: boolean;
  replicas: number;
}

export default defineRule(
  {
    id: 'memory-budget',
    group: 'compose',
    severity: 'warning',
    description: "Declared memory limits (or the catalog's estimates) that add up past budget.memory, listing services with no limit",
    rationale: 'The seed plans a 4 GB droplet ("fits easily within 4GB droplet budget"): past the budget the kernel OOM-kills whichever container it picks.',
  },
  ({ model, report }) => {
    const budget = model.policy.budget.memory;
    if (budget === null) return;
    const stacks = activeStacks(model);
    // Services behind a profile do not start with a plain `docker compose up`.
    const usages = stacks.flatMap((stack) => stack.services).filter((s) => serviceProfiles(s).length === 0).map((s) => usageOf(s, model.policy));
    const declared = sum(usages.filter((u) => u.declared));
    const estimated = sum(usages.filter((u) => !u.declared));
    const total = declared + estimated;
    if (total <= budget) return;

    const declaredList = summarise(usages.filter((u) => u.declared), '');
    const estimatedList = summarise(usages.filter((u) => !u.declared && u.bytes !== null), '~');
    const unknownList = summarise(usages.filter((u) => u.bytes === null), '');
    const parts = [declaredList ? `declared limits ${formatBytes(declared)} (${declaredList})` : 'no service declares a limit'];
    if (estimatedList) parts.push(`no limit, counted at the catalog's estimate: ${formatBytes(estimated)} (${estimatedList})`);
    if (unknownList) parts.push(`no limit and no estimate, not counted: ${unknownList}`);
    const noLimit = [...new Set(usages.filter((u) => !u.declared).map((u) => u.service.name))];
    report({
      ...budgetLocation(model.policy, stacks, usages),
      message: `Memory adds up to ${formatBytes(total)}, over budget.memory ${formatBytes(budget)}: ${parts.join('; ')}.`,
      fix: `Set deploy.resources.limits.memory on every service${noLimit.length ? ` (${noLimit.length} have none)` : ''} and lower the largest limits until they add up to at most ${formatBytes(budget)}, or raise budget.memory if the host has more memory.`,
    });
  },
);

export function usageOf(service: ComposeService, policy: Policy): Usage {
  const replicas = replicaCount(service);
  const limit = declaredLimit(service);
  if (limit !== null) return { service, bytes: limit * replicas, declared: true, replicas };
  const entry = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry?.memory ?? null;
  return { service, bytes: estimate === null ? null : estimate * replicas, declared: false, replicas };
}

/** `deploy.resources.limits.memory`, else `mem_limit` (Compose takes either; an unknown ${VAR} is no limit we can count). */
function declaredLimit(service: ComposeService): number | null {
  const deploy = record(service.resolved.deploy);
  const fromDeploy = parseBytes(record(record(deploy.resources).limits).memory);
  return fromDeploy ?? parseBytes(service.resolved.mem_limit);
}

function replicaCount(service: ComposeService): number {
  const raw = record(service.resolved.deploy).replicas ?? service.resolved.scale;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : 1;
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

function sum(usages: Usage[]): number {
  return usages.reduce((total, u) => total + (u.bytes ?? 0), 0);
}

/** `n8n 1 GiB, postgres 150 MiB ×2`, largest first. */
function summarise(usages: Usage[], approx: string): string {
  const groups = new Map<string, { bytes: number | null; count: number }>();
  for (const u of usages) {
    const each = u.bytes === null ? null : u.bytes / Math.max(1, u.replicas);
    const key = `${u.service.name}\u0000${each}`;
    const group = groups.get(key) ?? { bytes: each, count: 0 };
    group.count += Math.max(1, u.replicas);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort((a, b) => (b[1].bytes ?? 0) * b[1].count - (a[1].bytes ?? 0) * a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([key, g]) => `${key.split('\u0000')[0]}${g.bytes === null ? '' : ` ${approx}${formatBytes(g.bytes)}`}${g.count > 1 ? ` ×${g.count}` : ''}`)
    .join(', ');
}

/** At the config's budget.memory, else at the stack that takes the most memory. */
function budgetLocation(policy: Policy, stacks: Stack[], usages: Usage[]): { loc: SourceLoc } | { path: string } {
  const loc = policy.locate(['budget', 'memory']);
  if (loc) return { loc };
  const perStack = new Map<Stack, number>();
  for (const u of usages) perStack.set(u.service.stack, (perStack.get(u.service.stack) ?? 0) + (u.bytes ?? 0));
  const largest = [...perStack].sort((a, b) => b[1] - a[1])[0]?.[0] ?? stacks[0];
  if (!largest) return { path: policy.configFile ?? policy.baseDir };
  return { loc: { file: largest.file, line: 1, column: 1 } };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
