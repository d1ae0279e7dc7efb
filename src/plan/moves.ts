// Where a path ends up once the plan's Phase 4 moves are done, and whether that place is already
// reachable in Phase 2 (a Phase 1 bridge answers there, or it does not move at all).
import path from 'node:path';
import { isInside } from '../util/paths';
import type { PlanAction } from './types';
import { appendTo } from '../util/maps';

export interface MoveMap {
  /** The path after every move (moves applied in execution order). */
  final(abs: string): string;
  /** Whether the final path of `abs` answers in Phase 2: it does not move, or a Phase 1 bridge leads there. */
  reachableEarly(abs: string): boolean;
  /** Where a final path is before the moves (the inverse of `final`). */
  original(abs: string): string;
  /** The moves, in execution order. */
  moves: { from: string; to: string }[];
}

export function moveMap(actions: readonly PlanAction[]): MoveMap {
  const moves = actions.filter((a) => a.op === 'move').map((a) => ({ from: a.from, to: a.to }));
  const bridges = actions.filter((a) => a.op === 'symlink').map((a) => ({ path: a.path, target: a.target }));
  // Moves by source and by target, so mapping a path looks at its ancestors (a few) instead of every move.
  const bySource = indexBy(moves.map((m, i) => [m.from, i]));
  const byTarget = indexBy(moves.map((m, i) => [m.to, i]));
  const final = (abs: string) => {
    let current = abs;
    let after = -1;
    for (;;) {
      const i = firstAncestorMove(current, bySource, after, 1);
      if (i === null) return current;
      const { from, to } = moves[i]!;
      current = current === from ? to : path.join(to, path.relative(from, current));
      after = i;
    }
  };
  const original = (abs: string) => {
    let current = abs;
    let before = moves.length;
    for (;;) {
      const i = firstAncestorMove(current, byTarget, before, -1);
      if (i === null) return current;
      const { from, to } = moves[i]!;
      current = current === to ? from : path.join(from, path.relative(to, current));
      before = i;
    }
  };
  const reachableEarly = (abs: string) => {
    const end = final(abs);
    if (end === abs) return true;
    return bridges.some((b) => isInside(b.path, end) && final(b.target) === b.path && isInside(b.target, abs));
  };
  return { final, reachableEarly, original, moves };
}

function indexBy(entries: [string, number][]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [key, i] of entries) appendTo(map, key, i);
  return map;
}

/** The first move (in `direction` from `bound`) whose key is `abs` or one of its ancestors. */
function firstAncestorMove(abs: string, index: Map<string, number[]>, bound: number, direction: 1 | -1): number | null {
  if (index.size === 0) return null;
  let best: number | null = null;
  for (let current = abs; ;) {
    for (const i of index.get(current) ?? []) {
      if (direction === 1 ? i > bound && (best === null || i < best) : i < bound && (best === null || i > best)) best = i;
    }
    const parent = path.dirname(current);
    if (parent === current) return best;
    current = parent;
  }
}

/** A relative reference rewritten for a new base: `./` kept when it was written, a trailing `/` too. */
export function relativeReference(original: string, baseDir: string, target: string): string {
  let rel = path.relative(baseDir, target).split(path.sep).join('/');
  if (rel === '') rel = '.';
  else if (!rel.startsWith('../') && rel !== '..' && (original.startsWith('./') || original === '.')) rel = `./${rel}`;
  if (original.endsWith('/') && !rel.endsWith('/')) rel += '/';
  return rel;
}
