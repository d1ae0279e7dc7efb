// Rollback: undo the journal's steps in reverse, byte for byte (contents, modes, symlinks, empty
// folders). First a dry pass walks the steps backwards over a simulated tree to list everything
// changed since the migration touched it; the real pass runs only when that list is empty or --force.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrationPhase } from '../plan/types';
import { diffManifests, manifestOf, stateOf, toManifestEntry, type ManifestEntry, type NodeState } from './fsstate';
import { ABSENT, getObject, removeJournal, saveJournal, type Journal, type JournalEntry, type Step } from './journal';
import type { InterruptHook } from './apply';
import { backwardStep } from './steps';

/** The entries a rollback to `toPhase` undoes, last first. */
export function entriesToUndo(journal: Journal, toPhase: number): JournalEntry[] {
  return journal.entries.filter((e) => e.phase > toPhase).reverse();
}

/**
 * What changed since the migration recorded it, among the paths the rollback would restore:
 * one line per path (scope-relative). Empty when the rollback can restore the tree exactly.
 */
export function changedSince(scope: string, journal: Journal, toPhase: number): string[] {
  const sim = new SimulatedTree(scope);
  const problems: string[] = [];
  for (const entry of entriesToUndo(journal, toPhase)) {
    for (const step of [...entry.steps].reverse()) problems.push(...sim.undo(step, entry.state !== 'done'));
  }
  return [...new Set(problems)];
}

export interface RollbackOptions {
  scope: string;
  journal: Journal;
  /** Undo phases above this one (0: everything). */
  toPhase: MigrationPhase | 0;
  force: boolean;
  interrupt?: InterruptHook;
  log?: (line: string) => void;
}

export interface RollbackReport {
  undone: number;
  /** Things --force left in place because undoing them would delete something svclint did not create. */
  left: string[];
  /** The journal was removed: the tree is as it was before the migration. */
  complete: boolean;
}

export function rollbackJournal(options: RollbackOptions): RollbackReport {
  const { scope, journal, toPhase, force } = options;
  const interrupt = options.interrupt ?? (() => {});
  const save = (point: string) => {
    interrupt(`journal: ${point}`);
    saveJournal(scope, journal);
  };
  const report: RollbackReport = { undone: 0, left: [], complete: false };
  for (const entry of entriesToUndo(journal, toPhase)) {
    if (entry.state !== 'undoing') {
      entry.state = 'undoing';
      save(`undoing action ${entry.action}`);
    }
    for (const step of [...entry.steps].reverse()) {
      interrupt(`undo ${step.op} of action ${entry.action}`);
      const left = backwardStep(scope, step, force);
      if (left) report.left.push(left);
    }
    journal.entries.splice(journal.entries.indexOf(entry), 1);
    if (entry.phase <= 3 && toPhase < 3) journal.checks = null;
    save(`undid action ${entry.action}`);
    options.log?.(`undone: action ${entry.action + 1} (${entry.op})`);
    report.undone++;
  }
  if (toPhase < 3) journal.checks = null;
  if (toPhase === 0 && journal.entries.length === 0 && report.left.length === 0) {
    interrupt('journal: remove');
    removeJournal(scope, journal);
    report.complete = true;
  } else {
    save('rollback finished');
  }
  return report;
}

// ---------------------------------------------------------------- the dry pass

type SimState = NodeState | { kind: 'present' };

/**
 * The tree as it would be after undoing some steps, without touching the disk: paths the undone
 * steps changed are kept in `overrides`; renames undone are kept as prefix mappings back to where
 * the folder still is on disk. Paths are scope-relative, in the coordinates of the step being undone.
 */
class SimulatedTree {
  private readonly overrides = new Map<string, SimState>();
  /** Undone renames, oldest undo first: sim paths under `from` are on disk under `to`. */
  private readonly renames: { from: string; to: string }[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly scope: string) {}

  private diskPath(rel: string): string {
    let current = rel;
    for (let k = this.renames.length - 1; k >= 0; k--) {
      const { from, to } = this.renames[k]!;
      if (current === from || current.startsWith(`${from}/`)) current = to + current.slice(from.length);
    }
    return path.join(this.scope, current);
  }

  private stateAt(rel: string): SimState {
    return this.overrides.get(rel) ?? stateOf(this.diskPath(rel));
  }

  private children(rel: string): string[] {
    const names = new Set<string>();
    try {
      for (const name of readdirSync(this.diskPath(rel))) names.add(name);
    } catch {
      // not a folder on disk
    }
    for (const key of this.overrides.keys()) if (path.posix.dirname(key) === rel) names.add(path.posix.basename(key));
    return [...names].filter((name) => this.stateAt(`${rel}/${name}`).kind !== 'absent').sort();
  }

