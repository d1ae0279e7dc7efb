// Shared by the robustness tests: run the real CLI on a folder and check what every run must
// satisfy, whatever the input (exit code, no stack trace, valid JSON, well-formed findings).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliRun, type JsonFinding } from './helpers/cli';

export type { JsonFinding };

export interface JsonReport {
  tool: string;
  root: string;
  summary: { errors: number; warnings: number; services: number; stacks: number };
  findings: JsonFinding[];
}

/** A stack trace line as Node prints it (`    at fn (file:line:col)`). */
export const STACK_TRACE = /\n\s+at /;

export interface LintRun {
  run: CliRun;
  report: JsonReport;
  ms: number;
}

/** `svclint <paths> --format json` in `cwd`: exit 0/1, no stack trace, no Node warning, valid JSON, well-formed findings. */
export function lintJson(cwd: string, paths: string[] = ['.'], extra: string[] = []): LintRun {
  // The report goes to a file: a big tree's JSON overflows spawnSync's stdout buffer.
  const out = mkdtempSync(path.join(os.tmpdir(), 'svclint-report-'));
  const file = path.join(out, 'report.json');
  const started = performance.now();
  const run = runCli([...paths, '--format', 'json', '--output-file', file, ...extra], cwd);
  const ms = performance.now() - started;
  const context = `exit ${run.status}; stderr: ${run.stderr.slice(0, 500)}`;
  expect(run.stderr, context).not.toMatch(STACK_TRACE);
  expect(run.stderr, context).not.toMatch(/\(node:\d+\) \w*Warning/);
  expect([0, 1], context).toContain(run.status);
  expect(run.stdout).toBe('');
  const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
  rmSync(out, { recursive: true, force: true });
  expect(report.tool).toBe('svclint');
  for (const finding of report.findings) expectWellFormed(finding);
  expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  expect(run.status).toBe(report.summary.errors > 0 ? 1 : 0);
  return { run, report, ms };
}

/** rule, severity and path set; line and column both whole numbers >= 1, or both null. */
export function expectWellFormed(finding: JsonFinding): void {
  const shown = JSON.stringify(finding).slice(0, 300);
  expect(typeof finding.rule === 'string' && finding.rule.length > 0, shown).toBe(true);
  expect(['error', 'warning'], shown).toContain(finding.severity);
  expect(typeof finding.path === 'string' && finding.path.length > 0, shown).toBe(true);
  expect(typeof finding.message === 'string' && finding.message.length > 0, shown).toBe(true);
  if (finding.line === null || finding.column === null) {
    expect({ line: finding.line, column: finding.column }, shown).toEqual({ line: null, column: null });
  } else {
    expect(Number.isInteger(finding.line) && finding.line >= 1, shown).toBe(true);
    expect(Number.isInteger(finding.column) && finding.column >= 1, shown).toBe(true);
  }
}

/** A usage or config failure: exit 2 and exactly one line on stderr, no stack trace. */
export function expectUsageError(run: CliRun, message: RegExp): void {
  const context = `exit ${run.status}; stderr: ${run.stderr.slice(0, 500)}`;
  expect(run.status, context).toBe(2);
  expect(run.stderr, context).not.toMatch(STACK_TRACE);
  expect(run.stderr.trimEnd().split('\n'), context).toHaveLength(1);
  expect(run.stderr, context).toMatch(/^svclint: /);
  expect(run.stderr, context).toMatch(message);
  expect(run.stdout).toBe('');
}
