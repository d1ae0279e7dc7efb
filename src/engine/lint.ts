// The engine: for each path argument, find config and root, build the host model, run the
// selected rules (with the placement plan), merge findings of one cause, filter suppressions,
// decide what a change touches, and hand back sorted findings.
import path from 'node:path';
import { allRules } from '../../rules';
import { discoverTargets, type Target } from '../policy/discover';
import { displayPath } from '../util/paths';
import { buildHostModel } from '../model/host';
import { causeByKey, placementPlan } from '../plan';
import type { PlanAction } from '../plan/types';
import type { ChangeSet, Finding, HostModel, LintResult, RawFinding, Report, RuleContext, RuleGroup, RuleLevel } from '../types';
import { anchorFor, FileTexts, lineKey } from './anchors';
import { belongsToChange, keepPart, makeChangeSet, placeOnChangedSide } from './changes';
import { selectRules, type RuleSelection } from './levels';
import { foldMembers, groupByCause } from './merge';
import { applySuppressions } from './suppress';

export interface LintOptions {
  cwd: string;
  paths: string[];
  /** --config FILE: used for every path instead of discovery. */
  configFile?: string | null;
  /** --rule ID:LEVEL */
  ruleLevels?: ReadonlyMap<string, RuleLevel>;
  /** Only these rule groups (benchmarks, `--only structure`). */
  groups?: readonly RuleGroup[] | null;
  /** Called after each phase with its wall time (`--debug`). */
  onPhase?: (phase: string, ms: number) => void;
  /**
   * Absolute paths of the files a change touched (`--changed-since`, the Action's pull request), or
   * null when unknown: two-sided findings then blame the changed side, and findings are placed on
   * their changed place. A change to a target's config file counts as unknown for that target.
   */
  changed?: readonly string[] | null;
  /** With `changed`: report only the findings a place of which is in the change. */
  onlyChanged?: boolean;
}

// Root resolution lives in src/policy/discover.ts; re-exported for the library API and tests.
export { resolveTarget, type Target } from '../policy/discover';
export { displayPath } from '../util/paths';

export async function lint(options: LintOptions): Promise<LintResult[]> {
  const phase = phaseTimer(options.onPhase);
  const targets = discoverTargets(options.paths, options.cwd, options.configFile);
  phase('find config and root');
  const results: LintResult[] = [];
  for (const target of targets) {
    const result = await lintTarget(target, options);
    // A file or folder argument inside a tree: the whole host is analysed, only that part reported.
    results.push(target.only ? keepPart(result, target.only, options.cwd) : result);
  }
  return results;
}

function phaseTimer(onPhase: LintOptions['onPhase']): (name: string) => void {
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    onPhase?.(name, now - last);
    last = now;
  };
}

export async function lintTarget(target: Target, options: LintOptions): Promise<LintResult> {
  const { policy } = target;
  const selection = selectRules(allRules, policy.rules, options.ruleLevels ?? new Map(), options.groups ?? null, (id) => {
    const loc = policy.locate(['rules', id]);
    return loc ? `${path.relative(options.cwd, loc.file)}:${loc.line}:${loc.column}` : String(policy.configFile);
  });
  const phase = phaseTimer(options.onPhase);
  const model = await buildHostModel(target.root, policy, options.cwd, {
    database: selection.some(({ rule }) => rule.meta.group === 'database'),
  });
  phase('scan tree and build host model');
  let changes: ChangeSet | null = options.changed ? makeChangeSet(options.changed) : null;
  let scope: LintResult['scope'];
  if (changes && policy.configFile && changes.touches(policy.configFile)) {
    scope = { changedFiles: changes.files.length, reported: 0, total: 0, everything: `the svclint config ${displayPath(policy.configFile, options.cwd)} changed, so every finding is reported` };
    changes = null;
  }
  const raw = await runRules(model, selection, changes);
  phase('run rules');
  const texts = new FileTexts(model);
  let kept = applySuppressions(groupByCause(raw), model, selection, texts).map(foldMembers);
  if (changes) kept = kept.map((f) => placeOnChangedSide(f, changes));
  const total = kept.length;
  if (changes && options.onlyChanged) kept = kept.filter((f) => belongsToChange(f, changes));
  if (options.changed) scope ??= { changedFiles: options.changed.length, reported: kept.length, total };
  if (scope) scope.reported = kept.length;
  if (scope) scope.total = total;
  const findings = kept.map((f) => finishFinding(f, model, texts, changes, options.cwd)).sort(compareFindings);
  // One cause one finding, suppression, the change, output positions.
  phase('directives and exceptions');
  return {
    root: target.root,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      services: countServices(model),
      stacks: model.stacks.length,
    },
    model,
    ...(scope ? { scope } : {}),
  };
}

