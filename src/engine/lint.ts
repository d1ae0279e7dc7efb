// The engine: for each path argument, find config and root, build the host model, run the
// selected rules, filter suppressions, and hand back sorted findings.
import path from 'node:path';
import { allRules } from '../../rules';
import { filterResults, makeChangedTest } from '../action/changed';
import { discoverTargets, type Target } from '../policy/discover';
import { displayPath } from '../util/paths';
import { buildHostModel } from '../model/host';
import type { Finding, HostModel, LintResult, RawFinding, Report, RuleGroup, RuleLevel } from '../types';
import { selectRules, type RuleSelection } from './levels';
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
  /** --initdb-exec: run the init scripts in a throwaway PostgreSQL. */
  initdbExec?: 'local' | 'docker' | null;
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
    const only = target.only?.map((p) => displayPath(p, options.cwd));
    results.push(only ? filterResults([result], makeChangedTest(only))[0]! : result);
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
    initdbExec: options.initdbExec ?? null,
  });
  phase('scan tree and build host model');
  const raw = await runRules(model, selection);
  phase('run rules');
  const kept = applySuppressions(raw, model, selection);
  const findings = kept.map((f) => toFinding(f, options.cwd)).sort(compareFindings);
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
  };
}

/** Runs rules over a built model; a rule that throws is an internal failure (exit 2), never a silent pass. */
export async function runRules(model: HostModel, selection: readonly RuleSelection[]): Promise<RawFinding[]> {
  const raw: RawFinding[] = [];
  for (const { rule, severity } of selection) {
    const report = (r: Report) => raw.push(toRawFinding(rule.meta.id, severity, r, model));
    try {
      await rule.check({ model, report });
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
  return finding;
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
  if (f.target) finding.target = displayPath(f.target, cwd);
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
