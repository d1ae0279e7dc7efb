// Plans the annotations the GitHub Action writes through @actions/core. GitHub keeps at most
// 10 error, 10 warning and 10 notice annotations per step and drops the rest silently, so we
// choose which ones to show (errors first) and spend one notice on saying what was left out.
import type { Finding, LintResult } from '../engine/types';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface PlannedAnnotation {
  level: AnnotationLevel;
  message: string;
  /** Cwd-relative path (a directory for directory findings); empty for the summary notice. */
  file: string;
  startLine?: number;
  startColumn?: number;
  title: string;
}

export interface AnnotationCaps {
  error: number;
  warning: number;
  notice: number;
}

export interface AnnotationPlan {
  annotations: PlannedAnnotation[];
  omitted: { errors: number; warnings: number };
}

/** GitHub's per-step annotation limits. */
export const GITHUB_ANNOTATION_CAPS: AnnotationCaps = { error: 10, warning: 10, notice: 10 };

/** Every finding of every result, in result order. */
export function allFindings(results: readonly LintResult[]): Finding[] {
  return results.flatMap((result) => result.findings);
}

/** Errors first, then warnings; input order is kept inside each severity. */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
}

/**
 * The order annotations are spent in: errors first; inside each severity, findings on a file line
 * (they land on the diff) before findings about a folder; input order otherwise.
 */
export function annotationOrder(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : 2) + (f.line == null ? 1 : 0);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** The message a reader sees: the message, then the fix on its own line when it adds something. */
export function findingText(finding: Finding): string {
  if (!finding.fix || finding.message.includes(finding.fix)) return finding.message;
  return `${finding.message}\nFix: ${finding.fix}`;
}

/** `path:line:col`, `path:line` or `path` (directory findings). */
export function findingLocation(finding: Finding): string {
  if (finding.line == null) return finding.path;
  return finding.column == null ? `${finding.path}:${finding.line}` : `${finding.path}:${finding.line}:${finding.column}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The sentence for the summary notice and the github format's trailing notice. */
export function omittedMessage(
  omitted: { errors: number; warnings: number },
  caps: AnnotationCaps,
  whereToLook = 'See the job summary for every finding.',
): string {
  const parts: string[] = [];
  if (omitted.errors > 0) parts.push(plural(omitted.errors, 'more error'));
  if (omitted.warnings > 0) parts.push(plural(omitted.warnings, 'more warning'));
  return `svclint: ${parts.join(' and ')} not annotated (GitHub shows at most ${caps.error} errors and ` + `${caps.warning} warnings per step). ${whereToLook}`;
}

/** A folder finding is annotated on the file that stands for it (line 1), saying which folder it is about. */
function toAnnotation(finding: Finding): PlannedAnnotation {
  const text = findingText(finding);
  const anchored = finding.line == null && finding.anchor;
  const annotation: PlannedAnnotation = {
    level: finding.severity,
    message: anchored && !text.includes(finding.path) ? `${finding.path}: ${text}` : text,
    file: anchored ? finding.anchor!.path : finding.path,
    title: finding.rule,
  };
  if (anchored) annotation.startLine = finding.anchor!.line;
  if (finding.line != null) annotation.startLine = finding.line;
  if (finding.line != null && finding.column != null) annotation.startColumn = finding.column;
  return annotation;
}

export interface AnnotationOptions {
  /**
   * Error annotations the step spends elsewhere: 1 when the step fails, because core.setFailed
   * writes an `::error` too, and GitHub drops what comes after the 10th.
   */
  reservedErrors?: number;
  /** Where the notice sends readers for what was left out (the SARIF file only when one is written). */
  whereToLook?: string;
}

export function planAnnotations(findings: readonly Finding[], caps: AnnotationCaps = GITHUB_ANNOTATION_CAPS, options: AnnotationOptions = {}): AnnotationPlan {
  const ordered = annotationOrder(findings);
  const errors = ordered.filter((f) => f.severity === 'error');
  const warnings = ordered.filter((f) => f.severity === 'warning');
  const shownErrors = errors.slice(0, Math.max(0, caps.error - (options.reservedErrors ?? 0)));
  const shownWarnings = warnings.slice(0, Math.max(0, caps.warning));
  const omitted = { errors: errors.length - shownErrors.length, warnings: warnings.length - shownWarnings.length };
  const annotations = [...shownErrors, ...shownWarnings].map(toAnnotation);
  if ((omitted.errors > 0 || omitted.warnings > 0) && caps.notice > 0) {
    annotations.push({ level: 'notice', message: omittedMessage(omitted, caps, options.whereToLook), file: '', title: 'svclint: more findings' });
  }
  return { annotations, omitted };
}
