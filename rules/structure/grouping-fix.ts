// The fix of no-catch-all-dir and no-technology-dir: the plan's moves out of the folder.
import path from 'node:path';
import { causeOf, placementPlan } from '../../src/plan';
import { isInside } from '../../src/util/paths';
import type { HostModel } from '../../src/types';

/** The plan's moves out of a folder, as `name -> capability/name/`. */
export function movesOutOf(model: HostModel, folder: string): string[] {
  const plan = placementPlan(model);
  const cause = causeOf(plan, folder);
  return plan.moves
    .filter((m) => m.cause === cause?.key && isInside(folder, m.from))
    .map((m) => `${path.basename(m.from)} -> ${path.relative(model.root, m.to).split(path.sep).join('/')}/`);
}

export function groupingFix(model: HostModel, folder: { entry: { abs: string; name: string } }, otherwise: string): string {
  const moves = movesOutOf(model, folder.entry.abs);
  const name = folder.entry.name;
  return moves.length > 0
    ? `Move its services to their capability directories (${moves.join(', ')}) and remove '${name}/'.`
    : `${otherwise} and remove '${name}/'.`;
}
