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

  const started = performance.now();
  const timings: string[] = [];
  const formatter = await getFormatter(format);
  let results: LintResult[] = await lint({
    cwd: io.cwd,
    paths: args,
    configFile,
    ruleLevels,
    groups,
    onPhase: (phase, ms) => timings.push(`${phase} ${ms.toFixed(0)} ms`),
    changed,
    onlyChanged: changed !== null,
    initdbExec: (flags.string('initdb-exec') as 'local' | 'docker' | undefined) ?? null,
  });
  for (const note of initdbExecNotes(results)) io.stderr(`${note}\n`);
  for (const result of results) {
    const config = result.model?.policy.configFile;
    debug(`root ${displayPath(result.root, io.cwd)}; config ${config ? displayPath(config, io.cwd) : 'none (the built-in recommended policy)'}`);
  }
  if (flags.bool('quiet')) {
    results = results.map((r) => {
      const findings = r.findings.filter((f) => f.severity === 'error');
      return { ...r, findings, summary: { ...r.summary, warnings: 0 } };
    });
  }
  const formatStart = performance.now();
  const text = formatter(results, {
    cwd: io.cwd,
    version: VERSION,
    rules: rulesOfResults(results),
    color: output.color(flags.bool('color')),
    width: output.file === null && io.isTTY && io.columns ? io.columns : undefined,
  });
  timings.push(`format ${(performance.now() - formatStart).toFixed(0)} ms`);
  output.write(text);
  debug(`timings: ${timings.join(', ')}; total ${(performance.now() - started).toFixed(0)} ms`);

  // A rule that threw: its findings are missing, so the run failed (exit 2), after the others' report.
  const failures = results.flatMap((r) => r.failures);
  for (const failure of failures) {
    io.stderr(`svclint: ${describeFailure(failure, io.cwd)}${flags.bool('debug') ? '' : ' (run with --debug for details)'}\n`);
    if (failure.error instanceof Error && failure.error.stack) debug(failure.error.stack);
  }
  if (failures.length > 0) return 2;

  const errors = results.reduce((n, r) => n + r.summary.errors, 0);
  const warnings = results.reduce((n, r) => n + r.summary.warnings, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`svclint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
