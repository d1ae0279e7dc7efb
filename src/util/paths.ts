import path from 'node:path';

/** Whether `child` is `parent` itself or lies inside it (absolute paths). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Display form of a path: relative to the working directory, `/` separators, '.' for the directory itself. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/**
 * Whether a name can be one folder under the services root: capability and service names from
 * labels or config become paths, so `..`, `a/b` or `x\y` would send a move outside its place.
 * The config schema's `folderName` says the same.
 */
export function isFolderName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}
