// Builds the host model from the scanned tree and loaded stacks: which root children are capability
// directories (or catch-all / technology folders), which folders are service directories, and which
// compose service belongs to which folder. Identification follows the spec's Terms section.
import path from 'node:path';
import { classifyService, findCatalogEntry } from '../policy/classify';
import { isDirLike } from '../scan/tree';
import type { ComposeService, Stack } from '../compose/types';
import type { CapabilityDir, GroupDir, HostModel, ServiceDir } from './types';
import type { Policy } from '../policy/types';
import type { Tree, TreeEntry } from '../scan/types';
import { buildDatabaseModel, emptyDatabaseModel } from '../database/model';
import { loadStacks } from './stacks';
import { FileCache, type PathKind } from '../files/cache';
import { scanTree } from '../scan/tree';
import { isInside } from '../util/paths';

/** How far below a service directory we look for nested services (too-deep). */
const NESTED_SEARCH_DEPTH = 4;

export interface BuildOptions {
  /** Build the database view (init scripts, SQL parser): only when a database rule will read it. */
  database?: boolean;
  /** The run's file cache (a new one when not given). */
  files?: FileCache;
  /** --initdb-exec: judge the database rules on a real server's catalog. */
  initdbExec?: 'local' | 'docker' | null;
}

export async function buildHostModel(root: string, policy: Policy, cwd: string, options: BuildOptions = {}): Promise<HostModel> {
  const files = options.files ?? new FileCache();
  const tree = scanTree(root);
  for (const entry of tree.entries) files.knowKind(entry.abs, scannedKind(entry));
  const stacks = loadStacks(tree, policy, files);
  const stackByDir = new Map(stacks.map((s) => [path.relative(root, s.dir).split(path.sep).join('/'), s]));
  const services = stacks.flatMap((s) => s.services);

  const capabilityDirs: CapabilityDir[] = [];
  const groupDirs: GroupDir[] = [];
  const serviceDirs: ServiceDir[] = [];
  const topLevel = (tree.children.get('') ?? []).filter((e) => isDirLike(e) && !e.name.startsWith('.'));

  const addServiceDir = (
    entry: TreeEntry,
    parentKind: ServiceDir['parentKind'],
    parentRel: string,
    capability: CapabilityDir | null,
    why: ServiceDir['why'],
  ) => {
    const dir: ServiceDir = {
      name: entry.name,
      abs: entry.abs,
      rel: entry.rel,
      capability,
      parentKind,
      parentRel,
      depth: entry.rel.split('/').length,
      symlink: entry.symlink ?? null,
      hasDockerfile: hasDockerfile(tree, entry.rel),
      stack: stackByDir.get(entry.rel) ?? null,
      composeServices: [],
      primary: null,
      classification: { capability: null, canonicalName: entry.name, reasons: [], catalog: null, system: null },
      why,
    };
    serviceDirs.push(dir);
    return dir;
  };

  for (const entry of topLevel) {
    const lower = entry.name.toLowerCase();
    const declared = policy.capabilities.get(entry.name);
    if (declared) {
      const cap: CapabilityDir = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: true, inactive: declared.inactive === true };
      capabilityDirs.push(cap);
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, 'capability', entry.rel, cap, 'capability-child');
    } else if (policy.catchAll.includes(lower) || policy.technologyDirs.includes(lower)) {
      const kind = policy.catchAll.includes(lower) ? 'catch-all' : 'technology';
      groupDirs.push({ name: entry.name, abs: entry.abs, rel: entry.rel, kind });
      for (const child of childDirs(tree, entry.rel)) addServiceDir(child, kind, entry.rel, null, 'capability-child');
    } else {
      const why = serviceEvidence(tree, entry, stackByDir.get(entry.rel) ?? null, policy);
      if (why) {
        addServiceDir(entry, 'root', '', null, why);
      } else {
        const cap: CapabilityDir = { name: entry.name, abs: entry.abs, rel: entry.rel, declared: false, inactive: false };
        capabilityDirs.push(cap);
        for (const child of childDirs(tree, entry.rel)) addServiceDir(child, 'capability', entry.rel, cap, 'capability-child');
      }
    }
  }

  // Services nested inside service directories (capability/group/service/): reported by too-deep.
  for (const dir of [...serviceDirs]) {
    if (dir.symlink) continue;
    const names = new Set(dir.stack?.services.map((s) => s.name) ?? []);
    findNested(tree, dir.rel, names, stackByDir, policy, 1, (entry, why) => {
      addServiceDir(entry, 'service', path.posix.dirname(entry.rel), dir.capability, why);
    });
  }

  associateComposeServices(root, serviceDirs, stacks, capabilityDirs, groupDirs);
  for (const dir of serviceDirs) {
    dir.primary = pickPrimary(dir, findCatalogEntry(policy, dir.name)?.entry.name ?? dir.name);
    dir.classification = classifyService(
      { name: dir.name, image: dir.primary?.image ?? null, labels: dir.primary?.labels ?? null, otherImages: dir.composeServices.map((s) => s.image) },
      policy,
    );
  }
  serviceDirs.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));

  const model: HostModel = {
    root,
    cwd,
    files,
    tree,
    policy,
    capabilityDirs,
    groupDirs,
    serviceDirs,
    stacks,
    services,
    database: emptyDatabaseModel(),
  };
  if (options.database !== false) model.database = await buildDatabaseModel(model, { initdbExec: options.initdbExec ?? null });
  return model;
}

