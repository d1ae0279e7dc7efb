// Where each service folder belongs: the decision tree's answer for one folder, before the plan
// looks at the tree as a whole (duplicates, groups, systems). Structure rules ask the same
// questions through the plan, so a rule and `svclint migrate` never answer them differently.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { findCatalogByImage } from '../policy/classify';
import type { HostModel, ServiceDir } from '../model/types';
import type { CatalogEntry } from '../policy/types';
import { isInside } from '../util/paths';
import type { MoveKind } from './types';
import { getOrCompute } from '../util/maps';

export type Decision =
  | { fate: 'stay' }
  /** Not the plan's to decide: a symlink that is not a bridge, or the real folder behind a bridge (planned from the link). */
  | { fate: 'skip' }
  | { fate: 'move'; from: string; to: string; kind: MoveKind; reasons: string[]; bridged: boolean }
  | { fate: 'unplaced'; reasons: string[] };

export function isKebabCase(name: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}

export function toKebab(name: string): string {
  return (
    name
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'service'
  );
}

/** The inactive capability superseded services go to (archive/ in the recommended policy). */
export function archiveName(model: HostModel): string {
  return [...model.policy.capabilities.values()].find((c) => c.inactive)?.name ?? 'archive';
}

/**
 * The catalog entry of a superseded service (nginx-proxy, acme-companion) this folder holds, or
 * null. A folder named nginx that runs a plain nginx web server is not the legacy proxy.
 */
export function legacyEntry(model: HostModel, dir: ServiceDir): CatalogEntry | null {
  const entry = dir.classification.catalog;
  if (!entry?.legacy || dir.capability?.inactive) return null;
  const image = dir.primary?.image;
  if (image && !image.includes('${') && !findCatalogByImage(model.policy, image)?.legacy) return null;
  return entry;
}

/** A symlinked service folder that is a Phase 1 bridge: a link in a capability to a folder of the tree. */
export function isBridge(model: HostModel, dir: ServiceDir): boolean {
  const link = dir.symlink;
  return !!link && link.status === 'ok' && link.targetKind === 'dir' && !!link.resolved && !!dir.capability && isInside(realRoot(model), link.resolved);
}

const realRoots = new WeakMap<HostModel, string>();
function realRoot(model: HostModel): string {
  return getOrCompute(realRoots, model, realAbsOfRoot);
}

function realAbsOfRoot(model: HostModel): string {
  return realAbs(model.root);
}

export function realAbs(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** The folder name a service should have: the catalog's name, else its own in kebab-case. */
export function canonicalFolderName(dir: ServiceDir): string {
  // canonicalName is the catalog's name when the folder's name (or alias) matched it, else the folder's own name.
  const name = dir.classification.canonicalName;
  return isKebabCase(name) ? name : toKebab(name);
}

/**
 * The decision for one folder. `bridgeTargets` are the real paths Phase 1 bridges point to;
 * `holderCapability` is, for a nested service, the capability its holder ends up in.
 */
export function decideFolder(model: HostModel, dir: ServiceDir, bridgeTargets: ReadonlySet<string>, holderCapability: string | null = null): Decision {
  if (dir.symlink) {
    if (!isBridge(model, dir)) return { fate: 'skip' };
    // Phase 1 done: the link sits where the folder goes; Phase 4 moves the folder over it.
    const from = fromRoot(model, dir.symlink.resolved!);
    return { fate: 'move', from, to: dir.abs, kind: 'place', reasons: [`'${dir.name}' is a Phase 1 bridge to the folder it replaces`], bridged: true };
  }
  if (bridgeTargets.size > 0 && bridgeTargets.has(realAbs(dir.abs))) return { fate: 'skip' };
  if (dir.capability?.inactive) return { fate: 'stay' };

  const legacy = legacyEntry(model, dir);
  if (legacy) {
    const to = path.join(model.root, archiveName(model), legacy.name);
    return to === dir.abs ? { fate: 'stay' } : { fate: 'move', from: dir.abs, to, kind: 'archive', reasons: [`superseded: ${legacy.reason}`], bridged: false };
  }

  const name = canonicalFolderName(dir);
  const reasons = dir.classification.reasons.map((r) => r.text);
  const capability = dir.classification.capability ?? (dir.parentKind === 'service' ? holderCapability : null);
  if (capability) {
    const to = path.join(model.root, capability, name);
    if (to === dir.abs) return { fate: 'stay' };
    const kind: MoveKind = dir.parentKind === 'service' ? 'flatten' : path.dirname(to) === path.dirname(dir.abs) ? 'rename' : 'place';
    if (kind === 'flatten') reasons.push('services sit at capability/service/');
    if (kind === 'rename')
      reasons.unshift(name !== dir.name && dir.classification.catalog ? `'${dir.name}' is an alias of ${name}` : `folder names are kebab-case`);
    return { fate: 'move', from: dir.abs, to, kind, reasons, bridged: false };
  }
  if (dir.parentKind === 'capability') {
    // No rule places it, but it sits in a capability: it stays, under a kebab-case name.
    if (name === dir.name) return { fate: 'stay' };
    return {
      fate: 'move',
      from: dir.abs,
      to: path.join(path.dirname(dir.abs), name),
      kind: 'rename',
      reasons: ['folder names are kebab-case'],
      bridged: false,
    };
  }
  return { fate: 'unplaced', reasons: [`no rule says what '${dir.name}' provides`] };
}

/** A path inside the tree as the model spells it (the scan does not resolve symlinks above root). */
function fromRoot(model: HostModel, real: string): string {
  return path.join(model.root, path.relative(realRoot(model), real));
}
