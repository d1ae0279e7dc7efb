// Filters findings by inline directives and config exceptions (docs/suppressions.md), after every
// rule ran, and reports directives and exceptions that suppressed nothing (`unused-directive`).
// Those reports are made here, after filtering, so no directive can suppress them. Directives come
// from the files' comments through the run's file cache (src/files/comments.ts).
import path from 'node:path';
import type { MessageData } from '../api/types';
import type { Directive } from '../directives/parse';
import type { HostModel } from '../model/types';
import { isInside } from '../util/paths';
import type { RuleSelection } from './levels';
import { builtInRules } from './registry';
import type { Message, RawFinding, RegisteredRule, Severity } from './types';

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
export function applySuppressions(
  findings: RawFinding[],
  model: HostModel,
  run: { selection?: readonly RuleSelection[]; rules?: readonly RegisteredRule[] } = {},
): RawFinding[] {
  const { selection } = run;
  const rules = run.rules ?? builtInRules();
  const ran = new Set((selection ?? rules.map((registered) => ({ registered }))).map((s) => s.registered.info.id));
  const known = new Set(rules.map((r) => r.info.id));
  const unusedRule = rules.find((r) => r.info.id === UNUSED_DIRECTIVE)!.info;
  const unusedSeverity: Severity | null = selection
    ? (selection.find((s) => s.registered.info.id === UNUSED_DIRECTIVE)?.severity ?? null)
    : unusedRule.severity;
  const message = (id: string, data: MessageData = {}): Message => ({ id, template: unusedRule.messages[id]!, data });

  const byFile = new Map<string, Tracked[]>();
  const load = (file: string, text?: string | null) => {
    if (!byFile.has(file))
      byFile.set(
        file,
        model.files.directives(file, text).map((directive) => ({ directive, used: new Set<string>() })),
      );
  };
  for (const stack of model.stacks) for (const file of stack.files) load(file.abs, file.text);
  // Init scripts the database model read: a directive there is honoured, and reported when unused,
  // even if no finding points at the script.
  for (const script of model.database.initScripts) if (script.text !== null) load(script.file, script.text);
  const loadFor = (finding: RawFinding) => load(finding.path);
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
    const directive = (byFile.get(finding.path) ?? []).find(
      ({ directive: d }) => d.problem === null && d.rules.includes(finding.rule) && (d.appliesTo === null || d.appliesTo === finding.line),
    );
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
  const report = (file: string, line: number | null, column: number | null, what: Message, fix: Message) =>
    kept.push({ rule: UNUSED_DIRECTIVE, severity: unusedSeverity, path: file, line, column: line === null ? null : column, message: what, fix });

  for (const tracked of [...byFile.values()].flat()) {
    const { directive: d } = tracked;
    const name = `svclint-${d.kind}`;
    if (d.problem !== null) {
      const fix =
        d.reason === null && d.rules.length > 0
          ? message('addReason', { name, rules: d.rules.join(', ') })
          : message(d.kind === 'disable' ? 'writeDisable' : 'writeNextLine', { name });
      report(d.file, d.line, d.column, message('malformed', { name, problem: d.problem }), fix);
      continue;
    }
    for (const rule of d.rules) {
      if (rule === UNUSED_DIRECTIVE) {
        report(d.file, d.line, d.column, message('cannotSuppressItself', { name }), message('removeSelf'));
      } else if (!known.has(rule)) {
        report(d.file, d.line, d.column, message('unknownRule', { name, rule }), message('useKnownRule'));
      } else if (ran.has(rule) && !tracked.used.has(rule)) {
        const scope = d.appliesTo === null ? 'in this file' : `on line ${d.appliesTo}`;
        report(d.file, d.line, d.column, message('unused', { name, rule, scope }), message(d.rules.length > 1 ? 'removeRule' : 'removeDirective', { rule }));
      }
    }
  }
  for (const { exception, used } of exceptions) {
    const loc = exception.loc;
    const file = loc?.file ?? model.policy.configFile ?? model.policy.baseDir;
    if (!known.has(exception.rule)) {
      report(file, loc?.line ?? null, loc?.column ?? null, message('exceptionUnknownRule', { rule: exception.rule }), message('useKnownRuleInException'));
    } else if (!used && ran.has(exception.rule)) {
      report(
        file,
        loc?.line ?? null,
        loc?.column ?? null,
        message('exceptionUnused', { rule: exception.rule, path: exception.path }),
        message('removeException'),
      );
    }
  }
  return kept;
}

export type { Directive };
