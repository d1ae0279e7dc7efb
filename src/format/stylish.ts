// ESLint's "stylish" layout, kept short: each tree is a section headed by its root; findings are
// grouped under their path (relative to the working directory, so terminals can open it), and the
// paths inside messages are written relative to the root, so no line repeats the long prefix.
// A line is cut at the terminal's width (200 characters when not on a terminal); `--format json`
// has every message in full. The last lines count problems, in all and per rule.
import type { Finding, LintResult } from '../engine/types';
import type { Formatter } from './types';
import { displayPath } from '../util/paths';
import { appendTo } from '../util/maps';

const ansi = (code: string) => (text: string, on: boolean) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = ansi('31');
const yellow = ansi('33');
const dim = ansi('2');
const bold = ansi('1');
const underline = ansi('4');

/** Line cap when the output is not a terminal (a CI log, a file). */
export const DEFAULT_WIDTH = 200;
const ELLIPSIS = '…';

export const formatStylish: Formatter = (results, context) => {
  const color = context.color;
  const width = Math.max(40, context.width ?? DEFAULT_WIDTH);
  const findings = results.flatMap((r) => r.findings);
  const several = results.length > 1;
  if (findings.length === 0 && !several) return '';
  const out: string[] = [];
  let cut = 0;
  for (const result of results) {
    const root = displayPath(result.root, context.cwd);
    if (result.findings.length === 0) {
      out.push('', `${bold(rootHeading(root), color)}`, '  no problems');
      continue;
    }
    out.push('', bold(rootHeading(root), color));
    for (const [file, list] of groupByPath(result)) {
      out.push('', underline(file, color));
      const locWidth = Math.max(...list.map((f) => position(f).length));
      const sevWidth = Math.max(...list.map((f) => f.severity.length));
      for (const f of list) {
        const loc = position(f).padEnd(locWidth);
        const sevPad = ' '.repeat(sevWidth - f.severity.length);
        // Places in the text relative to the root heading this section (rendered by the engine from
        // the message's data: the user's own words and values are never rewritten).
        const message = f.inRoot?.message ?? f.message;
        const fixText = f.inRoot ? f.inRoot.fix : f.fix;
        const fix = fixText ? ` Fix: ${fixText}` : '';
        const fixed = `  ${loc}  ${f.severity}${sevPad}  `;
        const room = width - fixed.length - 2 - f.rule.length;
        let text = `${message}${fix}`;
        if (text.length > room) {
          text = `${text.slice(0, Math.max(0, room - ELLIPSIS.length)).trimEnd()}${ELLIPSIS}`;
          cut += 1;
        }
        const shownMessage = text.length > message.length ? `${message}${dim(text.slice(message.length), color)}` : text;
        const severity = f.severity === 'error' ? red(f.severity, color) : yellow(f.severity, color);
        out.push(`  ${loc}  ${severity}${sevPad}  ${shownMessage}  ${dim(f.rule, color)}`);
        // A finding that merged others of the same cause names them on a line of its own (its
        // severity is the highest of theirs).
        if (f.also && f.also.length > 0) {
          const indent = ' '.repeat(fixed.length);
          out.push(...wrap(`also: ${f.also.join(', ')}`, width, indent).map((line) => dim(line, color)));
        }
      }
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (findings.length === 0) {
    out.push('', `no problems in ${plural(results.length, 'tree')}`, '');
    return out.join('\n');
  }
  const summary = `✖ ${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out.push('', bold(errors > 0 ? red(summary, color) : yellow(summary, color), color));
  out.push(...wrap(`by rule: ${perRule(findings)}`, width, '  '));
  if (cut > 0) out.push(dim(`  ${plural(cut, 'line')} cut at ${width} characters: --format json has the full messages`, color));
  out.push('');
  return out.join('\n');
};

function rootHeading(root: string): string {
  return `${root === '.' ? '.' : root}/ (root; paths in messages are relative to it)`;
}

function position(f: Finding): string {
  return f.line === null ? '' : `${f.line}:${f.column ?? 0}`;
}

function groupByPath(result: LintResult): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const f of result.findings) appendTo(byPath, f.path, f);
  return byPath;
}

/** `misplaced-service 8, no-catch-all-dir 1`: most frequent first, then by id. */
function perRule(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
}

/** Words wrapped to `width`, each line indented. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length > indent.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `${indent}  ${word}`;
    } else {
      line = line.length > indent.length ? `${line} ${word}` : `${line}${word}`;
    }
  }
  lines.push(line);
  return lines;
}
