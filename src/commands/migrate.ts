// `svclint migrate`: the design document's phased migration, from the same placement plan the
// findings use. Dry run by default (text, json, sh, markdown); `--apply` runs it through the
// journal; `--status` shows it; `--rollback` undoes it byte for byte.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../cli/main';
import { UsageError } from '../errors';
import { resolveTarget, type Target } from '../engine/lint';
import { buildHostModel } from '../model/host';
import { buildPlacementPlan } from '../plan';
import { documentFiles } from '../plan/docs';
import type { MigrationPhase, PlanAction } from '../plan/types';
import type { HostModel } from '../model/types';
import { isInside } from '../util/paths';
import { absoluteActions, ActionRefused, applyJournal, describeAction, mapActionPaths, type InterruptHook } from '../migrate/apply';
import { gitState } from '../migrate/git';
import { JOURNAL_DIR, JOURNAL_FILE, loadJournal, newJournal, removeStaleTemporaries, saveJournal, type CheckResults, type Journal } from '../migrate/journal';
import { acquireLock } from '../migrate/lock';
import { runPhase3 } from '../migrate/phase3';
import { renderJson } from '../migrate/render/json';
import { renderMarkdown } from '../migrate/render/markdown';
import { renderSh } from '../migrate/render/sh';
import { renderText } from '../migrate/render/text';
import { changedSince, rollbackJournal } from '../migrate/rollback';
import { makeShadow } from '../migrate/shadow';
import { shownPath, viewOfPlan, withJournal, type MigrationView } from '../migrate/view';

export const MIGRATE_FORMATS = ['text', 'json', 'sh', 'markdown'] as const;
export type MigrateFormat = (typeof MIGRATE_FORMATS)[number];

export interface MigrateOptions {
  path: string;
  cwd: string;
  config: string | null;
  format: MigrateFormat;
  apply: boolean;
  phase: MigrationPhase | null;
  through: MigrationPhase | null;
  status: boolean;
  rollback: boolean;
  toPhase: number | null;
  force: boolean;
}

export interface MigrateIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The CLI's entry: flags to options, the report to stdout or --output-file. */
export async function runMigrateCommand(context: CommandContext): Promise<number> {
  const { args, flags, io, output } = context;
  if (args.length > 1)
    throw new UsageError(
      `usage: svclint migrate [path] [--apply [--phase N|--through N]] [--status] [--rollback [--to-phase N]] (one path, got ${args.length})`,
    );
  const format = flags.string('format');
  const name = format === undefined || format === 'stylish' ? 'text' : format;
  if (!(MIGRATE_FORMATS as readonly string[]).includes(name)) throw new UsageError(`--format: migrate prints ${MIGRATE_FORMATS.join(', ')}, not '${format}'`);
  return runMigrate(
    {
      path: args[0] ?? '.',
      cwd: io.cwd,
      config: flags.string('config') ?? null,
      format: name as MigrateFormat,
      apply: flags.bool('apply') === true,
      phase: phaseFlag('--phase', flags.string('phase'), 1) as MigrationPhase | null,
      through: phaseFlag('--through', flags.string('through'), 1) as MigrationPhase | null,
      status: flags.bool('status') === true,
      rollback: flags.bool('rollback') === true,
      toPhase: phaseFlag('--to-phase', flags.string('to-phase'), 0),
      force: flags.bool('force') === true,
    },
    { stdout: (text) => output.write(text), stderr: io.stderr, env: io.env },
  );
}

/** Parses a phase flag's value: a whole number in range, or a usage error naming the flag. */
export function phaseFlag(flag: string, value: string | undefined, min: number): number | null {
  if (value === undefined) return null;
  if (!/^\d$/.test(value) || Number(value) < min || Number(value) > 5) throw new UsageError(`${flag} expects a phase number ${min}-5, got '${value}'`);
  return Number(value);
}

