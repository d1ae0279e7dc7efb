// The engine: for each path argument, find config and root, build the host model, run the
// selected rules (built-in and plugins, with the placement plan), merge findings of one cause,
// filter suppressions, decide what a change touches, render messages and hand back sorted findings.
import path from 'node:path';
import type { ChangeSet, ReportDescriptor, RuleContext } from '../api/types';
import { FileCache } from '../files/cache';
import { buildHostModel } from '../model/host';
import { modelFacts } from '../model/facts';
import type { HostModel } from '../model/types';
import { causeByKey, placementPlan } from '../plan';
import type { PlanAction } from '../plan/types';
import { discoverTargets, type Target } from '../policy/discover';
import type { Policy, RuleLevel } from '../policy/types';
import { displayPath } from '../util/paths';
import { anchorFor, lineKey } from './anchors';
import { belongsToChange, keepPart, makeChangeSet, placeOnChangedSide } from './changes';
import { selectRules, type RuleSelection } from './levels';
import { foldMembers, groupByCause } from './merge';
import { validateOptions } from './options';
import { builtInRules } from './registry';
import { renderData, renderMessage } from './render';
import { applySuppressions } from './suppress';
import type { Finding, LintResult, Message, RawFinding, RawRelated, RegisteredRule, RuleFailure, RuleInfo } from './types';
import { nowMs } from '../util/clock';

export interface LintOptions {
  cwd: string;
  paths: string[];
  /** --config FILE: used for every path instead of discovery. */
  configFile?: string | null;
  /** --rule ID:LEVEL */
  ruleLevels?: ReadonlyMap<string, RuleLevel>;
  /** Only these rule groups (benchmarks, `--only structure`). */
  groups?: readonly string[] | null;
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
  /** The run's file cache (one per run; made here when not given). */
  files?: FileCache;
  /** --initdb-exec: run the init scripts in a throwaway PostgreSQL. */
  initdbExec?: 'local' | 'docker' | null;
}

// Root resolution lives in src/policy/discover.ts; re-exported for the library API and tests.
export { resolveTarget, type Target } from '../policy/discover';
export { displayPath } from '../util/paths';

export async function lint(options: LintOptions): Promise<LintResult[]> {
  const phase = phaseTimer(options.onPhase);
  const files = options.files ?? new FileCache();
  const targets = discoverTargets(options.paths, options.cwd, options.configFile);
  phase('find config and root');
  const results: LintResult[] = [];
  for (const target of targets) {
    const result = await lintTarget(target, { ...options, files });
    // A file or folder argument inside a tree: the whole host is analysed, only that part reported.
    results.push(target.only ? keepPart(result, target.only, options.cwd) : result);
  }
  return results;
}

function phaseTimer(onPhase: LintOptions['onPhase']): (name: string) => void {
  let last = nowMs();
  return (name) => {
    const now = nowMs();
    onPhase?.(name, now - last);
    last = now;
  };
}

/** The rules a policy knows: the built-in ones, and its plugins' (loaded only when it has plugins). */
export async function rulesFor(policy: Policy, options: { cwd: string; files: FileCache; onPhase?: LintOptions['onPhase'] }): Promise<RegisteredRule[]> {
  if (policy.plugins.length === 0) return builtInRules();
  const { loadPlugins } = await import('../plugins/load');
  const plugins = await loadPlugins(policy, {
    cwd: options.cwd,
    files: options.files,
    onCompile: (file, ms) => options.onPhase?.(`type-check ${displayPath(file, options.cwd)}`, ms),
  });
  return [...builtInRules(), ...plugins];
}

/** The rules of several results (built-in first, then each tree's plugins), each once: the formats' rules table. */
export function rulesOfResults(results: readonly LintResult[]): RuleInfo[] {
  const byId = new Map(builtInRules().map((r) => [r.info.id, r.info] as const));
  for (const result of results) for (const info of result.rules) if (!byId.has(info.id)) byId.set(info.id, info);
  return [...byId.values()];
}

