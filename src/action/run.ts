// The GitHub Action: lint the workspace, then report through the runner: annotations (errors
// first, within GitHub's caps), the job summary, an optional SARIF file, outputs, and the step's
// result by `fail-on`. `run()` is also the entry @github/local-action calls.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedRun, cacheFileOf, cacheKey } from '../cache/result';
import * as core from '@actions/core';
import { describeFailure, lint, resolveTarget, rulesOfResults } from '../engine/lint';
import { UsageError } from '../errors';
import { allFindings, GITHUB_ANNOTATION_CAPS, planAnnotations, type PlannedAnnotation } from '../format/annotations';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../format/markdown';
import type { LintResult } from '../engine/types';
import type { FormatContext } from '../format/types';
import { VERSION } from '../version';
import { findChangeScope } from './changed';
import { InputError, readInputs, type ActionInputs, type FailOn } from './inputs';

export interface Totals {
  errors: number;
  warnings: number;
}

export function totalsOf(results: readonly LintResult[]): Totals {
  return results.reduce((sum, r) => ({ errors: sum.errors + r.summary.errors, warnings: sum.warnings + r.summary.warnings }), { errors: 0, warnings: 0 });
}

/** The failure message for `fail-on`, or null when the step passes. */
export function failureMessage(totals: Totals, failOn: FailOn): string | null {
  const counts = `${totals.errors} error${totals.errors === 1 ? '' : 's'} and ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}`;
  if (failOn === 'error' && totals.errors > 0) return `svclint found ${counts} (fail-on: error).`;
  if (failOn === 'warning' && totals.errors + totals.warnings > 0) return `svclint found ${counts} (fail-on: warning).`;
  return null;
}

function annotate(annotation: PlannedAnnotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title };
  if (annotation.file) properties.file = annotation.file;
  if (annotation.startLine !== undefined) properties.startLine = annotation.startLine;
  if (annotation.startColumn !== undefined) properties.startColumn = annotation.startColumn;
  core[annotation.level](annotation.message, properties);
}

async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('svclint: GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  await core.summary.addRaw(text).write({ overwrite: true });
}

