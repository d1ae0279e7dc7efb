// The placement plan: the decision tree applied to the whole tree. Each service folder gets its
// target (aliases renamed in the same move), catch-all and technology folders are emptied, and
// the steps to get there are typed actions in the design document's phases (1 mkdir + bridges,
// 2 compose edits, 4 moves, then empty folders removed). Structure findings carry these actions,
// the Action's summary and the HTML report draw them, `svclint migrate` executes them.
//
// Steps that belong together form one cause (a catch-all and the moves out of it, the members of
// a split system); the engine merges the findings of one cause into one finding.
//
// Hooks for `svclint migrate`: Phase 3 checks and Phase 5 documentation edits are not planned
// here; add them as actions and order the list with `orderActions`. Stack splits are listed in
// `stackSplits` (and as `manual` steps) for migrate to turn into edits.
import path from 'node:path';
import { classifyService } from '../policy/classify';
import type { ComposeService, Stack } from '../compose/types';
import type { HostModel, ServiceDir } from '../model/types';
import { isInside } from '../util/paths';
import { keepProjectName, relativePathEdits, type PathEdit } from './compose-edits';
import { extendPlan } from './migration';
import { relocationLookup } from './relocations';
import { decideFolder, isBridge, realAbs, type Decision } from './decide';
import { groupingFolders } from './groups';
import type { FolderPlan, ManualAction, PlacementPlan, PlanAction, PlanCause, PlannedMove, StackSplit } from './types';
import { appendTo, getOrCompute } from '../util/maps';

export type * from './types';
export { groupingFolders, type GroupingFolder } from './groups';
export { archiveName, canonicalFolderName, isBridge, isKebabCase, legacyEntry, toKebab } from './decide';

/** Every path an action reads or writes (the link and its target for a bridge). */
export function actionPaths(action: PlanAction): string[] {
  switch (action.op) {
    case 'move':
      return [action.from, action.to];
    case 'symlink':
      return [action.path, action.target];
    case 'edit':
      return [action.file];
    default:
      return [action.path];
  }
}

/** Orders actions for execution: by phase, keeping the given order inside a phase. */
export function orderActions(actions: readonly PlanAction[]): PlanAction[] {
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => a.action.phase - b.action.phase || a.index - b.index)
    .map(({ action }) => action);
}

/** Cause keys: one namespace per kind, absolute paths inside. */
const groupKey = (abs: string) => `group:${abs}`;
const systemKey = (name: string) => `system:${name}`;
const folderKey = (abs: string) => `folder:${abs}`;
const composeServiceKey = (service: ComposeService) => `compose-service:${service.stack.file}#${service.name}`;

/** Union-find over cause keys; a set is named by its most telling key (group, system, then folder). */
class Causes {
  private readonly parent = new Map<string, string>();
  add(key: string): string {
    if (!this.parent.has(key)) this.parent.set(key, key);
    return key;
  }
  find(key: string): string {
    let root = this.add(key);
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = rank(ra) <= rank(rb) ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }
}

function rank(key: string): string {
  const order = key.startsWith('group:') ? 0 : key.startsWith('system:') ? 1 : key.startsWith('folder:') ? 2 : 3;
  return `${order}${key}`;
}

interface Tagged {
  action: PlanAction;
  causes: Set<string>;
}

