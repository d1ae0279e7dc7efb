// Valid and invalid trees for every Structure rule (test/rules/structure.cases.ts), on the public
// rule tester; then what a table cannot express: a file name that is not UTF-8, a migration bridge.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules';
import unreadablePath from '../../rules/meta/unreadable-path';
import { resolveTarget, runRules, toFinding } from '../../src/engine/lint';
import { buildHostModel } from '../../src/model/host';
import { ruleTester, selection } from '../helpers/rule-tester';
import { makeTree } from '../helpers/tree';
import { coreInfra, STRUCTURE_CASES } from './structure.cases';

for (const { rule, cases } of STRUCTURE_CASES) ruleTester(rule, cases);

describe('unreadable-path on a name that is not UTF-8', () => {
  it('reports the folder it could not read and lints the rest', async () => {
    const dir = makeTree({ services: { 'core-infra': coreInfra } });
    // Node writes string paths as UTF-8, so the invalid name is made from raw bytes.
    const parent = Buffer.from(path.join(dir, 'services', 'core-infra') + '/');
    writeFileSync(Buffer.concat([parent, Buffer.from([0x66, 0xff, 0x6f])]), 'x');
    const target = resolveTarget('.', dir, null);
    const model = await buildHostModel(target.root, target.policy, dir);
    const findings = (await runRules(model, selection(unreadablePath))).findings.map((f) => toFinding(f, dir));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.path).toMatch(/^services\/core-infra\/f.o$/);
    expect(findings[0]!.message).toMatch(/not valid UTF-8/);
    expect(model.serviceDirs.map((d) => d.rel)).toEqual(['core-infra/postgres', 'core-infra/traefik']);
  });
});

describe('a migration bridge and its target count as one service', () => {
  it('Phase 1 (core-infra/traefik -> ../traefik): only migration-symlink, no duplicate, no second misplacement', async () => {
    const dir = makeTree({
      services: {
        'core-infra': { 'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.0\n', traefik: { symlink: '../traefik' } },
        traefik: { 'traefik.yml': 'entryPoints: {}\n' },
      },
    });
    const target = resolveTarget('.', dir, null);
    const model = await buildHostModel(target.root, target.policy, dir);
    const structure = allRules.filter((r) => r.meta.group === 'structure');
    const findings = (await runRules(model, selection(...structure))).findings.map((f) => toFinding(f, dir));
    expect(findings.map((f) => `${f.rule} ${f.path}`)).toEqual(['migration-symlink services/core-infra/traefik']);
  });
});
