// What the HTML report draws, as compact plain data: one JSON document embedded in the page and
// rendered by the page's own script. Large lists are arrays of arrays with file paths in one
// table, so a 10,000-service host stays well under 2 MB. Every string goes through JSON (and the
// page escapes `<`), and the page renders it with textContent: names are data, never markup.
import path from 'node:path';
import { displayPath } from '../../engine/lint';
import { databaseAccess, type AccessLoc, type DatabaseAccess } from '../../model/database-access';
import { memoryBudget } from '../../model/memory';
import { mapActionPaths } from '../../migrate/apply';
import { checkLines, describeStep, projectLine } from '../../migrate/render/text';
import { PHASE_TITLES, shownPath, viewOfPlan } from '../../migrate/view';
import { placementPlan } from '../../plan';
import type { MigrationPhase, PlacementPlan, PlanAction } from '../../plan/types';
import type { Finding, LintResult } from '../../engine/types';
import type { FormatContext } from '../types';
import type { HostModel, ServiceDir } from '../../model/types';

/** Tree node flags (bits), read by the page script. */
export const NODE = {
  service: 1,
  capability: 2,
  undeclared: 4,
  catchAll: 8,
  technology: 16,
  symlink: 32,
  stack: 64,
  archived: 128,
  /** A compose service with no folder of its own (a leaf under its stack's folder). */
  composeService: 256,
  broken: 512,
} as const;

/** `[name, flags, children?]`; the root node's name is the root's display path. */
export type TreeNodeData = [string, number, TreeNodeData[]?];

/** `[service, pathIndex, bytes | null, declared (1/0), replicas]`. */
export type MemoryRow = [string, number, number | null, 0 | 1, number];

/** `[name, owner, created, atPath, atLine, public (1/0/null), allocated [[service, role]], crossGrants [[role, via, atPath, atLine]], findings]`. */
export type DatabaseRow = [string, string, 0 | 1, number, number, 0 | 1 | null, [string, string][], [string, string, number, number][], number[]];

/** `[service, pathIndex, roles, databases, superuser (1/0), access [[role, database, via]], findings]`. */
export type ClientRow = [string, number, string[], string[], 0 | 1, [string, string, string][], number[]];

export interface FindingData {
  rule: string;
  severity: Finding['severity'];
  path: string;
  line: number | null;
  column: number | null;
  message: string;
  fix: string | null;
  /** The capability the finding is about (the service's, else the folder's), '' when none. */
  capability: string;
  also?: string[];
  related?: { path: string; line: number | null; column: number | null; message: string }[];
  actions?: ActionData[];
  /** Other paths the finding concerns (its other sides, what its actions touch): a folder's view lists it too. */
  touches?: string[];
}

/** A plan action as the page shows it: `svclint migrate`'s line for it (paths relative to the working directory). */
export type ActionData = { op: PlanAction['op']; phase: number; text: string; reason?: string; steps?: string[] };

/** One phase of the migration checklist, as `svclint migrate` prints it. */
export interface PhaseData {
  phase: number;
  title: string;
  actions: ActionData[];
  /** Phase 3: the checks to run (lint the result, docker compose config per stack, the URLs to try). */
  checks?: string[];
  /** Phase 2: the Compose project names and how each is kept. */
  projects?: string[];
}

export interface RootData {
  root: string;
  config: string | null;
  summary: LintResult['summary'];
  tree: TreeNodeData | null;
  findings: FindingData[];
  /** Planned moves `[from, to, reason, kind]` (kind: place, rename, archive, flatten), relative to the root. */
  moves: [string, string, string, string][];
  /** Folders the plan removes once empty (delete-empty), relative to the root. */
  removed: string[];
  /** Second copies of a service the plan retires `[folder, kept copy]` (merged by hand, then removed). */
  retired: [string, string][];
  /** Service folders outside a capability that no rule places (placed by hand). */
  unplaced: string[];
  /** The policy's capability names (a new folder in the planned tree is one of them). */
  capabilities: string[];
  memory: { budget: number | null; total: number; declared: number; estimated: number; services: MemoryRow[] } | null;
  databases: { shared: { service: string; path: string } | null; superuser: string | null; databases: DatabaseRow[]; clients: ClientRow[] } | null;
  /** The migration's phases (the plan's actions, checks and project names, as `svclint migrate` shows them), null without a plan. */
  phases: PhaseData[] | null;
}

export interface ReportData {
  tool: 'svclint';
  version: string;
  rules: { id: string; group: string; severity: string; description: string; docs: string }[];
  /** File paths referred to by index from memory and database rows. */
  paths: string[];
  roots: RootData[];
}

export function buildReportData(results: readonly LintResult[], context: FormatContext): ReportData {
  const paths: string[] = [];
  const pathIndex = new Map<string, number>();
  const pathId = (p: string): number => {
    let id = pathIndex.get(p);
    if (id === undefined) {
      id = paths.length;
      paths.push(p);
      pathIndex.set(p, id);
    }
    return id;
  };
  const roots = results.map((result) => buildRoot(result, context, pathId));
  return {
    tool: 'svclint',
    version: context.version,
    rules: context.rules.map((r) => ({ id: r.id, group: r.group, severity: r.severity, description: r.description, docs: r.docs })),
    paths,
    roots,
  };
}