function childDirs(tree: Tree, rel: string): TreeEntry[] {
  return (tree.children.get(rel) ?? []).filter((e) => isDirLike(e) && !e.name.startsWith('.'));
}

const DOCKERFILE = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|Containerfile)$/;

function hasDockerfile(tree: Tree, rel: string): boolean {
  return (tree.children.get(rel) ?? []).some((e) => e.kind === 'file' && DOCKERFILE.test(e.name));
}

/** Why a root child is a service directory rather than a grouping folder, or null. */
function serviceEvidence(tree: Tree, entry: TreeEntry, stack: Stack | null, policy: Policy): ServiceDir['why'] | null {
  if (entry.kind === 'dir' && hasDockerfile(tree, entry.rel)) return 'dockerfile';
  if (stack && stack.services.length > 0) {
    const canonical = findCatalogEntry(policy, entry.name)?.entry.name;
    if (stack.services.some((s) => s.name === entry.name || s.name === canonical || s.containerName === entry.name)) return 'compose';
    // A folder whose stack's services live in sub-folders of their own (mcp-servers/coda-mcp/,
    // archon/archon-server/: named like the service, or its build context) groups services. A
    // stack whose services do not (an app with a sidecar, config mounted from ./config) is one service.
    const children = childDirs(tree, entry.rel);
    const ownedByChild = stack.services.some((service) =>
      children.some((child) => {
        const context = buildContextOf(service, stack.dir);
        return child.name === service.name || (context !== null && isInside(child.abs, context));
      }),
    );
    // Two or more services the catalog knows by name (archon-server, archon-ui) are separate services grouped here.
    const known = stack.services.filter((service) => findCatalogEntry(policy, service.name)).length;
    if (!ownedByChild && known < 2) return 'compose';
  }
  if (findCatalogEntry(policy, entry.name)) return 'known-name';
  return null;
}

/**
 * Looks below a service directory (`rel`) for services of their own. `composeNames` are the service
 * names of the nearest stack above, which may name a sub-folder.
 */
function findNested(
  tree: Tree,
  rel: string,
  composeNames: ReadonlySet<string>,
  stackByDir: Map<string, Stack>,
  policy: Policy,
  level: number,
  add: (entry: TreeEntry, why: ServiceDir['why']) => void,
): void {
  if (level > NESTED_SEARCH_DEPTH) return;
  for (const child of childDirs(tree, rel)) {
    if (child.kind !== 'dir') continue;
    const stack = stackByDir.get(child.rel) ?? null;
    // A sub-folder is a service of its own only with strong evidence: its own stack, or a name that a
    // parent stack or the catalog gives to a service. Config/data folders with a Dockerfile are not.
    let why: ServiceDir['why'] | null = null;
    if (stack && stack.services.length > 0) why = 'compose';
    else if (composeNames.has(child.name) && hasDockerfile(tree, child.rel)) why = 'dockerfile';
    else if (findCatalogEntry(policy, child.name)?.entry.name === child.name && (hasDockerfile(tree, child.rel) || composeNames.has(child.name)))
      why = 'known-name';
    if (why) add(child, why);
    // Below a nested service its own stack names the sub-folders; below a plain folder the parent's still does.
    const names = why && stack ? new Set(stack.services.map((s) => s.name)) : composeNames;
    findNested(tree, child.rel, names, stackByDir, policy, level + 1, add);
  }
}

