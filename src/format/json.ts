// The JSON output (spec, Output): one object; fields are an interface, so they are listed explicitly.
import type { LintResult } from '../engine/types';
import type { Formatter } from './types';
import { displayPath } from '../engine/lint';
import { databaseAccess } from '../model/database-access';
import { memoryBudget, memoryJson } from '../model/memory';

export const formatJson: Formatter = (results, context) => {
  const findings = results
    .flatMap((r) => r.findings)
    .map((f) => {
      const finding: Record<string, unknown> = {
        rule: f.rule,
        severity: f.severity,
        path: f.path,
        line: f.line,
        column: f.column,
        message: f.message,
        fix: f.fix,
      };
      // Optional, backward-compatible additions: present only when they say something.
      if (f.also && f.also.length > 0) finding.also = f.also;
      if (f.related && f.related.length > 0) finding.related = f.related.map((r) => ({ path: r.path, line: r.line, column: r.column, message: r.message }));
      if (f.actions && f.actions.length > 0) finding.actions = f.actions;
      return finding;
    });
  const sum = (key: keyof LintResult['summary']) => results.reduce((n, r) => n + r.summary[key], 0);
  const roots = results.map((r) => displayPath(r.root, context.cwd));
  const output: Record<string, unknown> = {
    tool: 'svclint',
    version: context.version,
    root: roots[0] ?? null,
    summary: { errors: sum('errors'), warnings: sum('warnings'), services: sum('services'), stacks: sum('stacks') },
    findings,
  };
  // More than one path argument: the extra roots are listed, `root` stays the first (a string, as specified).
  if (roots.length > 1) output.roots = roots;
  // The host's memory and database access (optional, of the first root): what the HTML report draws.
  const model = results[0]?.model;
  if (model) {
    output.memory = memoryJson(memoryBudget(model), (abs) => displayPath(abs, context.cwd));
    const access = databaseAccess(model);
    if (access) output.databases = access;
  }
  return `${JSON.stringify(output, null, 2)}\n`;
};