function buildRoot(result: LintResult, context: FormatContext, pathId: (p: string) => number): RootData {
  const { model } = result;
  const show = (abs: string) => displayPath(abs, context.cwd);
  const rootShown = show(result.root);
  const relToRoot = (shown: string): string | null => {
    const abs = path.resolve(context.cwd, shown);
    const rel = path.relative(result.root, abs);
    return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
  };
  const capabilityOf = model ? capabilityIndex(model) : () => '';
  const findings = result.findings.map((f) => findingData(f, capabilityOf(relToRoot(f.path)), context.cwd));

  // The placement plan (memoized per model: the structure rules built it already).
  const plan = model ? placementPlan(model) : null;
  const rel = (abs: string) => relToRoot(show(abs));
  const moves: RootData['moves'] = [];
  for (const move of plan?.moves ?? []) {
    const from = rel(move.from);
    const to = rel(move.to);
    if (from !== null && to !== null) moves.push([from, to, move.reasons.join('; '), move.kind]);
  }
  // Service folders the migration steps move besides the plan's moves (a retired copy going to archive/).
  const serviceDirs = new Set(model?.serviceDirs.map((d) => d.abs) ?? []);
  const inactive = new Set(model ? [...model.policy.capabilities.values()].filter((c) => c.inactive).map((c) => c.name) : []);
  const moved = new Set(plan?.moves.map((m) => m.from) ?? []);
  for (const action of plan?.actions ?? []) {
    if (action.op !== 'move' || !serviceDirs.has(action.from) || moved.has(action.from)) continue;
    moved.add(action.from);
    const from = rel(action.from);
    const to = rel(action.to);
    const archived = to !== null && inactive.has(to.split('/')[0]!);
    if (from !== null && to !== null) moves.push([from, to, action.reason ?? '', archived ? 'archive' : 'place']);
  }
  const removed = (plan?.actions ?? []).flatMap((a) => (a.op === 'delete-empty' ? [rel(a.path)] : [])).filter((p): p is string => p !== null);
  const retired: RootData['retired'] = [];
  const unplaced: string[] = [];
  for (const folder of plan?.folders ?? []) {
    const dir = rel(folder.dir);
    if (dir === null) continue;
    if (folder.fate === 'retire' && !moved.has(folder.dir)) retired.push([dir, folder.keep ? show(folder.keep) : '']);
    if (folder.fate === 'unplaced') unplaced.push(dir);
  }

  let memory: RootData['memory'] = null;
  let databases: RootData['databases'] = null;
  if (model) {
    const budget = memoryBudget(model);
    memory = {
      budget: budget.budget,
      total: budget.total,
      declared: budget.declared,
      estimated: budget.estimated,
      services: budget.usages.map((u) => [u.service.name, pathId(show(u.service.stack.file)), u.bytes, u.declared ? 1 : 0, u.replicas]),
    };
    // Connection settings are located only in files that have findings with a line (to highlight them).
    const locateIn = new Set(findings.filter((f) => f.line !== null).map((f) => f.path));
    const access = databaseAccess(model, { locateIn });
    if (access) databases = encodeAccess(access, findings, pathId);
  }

  return {
    root: rootShown,
    config: model?.policy.configFile ? show(model.policy.configFile) : null,
    summary: result.summary,
    tree: model ? buildTree(model, rootShown) : null,
    findings,
    moves,
    removed,
    retired,
    unplaced,
    capabilities: model ? [...model.policy.capabilities.keys()] : [],
    memory,
    databases,
    phases: model && plan ? migrationPhases(model, plan, context.cwd) : null,
  };
}

function findingData(f: Finding, capability: string, cwd: string): FindingData {
  const data: FindingData = { rule: f.rule, severity: f.severity, path: f.path, line: f.line, column: f.column, message: f.message, fix: f.fix, capability };
  // One cause, one finding: the merged rules, the other sides, and the plan's steps (paths already cwd-relative).
  if (f.also?.length) data.also = f.also;
  if (f.related?.length) data.related = f.related.map((r) => ({ path: r.path, line: r.line, column: r.column, message: r.message }));
  if (f.actions?.length)
    data.actions = f.actions.map((a) =>
      actionData(
        mapActionPaths(a, (p) => path.resolve(cwd, p)),
        cwd,
      ),
    );
  const touches = new Set((f.related ?? []).map((r) => r.path));
  for (const action of f.actions ?? []) mapActionPaths(action, (p) => (touches.add(p), p));
  touches.delete(f.path);
  if (touches.size) data.touches = [...touches];
  return data;
}

/** The capability a root-relative path belongs to: its service's (by classification), else the capability folder it sits in. */
function capabilityIndex(model: HostModel): (rel: string | null) => string {
  const services = new Map<string, ServiceDir>(model.serviceDirs.map((s) => [s.rel, s]));
  const capabilities = new Set(model.capabilityDirs.map((c) => c.rel));
  return (rel) => {
    if (rel === null) return '';
    const parts = rel.split('/');
    for (let n = parts.length; n > 0; n--) {
      const prefix = parts.slice(0, n).join('/');
      const service = services.get(prefix);
      if (service) return service.classification.capability ?? service.capability?.name ?? '';
    }
    return parts[0] && capabilities.has(parts[0]) ? parts[0] : '';
  };
}