export async function runMigrate(options: MigrateOptions, io: MigrateIo): Promise<number> {
  const modes = [options.apply, options.status, options.rollback].filter(Boolean).length;
  if (modes > 1) throw new UsageError('--apply, --status and --rollback are separate steps: give one');
  if ((options.phase !== null || options.through !== null) && !options.apply) throw new UsageError('--phase and --through go with --apply');
  if (options.phase !== null && options.through !== null) throw new UsageError('give --phase N or --through N, not both');
  if (options.toPhase !== null && !options.rollback) throw new UsageError('--to-phase goes with --rollback');
  if ((options.format === 'sh' || options.format === 'markdown') && modes > 0)
    throw new UsageError(`--format ${options.format} renders the plan (the dry run); --apply, --status and --rollback print text or json`);

  const target = resolveTarget(options.path, options.cwd, options.config);
  const dir = path.resolve(options.cwd, options.path);
  const scope = migrationScope(target);
  const context = { options, io, target, dir, scope };
  if (options.status) return status(context);
  if (options.rollback) return rollback(context);
  if (options.apply) return apply(context);
  return dryRun(context);
}

interface Context {
  options: MigrateOptions;
  io: MigrateIo;
  target: Target;
  dir: string;
  /** Real path of the folder that holds `.svclint/`: the config's folder (or the folder named), widened to hold the root. */
  scope: string;
}

function migrationScope(target: Target): string {
  let scope = realpathSync(target.policy.baseDir);
  const root = realpathSync(target.root);
  while (!isInside(scope, root)) scope = path.dirname(scope);
  return scope;
}

async function planFor(context: Context): Promise<{ model: HostModel; view: MigrationView; plan: ReturnType<typeof buildPlacementPlan> }> {
  const { target, options } = context;
  // The plan reads the database view only to choose which of two copies of a service to keep
  // (the shared instance stays): the costly part (init scripts, privileges) is built only then.
  let model = await buildHostModel(target.root, target.policy, options.cwd, { database: false });
  if (model.serviceDirs.length === 0 && model.stacks.length === 0) {
    throw new UsageError(`${options.path}: not a services tree (no service folders or compose files under ${shownPath(target.root, options.cwd)}/)`);
  }
  let plan = buildPlacementPlan(model);
  if (plan.folders.some((f) => f.fate === 'retire')) {
    model = await buildHostModel(target.root, target.policy, options.cwd, { database: true });
    plan = buildPlacementPlan(model);
  }
  return { model, plan, view: viewOfPlan(model, plan, context.scope) };
}

/** The journal's plan as a view (absolute paths in this scope), with each action's state. */
function journalView(context: Context, journal: Journal): MigrationView {
  const actions = absoluteActions(journal, context.scope);
  const view: MigrationView = {
    root: path.join(context.scope, journal.root),
    scope: context.scope,
    actions,
    states: null,
    checks: { stacks: [], urls: (journal.checks?.urls ?? []).map((url) => ({ service: '', router: '', url })) },
    projects: [],
    moves: [],
  };
  return withJournal(view, journal);
}

function isComplete(journal: Journal): boolean {
  return journal.entries.length === journal.actions.length && journal.entries.every((e) => e.state === 'done' || e.state === 'manual');
}

// ---------------------------------------------------------------- dry run

async function dryRun(context: Context): Promise<number> {
  const { options, io } = context;
  const journal = loadJournal(context.scope, context.scope);
  if (journal && !isComplete(journal) && options.format !== 'sh' && options.format !== 'markdown') {
    io.stdout(options.format === 'json' ? renderJson(journalView(context, journal), options.cwd) : renderText(journalView(context, journal), options.cwd));
    return 0;
  }
  const { model, view } = await planFor(context);
  switch (options.format) {
    case 'json':
      io.stdout(renderJson(view, options.cwd));
      break;
    case 'sh':
      io.stdout(renderSh(view, options.cwd));
      break;
    case 'markdown':
      io.stdout(renderMarkdown(view, model, options.cwd));
      break;
    default:
      io.stdout(renderText(view, options.cwd));
  }
  return 0;
}

// ---------------------------------------------------------------- apply

