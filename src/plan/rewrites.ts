// Phase 2 and 4 steps for what the planner's path edits (compose-edits.ts) leave: symlinks whose
// text stops fitting once folders move, and active stacks that would read from a folder going to
// archive/. Both are manual steps with the exact command or instruction: the vocabulary has no
// "re-point a link" step, and a dependency on an archived folder is a decision, not a path.
import path from 'node:path';
import type { HostModel } from '../model/types';
import { isInside } from '../util/paths';
import { pathReferences } from './compose-edits';
import { archiveName } from './decide';
import type { MoveMap } from './moves';
import type { ManualAction } from './types';

export function followUpSteps(model: HostModel, moves: MoveMap): ManualAction[] {
  if (moves.moves.length === 0) return [];
  return [...archiveReads(model, moves), ...symlinkSteps(model, moves)];
}

/** An active stack whose relative path leads into a folder that goes to archive/. */
function archiveReads(model: HostModel, moves: MoveMap): ManualAction[] {
  const archive = path.join(model.root, archiveName(model));
  // A path that moves ends where its last move puts it: inside that move's target. Unless a target
  // is in archive/ or holds it, no path can end in archive/, and no reference needs resolving.
  if (!moves.moves.some((m) => isInside(archive, m.to) || isInside(m.to, archive))) return [];
  const steps: ManualAction[] = [];
  for (const stack of model.stacks) {
    if (stack.archived || isInside(archive, moves.final(stack.file))) continue;
    for (const file of stack.files) {
      for (const ref of pathReferences(file.data)) {
        const target = path.resolve(stack.dir, ref.raw); // a stack's files sit in its folder
        const end = moves.final(target);
        if (end === target || !isInside(archive, end)) continue;
        steps.push({
          op: 'manual',
          phase: 4,
          path: moves.final(file.abs),
          reason: `It reads '${ref.raw}' (${ref.keyPath.join('.')}) from a folder that goes to ${path.basename(archive)}/ (archived services must not be used).`,
          steps: [`Move what it needs out of '${path.relative(model.root, end)}' into its own folder, or drop the reference.`],
        });
      }
    }
  }
  return steps;
}

/** A link inside a moving folder that points out of it, or a link elsewhere that points into one. */
function symlinkSteps(model: HostModel, moves: MoveMap): ManualAction[] {
  const steps: ManualAction[] = [];
  const bridges = new Set(model.serviceDirs.filter((d) => d.symlink).map((d) => d.abs));
  for (const entry of model.tree.entries) {
    if (entry.kind !== 'symlink' || !entry.symlink || bridges.has(entry.abs)) continue;
    const text = entry.symlink.target;
    const target = path.resolve(path.dirname(entry.abs), text);
    if (path.isAbsolute(text) && !isInside(model.root, target)) continue;
    const link = moves.final(entry.abs);
    const end = moves.final(target);
    const next = path.isAbsolute(text) ? end : path.relative(path.dirname(link), end) || '.';
    if (next === text || (!path.isAbsolute(text) && path.relative(path.dirname(entry.abs), target) === next)) continue;
    steps.push({
      op: 'manual',
      phase: 4,
      path: link,
      reason: `The symlink '${path.basename(entry.abs)}' (-> ${text}) would point at the wrong place once the folders move.`,
      steps: [`ln -sfn '${next.replace(/'/g, `'\\''`)}' '${link.replace(/'/g, `'\\''`)}'`],
    });
  }
  return steps;
}
