// The fix of no-catch-all-dir and no-technology-dir: the plan's moves out of the folder.
import path from 'node:path';
import { causeOf, placementPlan, type GroupingFolder } from '../../src/plan';
import { isInside } from '../../src/util/paths';
import type { HostModel } from '../../src/types';

export function groupingFix(model: HostModel, folder: GroupingFolder, otherwise: string): string {
  const plan = placementPlan(model);
  const cause = causeOf(plan, folder.entry.abs);
  const moves = plan.moves
    .filter((m) => m.cause === cause?.key && isInside(folder.entry.abs, m.from))
    .map((m) => `${path.basename(m.from)} -> ${path.relative(model.root, m.to).split(path.sep).join('/')}/`);
  const name = folder.entry.name;
  return moves.length > 0
    ? `Move its services to their capability directories (${moves.join(', ')}) and remove '${name}/'.`
    : `${otherwise} and remove '${name}/'.`;
}