async function apply(context: Context): Promise<number> {
  const { options, io, scope } = context;
  const hadJournalDir = existsSync(path.join(scope, JOURNAL_DIR));
  const release = acquireLock(scope);
  try {
    removeStaleTemporaries(scope);
    let journal = loadJournal(scope, scope);
    let fresh = false;
    const phases = selectedPhases(options);
    let extraFiles: string[];
    if (!journal || isComplete(journal)) {
      const { plan, model } = await planFor(context);
      if (plan.actions.length === 0) {
        io.stdout(`svclint migrate: nothing to migrate in ${shownPath(context.target.root, options.cwd)}/\n`);
        return 0;
      }
      if (journal) {
        throw new UsageError(
          `${JOURNAL_DIR}/${JOURNAL_FILE} holds a finished migration; roll it back (svclint migrate --rollback) or remove it before starting another`,
        );
      }
      extraFiles = filesOutsideRoot(context, model, plan.actions);
      if (!options.force) refuseDirtyTree(context, extraFiles);
      const createdDir = !hadJournalDir;
      journal = newJournal(
        scope,
        path.relative(scope, realpathSync(context.target.root)).split(path.sep).join('/'),
        plan.actions.map((a) => toScope(a, scope)),
        createdDir,
      );
      fresh = true;
    } else {
      extraFiles = filesOutsideRoot(context, null, absoluteActions(journal, scope));
    }
    requireEarlierPhases(journal, options);

    // Everything runs on a copy first: a refused action means the tree is not touched.
    await preflight(context, journal, phases, extraFiles);
    if (fresh) saveJournal(scope, journal);

    const actions = absoluteActions(journal, scope);
    const lines: string[] = [];
    let report;
    try {
      report = await applyJournal({
        scope,
        journal,
        phases,
        force: options.force,
        interrupt: faultInjection(io),
        log: (line) => lines.push(`  ✓ ${line}`),
        runChecks: (j) => runPhase3({ scope, dir: context.dir, target: context.target, cwd: options.cwd, files: extraFiles }, j),
      });
    } catch (error) {
      io.stdout(lines.join('\n') + (lines.length ? '\n' : ''));
      if (error instanceof ActionRefused) {
        throw new UsageError(
          `stopped at step ${error.action + 1} (phase ${error.phase}): ${relativeMessage(error.message, options.cwd)}; what was done is in ${JOURNAL_DIR}/${JOURNAL_FILE}: fix it and re-run --apply, or --rollback`,
        );
      }
      throw error;
    }
    const pending = journal.entries.filter((e) => e.state === 'manual').map((e) => actions[e.action]!);
    if (options.format === 'json') {
      io.stdout(
        `${JSON.stringify({ tool: 'svclint', applied: phases, done: report.done, manual: pending.map((a) => describeAction(a, options.cwd)), checks: journal.checks, blocked: report.blocked }, null, 2)}\n`,
      );
    } else {
      const out = [
        `svclint migrate: applying phase${phases.length > 1 ? 's' : ''} ${phases.join(', ')} to ${shownPath(context.target.root, options.cwd)}/`,
        ...lines,
      ];
      if (phases.includes(3) && journal.checks) out.push(...checkReport(journal.checks));
      out.push(
        '',
        `${report.done} step${report.done === 1 ? '' : 's'} done by this run; ${journal.entries.length} of ${journal.actions.length} recorded in ${JOURNAL_DIR}/${JOURNAL_FILE}.`,
      );
      if (pending.length > 0) {
        out.push(`Manual steps (svclint does not do these; --status lists them again):`);
        for (const a of pending) if (a.op === 'manual') out.push(`  ! ${shownPath(a.path, options.cwd)}: ${a.reason}`, ...a.steps.map((s) => `      - ${s}`));
      }
      if (report.blocked)
        out.push('', 'Phase 3 found problems the moves would cause; Phase 4 was not started (fix them, or --force):', ...report.blocked.map((b) => `  ✖ ${b}`));
      else if (!isComplete(journal)) out.push(`Next: svclint migrate --apply --through 5 (or --rollback to undo).`);
      else out.push('Migration complete. svclint migrate --rollback undoes it while the journal is kept.');
      io.stdout(`${out.join('\n')}\n`);
    }
    return report.blocked ? 1 : 0;
  } finally {
    release();
  }
}

