// The placement plan's actions: fixes as data. Structure findings carry them (`actions` in the
// JSON output), the Action's summary and the HTML report draw them, and `svclint migrate`
// executes them, so lint and migrate can never disagree. Paths are absolute here; output formats
// render them relative to the working directory with `/` separators.

/** The design document's migration phases: 1 new structure + bridges, 2 compose path edits,
 * 3 checks, 4 final moves (bridges removed), 5 documentation. */
export type MigrationPhase = 1 | 2 | 3 | 4 | 5;

interface ActionBase {
  phase: MigrationPhase;
  /** One sentence: why this step is needed (shown by `migrate` and the HTML report). */
  reason?: string;
}

/** Create a folder (and its parents). */
export interface MkdirAction extends ActionBase {
  op: 'mkdir';
  path: string;
}

/** A Phase 1 bridge: `path` (the new location) is a symlink to `target` (the current folder). */
export interface SymlinkAction extends ActionBase {
  op: 'symlink';
  path: string;
  target: string;
}

/** Move a file or folder; `to` must not exist. */
export interface MoveAction extends ActionBase {
  op: 'move';
  from: string;
  to: string;
}

/**
 * Replace one line of a text file. `old` is the exact current text of line `line` (1-based, no
 * line break), so an executor can refuse when the file changed since the plan; `new` replaces it
 * and may hold several lines (an insertion repeats `old` beside the added lines) or be '' to delete.
 */
export interface EditAction extends ActionBase {
  op: 'edit';
  file: string;
  line: number;
  old: string;
  new: string;
}

/** Remove a folder that the moves left empty (never one that still holds anything). */
export interface DeleteEmptyAction extends ActionBase {
  op: 'delete-empty';
  path: string;
}

/** A step svclint will not automate, with the reason and the exact instructions. */
export interface ManualAction extends ActionBase {
  op: 'manual';
  path: string;
  reason: string;
  steps: string[];
}

export type PlanAction = MkdirAction | SymlinkAction | MoveAction | EditAction | DeleteEmptyAction | ManualAction;
export type PlanActionOp = PlanAction['op'];
