import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, buildSarif, formatSarif, pascalCase, pathToUri } from '../src/format/sarif';
import type { Finding } from '../src/types';
import { RULES, SEED_FINDINGS, context, finding, result } from './format-fixtures';
import { sarifValidatorBinary, validateSarif, type ValidatorResult } from './helpers/sarif-validator';

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
      name: 'directory finding without a region',
      input: SEED_FINDINGS[0]!,
      location: { physicalLocation: { artifactLocation: { uri: 'services/apps', uriBaseId: '%SRCROOT%' } } },
    },
  ])('$name', ({ input, location }) => {
    const run = sarifOf([input]).runs[0]!;
    const [res] = run.results;
    expect(res!.ruleId).toBe(input.rule);
    expect(run.tool.driver.rules[res!.ruleIndex]!.id).toBe(input.rule);
    expect(res!.level).toBe(input.severity);
    expect(res!.message.text.startsWith(input.message)).toBe(true);
    expect(res!.locations).toEqual([location]);
  });

  it('adds a descriptor for a finding whose rule is not registered', () => {
    const obsolete = finding({ rule: 'obsolete-version', severity: 'warning', path: 'services/automation/compose.yaml', line: 1, column: 1, message: 'remove the obsolete top-level version: key' });
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

  it('fingerprints ignore the line and separate repeated findings', () => {
    const base = SEED_FINDINGS[4]!;
    const fp = (f: Finding[]) => sarifOf(f).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const [moved] = fp([{ ...base, line: 40 }]);
    const [original] = fp([base]);
    expect(moved).toBe(original);
    expect(original).toMatch(/^[0-9a-f]{64}:1$/);
    const [otherMessage] = fp([{ ...base, message: `${base.message}.` }]);
    expect(otherMessage).not.toBe(original);
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
const runnable = binary !== null && fs.existsSync(binary);

describe.skipIf(!runnable)('Microsoft SARIF validator (sarif-multitool validate)', () => {
  it('finds no errors in svclint SARIF; only directory findings lack a region', () => {
    const findings = [
      ...SEED_FINDINGS,
      finding({ rule: 'obsolete-version', severity: 'warning', path: 'services/my app/compose.yaml', line: 1, column: 1, message: 'remove the obsolete top-level version: key' }),
    ];
    const issues = validate(binary!, formatSarif([result(findings)], context()));
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    // The one accepted warning (SARIF2017 missing region) is for the directory findings, by design.
    const directoryResults = findings.flatMap((f, i) => (f.line == null ? [`runs[0].results[${i}].locations[0].physicalLocation`] : []));
    expect(issues.map((i) => `${i.ruleId} ${i.message.arguments?.[0]}`).sort()).toEqual(directoryResults.map((p) => `SARIF2017 ${p}`).sort());
  });

  it('is clean for a tree with no findings', () => {
    expect(validate(binary!, formatSarif([result([])], context()))).toEqual([]);
  });

  it('does report errors (the harness is not blind)', () => {
    const log = buildSarif([SEED_FINDINGS[4]!], context());
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startColumn = 0;
    const issues = validate(binary!, JSON.stringify(log));
    expect(issues.some((i) => i.level === 'error')).toBe(true);
  });
});

it.runIf(!runnable)('SARIF validator binary is missing: validator tests skipped', () => {
  console.warn('skipped: @microsoft/sarif-multitool has no binary for this platform; SARIF was not validated');
});
