// Executes the plan's actions, phase by phase, through the journal. Each action becomes primitive
// steps (see steps.ts) decided from the disk just before it runs; the journal gets the steps with
// the content they replace before anything is touched, and the action is marked done after.
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { MigrationPhase, PlanAction } from '../plan/types';
import { isInside } from '../util/paths';
import { applyLineEdit, effectiveLines } from './edits';
import { describeState, manifestOf, stateOf } from './fsstate';
import { ABSENT, putObject, saveJournal, type CheckResults, type Journal, type JournalEntry, type Step } from './journal';
import { forwardStep, stepDone, StepConflict } from './steps';

/** Called before every journal write and every file-system step; tests throw (or kill) here to interrupt a run. */
export type InterruptHook = (point: string) => void;

export interface ApplyOptions {
  /** Real path of the migration's scope (where `.svclint/` lives). */
  scope: string;
  journal: Journal;
  /** Phases to run, in order. */
  phases: readonly MigrationPhase[];
  /** Phase 3's automated checks (lint of the final tree, docker compose config). */
  runChecks?: (journal: Journal) => Promise<CheckResults>;
  force?: boolean;
  interrupt?: InterruptHook;
  log?: (line: string) => void;
}

export interface ApplyReport {
  /** Actions done by this run (manual steps included as recorded). */
  done: number;
  manual: number;
  /** Phase 3 found problems that stop Phase 4 (and --force was not given). */
  blocked: string[] | null;
}

/** An action that cannot run: nothing of it was done; the journal is consistent. */
export class ActionRefused extends Error {
  constructor(
    readonly action: number,
    readonly phase: MigrationPhase,
    message: string,
  ) {
    super(message);
    this.name = 'ActionRefused';
  }
}

/** Actions with absolute paths from the journal's scope-relative ones. */
export function absoluteActions(journal: Journal, scope: string): PlanAction[] {
  return journal.actions.map((a) => mapActionPaths(a, (p) => path.join(scope, p)));
}

export function mapActionPaths(action: PlanAction, map: (p: string) => string): PlanAction {
  switch (action.op) {
    case 'mkdir':
    case 'delete-empty':
    case 'manual':
      return { ...action, path: map(action.path) };
    case 'symlink':
      return { ...action, path: map(action.path), target: map(action.target) };
    case 'move':
      return { ...action, from: map(action.from), to: map(action.to) };
    case 'edit':
      return { ...action, file: map(action.file) };
  }
}

export async function applyJournal(options: ApplyOptions): Promise<ApplyReport> {
  const { scope, journal } = options;
  const interrupt = options.interrupt ?? (() => {});
  const log = options.log ?? (() => {});
  const actions = absoluteActions(journal, scope);
  const lines = effectiveLines(actions);
  const save = (point: string) => {
    interrupt(`journal: ${point}`);
    saveJournal(scope, journal);
  };
  const report: ApplyReport = { done: 0, manual: 0, blocked: null };

  if (journal.entries.some((e) => e.state === 'undoing')) {
    throw new ActionRefused(-1, 1, 'a rollback was interrupted: finish it first (svclint migrate --rollback)');
  }
  // An action killed half-way: its steps are recorded; finish them (each checks what is already done).
  const inFlight = journal.entries.find((e) => e.state === 'started');
  if (inFlight) {
    runSteps(scope, inFlight, interrupt);
    inFlight.state = 'done';
    save(`action ${inFlight.action} done (resumed)`);
    log(`resumed: ${describeAction(actions[inFlight.action]!, scope)}`);
    report.done++;
  }
  const recorded = new Set(journal.entries.map((e) => e.action));
  for (const phase of options.phases) {
    for (const [index, action] of actions.entries()) {
      if (action.phase !== phase || recorded.has(index)) continue;
      let entry: JournalEntry;
      if (action.op === 'manual') {
        entry = { action: index, phase, op: 'manual', state: 'manual', steps: [] };
        journal.entries.push(entry);
        save(`action ${index} manual`);
        report.manual++;
        continue;
      }
      let planned: { steps: Step[]; note?: string };
      try {
        planned = stepsFor(action, index, scope, lines);
      } catch (error) {
        if (error instanceof StepConflict) throw new ActionRefused(index, phase, error.message);
        throw error;
      }
      entry = { action: index, phase, op: action.op, state: 'started', steps: planned.steps, ...(planned.note ? { note: planned.note } : {}) };
      journal.entries.push(entry);
      save(`action ${index} started`);
      runSteps(scope, entry, interrupt);
      entry.state = 'done';
      save(`action ${index} done`);
      log(describeAction(action, scope) + (planned.note ? ` (${planned.note})` : ''));
      report.done++;
    }
    if (phase === 3 && options.runChecks) {
      journal.checks = await options.runChecks(journal);
      save('phase 3 checks');
      if (journal.checks.blocking.length > 0 && !options.force) {
        report.blocked = journal.checks.blocking;
        return report;
      }
    }
  }
  return report;
}

