// Filters findings by inline directives and config exceptions (docs/suppressions.md), after every
// rule ran, and reports directives and exceptions that suppressed nothing (`unused-directive`).
// Those reports are made here, after filtering, so no directive can suppress them.
import path from 'node:path';
import { allRules } from '../../rules';
import { parseDirectives, type Directive } from '../directives/parse';
import { isInside } from '../util/paths';
import type { HostModel, RawFinding, Severity } from '../types';
import { FileTexts } from './anchors';
import type { RuleSelection } from './levels';

export const UNUSED_DIRECTIVE = 'unused-directive';

interface Tracked {
  directive: Directive;
  /** Rules of the directive that suppressed at least one finding. */
  used: Set<string>;
}

/**
 * `selection` is what ran and at which severity; without it every registered rule counts as
 * having run and `unused-directive` reports at its default severity.
 *
 * A merged finding (one cause, see merge.ts) is judged by its primary rule at its place: a
 * directive or exception for that rule suppresses the whole finding. A directive or exception for
 * a merged member's rule at the member's place drops that member only.
 */
export function applySuppressions(findings: RawFinding[], model: HostModel, selection?: readonly RuleSelection[], texts = new FileTexts(model)): RawFinding[] {
  const ran = new Set((selection ?? allRules.map((rule) => ({ rule }))).map((s) => s.rule.meta.id));
  const known = new Set(allRules.map((rule) => rule.meta.id));
  const unusedSeverity: Severity | null = selection
    ? (selection.find((s) => s.rule.meta.id === UNUSED_DIRECTIVE)?.severity ?? null)
    : (allRules.find((r) => r.meta.id === UNUSED_DIRECTIVE)?.meta.severity ?? 'warning');

  const byFile = new Map<string, Tracked[]>();
  const load = (file: string, text: string) => {
    if (!byFile.has(file)) byFile.set(file, parseDirectives(file, text).map((directive) => ({ directive, used: new Set<string>() })));
  };
  for (const stack of model.stacks) for (const file of stack.files) load(file.abs, file.text);
  // Init scripts the database model read: a directive there is honoured, and reported when unused,
  // even if no finding points at the script.
  for (const script of model.database.initScripts) if (script.text !== null) load(script.file, script.text);
  const loadFor = (finding: RawFinding) => {
    if (byFile.has(finding.path)) return;
    const text = texts.get(finding.path);
    load(finding.path, text !== null && text.includes('svclint-') ? text : '');
  };
  for (const finding of findings) {
    loadFor(finding);
    for (const member of finding.members ?? []) loadFor(member);
  }

  const exceptions = model.policy.exceptions.map((exception) => ({
    exception,
    abs: path.resolve(model.policy.baseDir, exception.path),
    used: false,
  }));

  /** Whether a directive or exception suppresses the finding (marking it used). */
  const suppressed = (finding: RawFinding): boolean => {
    const directive = (byFile.get(finding.path) ?? []).find(({ directive: d }) =>
      d.problem === null && d.rules.includes(finding.rule) && (d.appliesTo === null || d.appliesTo === finding.line));
    if (directive) {
      directive.used.add(finding.rule);
      return true;
    }
    const exception = exceptions.find((e) => e.exception.rule === finding.rule && isInside(e.abs, finding.path));
    if (exception) {
      exception.used = true;
      return true;
    }
    return false;
  };
  const kept: RawFinding[] = [];
  for (const finding of findings) {
    // Every member is judged, so a directive written for a member is used even when the primary's suppresses all.
    const members = (finding.members ?? []).filter((member) => !suppressed(member));
    if (suppressed(finding)) continue;
    kept.push(finding.members ? { ...finding, members } : finding);
  }

  if (unusedSeverity === null) return kept;
  const report = (file: string, line: number | null, column: number | null, message: string, fix: string) =>
    kept.push({ rule: UNUSED_DIRECTIVE, severity: unusedSeverity, path: file, line, column: line === null ? null : column, message, fix });

  for (const tracked of [...byFile.values()].flat()) {
    const { directive: d } = tracked;
    const name = `svclint-${d.kind}`;
    if (d.problem !== null) {
      report(d.file, d.line, d.column, `Directive ${name} ${d.problem}.`, d.reason === null && d.rules.length > 0
        ? `Say why after " -- ": # ${name} ${d.rules.join(', ')} -- <reason>.`
        : `Write it as: # ${d.kind === 'disable' ? `${name} RULE -- <reason> on the first line` : `${name} RULE -- <reason>`}.`);
      continue;
    }
    for (const rule of d.rules) {
      if (rule === UNUSED_DIRECTIVE) {
        report(d.file, d.line, d.column, `Directive ${name} cannot suppress ${UNUSED_DIRECTIVE}: those reports are made after suppression.`, `Remove '${rule}' from the directive, and remove or fix the directive it is about.`);
      } else if (!known.has(rule)) {
        report(d.file, d.line, d.column, `Directive ${name} names unknown rule '${rule}'.`, 'Use a rule id from `svclint rules`, or remove the directive.');
      } else if (ran.has(rule) && !tracked.used.has(rule)) {
        const scope = d.appliesTo === null ? 'in this file' : `on line ${d.appliesTo}`;
        report(d.file, d.line, d.column, `Directive ${name} ${rule} suppressed nothing: no ${rule} finding ${scope}.`, `Remove '${rule}' from the directive${d.rules.length > 1 ? '' : ' (delete the comment)'}; the problem it was written for is gone or moved.`);
      }
    }
  }
  for (const { exception, used } of exceptions) {
    const loc = exception.loc;
    const file = loc?.file ?? model.policy.configFile ?? model.policy.baseDir;
    if (!known.has(exception.rule)) {
      report(file, loc?.line ?? null, loc?.column ?? null, `Config exception names unknown rule '${exception.rule}'.`, 'Use a rule id from `svclint rules`, or remove the exception.');
    } else if (!used && ran.has(exception.rule)) {
      report(file, loc?.line ?? null, loc?.column ?? null, `Config exception for ${exception.rule} at '${exception.path}' suppressed nothing: no ${exception.rule} finding is at or inside that path.`, 'Remove the exception from exceptions:; the problem it was written for is gone or moved.');
    }
  }
  return kept;
}
