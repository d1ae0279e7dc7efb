import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, buildSarif, formatSarif, pascalCase, pathToUri } from '../src/format/sarif';
import type { Finding } from '../src/engine/types';
import { RULES, SEED_FINDINGS, context, finding, result } from './format-fixtures';
import { runCli } from './helpers/cli';
import { sarifValidatorBinary, validateSarif, type ValidatorResult } from './helpers/sarif-validator';
import { skipWithoutTool } from './helpers/tools';

type Sarif = ReturnType<typeof buildSarif>;

function sarifOf(findings: Finding[], ctx = context()): Sarif {
  return JSON.parse(formatSarif([result(findings)], ctx)) as Sarif;
}

describe('sarif format', () => {
  it('declares schema, version, one run and the tool', () => {
    const log = sarifOf(SEED_FINDINGS);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'svclint', version: '0.1.0', informationUri: 'https://github.com/svclint/svclint' });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/david/infra/' } });
  });

  it('describes every registered rule', () => {
    const rules = sarifOf([]).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const superuser = rules.find((r) => r.id === 'postgres-superuser')!;
    expect(superuser).toEqual({
      id: 'postgres-superuser',
      name: 'PostgresSuperuser',
      shortDescription: { text: 'A service that connects to the shared Postgres as its superuser' },
      fullDescription: { text: "Each service gets its own role; the superuser can read and drop every other service's database." },
      help: {
        text: expect.stringContaining('Documentation: https://github.com/svclint/svclint#postgres-superuser'),
        markdown: expect.stringContaining('[Documentation](https://github.com/svclint/svclint#postgres-superuser)'),
      },
      helpUri: 'https://github.com/svclint/svclint#postgres-superuser',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['database'] },
    });
    expect(rules.find((r) => r.id === 'unpinned-image')!.defaultConfiguration.level).toBe('warning');
  });

  it.each([
    ['no-catch-all-dir', 'NoCatchAllDir'],
    ['service-outside-capability', 'ServiceOutsideCapability'],
    ['initdb-env-placeholder', 'InitdbEnvPlaceholder'],
  ])('names %s %s', (id, name) => expect(pascalCase(id)).toBe(name));

  it.each([
    ['services/n8n/compose.yaml', 'services/n8n/compose.yaml'],
    ['services/my app/compose.yaml', 'services/my%20app/compose.yaml'],
    ['services/auto#1/compose.yaml', 'services/auto%231/compose.yaml'],
    ['../other/services/apps', '../other/services/apps'],
  ])('uri of %s is %s', (input, uri) => expect(pathToUri(input)).toBe(uri));

  it.each([
    {
      name: 'file finding with a region',
      input: SEED_FINDINGS[4]!,
      location: {
        physicalLocation: {
          artifactLocation: { uri: 'services/n8n/docker-compose.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 9 },
        },
      },
    },
    {
      name: 'directory finding: shown at the file that stands for it, line 1',
      input: { ...SEED_FINDINGS[0]!, anchor: { path: 'services/apps/dozzle/docker-compose.yml', line: 1 } },
      location: {
        physicalLocation: { artifactLocation: { uri: 'services/apps/dozzle/docker-compose.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
      },
    },
    {
      name: 'directory finding with no file in it: the directory, line 1',
      input: SEED_FINDINGS[0]!,
      location: { physicalLocation: { artifactLocation: { uri: 'services/apps', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } },
    },
  ])('$name', ({ input, location }) => {
    const run = sarifOf([input]).runs[0]!;
    const [res] = run.results;
    expect(res!.ruleId).toBe(input.rule);
    expect(run.tool.driver.rules[res!.ruleIndex]!.id).toBe(input.rule);
    expect(res!.level).toBe(input.severity);
    expect(res!.message.text).toContain(input.message);
    expect(res!.locations).toEqual([location]);
  });

  it('puts the other sides in relatedLocations, folders at their standing-in file', () => {
    const clash = finding({
      rule: 'duplicate-host-port',
      path: 'services/docker/nginx/docker-compose.yml',
      line: 9,
      column: 9,
      message: "Host port 80/tcp of service 'nginx-proxy' is already published by service 'traefik'",
      related: [
        { path: 'services/traefik/docker-compose.yml', line: 7, column: 9, message: "Service 'traefik' publishes host port 80/tcp too." },
        { path: 'services/traefik', line: null, column: null, message: 'Its folder.' },
      ],
      relatedAnchors: [null, { path: 'services/traefik/traefik.yml', line: 1 }],
    });
    const [res] = sarifOf([clash]).runs[0]!.results;
    expect(res!.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'services/traefik/docker-compose.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 7, startColumn: 9 },
        },
        message: { text: "Service 'traefik' publishes host port 80/tcp too." },
      },
      {
        id: 2,
        physicalLocation: { artifactLocation: { uri: 'services/traefik/traefik.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
        message: { text: 'services/traefik: Its folder.' },
      },
    ]);
  });

  it('adds a descriptor for a finding whose rule is not registered', () => {
    const obsolete = finding({
      rule: 'obsolete-version',
      severity: 'warning',
      path: 'services/automation/compose.yaml',
      line: 1,
      column: 1,
      message: 'remove the obsolete top-level version: key',
    });
    const run = sarifOf([obsolete]).runs[0]!;
    const index = run.results[0]!.ruleIndex;
    expect(index).toBe(RULES.length);
    expect(run.tool.driver.rules[index]).toMatchObject({ id: 'obsolete-version', name: 'ObsoleteVersion', defaultConfiguration: { level: 'warning' } });
  });

  it('leaves out helpUri and informationUri when the docs link is not absolute', () => {
    const relative = RULES.map((r) => ({ ...r, docs: `README.md#${r.id}` }));
    const driver = sarifOf([], context({ rules: relative })).runs[0]!.tool.driver;
    expect('informationUri' in driver).toBe(false);
    expect(driver.rules.every((r) => !('helpUri' in r))).toBe(true);
  });

  it('fingerprints come from rule, message id, path and key: not the line, the message text or the other sides', () => {
    const base = { ...SEED_FINDINGS[4]!, messageId: 'superuser', key: 'line:- DB_POSTGRESDB_USER=postgres' };
    const fp = (f: Finding[]) => sarifOf(f).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const [moved] = fp([{ ...base, line: 40 }]);
    const [original] = fp([base]);
    expect(moved).toBe(original);
    expect(original).toMatch(/^[0-9a-f]{64}:1$/);
    // The message holds totals and the other side's line:col; neither reopens an alert.
    const [otherMessage] = fp([
      {
        ...base,
        message: `${base.message} (now at services/x.yml:99:1, 5.7 GiB)`,
        related: [{ path: 'services/x.yml', line: 99, column: 1, message: 'other side' }],
      },
    ]);
    expect(otherMessage).toBe(original);
    const [otherKey] = fp([{ ...base, key: 'line:- DB_POSTGRESDB_USER=root' }]);
    expect(otherKey).not.toBe(original);
    const [otherPath] = fp([{ ...base, path: 'services/automation/n8n/docker-compose.yml' }]);
    expect(otherPath).not.toBe(original);
    // Another message of the rule at the same place is another alert; a reworded template is not.
    const [otherMessageId] = fp([{ ...base, messageId: 'superuserInUrl' }]);
    expect(otherMessageId).not.toBe(original);
    const [reworded] = fp([{ ...base, message: 'Reworded: n8n logs in as the superuser.' }]);
    expect(reworded).toBe(original);
    const twice = fp([base, { ...base, line: 30 }]);
    expect(twice.map((f) => f!.split(':')[1])).toEqual(['1', '2']);
    expect(new Set(twice.map((f) => f!.split(':')[0])).size).toBe(1);
  });
});

// ------------------------------------------------------------------ Microsoft's validator

// The validator helper is shared with the action's tests (test/helpers/sarif-validator.ts).
const validatorBinary = sarifValidatorBinary;
function validate(binary: string, log: string): ValidatorResult[] {
  return validateSarif(binary, log);
}

const binary = validatorBinary();
const skipValidator = skipWithoutTool(
  '@microsoft/sarif-multitool',
  binary !== null && fs.existsSync(binary),
  "SARIF was not validated by Microsoft's validator",
);

describe.skipIf(skipValidator)('Microsoft SARIF validator (sarif-multitool validate)', () => {
  it('finds no errors and no warnings in svclint SARIF', () => {
    const findings = [
      ...SEED_FINDINGS.map((f) => (f.line == null ? { ...f, anchor: { path: `${f.path}/docker-compose.yml`, line: 1 } } : f)),
      finding({
        rule: 'obsolete-version',
        severity: 'warning',
        path: 'services/my app/compose.yaml',
        line: 1,
        column: 1,
        message: 'remove the obsolete top-level version: key',
      }),
      finding({
        rule: 'duplicate-host-port',
        path: 'services/docker/nginx/docker-compose.yml',
        line: 9,
        column: 9,
        message: 'port 80 twice',
        related: [{ path: 'services/traefik/docker-compose.yml', line: 7, column: 9, message: 'the other side' }],
        also: ['legacy-service'],
      }),
    ];
    expect(validate(binary!, formatSarif([result(findings)], context()))).toEqual([]);
  });

  it('is clean for a tree with no findings', () => {
    expect(validate(binary!, formatSarif([result([])], context()))).toEqual([]);
  });

  it('is clean on examples/droplet-current through the CLI: 0 errors, 0 warnings, every result located', () => {
    const run = runCli(['examples/droplet-current', '--format', 'sarif']);
    expect(run.stderr).toBe('');
    const log = JSON.parse(run.stdout) as Sarif;
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const res of results) expect(res.locations[0]!.physicalLocation.region!.startLine).toBeGreaterThanOrEqual(1);
    expect(results.some((r) => (r.relatedLocations ?? []).length > 0)).toBe(true);
    expect(validate(binary!, run.stdout)).toEqual([]);
  });

  it('does report errors (the harness is not blind)', () => {
    const log = buildSarif([SEED_FINDINGS[4]!], context());
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startColumn = 0;
    const issues = validate(binary!, JSON.stringify(log));
    expect(issues.some((i) => i.level === 'error')).toBe(true);
  });
});