function selectedPhases(options: MigrateOptions): MigrationPhase[] {
  if (options.phase !== null) return [options.phase];
  const through = options.through ?? 5;
  return ([1, 2, 3, 4, 5] as MigrationPhase[]).filter((p) => p <= through);
}

function requireEarlierPhases(journal: Journal, options: MigrateOptions): void {
  if (options.phase === null || options.phase === 1) return;
  const recorded = new Set(journal.entries.map((e) => e.action));
  const missing = journal.actions.findIndex((a, i) => a.phase < options.phase! && !recorded.has(i));
  if (missing >= 0 || (options.phase > 3 && !journal.checks && journal.actions.length > 0 && !journalReached(journal, 3))) {
    const phase = missing >= 0 ? journal.actions[missing]!.phase : 3;
    throw new UsageError(
      `phase ${options.phase} comes after phase ${phase}, which is not done: run svclint migrate --apply --through ${options.phase - 1} first`,
    );
  }
}

function journalReached(journal: Journal, phase: number): boolean {
  return journal.entries.some((e) => e.phase > phase);
}

async function preflight(context: Context, journal: Journal, phases: MigrationPhase[], files: string[]): Promise<void> {
  const shadow = makeShadow({
    scope: context.scope,
    root: realpathSync(context.target.root),
    files,
    withJournal: existsSync(path.join(context.scope, JOURNAL_DIR)),
  });
  try {
    const copy: Journal = { ...structuredClone(journal), scope: shadow.scope };
    saveJournal(shadow.scope, copy);
    await applyJournal({ scope: shadow.scope, journal: copy, phases: phases.filter((p) => p !== 3) });
  } catch (error) {
    if (error instanceof ActionRefused) {
      const message = relativeMessage(error.message.split(shadow.scope).join(context.scope), context.options.cwd);
      throw new UsageError(`refused before touching anything: step ${error.action + 1} (phase ${error.phase}) cannot run: ${message}`);
    }
    throw error;
  } finally {
    shadow.remove();
  }
}

/** The config, the documents and the edited files that lie outside the services root (the copy needs them; git must have them committed). */
function filesOutsideRoot(context: Context, model: HostModel | null, actions: PlanAction[]): string[] {
  const root = realpathSync(context.target.root);
  const files = new Set<string>();
  if (context.target.config) files.add(realpathOr(context.target.config.file));
  if (model) for (const doc of documentFiles(model)) files.add(realpathOr(doc));
  for (const a of actions) if (a.op === 'edit') files.add(realpathOr(a.file));
  return [...files].filter((f) => !isInside(root, f) && isInside(context.scope, f));
}