function runSteps(scope: string, entry: JournalEntry, interrupt: InterruptHook): void {
  // A later step can hide an earlier one's result (the rename fills the place the bridge left), so
  // an interrupted action resumes after the last step whose result is on disk.
  let first = 0;
  for (let i = entry.steps.length - 1; i >= 0; i--) {
    if (stepDone(scope, entry.steps[i]!)) {
      first = i + 1;
      break;
    }
  }
  for (const step of entry.steps.slice(first)) {
    interrupt(`step ${step.op} of action ${entry.action}`);
    forwardStep(scope, step);
  }
}

// ---------------------------------------------------------------- from an action to its steps

/**
 * Decides the steps of one action from the disk as it is now. Throws StepConflict (nothing done)
 * when the action cannot run: a target that exists with other content, a file changed since the plan.
 */
export function stepsFor(action: PlanAction, index: number, scope: string, lines: Map<number, number>): { steps: Step[]; note?: string } {
  const rel = (abs: string) => path.relative(scope, abs).split(path.sep).join('/');
  const inScope = (abs: string) => {
    const real = physical(abs);
    if (!isInside(scope, real) || real === scope) throw new StepConflict(abs, `refusing to touch ${abs}: it lies outside the migrated tree (${scope})`);
    return real;
  };
  switch (action.op) {
    case 'mkdir': {
      const target = inScope(action.path);
      const steps = missingDirs(target, scope).map((p): Step => ({ op: 'mkdir', path: rel(p) }));
      return steps.length > 0 ? { steps } : { steps, note: 'already there' };
    }
    case 'symlink': {
      const link = inScope(action.path);
      let target: string;
      try {
        target = realpathSync(action.target);
      } catch {
        throw new StepConflict(action.target, `the bridge target ${action.target} does not exist`);
      }
      const text = linkText(link, target);
      const current = stateOf(link);
      if (current.kind === 'link' && path.resolve(path.dirname(link), current.target) === path.resolve(path.dirname(link), text)) {
        return { steps: [], note: 'the bridge is already there' };
      }
      if (current.kind !== 'absent') throw new StepConflict(link, `cannot create the bridge ${action.path}: it already exists (${describeState(current)})`);
      const steps: Step[] = missingDirs(path.dirname(link), scope).map((p) => ({ op: 'mkdir', path: rel(p) }));
      steps.push({ op: 'symlink', path: rel(link), target: text });
      return { steps };
    }
    case 'move': {
      const from = inScope(action.from);
      const to = inScope(action.to);
      const source = stateOf(from);
      if (source.kind === 'absent') throw new StepConflict(action.from, `nothing to move at ${action.from}`);
      if (isInside(from, to)) throw new StepConflict(action.to, `cannot move ${action.from} into itself (${action.to})`);
      const steps: Step[] = [];
      const target = stateOf(to);
      if (target.kind === 'link' && physical(path.resolve(path.dirname(to), target.target)) === from) {
        steps.push({ op: 'unlink', path: rel(to), target: target.target }); // the Phase 1 bridge to the folder being moved
      } else if (target.kind !== 'absent') {
        throw new StepConflict(
          action.to,
          `cannot move ${action.from} to ${action.to}: the target already exists with other content (${describeState(target)})`,
        );
      } else {
        steps.push(...missingDirs(path.dirname(to), scope).map((p): Step => ({ op: 'mkdir', path: rel(p) })));
      }
      const manifest = putObject(scope, JSON.stringify(manifestOf(from)));
      steps.push({ op: 'rename', from: rel(from), to: rel(to), manifest });
      return { steps };
    }
    case 'edit': {
      if (action.whole === 'create') return createFileSteps(action, scope, rel, inScope);
      let file = inScope(action.file);
      if (stateOf(file).kind === 'link') file = inScope(realpathOrSelf(file));
      const stats = lstatSync(file, { throwIfNoEntry: false });
      if (!stats?.isFile()) throw new StepConflict(action.file, `cannot edit ${action.file}: ${stats ? 'not a regular file' : 'it does not exist'}`);
      const before = readFileSync(file);
      const line = lines.get(index) ?? action.line;
      const outcome = applyLineEdit(before.toString('utf8'), line, action);
      if (!outcome.ok) throw new StepConflict(action.file, `cannot edit ${action.file}: ${outcome.problem}`);
      const after = action.whole === 'remove' ? null : Buffer.from(outcome.text, 'utf8');
      if (after?.equals(before)) return { steps: [], note: 'already as planned' };
      return {
        steps: [
          {
            op: 'write',
            path: rel(file),
            before: putObject(scope, before),
            after: after ? putObject(scope, after) : ABSENT,
            mode: stats.mode & 0o7777,
            uid: stats.uid,
            gid: stats.gid,
          },
        ],
      };
    }
    case 'delete-empty': {
      const dir = inScope(action.path);
      const state = stateOf(dir);
      if (state.kind === 'absent') return { steps: [], note: 'already gone' };
      if (state.kind !== 'dir') throw new StepConflict(action.path, `cannot remove ${action.path}: it is ${describeState(state)}, not an empty folder`);
      const left = readdirSync(dir).sort();
      if (left.length > 0) {
        throw new StepConflict(
          action.path,
          `cannot remove ${action.path}: it is not empty (holds ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}); move or remove what is left, then re-run`,
        );
      }
      return { steps: [{ op: 'rmdir', path: rel(dir), mode: state.mode }] };
    }
    case 'manual':
      return { steps: [] };
  }
}

