// The migration's own steps on top of the placement plan (issue 10), so lint and `svclint migrate`
// still share one plan:
// - stack splits automated when safe (split.ts), else the exact manual step;
// - a retired second copy of a service goes to archive/ (kept, never deleted);
// - Phase 2: paths in every stack that point into a moving folder (rewrites.ts);
// - Phase 3: the checks (checks.ts);
// - Phase 5: the documents (docs.ts).
// Each new action joins the cause of the move it follows, so the findings carry it.
import path from 'node:path';
import type { HostModel, ServiceDir } from '../model/types';
import { memo } from '../util/lazy';
import { isInside } from '../util/paths';
import { keepProjectName } from './compose-edits';
import { migrationChecks } from './checks';
import { archiveName } from './decide';
import { documentEdits } from './docs';
import { moveMap, type MoveMap } from './moves';
import { followUpSteps } from './rewrites';
import { manualSplit, splitStack } from './split';
import type { ManualAction, PlacementPlan, PlanAction, PlanCause, StackSplit } from './types';

export function extendPlan(model: HostModel, plan: PlacementPlan): PlacementPlan {
  const causeOf = new Map<PlanAction, Set<string>>();
  for (const cause of plan.causes) for (const action of cause.actions) addCause(causeOf, action, cause.key);
  const actions = [...plan.actions];
  const replace = (old: PlanAction, next: PlanAction[]) => {
    const i = actions.indexOf(old);
    if (i < 0) return;
    actions.splice(i, 1, ...next);
    const keys = causeOf.get(old) ?? new Set<string>();
    for (const action of next) for (const key of keys) addCause(causeOf, action, key);
  };
  const add = (action: PlanAction, ...keys: (string | null)[]) => {
    actions.push(action);
    for (const key of keys) if (key) addCause(causeOf, action, key);
  };

  const planned = moveMap(actions);
  const existing = (abs: string) => abs === model.root || model.tree.byRel.has(path.relative(model.root, abs).split(path.sep).join('/'));
  const claimed = new Set<string>();
  for (const a of actions) if (a.op === 'move') claimed.add(a.to);
  const taken = (abs: string) => existing(abs) || claimed.has(abs);

  // Retired second copies go to archive/ (the manual step stays: what to keep from it is a judgement call).
  for (const folder of plan.folders) {
    if (folder.fate !== 'retire') continue;
    const manual = actions.find((a): a is ManualAction => a.op === 'manual' && a.path === folder.dir);
    const dir = model.serviceDirs.find((d) => d.abs === folder.dir);
    if (!manual || !dir || dir.symlink || plan.moves.some((m) => isInside(m.from, dir.abs) && m.from !== dir.abs)) continue;
    const to = archiveTarget(model, dir.name, taken);
    claimed.add(to);
    const key = [...(causeOf.get(manual) ?? [])][0] ?? null;
    const pin = dir.stack ? keepProjectName(dir.stack, to).edit : null;
    if (pin) add(pin, key);
    add(
      {
        op: 'move',
        phase: 4,
        from: dir.abs,
        to,
        reason: `A second copy of '${dir.classification.canonicalName}': archived, not deleted (archive/ holds what no longer runs).`,
      },
      key,
    );
    replace(manual, [
      {
        ...manual,
        steps: manual.steps
          .filter((s) => !/^Remove '/.test(s))
          .concat(`svclint moves it to '${path.relative(model.root, to)}/' (archived stacks are not part of the running host).`),
      },
    ]);
  }

  // Stack splits: the planner's, and definitions in a capability's stack whose folder goes to another capability.
  const created: string[] = [];
  const removed = new Set<string>();
  const covered = new Map<string, Set<number>>();
  for (const split of [...plan.stackSplits, ...followingDefinitions(model, plan, planned)]) {
    const manual = actions.find((a): a is ManualAction => a.op === 'manual' && a.phase === 2 && a.path === split.file);
    const outcome = splitStack(model, split, planned, taken);
    if (outcome.automated) {
      for (const file of outcome.steps.created) claimed.add(file);
      for (const a of outcome.steps.actions) if (a.op === 'move') claimed.add(a.to);
      created.push(...outcome.steps.created);
      for (const f of outcome.steps.removed) removed.add(f);
      for (const [file, lines] of outcome.steps.covered) covered.set(file, new Set([...(covered.get(file) ?? []), ...lines]));
      if (manual) replace(manual, outcome.steps.actions);
      else for (const a of outcome.steps.actions) add(a, split.cause);
    } else {
      const step = manualSplit(model, split, planned, outcome.why);
      if (manual) replace(manual, [step]);
      else add(step, split.cause);
    }
  }

  // The planner's path edits of a definition that leaves its stack, or of a stack file that goes,
  // are moot: the split writes the definition anew.
  for (const action of [...actions]) {
    if (action.op !== 'edit' || action.whole || action.phase !== 2) continue;
    if (removed.has(action.file) || covered.get(action.file)?.has(action.line)) replace(action, []);
  }

  // Links and archive reads follow every move; documents too (Phase 5).
  const moves = moveMap(actions);
  for (const manual of followUpSteps(model, moves)) add(manual, moveCause(plan, causeOf, actions, manual.path));
  for (const edit of documentEdits(model, moves)) add(edit, docCause(plan, edit.old, model.root));

  // A folder is removed only when the automated steps empty it; else removing it is part of the manual work.
  for (const action of [...actions]) {
    if (action.op !== 'delete-empty') continue;
    const left = leftBehind(model, actions, action.path);
    if (left.length === 0) continue;
    const shown = (abs: string) => path.relative(model.root, abs).split(path.sep).join('/');
    replace(action, [
      {
        op: 'manual',
        phase: 4,
        path: action.path,
        reason: `'${shown(action.path)}/' still holds ${left
          .slice(0, 3)
          .map((l) => `'${path.basename(l)}'`)
          .join(', ')}${left.length > 3 ? ` and ${left.length - 3} more` : ''} once the automated steps are done.`,
        steps: [`When the manual steps above have emptied it, remove it: rmdir ${shown(action.path)}`],
      },
    ]);
  }

  const ordered = orderForExecution(actions);
  const causes: PlanCause[] = plan.causes.map((cause) => ({ ...cause, actions: ordered.filter((a) => causeOf.get(a)?.has(cause.key)) }));
  // Phase 3's checks are read by `migrate` and the HTML report only, so a lint run does not build
  // them (a URL per Traefik route of every service). Worked out on first read, then kept: the
  // property reads (and serialises) as a plain value. Nothing it reads changes after this point.
  const checks = memo(() => migrationChecks(model, moves, created, removed));
  return {
    ...plan,
    actions: ordered,
    causes,
    get checks() {
      return checks();
    },
  };
}

/**
 * A service folder that moves to another capability while its definition sits in the stack of the
 * folder above (a capability's stack): the definition must leave that stack too (a split), or the
 * moved service would be "defined in the wrong stack" after the migration.
 */
function followingDefinitions(model: HostModel, plan: PlacementPlan, moves: MoveMap): StackSplit[] {
  const known = new Set(plan.stackSplits.flatMap((s) => s.services.map((x) => `${s.file}#${x.name}`)));
  const byFile = new Map<string, StackSplit>();
  const capability = (abs: string) => path.relative(model.root, abs).split(path.sep)[0];
  const leaving = plan.moves.filter((move) => !move.bridged && capability(move.from) !== capability(move.to));
  // The folders of those moves, found in one pass over the tree's folders (the first of a path, as `find` would).
  const wanted = new Set(leaving.map((move) => move.dir));
  const dirs = new Map<string, ServiceDir>();
  for (const dir of wanted.size > 0 ? model.serviceDirs : []) if (wanted.has(dir.abs) && !dirs.has(dir.abs)) dirs.set(dir.abs, dir);
  for (const move of leaving) {
    const dir = dirs.get(move.dir);
    for (const service of dir?.composeServices ?? []) {
      const stack = service.stack;
      if (isInside(move.from, stack.dir) || moves.final(stack.file) !== stack.file || known.has(`${stack.file}#${service.name}`)) continue;
      const split = byFile.get(stack.file) ?? { file: stack.file, services: [], cause: move.cause };
      split.services.push({ name: service.name, to: path.join(model.root, capability(move.to)!), cause: move.cause, reasons: move.reasons });
      byFile.set(stack.file, split);
    }
  }
  return [...byFile.values()];
}

/** What the automated steps leave in a folder (moved, removed or emptied entries aside). */
function leftBehind(model: HostModel, actions: readonly PlanAction[], dir: string): string[] {
  const gone = new Set<string>();
  for (const a of actions) {
    if (a.op === 'move') gone.add(a.from);
    else if (a.op === 'edit' && a.whole === 'remove') gone.add(a.file);
  }
  const emptied = new Set(actions.filter((a) => a.op === 'delete-empty').map((a) => (a as { path: string }).path));
  const rel = path.relative(model.root, dir).split(path.sep).join('/');
  const left: string[] = [];
  for (const child of model.tree.children.get(rel) ?? []) {
    if (gone.has(child.abs)) continue;
    if (emptied.has(child.abs) && leftBehind(model, actions, child.abs).length === 0) continue;
    left.push(child.abs);
  }
  return left;
}

function addCause(map: Map<PlanAction, Set<string>>, action: PlanAction, key: string): void {
  const set = map.get(action);
  if (set) set.add(key);
  else map.set(action, new Set([key]));
}

/** By phase; inside Phase 4 the moves first, then edits and notes, and the emptied folders last. */
function orderForExecution(actions: PlanAction[]): PlanAction[] {
  const rank = (a: PlanAction) => (a.phase !== 4 ? 0 : a.op === 'move' ? 0 : a.op === 'edit' ? 1 : a.op === 'manual' ? 2 : 3);
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => a.action.phase - b.action.phase || rank(a.action) - rank(b.action) || a.index - b.index)
    .map(({ action }) => action);
}

/** The cause of the move a path follows (a file in a moving folder, or a reference to one). */
function moveCause(plan: PlacementPlan, causeOf: Map<PlanAction, Set<string>>, actions: PlanAction[], abs: string): string | null {
  for (const a of actions) {
    if (a.op !== 'move') continue;
    if (isInside(a.from, abs) || isInside(a.to, abs)) return [...(causeOf.get(a) ?? [])][0] ?? null;
  }
  const move = plan.moves.find((m) => isInside(m.from, abs) || isInside(m.to, abs));
  return move?.cause ?? null;
}

function archiveTarget(model: HostModel, name: string, taken: (abs: string) => boolean): string {
  const archive = archiveName(model);
  let to = path.join(model.root, archive, name);
  for (let n = 2; taken(to); n++) to = path.join(model.root, archive, `${name}-${n}`);
  return to;
}

/** The cause of the first moving folder a document line names. */
function docCause(plan: PlacementPlan, line: string, root: string): string | null {
  const rootName = path.basename(root);
  const move = plan.moves.find((m) => line.includes(`${rootName}/${path.relative(root, m.from).split(path.sep).join('/')}`));
  return move?.cause ?? null;
}