/** Writes one output file for an input (`sarif-file`, `html-file`); a failure names the input. */
async function writeOutput(input: string, workspace: string, file: string, text: string): Promise<string> {
  const target = path.resolve(workspace, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`${input}: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return target;
}

/**
 * Everything the Action reports, computed from one lint: what --cache keeps (`text` is the job
 * summary). The step then only emits it.
 */
interface ActionReport {
  text: string;
  annotations: PlannedAnnotation[];
  /** Lines for the log, in order, after the annotations. */
  info: string[];
  totals: Totals;
  sarif: string | null;
  html: string | null;
  /** The setFailed message of rules that threw, or null. */
  internalFailure: string | null;
  failure: string | null;
}

async function computeReport(
  inputs: ActionInputs,
  workspace: string,
  changed: string[] | null,
  range: { source: string; base: string; head: string } | null,
  scope: string | null,
): Promise<ActionReport> {
  let scopeLine = scope;
  const info: string[] = [];
  const results = await lint({ cwd: workspace, paths: inputs.paths, configFile: inputs.config, changed, onlyChanged: changed !== null });
  const context: FormatContext = { cwd: workspace, version: VERSION, rules: rulesOfResults(results), color: false };
  if (range && changed) {
    const all = results.reduce((n, r) => n + (r.scope?.total ?? r.findings.length), 0);
    const shown = allFindings(results).length;
    scopeLine =
      `_only-changed: ${shown} of ${all} finding${all === 1 ? '' : 's'} touch the ${changed.length} ` +
      `path${changed.length === 1 ? '' : 's'} this ${range.source} changes ` +
      `(${range.base.slice(0, 7)}...${range.head.slice(0, 7)}); the whole tree was analysed._`;
    info.push(scopeLine.replace(/^_|_$/g, ''));
  }
  const totals = totalsOf(results);
  const failure = failureMessage(totals, inputs.failOn);
  // setFailed writes an `::error` of its own: keep it inside GitHub's 10 per step.
  const plan = planAnnotations(allFindings(results), GITHUB_ANNOTATION_CAPS, {
    reservedErrors: failure ? 1 : 0,
    whereToLook: inputs.sarifFile ? 'See the job summary for every finding, or the SARIF file in code scanning.' : 'See the job summary for every finding.',
  });
  const extra = scopeLine ? `${scopeLine}\n\n` : '';
  const body = renderSummary(results, context, { maxBytes: SUMMARY_LIMIT_BYTES - Buffer.byteLength(extra, 'utf8') });
  // The scope line goes under the heading, where a reader sees it before the counts.
  const text = extra ? body.replace(/^(## [^\n]*\n\n)/, `$1${extra}`) : body;
  const sarif = inputs.sarifFile ? (await import('../format/sarif')).formatSarif(results, context) : null;
  // The HTML report: the whole host's tree, memory and databases, with the reported findings.
  const html = inputs.htmlFile ? (await import('../format/html')).formatHtml(results, context) : null;
  info.push(`svclint ${VERSION}: ${totals.errors} error${totals.errors === 1 ? '' : 's'}, ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}.`);
  // A rule that threw is an internal failure: the other findings are reported.
  const failures = results.flatMap((r) => r.failures);
  const internalFailure = failures.length > 0 ? failures.map((f) => `svclint: ${describeFailure(f, workspace)}`).join('\n') : null;
  return { text, annotations: plan.annotations, info, totals, sarif, html, internalFailure, failure };
}

async function lintAndReport(inputs: ActionInputs, workspace: string): Promise<void> {
  // only-changed: the change is known before linting, so two-sided findings blame the changed side
  // and findings are placed on their changed place; the whole tree is still analysed.
  let changed: string[] | null = null;
  let scopeLine: string | null = null;
  let range: { source: string; base: string; head: string } | null = null;
  if (inputs.onlyChanged) {
    const configFiles = inputs.paths.flatMap((p) => {
      const file = resolveTarget(p, workspace, inputs.config).policy.configFile;
      return file ? [file] : [];
    });
    const scope = await findChangeScope({
      workspace,
      repoDir: path.resolve(workspace, inputs.paths[0]!),
      eventPath: process.env.GITHUB_EVENT_PATH,
      eventName: process.env.GITHUB_EVENT_NAME,
      configFiles,
    });
    if (scope.kind === 'everything') {
      core.notice(scope.reason, { title: 'svclint: only-changed' });
      scopeLine = `_${scope.reason}_`;
    } else {
      changed = scope.files.map((file) => path.resolve(workspace, file));
      range = scope.range;
    }
  }
  const compute = () => computeReport(inputs, workspace, changed, range, scopeLine);
  // cache: the whole report, kept while no input changed (src/cache); the change scope is part of the key.
  const outputs = [inputs.sarifFile, inputs.htmlFile].flatMap((file) => (file ? [path.resolve(workspace, file)] : []));
  const report = inputs.cache
    ? await cachedRun(
        {
          file: cacheFileOf(inputs.cacheLocation ?? path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'svclint-cache') + path.sep, workspace),
          key: cacheKey({ action: true, workspace, inputs: { ...inputs, cacheLocation: null }, changed, range, scopeLine }),
          ignore: outputs,
          keep: (r) => r.internalFailure === null,
          debug: (line) => core.info(`svclint: ${line}`),
        },
        compute,
      )
    : await compute();

  for (const annotation of report.annotations) annotate(annotation);
  await writeSummary(report.text);
  const sarifPath = report.sarif !== null && inputs.sarifFile ? await writeOutput('sarif-file', workspace, inputs.sarifFile, report.sarif) : '';
  const htmlPath = report.html !== null && inputs.htmlFile ? await writeOutput('html-file', workspace, inputs.htmlFile, report.html) : '';
  core.setOutput('errors', report.totals.errors);
  core.setOutput('warnings', report.totals.warnings);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('html-file', htmlPath);
  for (const line of report.info) core.info(line);
  if (report.internalFailure !== null) {
    core.setFailed(report.internalFailure);
    return;
  }
  if (report.failure) core.setFailed(report.failure);
}

function debugging(): boolean {
  return core.isDebug() || process.env.ACTIONS_STEP_DEBUG === 'true';
}

/** Runs the action; never throws: every failure ends as one setFailed line. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    await lintAndReport(inputs, workspace);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      core.setFailed(`svclint: ${error.message}`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(`svclint: internal error: ${message.split('\n')[0]}${debugging() ? '' : ' (re-run with debug logging for details)'}`);
    if (debugging() && error instanceof Error && error.stack) core.debug(error.stack);
  }
}