function realpathOr(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

function refuseDirtyTree(context: Context, extraFiles: string[]): void {
  const state = gitState(context.scope, [realpathSync(context.target.root), ...extraFiles], context.scope);
  if (state.kind !== 'dirty') return;
  const shown = state.paths.slice(0, 5).join(', ') + (state.paths.length > 5 ? `, and ${state.paths.length - 5} more` : '');
  throw new UsageError(`--apply refuses to start: uncommitted changes under the tree (${shown}); commit or stash them first, or give --force`);
}

function toScope(action: PlanAction, scope: string): PlanAction {
  return mapActionPaths(action, (p) => path.relative(scope, p).split(path.sep).join('/'));
}

function relativeMessage(message: string, cwd: string): string {
  return message.replace(/\/[^\s:'",()]+/g, (abs) => (path.isAbsolute(abs) && isInside(cwd, abs) ? shownPath(abs, cwd) : abs));
}

function checkReport(checks: CheckResults): string[] {
  const out = ['', 'Phase 3 checks on the tree as it will stand:'];
  out.push(`  svclint: ${checks.lint.errors} errors (${checks.lint.structureErrors} structure), ${checks.lint.warnings} warnings`);
  for (const f of checks.lint.findings.filter((x) => x.severity === 'error')) out.push(`    ${f.path}${f.line ? `:${f.line}` : ''}  ${f.rule}`);
  if (checks.compose.skipped) out.push(`  docker compose config: skipped (${checks.compose.skipped})`);
  for (const r of checks.compose.results) out.push(`  docker compose config ${r.file}: ${r.ok ? 'ok' : r.message}`);
  if (checks.urls.length > 0) out.push('  Try each route (curl -I URL):', ...checks.urls.map((u) => `    ${u}`));
  return out;
}

/** SVCLINT_MIGRATE_KILL_AT=N (tests only): the process kills itself (SIGKILL) at its Nth journal write or file-system step. */
function faultInjection(io: MigrateIo): InterruptHook | undefined {
  const at = io.env.SVCLINT_MIGRATE_KILL_AT;
  if (at === undefined || !/^\d+$/.test(at)) return undefined;
  let count = 0;
  return () => {
    if (count++ === Number(at)) process.kill(process.pid, 'SIGKILL');
  };
}

// ---------------------------------------------------------------- status and rollback

async function status(context: Context): Promise<number> {
  const { options, io, scope } = context;
  const journal = loadJournal(scope, scope);
  if (!journal) {
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify({ tool: 'svclint', journal: null })}\n`
        : `svclint migrate: no migration in progress (no ${JOURNAL_DIR}/${JOURNAL_FILE} in ${shownPath(scope, options.cwd)})\n`,
    );
    return 0;
  }
  const view = journalView(context, journal);
  const changed = changedSince(scope, journal, 0);
  if (options.format === 'json') {
    const doc = JSON.parse(renderJson(view, options.cwd)) as Record<string, unknown>;
    io.stdout(`${JSON.stringify({ ...doc, complete: isComplete(journal), changedSince: changed, checks: journal.checks }, null, 2)}\n`);
    return 0;
  }
  const head = [
    `Journal: ${shownPath(path.join(scope, JOURNAL_DIR, JOURNAL_FILE), options.cwd)} (started ${journal.created}, last step ${journal.updated})`,
    isComplete(journal) ? 'State: complete (--rollback undoes it)' : `State: ${journal.entries.length} of ${journal.actions.length} steps recorded`,
    changed.length === 0
      ? 'Tree: as svclint left it (a rollback restores it exactly)'
      : `Tree: ${changed.length} path(s) changed since svclint recorded them (a rollback refuses unless --force):`,
    ...changed.map((c) => `  ${c}`),
    '',
  ];
  io.stdout(head.join('\n') + renderText(view, options.cwd) + (journal.checks ? `${checkReport(journal.checks).join('\n')}\n` : ''));
  return 0;
}

async function rollback(context: Context): Promise<number> {
  const { options, io, scope } = context;
  if (!loadJournal(scope, scope)) throw new UsageError(`nothing to roll back: no ${JOURNAL_DIR}/${JOURNAL_FILE} in ${shownPath(scope, options.cwd)}`);
  const release = acquireLock(scope);
  let released = false;
  try {
    const journal = loadJournal(scope, scope)!;
    const toPhase = (options.toPhase ?? 0) as MigrationPhase | 0;
    const changed = changedSince(scope, journal, toPhase);
    if (changed.length > 0 && !options.force) {
      io.stderr(
        `svclint: rollback refused: ${changed.length} path(s) changed since svclint recorded them (give --force to restore the recorded state anyway):\n${changed.map((c) => `  ${c}`).join('\n')}\n`,
      );
      return 2;
    }
    const report = rollbackJournal({ scope, journal, toPhase, force: options.force, interrupt: faultInjection(io) });
    if (report.complete) released = true; // the journal folder is gone, lock included
    const out = [`svclint migrate: rolled back ${report.undone} step${report.undone === 1 ? '' : 's'}${toPhase > 0 ? ` (phases after ${toPhase})` : ''}.`];
    if (report.complete) out.push('The tree is as it was before the migration; the journal is removed.');
    for (const left of report.left) out.push(`  left in place: ${relativeMessage(left, options.cwd)}`);
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify({ tool: 'svclint', undone: report.undone, complete: report.complete, left: report.left })}\n`
        : `${out.join('\n')}\n`,
    );
    return 0;
  } finally {
    if (!released) release();
  }
}