export function buildPlacementPlan(model: HostModel): PlacementPlan {
  const bridgeTargets = new Set<string>();
  for (const dir of model.serviceDirs) if (isBridge(model, dir)) bridgeTargets.add(realAbs(dir.symlink!.resolved!));
  const groups = groupingFolders(model);
  const groupRels = new Set(groups.map((g) => g.entry.rel));

  // 1. Each folder on its own.
  const decisions = new Map<ServiceDir, Decision>();
  // The same, in the order they were made: the loops below walk this list, not the map (a map's
  // entries are allocated one pair per step, ~10 MB over the 10,000 folders of a large tree).
  const decided: { dir: ServiceDir; decision: Decision }[] = [];
  const byAbs = new Map(model.serviceDirs.map((d) => [d.abs, d]));
  const decide = (dir: ServiceDir): Decision => {
    const known = decisions.get(dir);
    if (known) return known;
    let decision: Decision;
    // A catch-all or technology folder the scan took for a service (core-infra/misc/) is a grouping: the plan empties it.
    if (groupRels.has(dir.rel)) decision = { fate: 'stay' };
    else decision = decideFolder(model, dir, bridgeTargets, dir.parentKind === 'service' ? holderCapability(dir) : null);
    decisions.set(dir, decision);
    decided.push({ dir, decision });
    return decision;
  };
  // A nested service without a capability of its own goes where the folder holding it goes.
  const holderCapability = (dir: ServiceDir): string | null => {
    for (let parent = path.dirname(dir.abs); isInside(model.root, parent) && parent !== model.root; parent = path.dirname(parent)) {
      const holder = byAbs.get(parent);
      if (!holder) continue;
      const decision = decide(holder);
      const final = decision.fate === 'move' ? decision.to : holder.abs;
      const parts = relOf(model, final).split('/');
      return parts.length >= 2 ? parts[0]! : null;
    }
    return dir.capability?.name ?? null;
  };
  for (const dir of model.serviceDirs) decide(dir);

  // 2. The tree as a whole: one folder per final path. When two folders end up at one path, the
  // one already there (or running the shared instance, or in a capability) is kept; the other is retired.
  const byFinal = new Map<string, ServiceDir[]>();
  for (const { dir, decision } of decided) {
    const final = decision.fate === 'move' ? decision.to : decision.fate === 'stay' && !dir.symlink && !groupRels.has(dir.rel) ? dir.abs : null;
    if (final === null) continue;
    if (decision.fate === 'stay' && !dir.classification.catalog && !dir.primary) continue; // helper folders
    appendTo(byFinal, final, dir);
  }
  const retired = new Map<ServiceDir, ServiceDir>();
  for (const dirs of byFinal.values()) {
    if (dirs.length < 2) continue;
    const [keep, ...rest] = [...dirs].sort((a, b) => compareKeep(model, decisions, a, b));
    for (const dir of rest) retired.set(dir, keep!);
  }
  const existing = (abs: string) => abs === model.root || model.tree.byRel.has(relOf(model, abs));

  // 3. Causes.
  const causes = new Causes();
  const folderCause = new Map<ServiceDir, string>();
  for (const { dir, decision } of decided) {
    if (decision.fate === 'move' || decision.fate === 'unplaced' || retired.has(dir)) folderCause.set(dir, causes.add(folderKey(dir.abs)));
  }
  // The real folder behind a bridge belongs to the bridge's cause.
  if (bridgeTargets.size > 0) {
    const realDirs = new Map(model.serviceDirs.filter((d) => !d.symlink).map((d) => [realAbs(d.abs), d]));
    for (const dir of model.serviceDirs) {
      if (!isBridge(model, dir)) continue;
      const real = realDirs.get(realAbs(dir.symlink!.resolved!));
      if (!real) continue;
      folderCause.set(real, causes.add(folderKey(real.abs)));
      causes.union(folderKey(dir.abs), folderKey(real.abs));
    }
  }
  // A catch-all or technology folder and every folder leaving it.
  for (const group of groups) {
    const key = causes.add(groupKey(group.entry.abs));
    for (const [dir, cause] of folderCause) if (dir.abs !== group.entry.abs && isInside(group.entry.abs, dir.abs)) causes.union(key, cause);
  }
  // An undeclared capability the plan empties: its folders all leave.
  const emptied = new Set(groups.map((g) => g.entry.abs));
  const byCapability = new Map<string, ServiceDir[]>();
  for (const d of model.serviceDirs) {
    if (d.capability) appendTo(byCapability, d.capability.abs, d);
  }
  for (const cap of model.capabilityDirs) {
    if (cap.declared) continue;
    const inside = byCapability.get(cap.abs) ?? [];
    const isBridgeTarget = (d: ServiceDir) => bridgeTargets.size > 0 && bridgeTargets.has(realAbs(d.abs));
    if (inside.length === 0 || !inside.every((d) => retired.has(d) || decisions.get(d)!.fate === 'move' || isBridgeTarget(d))) continue;
    const key = causes.add(groupKey(cap.abs));
    emptied.add(cap.abs);
    for (const dir of inside) if (folderCause.has(dir)) causes.union(key, folderCause.get(dir)!);
  }
  // A split system: its members moving to the system's home.
  for (const system of model.policy.systems) {
    const members = model.serviceDirs.filter((d) => !d.symlink && system.members.includes(d.classification.canonicalName));
    const homes = new Set(members.map((m) => (m.parentKind === 'root' ? '' : m.rel.split('/')[0]!)));
    if (homes.size < 2) continue;
    const key = causes.add(systemKey(system.name));
    for (const member of members) if (folderCause.has(member)) causes.union(key, folderCause.get(member)!);
  }
  // A nested service leaving a folder that moves itself: one cause.
  for (const [dir, cause] of folderCause) {
    if (dir.parentKind !== 'service') continue;
    const holder = [...folderCause.keys()].find((d) => d !== dir && d.parentKind !== 'service' && isInside(d.abs, dir.abs));
    if (holder) causes.union(folderCause.get(holder)!, cause);
  }

  // 4. Stacks at the top of an emptied folder: they follow their services when all go to one
  // capability that has no stack yet; otherwise their definitions must be split.
  const stackSplits: StackSplit[] = [];
  const stackMoves: { stack: Stack; group: string; to: string; loose: string[] }[] = [];
  const finalOf = (dir: ServiceDir | null): string | null => {
    if (!dir) return null;
    const keep = retired.get(dir);
    if (keep) return finalOf(keep);
    const decision = decisions.get(dir)!;
    return decision.fate === 'move' ? decision.to : decision.fate === 'stay' ? dir.abs : null;
  };
  const capabilityOf = (abs: string | null) =>
    abs && isInside(model.root, abs) && abs !== model.root ? path.join(model.root, relOf(model, abs).split('/')[0]!) : null;
  const stackDirs = new Set(model.stacks.map((s) => s.dir));
  for (const groupAbs of emptied) {
    const stack = model.stacks.find((s) => s.dir === groupAbs);
    const key = causes.find(groupKey(groupAbs));
    if (!stack) continue;
    const targets = stack.services.map((service) => ({ service, to: capabilityOf(finalOf(service.serviceDir)) }));
    const capabilities = new Set(targets.map((t) => t.to));
    const only = capabilities.size === 1 ? [...capabilities][0]! : null;
    const loose = (model.tree.children.get(relOf(model, groupAbs)) ?? []).filter((entry) => !byAbs.has(entry.abs)).map((entry) => entry.abs);
    const clash = only && loose.some((abs) => existing(path.join(only, path.basename(abs))));
    // One stack per capability: a second stack headed for the same capability is split instead.
    if (only && !stackDirs.has(only) && !clash && !stackMoves.some((m) => m.to === only)) {
      stackMoves.push({ stack, group: groupAbs, to: only, loose });
    } else {
      stackSplits.push({
        file: stack.file,
        services: targets.map(({ service, to }) => {
          const decision = service.serviceDir ? decisions.get(service.serviceDir) : undefined;
          return { name: service.name, to: to ?? groupAbs, cause: key, reasons: decision && 'reasons' in decision ? decision.reasons : [] };
        }),
        cause: key,
      });
    }
  }
  // Compose services defined in a capability's stack that belong to another capability (no folder of their own).
  const capabilityByAbs = new Map(model.capabilityDirs.map((c) => [c.abs, c]));
  for (const service of model.services) {
    if (service.serviceDir || service.stack.archived) continue;
    const cap = capabilityByAbs.get(service.stack.dir);
    if (!cap) continue;
    const target = composeServiceTarget(model, service, cap.name);
    if (!target) continue;
    const key = causes.add(composeServiceKey(service));
    stackSplits.push({ file: service.stack.file, services: [{ name: service.name, to: target.to, cause: key, reasons: target.reasons }], cause: key });
  }

  // 5. Moves, in execution order: nested folders before the folders holding them.
  const moves: PlannedMove[] = [];
  for (const { dir, decision } of decided) {
    if (decision.fate !== 'move' || retired.has(dir)) continue;
    moves.push({
      dir: dir.abs,
      from: decision.from,
      to: decision.to,
      reasons: decision.reasons,
      kind: decision.kind,
      bridged: decision.bridged,
      cause: causes.find(folderCause.get(dir)!),
    });
  }
  moves.sort((a, b) => depth(b.from) - depth(a.from) || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  // 6. Actions, phase by phase.
  const tagged: Tagged[] = [];
  const mkdirs = new Map<string, Tagged>();
  const add = (action: PlanAction, cause: string) => {
    tagged.push({ action, causes: new Set([cause]) });
  };
  const mkdir = (abs: string, cause: string) => {
    if (existing(abs)) return;
    const known = mkdirs.get(abs);
    if (known) {
      known.causes.add(cause);
      return;
    }
    const entry: Tagged = { action: { op: 'mkdir', phase: 1, path: abs, reason: 'New capability directory.' }, causes: new Set([cause]) };
    mkdirs.set(abs, entry);
    tagged.push(entry);
  };
  // Phase 1: the new structure, with bridges so services keep running from their old folders.
  for (const move of moves) {
    if (move.bridged) continue;
    mkdir(path.dirname(move.to), move.cause);
    add(
      {
        op: 'symlink',
        phase: 1,
        path: move.to,
        target: move.from,
        reason: `Bridge: '${path.basename(move.to)}' answers at its new place while the folder stays where it is.`,
      },
      move.cause,
    );
  }
  for (const { to, group } of stackMoves) mkdir(to, causes.find(groupKey(group)));
  // Phase 2: compose edits the moves need.
  for (const move of moves) {
    const stack = stackIn(model, move.from);
    if (!stack) continue;
    const { edit, flow } = keepProjectName(stack, move.to);
    if (edit) add(edit, move.cause);
    else if (flow) add(manualProjectName(stack, move.to), move.cause);
  }
  for (const { stack, group, to } of stackMoves) {
    const { edit, flow } = keepProjectName(stack, to);
    if (edit) add(edit, causes.find(groupKey(group)));
    else if (flow) add(manualProjectName(stack, to), causes.find(groupKey(group)));
  }
  // Relative paths (build contexts, bind mounts, env_file, include...) that must still reach their target.
  const relocations = [
    ...moves.map((m) => ({ from: m.from, to: m.to, cause: m.cause })),
    ...stackMoves.flatMap(({ group, to, loose }) =>
      loose.map((abs) => ({ from: abs, to: path.join(to, path.basename(abs)), cause: causes.find(groupKey(group)) })),
    ),
  ].sort((a, b) => depth(b.from) - depth(a.from));
  const relocationOf = relocationLookup(relocations);
  const finalPath = (abs: string) => {
    const r = relocationOf(abs);
    return r ? path.join(r.to, path.relative(r.from, abs)) : abs;
  };
  const retiredDirs = [...retired.keys()].map((d) => d.abs);
  for (const stack of relocations.length > 0 ? model.stacks : []) {
    if (retiredDirs.some((abs) => isInside(abs, stack.dir))) continue;
    // A stack moving with its folder follows that folder; a stack moving from a group folder follows its file.
    const finalOfStack = (abs: string) => (abs === stack.dir ? path.dirname(finalPath(stack.file)) : finalPath(abs));
    for (const { edit, manual, target } of relativePathEdits(stack, finalOfStack)) {
      const cause = relocationOf(stack.file)?.cause ?? relocationOf(target)?.cause;
      if (!cause) continue;
      if (edit) add(edit, cause);
      else if (manual) add(manualPathEdit(model, manual), cause);
    }
  }
  mergeSameLineEdits(tagged);
  for (const split of stackSplits) add(splitAction(model, split), causes.find(split.cause));
  // Phase 4: the final moves (each replaces its bridge), then what is left behind.
  for (const move of moves) {
    const action: PlanAction = { op: 'move', phase: 4, from: move.from, to: move.to, reason: move.reasons[0] ?? 'decision tree' };
    if (move.bridged) action.replacesBridge = true;
    add(action, move.cause);
  }
  for (const { group, to, loose } of stackMoves) {
    for (const abs of loose)
      add(
        {
          op: 'move',
          phase: 4,
          from: abs,
          to: path.join(to, path.basename(abs)),
          reason: `The stack of '${path.basename(group)}/' follows its services to '${path.basename(to)}/'.`,
        },
        causes.find(groupKey(group)),
      );
  }
  for (const [dir, keep] of retired) add(retireAction(model, dir, keep), causes.find(folderCause.get(dir)!));
  for (const { dir, decision } of decided) {
    if (decision.fate !== 'unplaced' || retired.has(dir)) continue;
    add(unplacedAction(model, dir, decision.reasons), causes.find(folderCause.get(dir)!));
  }
  const emptiedOrder = [...emptied].sort((a, b) => depth(b) - depth(a) || (a < b ? -1 : 1));
  for (const abs of emptiedOrder)
    add({ op: 'delete-empty', phase: 4, path: abs, reason: 'Nothing is left in it once its services have moved.' }, causes.find(groupKey(abs)));

  // Re-key every tag by its final cause, then list the causes.
  for (const t of tagged) t.causes = new Set([...t.causes].map((c) => causes.find(c)));
  const ordered = orderTagged(tagged);
  const actions = ordered.map((t) => t.action);

  const folders: FolderPlan[] = model.serviceDirs.map((dir) => {
    const decision = decisions.get(dir)!;
    const cause = folderCause.has(dir) ? causes.find(folderCause.get(dir)!) : null;
    const keep = retired.get(dir);
    if (keep) return { dir: dir.abs, fate: 'retire', to: null, keep: keep.abs, cause };
    if (decision.fate === 'move') return { dir: dir.abs, fate: 'move', to: decision.to, keep: null, cause };
    if (decision.fate === 'unplaced') return { dir: dir.abs, fate: 'unplaced', to: null, keep: null, cause };
    // The real folder behind a bridge moves with its link.
    const bridge =
      bridgeTargets.size > 0 && !dir.symlink && bridgeTargets.has(realAbs(dir.abs)) ? moves.find((m) => realAbs(m.from) === realAbs(dir.abs)) : undefined;
    if (bridge) return { dir: dir.abs, fate: 'move', to: bridge.to, keep: null, cause: bridge.cause };
    return { dir: dir.abs, fate: 'stay', to: null, keep: null, cause: null };
  });

  const causeKeys = new Set<string>();
  for (const t of ordered) for (const c of t.causes) causeKeys.add(c);
  for (const f of folders) if (f.cause) causeKeys.add(f.cause);
  // Each cause's folders and actions in their order, gathered in one pass (not one pass per cause).
  const foldersOf = new Map<string, string[]>();
  for (const f of folders) if (f.cause) appendTo(foldersOf, f.cause, f.dir);
  const actionsOf = new Map<string, PlanAction[]>();
  for (const t of ordered) for (const c of t.causes) appendTo(actionsOf, c, t.action);
  const causeList: PlanCause[] = [...causeKeys].sort().map((key) => ({
    key,
    kind: key.startsWith('group:') ? 'group' : key.startsWith('system:') ? 'system' : key.startsWith('folder:') ? 'folder' : 'compose-service',
    path: causePath(model, key),
    folders: foldersOf.get(key) ?? [],
    actions: actionsOf.get(key) ?? [],
  }));

  // The migration's own steps (splits, path and document rewrites, checks): src/plan/migration.ts.
  return extendPlan(model, { root: model.root, moves, actions, folders, causes: causeList, stackSplits });
}

function orderTagged(tagged: Tagged[]): Tagged[] {
  return tagged
    .map((t, index) => ({ t, index }))
    .sort((a, b) => a.t.action.phase - b.t.action.phase || a.index - b.index)
    .map(({ t }) => t);
}

function causePath(model: HostModel, key: string): string {
  if (key.startsWith('system:')) {
    const system = model.policy.systems.find((s) => s.name === key.slice(7));
    return path.join(model.root, system?.capability ?? '');
  }
  if (key.startsWith('compose-service:')) return key.slice(16, key.lastIndexOf('#'));
  return key.slice(key.indexOf(':') + 1);
}

/** Which of two folders that end at one path is kept: the one already there, the shared instance, one in a capability, then path order. */
function compareKeep(model: HostModel, decisions: Map<ServiceDir, Decision>, a: ServiceDir, b: ServiceDir): number {
  const score = (d: ServiceDir) => [
    decisions.get(d)!.fate === 'stay' ? 0 : 1,
    d.primary && d.primary === model.database.shared ? 0 : 1,
    d.capability?.declared ? 0 : 1,
  ];
  const sa = score(a);
  const sb = score(b);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
  return a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0;
}

/** Where a compose service with no folder of its own belongs, when that is another capability's stack. */
function composeServiceTarget(model: HostModel, service: ComposeService, current: string): { to: string; reasons: string[] } | null {
  // Image matching is left out: a stack's own cache or database sidecar is not a misplaced service.
  const classification = classifyService({ name: service.name, labels: service.labels, ignoreImage: true }, model.policy);
  if (!classification.capability || classification.catalog?.legacy || classification.capability === current) return null;
  if (classification.catalog?.provides.some((kind) => kind === 'database' || kind === 'cache')) return null;
  return { to: path.join(model.root, classification.capability), reasons: classification.reasons.map((r) => r.text) };
}

/** The stack of a folder: its own compose file at its top. */
function stackIn(model: HostModel, abs: string): Stack | null {
  return model.stacks.find((s) => s.dir === abs) ?? null;
}

function relOf(model: HostModel, abs: string): string {
  return path.relative(model.root, abs).split(path.sep).join('/');
}

function depth(abs: string): number {
  return abs.split(path.sep).length;
}

function shownRel(model: HostModel, abs: string): string {
  return relOf(model, abs) || '.';
}

function manualProjectName(stack: Stack, to: string): ManualAction {
  return {
    op: 'manual',
    phase: 2,
    path: stack.file,
    reason: 'The compose file is a flow mapping ({...}); svclint edits block mappings only.',
    steps: [
      `Add name: ${path.basename(stack.dir)} at the top level of the compose file, so the project keeps its name when the folder becomes '${path.basename(to)}/'.`,
    ],
  };
}

function manualPathEdit(model: HostModel, manual: NonNullable<PathEdit['manual']>): ManualAction {
  return {
    op: 'manual',
    phase: 2,
    path: manual.file,
    reason: `'${manual.raw}' is written so that svclint cannot edit it safely (${manual.line === null ? 'its line is not known' : `line ${manual.line} holds it more than once`}).`,
    steps: [`Change '${manual.raw}' to '${manual.next}' in '${shownRel(model, manual.file)}'${manual.line === null ? '' : ` (line ${manual.line})`}.`],
  };
}

/** Two edits of one line (a project name above a path on the first line) become one, so each `old` still matches. */
function mergeSameLineEdits(tagged: Tagged[]): void {
  const seen = new Map<string, Tagged>();
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    if (t.action.op !== 'edit') continue;
    const key = `${t.action.file}\0${t.action.line}`;
    const first = seen.get(key);
    if (!first || first.action.op !== 'edit') {
      seen.set(key, t);
      continue;
    }
    // The first edit's text with the second's change applied to the original line.
    const original = first.action.old;
    const changed = t.action.new;
    first.action.new = first.action.new.replace(original, changed);
    first.action.reason = `${first.action.reason ?? ''} ${t.action.reason ?? ''}`.trim();
    for (const c of t.causes) first.causes.add(c);
    tagged.splice(i, 1);
    i--;
  }
}

