// The fix of no-catch-all-dir, no-technology-dir and undeclared-capability: the plan's moves out of a folder.
import path from 'node:path';
import { causeOf, isInside, type PlacementPlan } from '../../src/api';

/** The plan's moves out of a folder, as `name -> capability/name/` (root-relative, so cwd-independent). */
export function movesOutOf(plan: PlacementPlan, folder: string): string[] {
  const cause = causeOf(plan, folder);
  return plan.moves
    .filter((m) => m.cause === cause?.key && isInside(folder, m.from))
    .map((m) => `${path.basename(m.from)} -> ${path.relative(plan.root, m.to).split(path.sep).join('/')}/`);
}
