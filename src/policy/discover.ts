// Which tree a path argument means: the config, the services root, and (for a file or a folder
// inside a tree) the part of it to report. Per the spec's Terms section, with the cases a first
// run meets: no tree at all, a monorepo holding several hosts, a symlinked `services/`.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { COMPOSE_FILE_NAMES } from '../compose/stack';
import { ConfigError, UsageError } from '../errors';
import type { Policy } from './types';
import { getOrCompute } from '../util/maps';
import { displayPath, isInside } from '../util/paths';
import { buildPolicy, loadConfigFile, normaliseSlashes, type LoadedConfig } from './config';

export const CONFIG_FILE_NAMES = ['svclint.config.yaml', 'svclint.config.yml', '.svclintrc.yaml', '.svclintrc.yml', '.svclintrc.json'];

/** How deep below a path argument a monorepo's `services/` trees are looked for (`hosts/a/services` is 3). */
const HOST_SEARCH_DEPTH = 3;
/** Folders never searched for hosts or stacks. */
const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Target {
  root: string;
  config: LoadedConfig | null;
  policy: Policy;
  /** Absolute paths of the parts to report (a file or folder argument inside the tree); null: everything. */
  only: string[] | null;
}

/** Looks for a config from `startDir` upwards, stopping at the git root (a folder holding `.git`) or the filesystem root. */
export function findConfigFile(startDir: string): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (existsSync(path.join(dir, '.git'))) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The config for a tree: from the folder upwards, and when the folder is (or sits under) a symlink,
 * from its real location too, so a symlinked `services/` finds the config beside the real tree.
 */
export function findConfigFor(dir: string): string | null {
  const found = findConfigFile(dir);
  if (found) return found;
  const real = realpathOrNull(dir);
  return real && real !== path.resolve(dir) ? findConfigFile(real) : null;
}

/**
 * The services root for a path argument, leniently (the programmatic API and rule tests): the
 * config's `root:` (relative to the config file) when the config is found from this directory;
 * otherwise a `services/` child; otherwise the directory itself.
 */
export function resolveRoot(dir: string, configFile: string | null, configRoot: string | null): string {
  const abs = path.resolve(dir);
  if (configFile && configRoot) return path.resolve(path.dirname(configFile), normaliseSlashes(configRoot));
  const services = path.join(abs, 'services');
  if (isDir(services)) return services;
  return abs;
}

/** One path argument as the root of a tree, with no search (the library API; rule tests pass a bare tree). */
export function resolveTarget(pathArg: string, cwd: string, configFile?: string | null): Target {
  const dir = path.resolve(cwd, pathArg);
  const stats = statOrNull(dir);
  if (!stats) throw new UsageError(`${pathArg}: no such directory`);
  if (!stats.isDirectory()) throw new UsageError(`${pathArg}: not a directory`);
  const file = configFile ? path.resolve(cwd, configFile) : findConfigFor(dir);
  const config = file ? loadConfigFile(file, cwd) : null;
  const root = resolveRoot(dir, file, config?.raw.root ?? null);
  if (config?.raw.root) checkConfigRoot(config, root, cwd);
  else if (!isDir(root)) throw new UsageError(`${pathArg}: root '${pathArg}' is not a directory`);
  return { root, config, policy: buildPolicy(config, dir), only: null };
}

/**
 * The trees the path arguments mean, for the CLI and the Action. Each argument is, in order:
 * 1. inside or holding the root a config's `root:` names;
 * 2. a `services/` folder, a folder holding one, or a file or folder inside one (then only that part is reported);
 * 3. inside or holding the folder of a config with no `root:` (the config sits next to its tree);
 * 4. a folder holding several hosts (`hosts/a/services`, `hosts/b/services`): each is a target;
 * 5. a folder holding compose stacks (a tree named otherwise: `stacks/`, `apps/`);
 * else a usage error. Arguments that resolve to the same root are linted once (their parts merged).
 */
export function discoverTargets(pathArgs: readonly string[], cwd: string, configFile?: string | null): Target[] {
  const args = pathArgs.length > 0 ? pathArgs : ['.'];
  const configs = new Map<string, LoadedConfig>();
  const load = (file: string) => getOrCompute(configs, file, (f) => loadConfigFile(f, cwd));
  const explicit = configFile ? path.resolve(cwd, configFile) : null;
  const byRoot = new Map<string, FoundTree>();
  for (const arg of args) {
    for (const found of discoverArg(arg, cwd, explicit, load)) {
      const seen = byRoot.get(found.root);
      if (!seen) byRoot.set(found.root, found);
      else seen.only = seen.only && found.only ? [...seen.only, ...found.only] : null;
    }
  }
  return [...byRoot.values()].map(({ root, configFile: file, only }) => {
    const config = file ? load(file) : null;
    if (config?.raw.root) checkConfigRoot(config, root, cwd);
    return { root, config, policy: buildPolicy(config, root), only };
  });
}

interface FoundTree {
  root: string;
  configFile: string | null;
  only: string[] | null;
}

