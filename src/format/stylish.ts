// ESLint's "stylish" layout: findings grouped by file, `line:col  severity  message  rule-id`.
import type { Finding, Formatter } from '../types';

const ansi = (code: string) => (text: string, on: boolean) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
const red = ansi('31');
const yellow = ansi('33');
const dim = ansi('2');
const bold = ansi('1');
const underline = ansi('4');

export const formatStylish: Formatter = (results, context) => {
  const findings = results.flatMap((r) => r.findings);
  const color = context.color;
  if (findings.length === 0) return '';
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const out: string[] = [];
  for (const [file, list] of byPath) {
    out.push('', underline(file, color));
    const rows = list.map((f) => [
      f.line === null ? '' : `${f.line}:${f.column ?? 0}`,
      f.severity === 'error' ? red('error', color) : yellow('warning', color),
      f.fix ? `${f.message} ${dim(`Fix: ${f.fix}`, color)}` : f.message,
      dim(f.rule, color),
    ]);
    const width0 = Math.max(...rows.map((r) => r[0]!.length));
    const width1 = Math.max(...list.map((f) => (f.severity === 'error' ? 5 : 7)));
    for (const [i, r] of rows.entries()) {
      const sevPad = ' '.repeat(width1 - (list[i]!.severity === 'error' ? 5 : 7));
      out.push(`  ${r[0]!.padEnd(width0)}  ${r[1]}${sevPad}  ${r[2]}  ${r[3]}`);
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const summary = `✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  out.push('', bold(errors > 0 ? red(summary, color) : yellow(summary, color), color), '');
  return out.join('\n');
};
