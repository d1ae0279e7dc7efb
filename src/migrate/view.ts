// What every rendering of a migration shows: the actions phase by phase (with their state when a
// journal is running them), the Compose project names and how each is kept, the Phase 3 checks.
import path from 'node:path';
import { defaultProjectName } from '../plan/compose-edits';
import { moveMap } from '../plan/moves';
import { effectiveProjectName } from '../plan/split';
import type { MigrationChecks, MigrationPhase, PlacementPlan, PlanAction } from '../plan/types';
import { displayPath } from '../engine/lint';
import type { HostModel } from '../model/types';
import type { Journal } from './journal';

export const PHASE_TITLES: Record<MigrationPhase, string> = {
  1: 'New structure: capability folders and symlink bridges (nothing moves)',
  2: 'Compose paths: project names kept, paths and stacks rewritten for the new layout',
  3: 'Checks: lint the tree as it will stand, docker compose config per stack, the URLs to try',
  4: 'Final moves: bridges replaced by the folders, emptied folders removed',
  5: "Documentation: paths rewritten in the config's docs",
};

export type ActionState = 'pending' | 'done' | 'in-flight' | 'manual';

export interface ProjectName {
  /** The stack file today (absolute). */
  stack: string;
  /** Where it will be (absolute). */
  to: string;
  before: string;
  after: string;
  /** How the name is kept: already pinned or set, pinned by an edit of the plan, the folder keeps its name, or it changes (a split: the plan gives the restart commands). */
  kept: 'set' | 'pinned' | 'same-folder-name' | 'changes';
}

export interface MigrationView {
  /** Absolute paths. */
  root: string;
  scope: string;
  actions: PlanAction[];
  states: ActionState[] | null;
  checks: MigrationChecks;
  projects: ProjectName[];
  moves: { from: string; to: string }[];
}

export function viewOfPlan(model: HostModel, plan: PlacementPlan, scope: string): MigrationView {
  const mm = moveMap(plan.actions);
  const pinned = new Set(
    plan.actions.filter((a) => a.op === 'edit' && /^name: /.test(a.new) && a.line >= 1 && !a.whole).map((a) => (a as { file: string }).file),
  );
  const projects: ProjectName[] = [];
  for (const stack of model.stacks) {
    const to = mm.final(stack.file);
    const before = effectiveProjectName(stack);
    if (to === stack.file || before === null) continue;
    const named = stack.resolved.name !== undefined || stack.env.has('COMPOSE_PROJECT_NAME');
    const after = named || pinned.has(stack.file) ? before : defaultProjectName(path.dirname(to));
    projects.push({
      stack: stack.file,
      to,
      before,
      after,
      kept: named ? 'set' : pinned.has(stack.file) ? 'pinned' : after === before ? 'same-folder-name' : 'changes',
    });
  }
  // A service split out of a shared stack runs in a project of its own: the plan gives the restart commands.
  const created = new Set(plan.actions.filter((a) => a.op === 'edit' && a.whole === 'create').map((a) => (a as { file: string }).file));
  for (const split of plan.stackSplits) {
    const stack = model.stacks.find((s) => s.file === split.file);
    const before = stack ? effectiveProjectName(stack) : null;
    for (const { name } of split.services) {
      const folder = stack?.services.find((s) => s.name === name)?.serviceDir;
      const file = folder ? path.join(folder.abs, 'docker-compose.yml') : null;
      if (!before || !file || !created.has(file)) continue;
      const to = mm.final(file);
      projects.push({ stack: split.file, to, before, after: defaultProjectName(path.dirname(to)), kept: 'changes' });
    }
  }
  return {
    root: model.root,
    scope,
    actions: plan.actions,
    states: null,
    checks: plan.checks ?? { stacks: [], urls: [] },
    projects: projects.sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0)),
    moves: mm.moves,
  };
}

/** The journal's plan, with each action's state. */
export function withJournal(view: MigrationView, journal: Journal): MigrationView {
  const states: ActionState[] = view.actions.map(() => 'pending');
  for (const entry of journal.entries) states[entry.action] = entry.state === 'done' ? 'done' : entry.state === 'manual' ? 'manual' : 'in-flight';
  return { ...view, states };
}

/** A path as the user sees it: relative to where they stand, `/` separators (as the findings show it). */
export const shownPath = displayPath;

/** The folder tree before and after the moves: capability and group folders, service folders, the stacks beside them. */
export function treeBeforeAfter(model: HostModel, view: MigrationView): { before: string[]; after: string[] } {
  const mm = moveMap(view.actions);
  const rel = (abs: string) => path.relative(model.root, abs).split(path.sep).join('/');
  const isStack = (name: string) => /^(docker-)?compose\.ya?ml$/.test(name);
  const before = new Set<string>();
  const serviceRels = new Set(model.serviceDirs.map((d) => d.rel));
  for (const entry of model.tree.entries) {
    if (entry.rel.split('/').some((p) => p.startsWith('.')) || entry.depth > 1) continue;
    const parent = path.posix.dirname(entry.rel);
    if (entry.depth === 1 && serviceRels.has(parent)) continue; // inside a service folder
    const isDir = entry.kind === 'dir' || (entry.kind === 'symlink' && entry.symlink?.targetKind === 'dir');
    if (isDir) before.add(`${entry.rel}/`);
    else if (isStack(entry.name)) before.add(entry.rel);
  }
  const removed = new Set<string>();
  for (const a of view.actions) {
    if (a.op === 'delete-empty') removed.add(rel(a.path));
    else if (a.op === 'edit' && a.whole === 'remove') removed.add(rel(a.file));
  }
  const finalServices = new Set([...serviceRels].map((r) => rel(mm.final(path.join(model.root, r)))));
  const after = new Set<string>();
  const place = (abs: string, isDir: boolean) => {
    const r = rel(abs);
    if (!r || r.startsWith('..') || r.split('/').length > 2 || removed.has(r)) return;
    if (r.split('/').length === 2 && finalServices.has(path.posix.dirname(r))) return;
    after.add(isDir ? `${r}/` : r);
  };
  for (const item of before) {
    const isDir = item.endsWith('/');
    const abs = path.join(model.root, item.replace(/\/$/, ''));
    if (removed.has(rel(abs))) continue;
    place(mm.final(abs), isDir);
  }
  for (const a of view.actions) {
    if (a.op === 'mkdir') place(a.path, true);
    else if (a.op === 'edit' && a.whole === 'create') place(mm.final(a.file), false);
    else if (a.op === 'move' && isStack(path.basename(a.to))) place(a.to, false);
  }
  return { before: [...before].sort(), after: [...after].sort() };
}
