import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, workflowCommand } from '../src/format/github';
import type { Finding } from '../src/engine/types';
import { SEED_FINDINGS, context, finding, result } from './format-fixtures';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What @actions/core itself prints for core.error/warning(message, properties), run in a child process. */
function coreCommand(level: 'error' | 'warning', message: string, properties: Record<string, unknown>): string {
  const script = `import * as core from '@actions/core';
const { level, message, properties } = JSON.parse(process.env.CASE);
core[level](message, properties);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, CASE: JSON.stringify({ level, message, properties }) },
    encoding: 'utf8',
  });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout.replace(/\r?\n$/, '');
}

/** `::cmd k=v,k=v::msg` -> parts, so lines that differ only in property order compare equal. */
function parseCommand(line: string) {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  expect(match, line).not.toBeNull();
  const props = Object.fromEntries(
    (match![2] ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
  return { command: match![1], props, message: match![3] };
}

describe('escaping', () => {
  it.each([
    ['plain text', 'plain text', 'plain text'],
    ['100% done', '100%25 done', '100%25 done'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['line1\nline2', 'line1%0Aline2', 'line1%0Aline2'],
    ['crlf\r\nend', 'crlf%0D%0Aend', 'crlf%0D%0Aend'],
    ['%0A is not a newline', '%250A is not a newline', '%250A is not a newline'],
  ])('%j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it('leaves out empty properties like @actions/core', () => {
    expect(workflowCommand('error', { file: 'services/apps', line: null, col: undefined, title: 'no-catch-all-dir' }, 'm')).toBe(
      '::error file=services/apps,title=no-catch-all-dir::m',
    );
    expect(workflowCommand('notice', {}, 'just a note')).toBe('::notice::just a note');
  });
});

describe('github format', () => {
  const tricky: Finding = finding({
    rule: 'postgres-superuser',
    path: 'services/automation/n8n,old:1/compose.yaml',
    line: 14,
    column: 9,
    message: 'n8n uses the superuser: 100% of databases are reachable,\nset DB_POSTGRESDB_USER: n8n_user',
  });

  it('writes the exact escaped command for a message with %, :, , and a newline', () => {
    expect(formatGithub([result([tricky])], context())).toBe(
      '::error file=services/automation/n8n%2Cold%3A1/compose.yaml,line=14,col=9,title=postgres-superuser::' +
        'n8n uses the superuser: 100%25 of databases are reachable,%0Aset DB_POSTGRESDB_USER: n8n_user\n',
    );
  });

  it('matches what @actions/core prints for the same annotation', () => {
    const cases: Finding[] = [tricky, ...SEED_FINDINGS];
    const ours = formatGithub([result(cases)], context())
      .trimEnd()
      .split('\n');
    // Errors first; inside each severity, file/line findings before folder findings.
    const rank = (f: Finding) => (f.severity === 'error' ? 0 : 2) + (f.line == null ? 1 : 0);
    const ordered = cases
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
    ordered.forEach((f, index) => {
      const text = f.fix ? `${f.message}\nFix: ${f.fix}` : f.message;
      const properties: Record<string, unknown> = { title: f.rule, file: f.path };
      if (f.line != null) properties.startLine = f.line;
      if (f.column != null) properties.startColumn = f.column;
      expect(parseCommand(ours[index]!)).toEqual(parseCommand(coreCommand(f.severity, text, properties)));
    });
  });

  it('prints errors first, every finding, then a notice past the per-step caps', () => {
    const many = [
      ...Array.from({ length: 3 }, (_, i) =>
        finding({ rule: 'unpinned-image', path: `services/interfaces/w${i}/compose.yaml`, line: 3, column: 12, message: `image w${i}:latest is unpinned` }),
      ),
      ...Array.from({ length: 25 }, (_, i) =>
        finding({ rule: 'no-catch-all-dir', path: `services/misc${i}`, message: `services/misc${i} is a catch-all directory` }),
      ),
    ];
    const lines = formatGithub([result(many)], context())
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(29);
    expect(lines.slice(0, 25).every((l) => l.startsWith('::error file=services/misc'))).toBe(true);
    expect(lines.slice(25, 28).every((l) => l.startsWith('::warning file=services/interfaces/'))).toBe(true);
    expect(lines[28]).toMatch(/^::notice title=svclint%3A more findings::svclint: 15 more errors not annotated/);
  });

  it('prints nothing for a clean tree', () => {
    expect(formatGithub([result([])], context())).toBe('');
  });
});