/**
 * A stack inside a service directory belongs to it entirely. A stack at the top of a capability (or
 * group) folder or at root gives each compose service to the child folder it names: by service name,
 * container name, build context or a bind mount inside that folder.
 */
function associateComposeServices(root: string, serviceDirs: ServiceDir[], stacks: Stack[], capabilityDirs: CapabilityDir[], groupDirs: GroupDir[]): void {
  const byAbs = new Map(serviceDirs.map((d) => [d.abs, d]));
  const childrenOf = new Map<string, ServiceDir[]>();
  for (const d of serviceDirs) {
    const parent = path.dirname(d.abs);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), d]);
  }
  const groupAbs = new Set<string>([root, ...capabilityDirs.map((c) => c.abs), ...groupDirs.map((g) => g.abs)]);
  for (const stack of stacks) {
    const own = nearestServiceDir(stack.dir, root, byAbs);
    const children = childrenOf.get(stack.dir) ?? [];
    for (const service of stack.services) {
      const dir: ServiceDir | null = own && !groupAbs.has(stack.dir) ? own : matchChild(service, stack, children);
      service.serviceDir = dir;
      if (dir) dir.composeServices.push(service);
    }
  }
}

function nearestServiceDir(dir: string, root: string, byAbs: Map<string, ServiceDir>): ServiceDir | null {
  let current = dir;
  while (current.length >= root.length) {
    const found = byAbs.get(current);
    if (found) return found;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}

function matchChild(service: ComposeService, stack: Stack, children: ServiceDir[]): ServiceDir | null {
  if (children.length === 0) return null;
  const byName = children.find((d) => d.name === service.name || d.name === service.containerName);
  if (byName) return byName;
  const paths = referencedPaths(service, stack.dir);
  return children.find((d) => paths.some((p) => isInside(d.abs, p))) ?? null;
}

/** A service's local build: its `build` value, the context as written and its absolute path (null: none, remote, or unknown). */
export function localBuild(service: ComposeService, stackDir: string): { build: unknown; context: string; abs: string } | null {
  const build = service.resolved.build;
  if (build === undefined || build === null) return null;
  const context = typeof build === 'string' ? build : isRecord(build) ? (typeof build.context === 'string' ? build.context : '.') : null;
  if (context === null || !isLocalBuildContext(context)) return null;
  return { build, context, abs: path.resolve(stackDir, context) };
}

/** Absolute local build context of a service, or null (none, remote, or unknown). */
function buildContextOf(service: ComposeService, stackDir: string): string | null {
  return localBuild(service, stackDir)?.abs ?? null;
}

/** Local paths a service reads from its stack folder: build context and bind-mount sources. */
export function referencedPaths(service: ComposeService, stackDir: string): string[] {
  const out: string[] = [];
  const context = buildContextOf(service, stackDir);
  if (context) out.push(context);
  const volumes = Array.isArray(service.resolved.volumes) ? service.resolved.volumes : [];
  for (const volume of volumes) {
    const source = typeof volume === 'string' ? (volume.split(':')[0] ?? '') : isRecord(volume) && typeof volume.source === 'string' ? volume.source : '';
    if (source.startsWith('.') || source.startsWith('/')) out.push(path.resolve(stackDir, source));
  }
  return out;
}

/** A build context on this disk: not a URL or git remote, and not an unknown `${VAR}`. */
export function isLocalBuildContext(context: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith('git@') && !context.includes('${');
}

function pickPrimary(dir: ServiceDir, canonical: string): ComposeService | null {
  const services = dir.composeServices;
  if (services.length === 0) return null;
  return (
    services.find((s) => s.name === dir.name || s.name === canonical || s.containerName === dir.name) ??
    (services.length === 1 ? services[0]! : null) ??
    services.find((s) => referencedPaths(s, s.stack.dir).includes(dir.abs)) ??
    null
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a stat of a scanned entry would say: a symlink is what it resolves to (nothing when it does not). */
function scannedKind(entry: TreeEntry): PathKind | null {
  if (entry.kind !== 'symlink') return entry.kind;
  return entry.symlink?.status === 'ok' ? entry.symlink.targetKind : null;
}