/** One line naming a rule that threw, and its file: `rule local/x (svclint-rules/x.ts) failed: ...`. */
export function describeFailure(failure: RuleFailure, cwd: string): string {
  const source = failure.source ? ` (${displayPath(failure.source, cwd)})` : '';
  return `internal error: rule ${failure.rule}${source} failed: ${failure.message.split('\n')[0]}`;
}

/** `file:line:col` of the config key `rules.<id>`, or the config file. */
export function configKeyDescriber(policy: Policy, cwd: string): (id: string) => string {
  return (id) => {
    const loc = policy.locate(['rules', id]);
    return loc ? `${path.relative(cwd, loc.file)}:${loc.line}:${loc.column}` : String(policy.configFile);
  };
}

export async function lintTarget(target: Target, options: LintOptions): Promise<LintResult> {
  const { policy } = target;
  const files = options.files ?? new FileCache();
  const phase = phaseTimer(options.onPhase);
  const rules = await rulesFor(policy, { cwd: options.cwd, files, onPhase: options.onPhase });
  if (policy.plugins.length > 0) phase('load plugins');
  const describe = configKeyDescriber(policy, options.cwd);
  const selection = selectRules(rules, {
    configLevels: policy.rules,
    configOptions: policy.ruleOptions,
    cliLevels: options.ruleLevels ?? new Map(),
    groups: options.groups ?? null,
    describeConfigKey: describe,
  });
  await validateOptions(selection, describe);
  const model = await buildHostModel(target.root, policy, options.cwd, {
    // Plugin rules may read anything of the model; built-in ones say so by their group.
    database: selection.some(({ registered }) => registered.info.group === 'database' || registered.info.plugin !== undefined),
    files,
    initdbExec: options.initdbExec ?? null,
  });
  phase('scan tree and build host model');
  let changes: ChangeSet | null = options.changed ? makeChangeSet(options.changed) : null;
  let scope: LintResult['scope'];
  if (changes && policy.configFile && changes.touches(policy.configFile)) {
    scope = {
      changedFiles: changes.files.length,
      reported: 0,
      total: 0,
      everything: `the svclint config ${displayPath(policy.configFile, options.cwd)} changed, so every finding is reported`,
    };
    changes = null;
  }
  const { findings: raw, failures } = await runRules(model, selection, changes);
  phase('run rules');
  let kept = applySuppressions(groupByCause(raw), model, { selection, rules }).map(foldMembers);
  if (changes) kept = kept.map((f) => placeOnChangedSide(f, changes));
  const total = kept.length;
  if (changes && options.onlyChanged) kept = kept.filter((f) => belongsToChange(f, changes));
  if (options.changed) scope ??= { changedFiles: options.changed.length, reported: kept.length, total };
  if (scope) scope.reported = kept.length;
  if (scope) scope.total = total;
  const findings = kept.map((f) => finishFinding(f, model, changes, options.cwd)).sort(compareFindings);
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
    failures,
    rules: rules.map((r) => r.info),
    ...(scope ? { scope } : {}),
  };
}

/**
 * Runs rules over a built model. A rule that throws is an internal failure (exit 2) naming the
 * rule and its file, never a silent pass: its findings are dropped, the other rules still run.
 */
export async function runRules(
  model: HostModel,
  selection: readonly RuleSelection[],
  changed: ChangeSet | null = null,
): Promise<{ findings: RawFinding[]; failures: RuleFailure[] }> {
  const findings: RawFinding[] = [];
  const failures: RuleFailure[] = [];
  const facts = modelFacts(model);
  for (const { registered, severity, options } of selection) {
    const { info, rule } = registered;
    const own: RawFinding[] = [];
    const context: RuleContext = {
      ...facts,
      id: info.id,
      options,
      model,
      changed,
      report: (descriptor: ReportDescriptor) => {
        own.push(toRawFinding(info, severity, descriptor, model));
      },
      get plan() {
        return placementPlan(model);
      },
    };
    try {
      await rule.check(context);
      findings.push(...own);
    } catch (error) {
      failures.push({ rule: info.id, source: info.source ?? null, message: error instanceof Error ? error.message : String(error), error });
    }
  }
  return { findings, failures };
}