/** Runs rules over a built model; a rule that throws is an internal failure (exit 2), never a silent pass. */
export async function runRules(model: HostModel, selection: readonly RuleSelection[], changed: ChangeSet | null = null): Promise<RawFinding[]> {
  const raw: RawFinding[] = [];
  for (const { rule, severity } of selection) {
    const context: RuleContext = {
      model,
      changed,
      report: (r: Report) => {
        raw.push(toRawFinding(rule.meta.id, severity, r, model));
      },
      get plan() {
        return placementPlan(model);
      },
    };
    try {
      await rule.check(context);
    } catch (error) {
      throw new Error(`rule ${rule.meta.id} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return raw;
}

function toRawFinding(rule: string, severity: RawFinding['severity'], r: Report, model: HostModel): RawFinding {
  const finding: RawFinding = {
    rule,
    severity,
    path: r.loc?.file ?? r.path ?? model.root,
    line: r.loc?.line ?? r.line ?? null,
    column: r.loc?.column ?? r.column ?? null,
    message: r.message,
    fix: r.fix ?? null,
  };
  if (r.target) finding.target = r.target;
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((x) => ({ path: x.loc?.file ?? x.path ?? model.root, line: x.loc?.line ?? null, column: x.loc?.column ?? null, message: x.message }));
  }
  if (r.key !== undefined) finding.key = r.key;
  if (r.cause) finding.cause = r.cause;
  // Fixes are the plan's steps: a finding about a plan cause carries that cause's actions.
  const actions = r.actions ?? (r.cause ? causeByKey(placementPlan(model), r.cause)?.actions : undefined);
  if (actions && actions.length > 0) finding.actions = actions;
  return finding;
}

/** An action with its paths relative to the working directory. */
export function displayAction(action: PlanAction, cwd: string): PlanAction {
  switch (action.op) {
    case 'move':
      return { ...action, from: displayPath(action.from, cwd), to: displayPath(action.to, cwd) };
    case 'symlink':
      return { ...action, path: displayPath(action.path, cwd), target: displayPath(action.target, cwd) };
    case 'edit':
      return { ...action, file: displayPath(action.file, cwd) };
    default:
      return { ...action, path: displayPath(action.path, cwd) };
  }
}

export function toFinding(f: RawFinding, cwd: string): Finding {
  const finding: Finding = {
    rule: f.rule,
    severity: f.severity,
    path: displayPath(f.path, cwd),
    line: f.line,
    column: f.line === null ? null : f.column,
    message: f.message,
    fix: f.fix,
  };
  if (f.also && f.also.length > 0) finding.also = [...f.also];
  if (f.related && f.related.length > 0) {
    finding.related = f.related.map((r) => ({ path: displayPath(r.path, cwd), line: r.line, column: r.line === null ? null : r.column, message: r.message }));
  }
  if (f.actions && f.actions.length > 0) finding.actions = f.actions.map((a) => displayAction(a, cwd));
  if (f.key !== undefined) finding.key = f.key;
  if (f.target) finding.target = displayPath(f.target, cwd);
  return finding;
}

/** The output form: relative paths, the default key (the reported line's text), and files standing for folders. */
function finishFinding(f: RawFinding, model: HostModel, texts: FileTexts, changes: ChangeSet | null, cwd: string): Finding {
  const finding = toFinding(f, cwd);
  finding.key ??= lineKey(texts, f.path, f.line);
  const anchor = (abs: string, line: number | null) => {
    if (line !== null) return null;
    const found = anchorFor(model, abs, changes);
    return found ? { path: displayPath(found.file, cwd), line: found.line } : null;
  };
  finding.anchor = anchor(f.path, f.line);
  if (f.related) finding.relatedAnchors = f.related.map((r) => anchor(r.path, r.line));
  return finding;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Service directories plus active compose services that have no folder of their own. */
function countServices(model: HostModel): number {
  const loose = model.services.filter((s) => !s.serviceDir && !s.stack.archived).length;
  return model.serviceDirs.length + loose;
}
