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
    /** Set when `to` is a Phase 1 bridge (a symlink to `from`): remove that link first, then move. */
    replacesBridge?: boolean;
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
    /**
     * Whole-file edits (optional; an older reader sees an edit of line 1):
     * - `create`: `file` does not exist yet; it is created holding `new` and a final line break
     *   (`line` 1, `old` ''), e.g. a stack file for a service split out of a shared one;
     * - `remove`: the file is removed (`line` 1, `old` its first line, `new` ''), e.g. a shared stack
     *   file once every service it defined has a stack of its own. Its content is kept by the
     *   migration journal, so a rollback restores it.
     */
    whole?: 'create' | 'remove';
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
/** Why a service folder moves: the decision tree's target in another capability, an alias or
 * kebab-case rename in place, a superseded service going to archive/, or a nested service lifted
 * to capability/service/. */
export type MoveKind = 'place' | 'rename' | 'archive' | 'flatten';
/** One service folder's move. */
export interface PlannedMove {
    /** The service folder as the host model lists it (for a finished Phase 1: the bridge link at `to`). */
    dir: string;
    /** Where the folder's contents are now. */
    from: string;
    /** Where they belong: root/capability/canonical-name. */
    to: string;
    /** The decision tree's reasons, the deciding one first. */
    reasons: string[];
    kind: MoveKind;
    /** Phase 1 is done for this folder: `to` is already a symlink bridge to `from`. */
    bridged: boolean;
    /** Key of the plan cause this move belongs to (see PlanCause). */
    cause: string;
}
/** What the plan does with one service folder. */
export type FolderFate = 
/** Already where it belongs. */
'stay'
/** Moves (see `moves`). */
 | 'move'
/** A second copy of a service kept elsewhere (`keep`): merged by hand, then removed. */
 | 'retire'
/** Outside a capability directory, and no rule says where it goes: placed by hand. */
 | 'unplaced';
export interface FolderPlan {
    /** The service folder (absolute), as the host model lists it. */
    dir: string;
    fate: FolderFate;
    /** Target for `move`. */
    to: string | null;
    /** For `retire`: the copy that is kept. */
    keep: string | null;
    /** Plan cause key, null for `stay`. */
    cause: string | null;
}
/**
 * One cause: a set of steps that belong together, so the findings about them merge into one.
 * - `group`: a catch-all or technology folder (or an undeclared capability the plan empties) and
 *   every move out of it;
 * - `system`: the members of a split system moving to the system's home;
 * - `folder`: one service folder's own move, retirement or placement;
 * - `compose-service`: a compose service defined in another capability's stack.
 * When several apply they are one cause (a system spread over a technology folder and the root).
 */
export interface PlanCause {
    key: string;
    kind: 'group' | 'system' | 'folder' | 'compose-service';
    /** The folder (or stack file) the cause is about. */
    path: string;
    /** Service folders (absolute) this cause moves, retires or places. */
    folders: string[];
    /** The steps of this cause, in execution order (a subset of PlacementPlan.actions). */
    actions: PlanAction[];
}
/**
 * A stack whose compose services go to different capabilities: its definitions must be split
 * between stacks. Listed as data (and as a `manual` action) for `svclint migrate` to automate.
 */
export interface StackSplit {
    /** The stack's main compose file. */
    file: string;
    /** Each compose service that leaves: the capability directory (absolute) whose stack it joins, and its cause. */
    services: {
        name: string;
        to: string;
        cause: string;
        reasons: string[];
    }[];
    /** The cause of the split itself (the emptied group folder, or the one compose service). */
    cause: string;
}
/** The placement plan: the decision tree applied to the whole tree. */
export interface PlacementPlan {
    root: string;
    /** Service folder moves, in execution order (nested folders before the folders holding them). */
    moves: PlannedMove[];
    /** Every step, in execution order: by phase, then as the plan lists them. */
    actions: PlanAction[];
    /** What happens to each service folder the host model lists (path order). */
    folders: FolderPlan[];
    causes: PlanCause[];
    stackSplits: StackSplit[];
    /** Phase 3: what to check before the final moves (added by the migration steps, src/plan/migration.ts). */
    checks?: MigrationChecks;
}
/** Phase 3 of the migration: the checks to run on the tree as it will stand. */
export interface MigrationChecks {
    /** Active stack files as they will be after the migration (absolute): `docker compose -f FILE config -q` each. */
    stacks: string[];
    /** The Traefik routes to try (the design document's curl step), one URL per host and path. */
    urls: {
        service: string;
        router: string;
        url: string;
    }[];
}
export {};