function buildTree(model: HostModel, rootShown: string): TreeNodeData {
  const services = new Map(model.serviceDirs.map((s) => [s.rel, s]));
  const capabilities = new Map(model.capabilityDirs.map((c) => [c.rel, c]));
  const groups = new Map(model.groupDirs.map((g) => [g.rel, g]));
  const stackDirs = new Set(model.stacks.map((s) => path.relative(model.root, s.dir).split(path.sep).join('/')));
  const archivedDirs = new Set(model.capabilityDirs.filter((c) => c.inactive).map((c) => c.rel));
  // Active compose services with no folder of their own: leaves under their stack's folder.
  const loose = new Map<string, string[]>();
  for (const service of model.services) {
    if (service.serviceDir || service.stack.archived) continue;
    const rel = path.relative(model.root, service.stack.dir).split(path.sep).join('/');
    loose.set(rel, [...(loose.get(rel) ?? []), service.name]);
  }
  const node = (rel: string, name: string, archived: boolean): TreeNodeData => {
    let flags = 0;
    const service = services.get(rel);
    const capability = capabilities.get(rel);
    const group = groups.get(rel);
    const entry = model.tree.byRel.get(rel);
    if (service) flags |= NODE.service;
    if (capability) flags |= capability.declared ? NODE.capability : NODE.capability | NODE.undeclared;
    if (group) flags |= group.kind === 'catch-all' ? NODE.catchAll : NODE.technology;
    if (entry?.kind === 'symlink') flags |= entry.symlink?.status === 'ok' ? NODE.symlink : NODE.symlink | NODE.broken;
    if (stackDirs.has(rel)) flags |= NODE.stack;
    const isArchived = archived || archivedDirs.has(rel);
    if (isArchived) flags |= NODE.archived;
    const children: TreeNodeData[] = [];
    for (const child of model.tree.children.get(rel) ?? []) {
      const isDir = child.kind === 'dir' || (child.kind === 'symlink' && child.symlink?.targetKind !== 'file');
      if (isDir) children.push(node(child.rel, child.name, isArchived));
    }
    for (const name of loose.get(rel) ?? []) children.push([name, NODE.composeService | (isArchived ? NODE.archived : 0)]);
    return children.length > 0 ? [name, flags, children] : [name, flags];
  };
  return node('', rootShown, false);
}

function encodeAccess(access: DatabaseAccess, findings: readonly FindingData[], pathId: (p: string) => number): NonNullable<RootData['databases']> {
  // Findings by "path:line", to highlight the rows and grants they are about.
  const byLine = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.line === null) return;
    const key = `${f.path}:${f.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), i]);
  });
  const at = (loc: AccessLoc | null) => (loc ? (byLine.get(`${loc.path}:${loc.line}`) ?? []) : []);
  const unique = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  return {
    shared: access.shared,
    superuser: access.superuser,
    databases: access.databases.map((db) => [
      db.name,
      db.owner,
      db.created ? 1 : 0,
      db.at ? pathId(db.at.path) : -1,
      db.at?.line ?? 0,
      db.public === null ? null : db.public ? 1 : 0,
      db.allocated.map((a) => [a.service, a.role]),
      db.crossGrants.map((g) => [g.role, g.via, g.at ? pathId(g.at.path) : -1, g.at?.line ?? 0]),
      unique([...at(db.at), ...db.crossGrants.flatMap((g) => at(g.at))]),
    ]),
    clients: access.clients.map((c) => [
      c.service,
      c.path === null ? -1 : pathId(c.path),
      c.roles,
      c.databases,
      c.superuser ? 1 : 0,
      c.access.map((a) => [a.role, a.database, a.via ?? '']),
      unique((c.at ?? []).flatMap(at)),
    ]),
  };
}

/** An action (absolute paths) as the page shows it. */
function actionData(action: PlanAction, cwd: string): ActionData {
  return {
    op: action.op,
    phase: action.phase,
    text: describeStep(action, cwd),
    ...(action.reason ? { reason: action.reason } : {}),
    ...(action.op === 'manual' ? { steps: action.steps } : {}),
  };
}

/** The checklist: `svclint migrate`'s view of the same plan, phase by phase. */
function migrationPhases(model: HostModel, plan: PlacementPlan, cwd: string): PhaseData[] {
  const view = viewOfPlan(model, plan, model.root);
  return ([1, 2, 3, 4, 5] as MigrationPhase[]).map((phase) => {
    const data: PhaseData = { phase, title: PHASE_TITLES[phase], actions: view.actions.filter((a) => a.phase === phase).map((a) => actionData(a, cwd)) };
    if (phase === 3) data.checks = checkLines(view);
    if (phase === 2 && view.projects.length > 0) data.projects = view.projects.map((p) => `${shownPath(p.stack, cwd)}: ${projectLine(p)}`);
    return data;
  });
}
