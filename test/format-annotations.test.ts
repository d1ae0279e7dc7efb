import { describe, expect, it } from 'vitest';
import { findingLocation, findingText, planAnnotations } from '../src/format/annotations';
import type { Finding } from '../src/engine/types';
import { SEED_FINDINGS, finding } from './format-fixtures';

function errors(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      rule: 'duplicate-host-port',
      path: `services/monitoring/s${i}/compose.yaml`,
      line: 7 + i,
      column: 9,
      message: `host port 0.0.0.0:${8080 + i}/tcp is also published by services/core-infra/traefik/compose.yaml:12`,
    }),
  );
}

function warnings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      rule: 'unpinned-image',
      path: `services/interfaces/w${i}/compose.yaml`,
      line: 3,
      column: 12,
      message: `image example/w${i}:latest uses the moving tag "latest": pin a version or a digest`,
    }),
  );
}

describe('planAnnotations', () => {
  const cases: {
    name: string;
    input: Finding[];
    caps?: { error: number; warning: number; notice: number };
    levels: string;
    omitted: { errors: number; warnings: number };
    notice?: RegExp;
  }[] = [
    { name: 'nothing', input: [], levels: '', omitted: { errors: 0, warnings: 0 } },
    {
      name: 'warnings given first still come after errors',
      input: [...warnings(2), ...errors(3)],
      levels: 'e e e w w',
      omitted: { errors: 0, warnings: 0 },
    },
    {
      name: 'exactly at the caps: no notice',
      input: [...errors(10), ...warnings(10)],
      levels: `${'e '.repeat(10)}${'w '.repeat(10)}`.trim(),
      omitted: { errors: 0, warnings: 0 },
    },
    {
      name: 'errors over the cap',
      input: errors(12),
      levels: `${'e '.repeat(10)}n`,
      omitted: { errors: 2, warnings: 0 },
      notice: /^svclint: 2 more errors not annotated .*job summary for every finding\.$/,
    },
    {
      name: 'both over the cap',
      input: [...warnings(14), ...errors(11)],
      levels: `${'e '.repeat(10)}${'w '.repeat(10)}n`,
      omitted: { errors: 1, warnings: 4 },
      notice: /^svclint: 1 more error and 4 more warnings not annotated/,
    },
    {
      name: 'no notice allowed by the caps',
      input: errors(3),
      caps: { error: 1, warning: 10, notice: 0 },
      levels: 'e',
      omitted: { errors: 2, warnings: 0 },
    },
  ];

  it.each(cases)('$name', ({ input, caps, levels, omitted, notice }) => {
    const plan = planAnnotations(input, caps);
    expect(plan.annotations.map((a) => a.level[0]).join(' ')).toBe(levels);
    expect(plan.omitted).toEqual(omitted);
    const last = plan.annotations.at(-1);
    if (notice) {
      expect(last?.level).toBe('notice');
      expect(last?.message).toMatch(notice);
    } else {
      expect(plan.annotations.some((a) => a.level === 'notice')).toBe(false);
    }
    // The annotated errors are the first ones given, in the order given (all on a file line here).
    const shownErrors = plan.annotations.filter((a) => a.level === 'error').map((a) => a.file);
    const givenErrors = input.filter((f) => f.severity === 'error').map((f) => f.path);
    expect(shownErrors).toEqual(givenErrors.slice(0, shownErrors.length));
  });

  it('puts file/line findings before folder findings inside each severity', () => {
    const folder = (i: number) => finding({ rule: 'no-catch-all-dir', path: `services/misc${i}` });
    const input = [folder(1), ...warnings(1), folder(2), ...errors(2)];
    const { annotations } = planAnnotations(input);
    expect(annotations.map((a) => `${a.level[0]} ${a.file}`)).toEqual([
      'e services/monitoring/s0/compose.yaml',
      'e services/monitoring/s1/compose.yaml',
      'e services/misc1',
      'e services/misc2',
      'w services/interfaces/w0/compose.yaml',
    ]);
  });

  it('leaves room for the failure message: with reservedErrors 1, at most 9 error annotations', () => {
    const plan = planAnnotations(errors(12), undefined, { reservedErrors: 1 });
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(plan.omitted).toEqual({ errors: 3, warnings: 0 });
  });

  it('points at the SARIF file only when told where to look', () => {
    expect(planAnnotations(errors(11)).annotations.at(-1)!.message).not.toMatch(/SARIF/);
    const withSarif = planAnnotations(errors(11), undefined, { whereToLook: 'See the job summary, or the SARIF file in code scanning.' });
    expect(withSarif.annotations.at(-1)!.message).toMatch(/SARIF file in code scanning\.$/);
  });

  it('annotates a folder finding on the file that stands for it, naming the folder', () => {
    const apps = finding({
      rule: 'no-catch-all-dir',
      path: 'services/apps',
      message: 'a catch-all directory',
      anchor: { path: 'services/apps/dozzle/docker-compose.yml', line: 1 },
    });
    const [annotation] = planAnnotations([apps]).annotations;
    expect(annotation).toEqual({
      level: 'error',
      file: 'services/apps/dozzle/docker-compose.yml',
      startLine: 1,
      title: 'no-catch-all-dir',
      message: 'services/apps: a catch-all directory',
    });
  });

  it('carries file, line, column and the rule id as title', () => {
    const { annotations } = planAnnotations(SEED_FINDINGS);
    const superuser = annotations.find((a) => a.title === 'postgres-superuser')!;
    expect(superuser).toEqual({
      level: 'error',
      file: 'services/n8n/docker-compose.yml',
      startLine: 14,
      startColumn: 9,
      title: 'postgres-superuser',
      message:
        'n8n connects to the shared Postgres as the superuser "postgres" (DB_POSTGRESDB_USER): give it its own role n8n_user\nFix: DB_POSTGRESDB_USER: n8n_user',
    });
    // A directory finding without a file standing for it names the directory and no position.
    const catchAll = annotations.find((a) => a.title === 'no-catch-all-dir')!;
    expect(catchAll.file).toBe('services/apps');
    expect('startLine' in catchAll).toBe(false);
    expect('startColumn' in catchAll).toBe(false);
  });
});

describe('finding text helpers', () => {
  it.each([
    [{ line: 14, column: 9 }, 'services/n8n/compose.yaml:14:9'],
    [{ line: 14, column: null }, 'services/n8n/compose.yaml:14'],
    [{ line: null, column: null }, 'services/n8n/compose.yaml'],
  ])('location %j', (position, expected) => {
    expect(findingLocation(finding({ rule: 'unpinned-image', path: 'services/n8n/compose.yaml', ...position }))).toBe(expected);
  });

  it('adds the fix only when the message does not already contain it', () => {
    const base = { rule: 'postgres-superuser', path: 'services/n8n/compose.yaml', message: 'uses the superuser: set DB_USER: n8n_user' };
    expect(findingText(finding({ ...base, fix: 'DB_USER: n8n_user' }))).toBe(base.message);
    expect(findingText(finding({ ...base, fix: 'CREATE ROLE n8n_user LOGIN;' }))).toBe(`${base.message}\nFix: CREATE ROLE n8n_user LOGIN;`);
    expect(findingText(finding({ ...base, fix: null }))).toBe(base.message);
  });
});
