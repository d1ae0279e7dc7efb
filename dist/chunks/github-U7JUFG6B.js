import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  GITHUB_ANNOTATION_CAPS,
  allFindings,
  annotationOrder,
  findingText,
  omittedMessage,
  planAnnotations
} from "./chunk-PGUGCGIS.js";
import "./chunk-3DAIKRF3.js";

// src/format/github.ts
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== null && value !== "").map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}
var formatGithub = (results) => {
  const findings = allFindings(results);
  const lines = annotationOrder(findings).map((finding) => {
    const anchored = finding.line == null && finding.anchor ? finding.anchor : null;
    const text = findingText(finding);
    return workflowCommand(
      finding.severity,
      anchored ? { file: anchored.path, line: anchored.line, title: finding.rule } : { file: finding.path, line: finding.line, col: finding.line != null ? finding.column : null, title: finding.rule },
      anchored && !text.includes(finding.path) ? `${finding.path}: ${text}` : text
    );
  });
  const { omitted } = planAnnotations(findings);
  if (omitted.errors > 0 || omitted.warnings > 0) {
    lines.push(
      workflowCommand("notice", { title: "svclint: more findings" }, omittedMessage(omitted, GITHUB_ANNOTATION_CAPS, "Every finding is in this log."))
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
};
var github_default = formatGithub;
export {
  github_default as default,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
