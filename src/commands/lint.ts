// `svclint [paths...]`: lint each tree, print the report, choose the exit code.
import type { CommandContext } from '../cli/main';
import { maxWarnings as parseMaxWarnings, oneOf, ruleGroups } from '../cli/values';
import { parseRuleFlags } from '../engine/levels';
import path from 'node:path';
import { changedSince } from '../engine/changes';
import { describeFailure, lint, rulesFor, rulesOfResults } from '../engine/lint';
import { FileCache } from '../files/cache';
import { UsageError } from '../errors';
import { FORMAT_NAMES, getFormatter } from '../format';
import { discoverTargets } from '../policy/discover';
import { initdbExecNotes } from './initdb-exec';
import { formatPrintedConfig } from './print-config';
import type { LintResult } from '../engine/types';
import { displayPath } from '../util/paths';
import { VERSION } from '../version';
import { nowMs } from '../util/clock';

export async function runLint({ args, flags, io, output, debug }: CommandContext): Promise<number> {
  const format = oneOf('--format', flags.string('format') ?? 'stylish', FORMAT_NAMES);
  const maxWarnings = parseMaxWarnings(flags.string('max-warnings'));
  const groups = ruleGroups(flags.list('only'));
  const ruleLevels = parseRuleFlags(flags.list('rule'));
  const configFile = flags.string('config') ?? null;

  if (flags.bool('print-config')) {
    const targets = discoverTargets(args, io.cwd, configFile);
    const files = new FileCache();
    const rules = await Promise.all(targets.map((t) => rulesFor(t.policy, { cwd: io.cwd, files })));
    output.write(formatPrintedConfig(targets, rules, { cwd: io.cwd, ruleLevels, json: format === 'json' }));
    return 0;
  }

  // --changed-since REF: report what the change since REF touches (the Action's only-changed, for pre-commit use).
  const ref = flags.string('changed-since');
  if (ref !== undefined && ref.trim() === '') throw new UsageError('--changed-since expects a git revision (e.g. origin/main)');
  const changed = ref !== undefined ? changedSince(ref, path.resolve(io.cwd, args[0] ?? '.'), io.cwd) : null;

  const color = output.color(flags.bool('color'));
  const width = output.file === null && io.isTTY && io.columns ? io.columns : undefined;
  const settings: LintSettings = {
    paths: args,
    configFile,
    ruleLevels,
    groups,
    initdbExec: (flags.string('initdb-exec') as 'local' | 'docker' | undefined) ?? null,
  };
  const report: ReportSettings = { format, quiet: flags.bool('quiet') === true, maxWarnings, color, width };
  const once = () => lintOnce(io.cwd, settings, report, changed, debug, flags.bool('debug') === true);

  // --cache: the whole result, kept while every input is unchanged (src/cache). Not with
  // --changed-since (its result depends on git) or --initdb-exec (on a server's behaviour).
  let outcome: LintOutcome;
  if (flags.bool('cache') && changed === null && settings.initdbExec === null) {
    // Loaded only with --cache (it hashes: node:crypto).
    const { cachedRun, cacheFileOf, cacheKey } = await import('../cache/result');
    const file = cacheFileOf(flags.string('cache-location'), io.cwd);
    const key = cacheKey({ cwd: io.cwd, settings, report });
    const ignore = output.file === null ? [] : [path.resolve(io.cwd, output.file)];
    outcome = await cachedRun({ file, key, ignore, keep: (o) => o.code !== 2, debug }, once);
  } else {
    if (flags.bool('cache')) debug(`cache: not used with ${changed !== null ? '--changed-since' : '--initdb-exec'}`);
    outcome = await once();
  }
  output.write(outcome.text);
  for (const line of outcome.stderr) io.stderr(line);
  return outcome.code;
}

interface LintSettings {
  paths: string[];
  configFile: string | null;
  ruleLevels: ReturnType<typeof parseRuleFlags>;
  groups: ReturnType<typeof ruleGroups>;
  initdbExec: 'local' | 'docker' | null;
}

interface ReportSettings {
  format: (typeof FORMAT_NAMES)[number];
  quiet: boolean;
  maxWarnings: number;
  color: boolean;
  width: number | undefined;
}

/** What a lint run prints: the report, the lines for stderr, the exit code (what --cache keeps). */
interface LintOutcome {
  text: string;
  stderr: string[];
  code: number;
}

async function lintOnce(
  cwd: string,
  settings: LintSettings,
  report: ReportSettings,
  changed: readonly string[] | null,
  debug: (line: string) => void,
  debugging: boolean,
): Promise<LintOutcome> {
  const stderr: string[] = [];
  const started = nowMs();
  const timings: string[] = [];
  const formatter = await getFormatter(report.format);
  let results: LintResult[] = await lint({
    cwd,
    paths: settings.paths,
    configFile: settings.configFile,
    ruleLevels: settings.ruleLevels,
    groups: settings.groups,
    onPhase: (phase, ms) => timings.push(`${phase} ${ms.toFixed(0)} ms`),
    changed,
    onlyChanged: changed !== null,
    initdbExec: settings.initdbExec,
  });
  for (const note of initdbExecNotes(results)) stderr.push(`${note}\n`);
  for (const result of results) {
    const config = result.model?.policy.configFile;
    debug(`root ${displayPath(result.root, cwd)}; config ${config ? displayPath(config, cwd) : 'none (the built-in recommended policy)'}`);
  }
  if (report.quiet) {
    results = results.map((r) => {
      const findings = r.findings.filter((f) => f.severity === 'error');
      return { ...r, findings, summary: { ...r.summary, warnings: 0 } };
    });
  }
  const formatStart = nowMs();
  const text = formatter(results, { cwd, version: VERSION, rules: rulesOfResults(results), color: report.color, width: report.width });
  timings.push(`format ${(nowMs() - formatStart).toFixed(0)} ms`);
  debug(`timings: ${timings.join(', ')}; total ${(nowMs() - started).toFixed(0)} ms`);

  // A rule that threw: its findings are missing, so the run failed (exit 2), after the others' report.
  const failures = results.flatMap((r) => r.failures);
  for (const failure of failures) {
    stderr.push(`svclint: ${describeFailure(failure, cwd)}${debugging ? '' : ' (run with --debug for details)'}\n`);
    if (failure.error instanceof Error && failure.error.stack) debug(failure.error.stack);
  }
  if (failures.length > 0) return { text, stderr, code: 2 };

  const errors = results.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = results.reduce((n, r) => n + r.summary.warnings, 0);
  if (errors > 0) return { text, stderr, code: 1 };
  if (report.maxWarnings >= 0 && warnings > report.maxWarnings) {
    stderr.push(`svclint found too many warnings (maximum: ${report.maxWarnings}).\n`);
    return { text, stderr, code: 1 };
  }
  return { text, stderr, code: 0 };
}