  /**
   * Checks that the step's result is still on disk, then records the state before it. Returns what
   * changed. `inFlight`: the step belongs to an action a kill interrupted, so it may not have happened.
   */
  undo(step: Step, inFlight: boolean): string[] {
    const problems = this.undoStep(step, inFlight);
    // One line per file: a file edited, then moved with its folder, and changed since, is one change.
    return problems.filter((line) => {
      const disk = this.diskPath(line.slice(0, line.indexOf(': ')));
      if (this.reported.has(disk)) return false;
      this.reported.add(disk);
      return true;
    });
  }

  private undoStep(step: Step, inFlight: boolean): string[] {
    switch (step.op) {
      case 'mkdir': {
        const state = this.stateAt(step.path);
        if (state.kind === 'absent') return [];
        if (state.kind !== 'dir' && state.kind !== 'present') return [`${step.path}: a folder svclint created is now ${kindName(state)}`];
        const left = this.children(step.path);
        this.overrides.set(step.path, { kind: 'absent' });
        return left.length > 0
          ? [`${step.path}: holds ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''}, added since (svclint created this folder empty)`]
          : [];
      }
      case 'rmdir': {
        const state = this.stateAt(step.path);
        this.overrides.set(step.path, { kind: 'dir', mode: step.mode });
        return state.kind === 'absent' || state.kind === 'dir' ? [] : [`${step.path}: removed by svclint as an empty folder, now ${kindName(state)}`];
      }
      case 'symlink': {
        const state = this.stateAt(step.path);
        this.overrides.set(step.path, { kind: 'absent' });
        if (state.kind === 'absent' || (state.kind === 'link' && state.target === step.target)) return [];
        return [`${step.path}: the bridge svclint created (-> ${step.target}) is now ${kindName(state)}`];
      }
      case 'unlink': {
        const state = this.stateAt(step.path);
        this.overrides.set(step.path, { kind: 'link', target: step.target });
        if (state.kind === 'absent' || (state.kind === 'link' && state.target === step.target)) return [];
        if (inFlight) return [];
        return [`${step.path}: svclint removed a bridge here; it now holds ${kindName(state)}`];
      }
      case 'write': {
        const state = this.stateAt(step.path);
        const hash = state.kind === 'file' ? state.hash : state.kind === 'absent' ? ABSENT : null;
        this.overrides.set(step.path, step.before === ABSENT ? { kind: 'absent' } : { kind: 'file', mode: step.mode, size: 0, hash: step.before });
        const modeOk = state.kind !== 'file' || state.mode === step.mode;
        if ((hash === step.after || hash === step.before) && modeOk) return [];
        return [`${step.path}: changed since svclint ${step.before === ABSENT ? 'created' : 'edited'} it (${kindName(state)})`];
      }
      case 'rename': {
        const target = this.stateAt(step.to);
        const source = this.stateAt(step.from);
        if (inFlight && source.kind !== 'absent') return []; // the kill came before the rename
        let problems: string[];
        if (target.kind === 'absent') {
          problems = source.kind === 'absent' ? [`${step.to}: the moved folder is gone`] : [];
        } else if (source.kind !== 'absent') {
          problems = [`${step.from}: something new is in the way of moving ${step.to} back`];
        } else {
          const recorded = JSON.parse(getObject(this.scope, step.manifest).toString('utf8')) as ManifestEntry[];
          const current = this.currentManifest(step.to);
          problems = diffManifests(recorded, current).map((p) => `${p === '' ? step.to : `${step.to}/${p}`}: changed since svclint moved it`);
        }
        // From here back in time, the folder lives at `from`.
        for (const key of [...this.overrides.keys()]) {
          if (key === step.to || key.startsWith(`${step.to}/`)) {
            this.overrides.set(step.from + key.slice(step.to.length), this.overrides.get(key)!);
            this.overrides.delete(key);
          }
        }
        this.renames.push({ from: step.from, to: step.to });
        this.overrides.delete(step.from);
        this.overrides.set(step.to, { kind: 'absent' });
        return problems;
      }
    }
  }

  /** The manifest of a folder as the simulation sees it: the disk, with the undone steps inside it applied. */
  private currentManifest(rel: string): ManifestEntry[] {
    const disk = manifestOf(this.diskPath(rel));
    const byPath = new Map(disk.map((e) => [e.path, e]));
    for (const [key, state] of this.overrides) {
      if (key !== rel && !key.startsWith(`${rel}/`)) continue;
      const inner = key === rel ? '' : key.slice(rel.length + 1);
      if (state.kind === 'absent') {
        for (const p of [...byPath.keys()]) if (p === inner || p.startsWith(`${inner}/`)) byPath.delete(p);
      } else if (state.kind !== 'present') {
        byPath.set(inner, toManifestEntry(inner, state));
      }
    }
    return [...byPath.values()];
  }
}

function kindName(state: SimState): string {
  switch (state.kind) {
    case 'absent':
      return 'missing';
    case 'file':
      return `a file with other content${state.hash ? ` (sha256 ${state.hash.slice(0, 12)})` : ''}`;
    case 'dir':
    case 'present':
      return 'a folder';
    case 'link':
      return `a symlink to '${state.target}'`;
    default:
      return 'a special file';
  }
}
