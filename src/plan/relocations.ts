// The relocation that decides where a path ends up: the one whose source is the path itself or
// its deepest ancestor. The plan asks this for every relative path of every stack, so the sources
// are indexed and a lookup walks the path's own ancestors instead of every relocation.
import path from 'node:path';

export interface Relocation {
  from: string;
  to: string;
}

/**
 * The lookup `(abs) => relocations.find((r) => abs === r.from || abs.startsWith(r.from + sep))` for
 * relocations sorted deepest source first (ties in their given order), without the scan. The
 * candidates are `abs` and each prefix of it that ends before a separator; the longest one that is
 * a source is the deepest, and the first relocation with that source is the one `find` returns.
 */
export function relocationLookup<R extends Relocation>(relocations: readonly R[], sep: string = path.sep): (abs: string) => R | null {
  const bySource = new Map<string, R>();
  for (const relocation of relocations) if (!bySource.has(relocation.from)) bySource.set(relocation.from, relocation);
  // A prefix shorter than every source is none of them: the walk up stops there (most paths asked
  // about sit a few levels below the sources, under ancestors they all share).
  let shortest = Infinity;
  for (const from of bySource.keys()) shortest = Math.min(shortest, from.length);
  return (abs) => {
    if (bySource.size === 0) return null;
    const own = bySource.get(abs);
    if (own) return own;
    for (let i = abs.lastIndexOf(sep); i >= shortest; i = i === 0 ? -1 : abs.lastIndexOf(sep, i - 1)) {
      const ancestor = bySource.get(abs.slice(0, i));
      if (ancestor) return ancestor;
    }
    return null;
  };
}