/** A message of a rule: its template by id, with the report's data. */
function messageOf(info: RuleInfo, id: string, data: Message['data'] | undefined): Message {
  const template = Object.hasOwn(info.messages, id) ? info.messages[id] : undefined;
  if (typeof template !== 'string')
    throw new Error(`reported messageId '${id}', which meta.messages does not define (it has ${Object.keys(info.messages).join(', ')})`);
  return { id, template, data: data ?? {} };
}

function toRawFinding(info: RuleInfo, severity: RawFinding['severity'], r: ReportDescriptor, model: HostModel): RawFinding {
  const finding: RawFinding = {
    rule: info.id,
    severity,
    path: r.loc?.file ?? r.path ?? model.root,
    line: r.loc?.line ?? null,
    column: r.loc?.column ?? null,
    message: messageOf(info, r.messageId, r.data),
    fix: r.fixId === undefined ? null : messageOf(info, r.fixId, r.data),
  };
  if (r.target) finding.target = r.target;
  if (r.related && r.related.length > 0) {
    finding.related = r.related.map((x): RawRelated => ({
      path: x.loc?.file ?? x.path ?? model.root,
      line: x.loc?.line ?? null,
      column: x.loc?.column ?? null,
      message: messageOf(info, x.messageId, x.data),
    }));
  }
  if (r.key !== undefined) finding.key = r.key;
  if (r.cause) finding.cause = r.cause;
  // Fixes are the plan's steps: a finding about a plan cause carries that cause's actions.
  const actions = (r.actions as PlanAction[] | undefined) ?? (r.cause ? causeByKey(placementPlan(model), r.cause)?.actions : undefined);
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

/** The output form of a finding: messages rendered, paths relative to the working directory. */
export function toFinding(f: RawFinding, cwd: string): Finding {
  const finding: Finding = {
    rule: f.rule,
    severity: f.severity,
    path: displayPath(f.path, cwd),
    line: f.line,
    column: f.line === null ? null : f.column,
    message: renderMessage(f.message, cwd),
    fix: f.fix ? renderMessage(f.fix, cwd) : null,
    messageId: f.message.id,
  };
  if (Object.keys(f.message.data).length > 0) finding.data = renderData(f.message.data, cwd);
  if (f.also && f.also.length > 0) finding.also = [...f.also];
  if (f.related && f.related.length > 0) {
    finding.related = f.related.map((r) => ({
      path: displayPath(r.path, cwd),
      line: r.line,
      column: r.line === null ? null : r.column,
      message: `${r.prefix ? `${r.prefix}: ` : ''}${renderMessage(r.message, cwd)}`,
    }));
  }
  if (f.actions && f.actions.length > 0) finding.actions = f.actions.map((a) => displayAction(a, cwd));
  if (f.key !== undefined) finding.key = f.key;
  if (f.target) finding.target = displayPath(f.target, cwd);
  return finding;
}

/** The output form: relative paths, the default key (the reported line's text), and files standing for folders. */
function finishFinding(f: RawFinding, model: HostModel, changes: ChangeSet | null, cwd: string): Finding {
  const finding = toFinding(f, cwd);
  finding.key ??= lineKey(model.files, f.path, f.line);
  if (model.root !== cwd) {
    const message = renderMessage(f.message, model.root);
    const fix = f.fix ? renderMessage(f.fix, model.root) : null;
    if (message !== finding.message || fix !== finding.fix) finding.inRoot = { message, fix };
  }
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
