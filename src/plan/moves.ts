// Where a path ends up once the plan's Phase 4 moves are done, and whether that place is already
// reachable in Phase 2 (a Phase 1 bridge answers there, or it does not move at all).
import path from 'node:path';
import { isInside } from '../util/paths';
import type { PlanAction } from './types';

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
  const final = (abs: string) => {
    let current = abs;
    for (const { from, to } of moves) if (isInside(from, current)) current = path.join(to, path.relative(from, current));
    return current;
  };
  const reachableEarly = (abs: string) => {
    const end = final(abs);
    if (end === abs) return true;
    return bridges.some((b) => isInside(b.path, end) && final(b.target) === b.path && isInside(b.target, abs));
  };
  const original = (abs: string) => {
    let current = abs;
    for (let i = moves.length - 1; i >= 0; i--) {
      const { from, to } = moves[i]!;
      if (isInside(to, current)) current = path.join(from, path.relative(to, current));
    }
    return current;
  };
  return { final, reachableEarly, original, moves };
}

/** A relative reference rewritten for a new base: `./` kept when it was written, a trailing `/` too. */
export function relativeReference(original: string, baseDir: string, target: string): string {
  let rel = path.relative(baseDir, target).split(path.sep).join('/');
  if (rel === '') rel = '.';
  else if (!rel.startsWith('../') && rel !== '..' && (original.startsWith('./') || original === '.')) rel = `./${rel}`;
  if (original.endsWith('/') && !rel.endsWith('/')) rel += '/';
  return rel;
}
