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
