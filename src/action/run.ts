// The GitHub Action: lint the workspace, then report through the runner: annotations (errors
// first, within GitHub's caps), the job summary, an optional SARIF file, outputs, and the step's
// result by `fail-on`. `run()` is also the entry @github/local-action calls.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { allRules } from '../../rules';
import { lint } from '../engine/lint';
import { UsageError } from '../errors';
import { allFindings, planAnnotations, type PlannedAnnotation } from '../format/annotations';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../format/markdown';
import type { FormatContext, LintResult } from '../types';
import { VERSION } from '../version';
import { filterResults, findChangeScope, makeChangedTest } from './changed';
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

async function writeSummary(results: readonly LintResult[], context: FormatContext, scopeLine: string | null): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('svclint: GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  const extra = scopeLine ? `${scopeLine}\n\n` : '';
  const body = renderSummary(results, context, { maxBytes: SUMMARY_LIMIT_BYTES - Buffer.byteLength(extra, 'utf8') });
  // The scope line goes under the heading, where a reader sees it before the counts.
  const text = extra ? body.replace(/^(## [^\n]*\n\n)/, `$1${extra}`) : body;
  await core.summary.addRaw(text).write({ overwrite: true });
}

/** Writes one output file for an input (`sarif-file`, `html-file`); a failure names the input. */
async function writeOutput(input: string, workspace: string, file: string, text: () => Promise<string>): Promise<string> {
  const target = path.resolve(workspace, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, await text());
  } catch (error) {
    throw new UsageError(`${input}: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return target;
}

async function lintAndReport(inputs: ActionInputs, workspace: string): Promise<void> {
  const results = await lint({ cwd: workspace, paths: inputs.paths, configFile: inputs.config });
  const context: FormatContext = { cwd: workspace, version: VERSION, rules: allRules.map((r) => r.meta), color: false };

  let reported = results;
  let scopeLine: string | null = null;
  if (inputs.onlyChanged) {
    const configFiles = results.flatMap((r) => (r.model?.policy.configFile ? [r.model.policy.configFile] : []));
    if (inputs.config) configFiles.push(path.resolve(workspace, inputs.config));
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
      reported = filterResults(results, makeChangedTest(scope.files));
      const all = allFindings(results).length;
      const shown = allFindings(reported).length;
      scopeLine =
        `_only-changed: ${shown} of ${all} finding${all === 1 ? '' : 's'} are in the ${scope.files.length} ` +
        `path${scope.files.length === 1 ? '' : 's'} this ${scope.range.source} changes ` +
        `(${scope.range.base.slice(0, 7)}...${scope.range.head.slice(0, 7)}); the whole tree was analysed._`;
      core.info(scopeLine.replace(/^_|_$/g, ''));
    }
  }

  const plan = planAnnotations(allFindings(reported));
  for (const annotation of plan.annotations) annotate(annotation);
  await writeSummary(reported, context, scopeLine);
  const sarifPath = inputs.sarifFile
    ? await writeOutput('sarif-file', workspace, inputs.sarifFile, async () => (await import('../format/sarif')).formatSarif(reported, context))
    : '';
  // The HTML report is the picture of the whole host: every finding, also with only-changed.
  const htmlPath = inputs.htmlFile
    ? await writeOutput('html-file', workspace, inputs.htmlFile, async () => (await import('../format/html')).formatHtml(results, context))
    : '';

  const totals = totalsOf(reported);
  core.setOutput('errors', totals.errors);
  core.setOutput('warnings', totals.warnings);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('html-file', htmlPath);
  core.info(`svclint ${VERSION}: ${totals.errors} error${totals.errors === 1 ? '' : 's'}, ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}.`);

  const failure = failureMessage(totals, inputs.failOn);
  if (failure) core.setFailed(failure);
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
