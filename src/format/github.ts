// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), escaped
// exactly as @actions/core's command.js does so the runner reads back the same text.
import type { Formatter } from './types';
import { allFindings, annotationOrder, findingText, GITHUB_ANNOTATION_CAPS, omittedMessage, planAnnotations } from './annotations';

/** Escaping of the message part (after `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: the data escapes plus the separators `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line; properties with empty or missing values are left out, as @actions/core does. */
export function workflowCommand(command: string, properties: Record<string, string | number | null | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

export const formatGithub: Formatter = (results) => {
  const findings = allFindings(results);
  // Every finding is printed (the log keeps them all); the runner turns only the first 10 of
  // each level into annotations, so say so when there are more.
  const lines = annotationOrder(findings).map((finding) => {
    // A folder finding is shown on the file that stands for it (line 1), naming the folder.
    const anchored = finding.line == null && finding.anchor ? finding.anchor : null;
    const text = findingText(finding);
    return workflowCommand(
      finding.severity,
      anchored
        ? { file: anchored.path, line: anchored.line, title: finding.rule }
        : { file: finding.path, line: finding.line, col: finding.line != null ? finding.column : null, title: finding.rule },
      anchored && !text.includes(finding.path) ? `${finding.path}: ${text}` : text,
    );
  });
  const { omitted } = planAnnotations(findings);
  if (omitted.errors > 0 || omitted.warnings > 0) {
    lines.push(
      workflowCommand('notice', { title: 'svclint: more findings' }, omittedMessage(omitted, GITHUB_ANNOTATION_CAPS, 'Every finding is in this log.')),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

export default formatGithub;