function splitAction(model: HostModel, split: StackSplit): ManualAction {
  const steps = split.services.map(
    ({ name, to }) =>
      `Move the definition of '${name}' into the stack of '${shownRel(model, to)}/' (create ${shownRel(model, to)}/docker-compose.yml if it has none).`,
  );
  steps.push('Keep project-scoped volume names: give each moved volume `name: <old project>_<volume>` (or mark it external) so its data stays.');
  steps.push('Fix the relative paths of moved definitions (build contexts, bind mounts, env_file) for their new stack folder.');
  return {
    op: 'manual',
    phase: 2,
    path: split.file,
    reason: `Its services go to ${new Set(split.services.map((s) => s.to)).size > 1 ? 'different capabilities' : 'another capability'}: the definitions must be split between stacks (svclint does not yet rewrite stacks).`,
    steps,
  };
}

function retireAction(model: HostModel, dir: ServiceDir, keep: ServiceDir): ManualAction {
  return {
    op: 'manual',
    phase: 4,
    path: dir.abs,
    reason: `'${shownRel(model, dir.abs)}/' is a second copy of '${dir.classification.canonicalName}' (kept: '${shownRel(model, keep.abs)}/'); what to keep from it is a judgement call.`,
    steps: [
      `Compare '${shownRel(model, dir.abs)}/' with '${shownRel(model, keep.abs)}/' and move anything only it has (config, init scripts, data) into the kept copy.`,
      ...(dir.stack ? [`Stop its stack (docker compose -f ${shownRel(model, dir.stack.file)} down) once its clients use the kept service.`] : []),
      `Remove '${shownRel(model, dir.abs)}/'.`,
    ],
  };
}

