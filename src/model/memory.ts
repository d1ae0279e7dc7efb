// The host's memory against `budget.memory`: what each service that starts with a plain
// `docker compose up` may take (its declared limit, else the catalog's estimate), summed.
// One computation for the memory-budget rule, the JSON output's `memory` field and the HTML
// report's budget view, so the three never disagree.
import { serviceProfiles } from '../compose/profiles';
import { findCatalogByImage, findCatalogEntry } from '../policy/classify';
import type { ComposeService } from '../compose/types';
import type { Policy } from '../policy/types';
import type { HostModel } from './types';
import { parseBytes } from '../util/bytes';
import { getOrCompute } from '../util/maps';

export interface MemoryUsage {
  service: ComposeService;
  /** Declared limit times replicas, or the catalog estimate times replicas, or null (neither known). */
  bytes: number | null;
  /** The limit is declared (deploy.resources.limits.memory or mem_limit); false: estimate or unknown. */
  declared: boolean;
  replicas: number;
}

export interface MemoryBudget {
  /** budget.memory in bytes, null when the policy sets none. */
  budget: number | null;
  /** Every active compose service without a profile, in stack then service order. */
  usages: MemoryUsage[];
  /** Sum of declared limits. */
  declared: number;
  /** Sum of the catalog's estimates for services with no limit. */
  estimated: number;
  total: number;
}

const budgetOf = new WeakMap<HostModel, MemoryBudget>();

/**
 * Usage of every service that runs on the host (active stacks; services behind a profile do not start with a plain `up`).
 * Computed once per model: the rule and the JSON output ask for the same budget.
 */
export function memoryBudget(model: HostModel): MemoryBudget {
  return getOrCompute(budgetOf, model, computeMemoryBudget);
}

function computeMemoryBudget(model: HostModel): MemoryBudget {
  const usages = model.stacks
    .filter((stack) => !stack.archived)
    .flatMap((stack) => stack.services)
    .filter((s) => serviceProfiles(s).length === 0)
    .map((s) => memoryUsage(s, model.policy));
  const declared = sumBytes(usages.filter((u) => u.declared));
  const estimated = sumBytes(usages.filter((u) => !u.declared));
  return { budget: model.policy.budget.memory, usages, declared, estimated, total: declared + estimated };
}

export function memoryUsage(service: ComposeService, policy: Policy): MemoryUsage {
  const replicas = replicaCount(service);
  const limit = declaredLimit(service);
  if (limit !== null) return { service, bytes: limit * replicas, declared: true, replicas };
  const entry = findCatalogEntry(policy, service.name)?.entry ?? (service.image ? findCatalogByImage(policy, service.image) : null);
  const estimate = entry?.memory ?? null;
  return { service, bytes: estimate === null ? null : estimate * replicas, declared: false, replicas };
}

export function sumBytes(usages: readonly MemoryUsage[]): number {
  return usages.reduce((total, u) => total + (u.bytes ?? 0), 0);
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

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The JSON output's `memory` field: the budget, the sums, and every counted service with its stack file (cwd-relative). */
export function memoryJson(budget: MemoryBudget, displayPath: (abs: string) => string) {
  // Services share their stack's file: each file's path is shown once, not once per service.
  const shown = new Map<string, string>();
  const shownPath = (abs: string) => getOrCompute(shown, abs, displayPath);
  return {
    budget: budget.budget,
    total: budget.total,
    declared: budget.declared,
    estimated: budget.estimated,
    services: budget.usages.map((u) => ({
      service: u.service.name,
      path: shownPath(u.service.stack.file),
      bytes: u.bytes,
      limit: u.declared,
      replicas: u.replicas,
    })),
  };
}
