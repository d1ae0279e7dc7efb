import { createRequire as __svclintCreateRequire } from 'node:module'; const require = __svclintCreateRequire(import.meta.url);
import {
  allFindings,
  findingLocation,
  findingText
} from "./chunk-PGUGCGIS.js";
import "./chunk-3DAIKRF3.js";

// src/format/junit.ts
function escapeXml(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function escapeXmlText(text) {
  return escapeXml(text).replace(/&#9;/g, "	").replace(/&#10;/g, "\n").replace(/&#13;/g, "\r");
}
function attributes(values) {
  return Object.entries(values).filter(([, value]) => value !== void 0).map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`).join("");
}
function testcaseName(finding) {
  if (finding.line == null) return finding.rule;
  return finding.column == null ? `${finding.rule} at line ${finding.line}` : `${finding.rule} at ${finding.line}:${finding.column}`;
}
function testcase(finding) {
  const head = `    <testcase${attributes({
    name: testcaseName(finding),
    classname: finding.path,
    // mikepenz/action-junit-report annotates from these two attributes.
    file: finding.path,
    line: finding.line ?? void 0,
    time: 0
  })}>`;
  const body = `${findingLocation(finding)}: ${finding.severity}: ${findingText(finding)} (${finding.rule})`;
  const element = finding.severity === "error" ? "failure" : "skipped";
  const inner = `      <${element}${attributes({ message: finding.message, type: finding.rule })}>${escapeXmlText(body)}</${element}>`;
  return `${head}
${inner}
    </testcase>`;
}
function groupByPath(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.path);
    if (group) group.push(finding);
    else groups.set(finding.path, [finding]);
  }
  return groups;
}
var formatJunit = (results) => {
  const findings = allFindings(results);
  const errors = findings.filter((f) => f.severity === "error").length;
  const skipped = findings.length - errors;
  const suites = [];
  for (const [path, group] of groupByPath(findings)) {
    const failures = group.filter((f) => f.severity === "error").length;
    suites.push(
      `  <testsuite${attributes({ name: path, tests: group.length, failures, errors: 0, skipped: group.length - failures, time: 0 })}>
${group.map(testcase).join("\n")}
  </testsuite>`
    );
  }
  if (findings.length === 0) {
    suites.push(
      `  <testsuite${attributes({ name: "svclint", tests: 1, failures: 0, errors: 0, skipped: 0, time: 0 })}>
    <testcase${attributes({ name: "no findings", classname: "svclint", time: 0 })}/>
  </testsuite>`
    );
  }
  const tests = Math.max(findings.length, 1);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites${attributes({ name: "svclint", tests, failures: errors, errors: 0, skipped, time: 0 })}>
${suites.join("\n")}
</testsuites>
`;
};
var junit_default = formatJunit;
export {
  junit_default as default,
  escapeXml,
  formatJunit
};