function unplacedAction(model: HostModel, dir: ServiceDir, reasons: string[]): ManualAction {
  return {
    op: 'manual',
    phase: 4,
    path: dir.abs,
    reason: `${reasons[0] ?? 'No rule places it'}, so svclint cannot choose its capability directory.`,
    steps: [
      `Run \`svclint place ${dir.name}\` (with --provides KIND or --system NAME), or declare it under services: in the config.`,
      `Move '${shownRel(model, dir.abs)}/' into the capability directory it names (or a new capability-specific one, never apps/ or misc/).`,
    ],
  };
}

const plans = new WeakMap<HostModel, PlacementPlan>();
const indexes = new WeakMap<PlacementPlan, { folders: Map<string, FolderPlan>; causes: Map<string, PlanCause>; byPath: Map<string, PlanCause> }>();

function indexOf(plan: PlacementPlan) {
  return getOrCompute(indexes, plan, (built) => {
    const byPath = new Map<string, PlanCause>();
    for (const cause of built.causes) if (cause.kind === 'group' || cause.kind === 'folder') byPath.set(cause.path, cause);
    return { folders: new Map(built.folders.map((f) => [f.dir, f])), causes: new Map(built.causes.map((c) => [c.key, c])), byPath };
  });
}

/** The plan of a model, built once per run (rules and the engine share it). */
export function placementPlan(model: HostModel): PlacementPlan {
  return getOrCompute(plans, model, buildPlacementPlan);
}

/** A cause by its key, or null. */
export function causeByKey(plan: PlacementPlan, key: string): PlanCause | null {
  return indexOf(plan).causes.get(key) ?? null;
}

/** The plan for one service folder (absolute path as the model lists it), or null. */
export function folderPlan(plan: PlacementPlan, abs: string): FolderPlan | null {
  return indexOf(plan).folders.get(abs) ?? null;
}

/** The cause a folder, a group folder or a compose service belongs to, or null when the plan leaves it alone. */
export function causeOf(plan: PlacementPlan, subject: string | ComposeService): PlanCause | null {
  const index = indexOf(plan);
  if (typeof subject !== 'string') {
    const own = index.causes.get(composeServiceKey(subject));
    if (own) return own;
    return subject.serviceDir ? causeOf(plan, subject.serviceDir.abs) : null;
  }
  const folder = index.folders.get(subject);
  if (folder?.cause) return index.causes.get(folder.cause) ?? null;
  return index.byPath.get(subject) ?? null;
}
