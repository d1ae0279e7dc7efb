// Where the config and the services root are, per the spec's Terms section.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE_NAMES = ['svclint.config.yaml', 'svclint.config.yml', '.svclintrc.yaml', '.svclintrc.yml', '.svclintrc.json'];

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
 * The services root for a path argument: the config's `root:` (relative to the config file) when the
 * config is found from this directory; otherwise a `services/` child; otherwise the directory itself.
 */
export function resolveRoot(dir: string, configFile: string | null, configRoot: string | null): string {
  const abs = path.resolve(dir);
  // `svclint`, `svclint services` and `svclint path/to/repo` all lint the same tree.
  if (configFile && configRoot) return path.resolve(path.dirname(configFile), configRoot);
  const services = path.join(abs, 'services');
  if (isDir(services)) return services;
  return abs;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