/** A new file: its folders made, then written as `>` in a shell would (mode 0666 less the umask). */
function createFileSteps(
  action: Extract<PlanAction, { op: 'edit' }>,
  scope: string,
  rel: (abs: string) => string,
  inScope: (abs: string) => string,
): { steps: Step[] } {
  const file = inScope(action.file);
  const state = stateOf(file);
  const content = Buffer.from(`${action.new}\n`, 'utf8');
  if (state.kind !== 'absent') {
    throw new StepConflict(action.file, `cannot create ${action.file}: it already exists (${describeState(state)})`);
  }
  const steps: Step[] = missingDirs(path.dirname(file), scope).map((p) => ({ op: 'mkdir', path: rel(p) }));
  const umask = process.umask();
  steps.push({
    op: 'write',
    path: rel(file),
    before: ABSENT,
    after: putObject(scope, content),
    mode: 0o666 & ~umask,
    uid: process.getuid?.() ?? 0,
    gid: process.getgid?.() ?? 0,
  });
  return { steps };
}

/**
 * `abs` with its folder resolved (symlinks in the folders above followed, not the last name itself):
 * the path the step really touches. Folders that do not exist yet are appended as they are.
 */
export function physical(abs: string): string {
  const rest: string[] = [path.basename(abs)];
  let current = path.dirname(abs);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return abs;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

/** The text of a bridge: relative, so the tree keeps working when the repository moves. */
export function linkText(link: string, target: string): string {
  return path.relative(path.dirname(link), target) || '.';
}

/** Folders to create for `dir` to exist, top-down (none when it does). */
function missingDirs(dir: string, scope: string): string[] {
  const out: string[] = [];
  let current = dir;
  while (isInside(scope, current) && current !== scope) {
    const state = stateOf(current);
    if (state.kind === 'dir') break;
    if (state.kind === 'link') {
      if (stateOfFollowed(current) === 'dir') break;
      throw new StepConflict(current, `${current} is a symlink that does not lead to a folder`);
    }
    if (state.kind !== 'absent') throw new StepConflict(current, `cannot create the folder ${current}: ${describeState(state)} is in the way`);
    out.unshift(current);
    current = path.dirname(current);
  }
  return out;
}

function realpathOrSelf(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

function stateOfFollowed(abs: string): 'dir' | 'other' {
  try {
    return lstatSync(realpathSync(abs)).isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}

export function describeAction(action: PlanAction, base: string): string {
  const r = (p: string) => path.relative(base, p).split(path.sep).join('/') || '.';
  switch (action.op) {
    case 'mkdir':
      return `mkdir ${r(action.path)}`;
    case 'symlink':
      return `symlink ${r(action.path)} -> ${r(action.target)}`;
    case 'move':
      return `move ${r(action.from)} -> ${r(action.to)}`;
    case 'edit':
      return `edit ${r(action.file)}:${action.line}`;
    case 'delete-empty':
      return `delete-empty ${r(action.path)}`;
    case 'manual':
      return `manual ${r(action.path)}: ${action.reason}`;
  }
}
