// JUnit XML for test-report actions (dorny/test-reporter, mikepenz/action-junit-report).
// One <testsuite> per path, because reviewers think in files and both reporters list suites
// by name; one <testcase> per finding. Errors are <failure>s (they fail the build); warnings
// are <skipped> with the message (visible, neutral), matching svclint's exit status. A clean
// run has one passing testcase so the report is never empty.
import type { Finding } from '../engine/types';
import type { Formatter } from './types';
import { allFindings, findingLocation, findingText } from './annotations';

/**
 * Escapes text for XML 1.0 content and attribute values. Characters XML 1.0 cannot carry at all
 * (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD; newlines
 * and tabs in attributes are written as character references so parsers keep them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Text content keeps its newlines readable (only attributes need them as references). */
function escapeXmlText(text: string): string {
  return escapeXml(text).replace(/&#9;/g, '\t').replace(/&#10;/g, '\n').replace(/&#13;/g, '\r');
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

function testcaseName(finding: Finding): string {
  if (finding.line == null) return finding.rule;
  return finding.column == null ? `${finding.rule} at line ${finding.line}` : `${finding.rule} at ${finding.line}:${finding.column}`;
}

function testcase(finding: Finding): string {
  const head = `    <testcase${attributes({
    name: testcaseName(finding),
    classname: finding.path,
    // mikepenz/action-junit-report annotates from these two attributes.
    file: finding.path,
    line: finding.line ?? undefined,
    time: 0,
  })}>`;
  const body = `${findingLocation(finding)}: ${finding.severity}: ${findingText(finding)} (${finding.rule})`;
  const element = finding.severity === 'error' ? 'failure' : 'skipped';
  const inner = `      <${element}${attributes({ message: finding.message, type: finding.rule })}>${escapeXmlText(body)}</${element}>`;
  return `${head}\n${inner}\n    </testcase>`;
}

function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.path);
    if (group) group.push(finding);
    else groups.set(finding.path, [finding]);
  }
  return groups;
}

export const formatJunit: Formatter = (results) => {
  const findings = allFindings(results);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const skipped = findings.length - errors;
  const suites: string[] = [];
  for (const [path, group] of groupByPath(findings)) {
    const failures = group.filter((f) => f.severity === 'error').length;
    suites.push(
      `  <testsuite${attributes({ name: path, tests: group.length, failures, errors: 0, skipped: group.length - failures, time: 0 })}>\n` +
        `${group.map(testcase).join('\n')}\n  </testsuite>`,
    );
  }
  if (findings.length === 0) {
    suites.push(
      `  <testsuite${attributes({ name: 'svclint', tests: 1, failures: 0, errors: 0, skipped: 0, time: 0 })}>\n` +
        `    <testcase${attributes({ name: 'no findings', classname: 'svclint', time: 0 })}/>\n  </testsuite>`,
    );
  }
  const tests = Math.max(findings.length, 1);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attributes({ name: 'svclint', tests, failures: errors, errors: 0, skipped, time: 0 })}>\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
};

export default formatJunit;
