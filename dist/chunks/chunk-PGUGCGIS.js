import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);

// src/format/annotations.ts
var GITHUB_ANNOTATION_CAPS = { error: 10, warning: 10, notice: 10 };
function allFindings(results) {
  return results.flatMap((result) => result.findings);
}
function errorsFirst(findings) {
  return [...findings.filter((f) => f.severity === "error"), ...findings.filter((f) => f.severity !== "error")];
}
function annotationOrder(findings) {
  const rank = (f) => (f.severity === "error" ? 0 : 2) + (f.line == null ? 1 : 0);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}
function findingText(finding) {
  if (!finding.fix || finding.message.includes(finding.fix)) return finding.message;
  return `${finding.message}
Fix: ${finding.fix}`;
}
function findingLocation(finding) {
  if (finding.line == null) return finding.path;
  return finding.column == null ? `${finding.path}:${finding.line}` : `${finding.path}:${finding.line}:${finding.column}`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function omittedMessage(omitted, caps, whereToLook = "See the job summary for every finding.") {
  const parts = [];
  if (omitted.errors > 0) parts.push(plural(omitted.errors, "more error"));
  if (omitted.warnings > 0) parts.push(plural(omitted.warnings, "more warning"));
  return `svclint: ${parts.join(" and ")} not annotated (GitHub shows at most ${caps.error} errors and ${caps.warning} warnings per step). ${whereToLook}`;
}
function toAnnotation(finding) {
  const text = findingText(finding);
  const anchored = finding.line == null && finding.anchor;
  const annotation = {
    level: finding.severity,
    message: anchored && !text.includes(finding.path) ? `${finding.path}: ${text}` : text,
    file: anchored ? finding.anchor.path : finding.path,
    title: finding.rule
  };
  if (anchored) annotation.startLine = finding.anchor.line;
  if (finding.line != null) annotation.startLine = finding.line;
  if (finding.line != null && finding.column != null) annotation.startColumn = finding.column;
  return annotation;
}
function planAnnotations(findings, caps = GITHUB_ANNOTATION_CAPS, options = {}) {
  const ordered = annotationOrder(findings);
  const errors = ordered.filter((f) => f.severity === "error");
  const warnings = ordered.filter((f) => f.severity === "warning");
  const shownErrors = errors.slice(0, Math.max(0, caps.error - (options.reservedErrors ?? 0)));
  const shownWarnings = warnings.slice(0, Math.max(0, caps.warning));
  const omitted = { errors: errors.length - shownErrors.length, warnings: warnings.length - shownWarnings.length };
  const annotations = [...shownErrors, ...shownWarnings].map(toAnnotation);
  if ((omitted.errors > 0 || omitted.warnings > 0) && caps.notice > 0) {
    annotations.push({ level: "notice", message: omittedMessage(omitted, caps, options.whereToLook), file: "", title: "svclint: more findings" });
  }
  return { annotations, omitted };
}

export {
  GITHUB_ANNOTATION_CAPS,
  allFindings,
  errorsFirst,
  annotationOrder,
  findingText,
  findingLocation,
  omittedMessage,
  planAnnotations
};