function discoverArg(arg: string, cwd: string, explicitConfig: string | null, load: (file: string) => LoadedConfig): FoundTree[] {
  const abs = path.resolve(cwd, arg);
  const stats = statOrNull(abs);
  if (!stats) throw new UsageError(`${arg}: no such file or directory`);
  const dir = stats.isDirectory() ? abs : path.dirname(abs);
  const part = (root: string) => (abs === root || isInside(abs, root) ? null : [abs]);
  const tree = (root: string, only: string[] | null, configFile = explicitConfig ?? findConfigFor(root)): FoundTree[] => [{ root, configFile, only }];

  // 1. A config that names its root.
  const configFile = explicitConfig ?? findConfigFor(dir);
  const rootKey = configFile ? load(configFile).raw.root : undefined;
  if (configFile && rootKey) {
    const root = path.resolve(path.dirname(configFile), normaliseSlashes(rootKey));
    return tree(root, part(root), configFile);
  }
  // 2. `services/`: this folder, its child, or an ancestor up to the git root.
  if (isServicesName(dir)) return tree(dir, part(dir));
  const child = path.join(dir, 'services');
  if (isDir(child)) return tree(child, part(child));
  const ancestor = servicesAncestor(dir);
  if (ancestor) return tree(ancestor, [abs]);
  // 3. Several hosts below (a monorepo): each `services/` is a tree of its own.
  if (stats.isDirectory()) {
    const hosts = findServicesTrees(abs, HOST_SEARCH_DEPTH);
    if (hosts.length > 0) return hosts.flatMap((root) => tree(root, null));
  }
  // 4. A config with no root: its tree is its own folder.
  if (configFile && !explicitConfig) {
    const root = path.dirname(configFile);
    return tree(root, part(root), configFile);
  }
  // 5. A tree named otherwise, recognised by its compose stacks (or named by --config).
  if (stats.isDirectory() && (explicitConfig || holdsStacks(abs, 2))) return tree(abs, null);
  throw new UsageError(`no services tree found in ${arg} (looked for ${CONFIG_FILE_NAMES[0]}, services/)`);
}

/** A config's `root:` must be a folder: the error names the config, the key's position and the path as written. */
function checkConfigRoot(config: LoadedConfig, root: string, cwd: string): void {
  if (isDir(root)) return;
  const loc = config.locate(['root']);
  const where = `${displayPath(config.file, cwd)}${loc ? `:${loc.line}:${loc.column}` : ''}`;
  throw new ConfigError(`${where}: root '${config.raw.root}' is not a directory (it resolves to ${displayPath(root, cwd)})`);
}

/** The nearest ancestor named `services`, up to the git root. */
function servicesAncestor(dir: string): string | null {
  let current = path.dirname(path.resolve(dir));
  let previous = path.resolve(dir);
  while (current !== previous) {
    if (existsSync(path.join(previous, '.git'))) return null;
    if (isServicesName(current)) return current;
    previous = current;
    current = path.dirname(current);
  }
  return null;
}

/** `services/` folders below `dir` (not inside each other), breadth-first, sorted. */
export function findServicesTrees(dir: string, maxDepth: number): string[] {
  const found: string[] = [];
  let level = [dir];
  for (let depth = 1; depth <= maxDepth && level.length > 0; depth += 1) {
    const next: string[] = [];
    for (const parent of level) {
      for (const name of listDirs(parent)) {
        const child = path.join(parent, name);
        if (isServicesName(child)) found.push(child);
        else next.push(child);
      }
    }
    level = next;
  }
  return found.sort();
}

/** Whether a compose file sits in `dir` or in a folder up to `depth` levels below it. */
function holdsStacks(dir: string, depth: number): boolean {
  let level = [dir];
  for (let d = 0; d <= depth && level.length > 0; d += 1) {
    const next: string[] = [];
    for (const folder of level) {
      if (COMPOSE_FILE_NAMES.some((name) => isFile(path.join(folder, name)))) return true;
      for (const name of listDirs(folder)) next.push(path.join(folder, name));
    }
    level = next;
  }
  return false;
}

function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIPPED.has(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

function isServicesName(dir: string): boolean {
  return path.basename(dir) === 'services';
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function realpathOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

function isFile(p: string): boolean {
  return statOrNull(p)?.isFile() === true;
}

function isDir(p: string): boolean {
  return statOrNull(p)?.isDirectory() === true;
}

/**
 * The policy and root for commands that read the policy without linting (place, rules): the tree of
 * the working directory when there is exactly one; otherwise the config found from it (or the
 * built-in policy) with `services/` as the root a new service would go under.
 */
export function policyTarget(cwd: string, configFile: string | null): Target {
  try {
    const targets = discoverTargets(['.'], cwd, configFile);
    if (targets.length === 1) return targets[0]!;
  } catch (error) {
    if (error instanceof ConfigError || !(error instanceof UsageError)) throw error;
  }
  const file = configFile ? path.resolve(cwd, configFile) : findConfigFor(cwd);
  const config = file ? loadConfigFile(file, cwd) : null;
  return { root: path.join(cwd, 'services'), config, policy: buildPolicy(config, cwd), only: null };
}
