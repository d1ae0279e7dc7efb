import path from 'node:path';

/** Whether `child` is `parent` itself or lies inside it (absolute paths). */
export function isInside(parent: string, child: string): boolean {
  // The model's paths are absolute and normalised: a prefix test answers as path.relative would,
  // without resolving both paths (this runs for every service in several rules and the plan).
  if (path.sep === '/' && isNormalAbsolute(parent) && isNormalAbsolute(child)) {
    if (child === parent) return true;
    if (parent === '/') return !child.startsWith('..', 1);
    return child.startsWith(parent) && child.charCodeAt(parent.length) === 47 && !child.startsWith('..', parent.length + 1);
  }
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A POSIX absolute path as path.resolve returns it: no empty, `.` or `..` segment, no trailing `/` (but `/` itself). */
function isNormalAbsolute(p: string): boolean {
  if (p.charCodeAt(0) !== 47) return false;
  if (p.length === 1) return true;
  return p.charCodeAt(p.length - 1) !== 47 && !p.includes('//') && !/\/\.\.?(?:\/|$)/.test(p);
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
