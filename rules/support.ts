// Small helpers shared by rule modules: metadata defaults and path wording.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { CatalogEntry, HostModel, Rule, RuleMeta, ServiceDir, SourceLoc } from '../src/types';

export const DOCS_BASE = 'https://github.com/svclint/svclint/blob/main/docs/rules.md';

export function defineRule(meta: Omit<RuleMeta, 'docs'> & { docs?: string }, check: Rule['check']): Rule {
  return { meta: { ...meta, docs: meta.docs ?? `${DOCS_BASE}#${meta.id}` }, check };
}

/** A path as users write it in messages: relative to the working directory, `/` separators, trailing `/` for folders. */
export function shown(model: HostModel, abs: string, folder = true): string {
  const rel = path.relative(model.cwd, abs).split(path.sep).join('/') || '.';
  return folder && !rel.endsWith('/') ? `${rel}/` : rel;
}

/** `path:line:column` relative to the working directory, for naming the other side of a finding; the file alone without a position. */
export function where(model: HostModel, loc: SourceLoc | null, fallbackFile?: string): string {
  const file = loc?.file ?? fallbackFile;
  if (!file) return '?';
  const rel = shown(model, file, false);
  return loc ? `${rel}:${loc.line}:${loc.column}` : rel;
}

/** Absolute path a service should have: root/capability/name. */
export function expectedServicePath(model: HostModel, capability: string, name: string): string {
  return path.join(model.root, capability, name);
}

/** The first (deciding) reason of a service directory's classification. */
export function decidingReason(dir: ServiceDir): string {
  return dir.classification.reasons[0]?.text ?? 'no rule places it';
}

const bridgeCache = new WeakMap<HostModel, Set<string>>();

/** Real paths of the folders that Phase 1 migration bridges (symlinked service directories) point to. */
export function bridgedTargets(model: HostModel): Set<string> {
  const cached = bridgeCache.get(model);
  if (cached) return cached;
  const targets = new Set<string>();
  bridgeCache.set(model, targets);
  for (const dir of model.serviceDirs) {
    if (dir.symlink?.status === 'ok' && dir.symlink.resolved && dir.capability) targets.add(dir.symlink.resolved);
  }
  return targets;
}

/** Whether a service directory is the old location of a migration bridge (it and its link count as one). */
export function isBridgeTarget(model: HostModel, dir: ServiceDir, targets = bridgedTargets(model)): boolean {
  // realpath only when there are bridges at all: most trees have none.
  return !dir.symlink && targets.size > 0 && targets.has(realAbs(dir.abs));
}

function realAbs(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

export function isKebabCase(name: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}

/**
 * Catalog entries for shared infrastructure that the database rules own (the Postgres, its pooler,
 * the cache): an app stack's own `postgres` or `redis` is single-postgres' or single-cache's finding,
 * not a misplaced or duplicated service.
 */
export function isSharedInfrastructure(entry: CatalogEntry | null | undefined): boolean {
  return !!entry && entry.provides.some((kind) => kind === 'database' || kind === 'cache');
}
