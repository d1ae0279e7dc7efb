// One cause, one finding: the merge itself (pure), then through the whole engine on real trees,
// with directives and exceptions on the primary and on merged rules, and the blame order.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import duplicateContainerName from '../rules/compose/duplicate-container-name';
import { makeChangeSet } from '../src/engine/changes';
import { lint, resolveTarget, runRules, toFinding } from '../src/engine/lint';
import { foldMembers, groupByCause, SPECIFICITY } from '../src/engine/merge';
import { buildHostModel } from '../src/model/host';
import type { Finding, RawFinding } from '../src/engine/types';
import { selection, text } from './helpers/rule-tester';
import { makeTree, type TreeSpec } from './helpers/tree';

function raw(rule: string, p: string, extra: Partial<RawFinding> = {}): RawFinding {
  return { rule, severity: 'error', path: p, line: null, column: null, message: text(`${rule} at ${p}`), fix: null, ...extra };
}

describe('groupByCause and foldMembers', () => {
  it('keeps the most specific rule as the finding; the others go to also and related', () => {
    const actions = [{ op: 'mkdir' as const, phase: 1 as const, path: '/t/services/core-infra' }];
    const findings = [
      raw('service-outside-capability', '/t/services/valkey', { cause: 'folder:/t/services/valkey', actions }),
      raw('single-cache', '/t/services/valkey/docker-compose.yml', { severity: 'warning', line: 2, column: 3, cause: 'folder:/t/services/valkey' }),
      raw('obsolete-version', '/t/services/valkey/docker-compose.yml', { severity: 'warning', line: 1, column: 1 }),
    ];
    const merged = groupByCause(findings).map(foldMembers);
    expect(merged).toHaveLength(2);
    const cache = merged.find((f) => f.rule === 'single-cache')!;
    // The merged finding keeps the highest severity of its cause, and the cause's plan steps.
    expect(cache).toMatchObject({ severity: 'error', also: ['service-outside-capability'], actions });
    expect(toFinding(cache, '/t').related).toEqual([
      { path: 'services/valkey', line: null, column: null, message: 'service-outside-capability: service-outside-capability at /t/services/valkey' },
    ]);
    expect(merged.find((f) => f.rule === 'obsolete-version')!.also).toBeUndefined();
  });

  it('does not repeat a place another finding of the cause already names', () => {
    const side = { path: '/t/b.yml', line: 5, column: 21, message: text('the other side') };
    const merged = foldMembers(
      groupByCause([
        raw('single-postgres', '/t/a.yml', { line: 4, column: 12, cause: 'c', related: [side] }),
        raw('duplicate-container-name', '/t/a.yml', { line: 4, column: 12, cause: 'c', related: [side] }),
      ])[0]!,
    );
    expect(merged.also).toEqual(['duplicate-container-name']);
    expect(merged.related).toEqual([side]);
  });

  it('ranks the grouping folder over the moves out of it, and the database rule over the placement rules', () => {
    const order = (rules: string[]) => groupByCause(rules.map((r) => raw(r, `/t/${r}`, { cause: 'x' })))[0]!.rule;
    expect(order(['misplaced-service', 'no-catch-all-dir', 'non-canonical-name'])).toBe('no-catch-all-dir');
    expect(order(['duplicate-service', 'service-outside-capability', 'duplicate-container-name', 'single-postgres'])).toBe('single-postgres');
    expect(order(['too-deep', 'misplaced-service'])).toBe('misplaced-service');
    expect(SPECIFICITY.indexOf('split-system')).toBeLessThan(SPECIFICITY.indexOf('undeclared-capability'));
  });
});

// ------------------------------------------------------------------ through the engine

const compose = (services: Record<string, Record<string, unknown>>) => stringify({ services });

/** A stray Postgres at the root next to the shared one, and a catch-all with two services. */
function tree(extra: { stray?: string; config?: Record<string, unknown> } = {}): TreeSpec {
  return {
    services: {
      'core-infra': {
        'docker-compose.yml': compose({ postgres: { image: 'postgres:16-alpine', container_name: 'postgres' } }),
        postgres: { 'init.sql': 'SELECT 1;\n' },
      },
      postgres: { 'docker-compose.yml': extra.stray ?? compose({ postgres: { image: 'postgres:16-alpine', container_name: 'postgres' } }) },
      apps: {
        dozzle: { 'docker-compose.yml': compose({ dozzle: { image: 'amir20/dozzle:v8.8.2' } }) },
        openweb: { 'docker-compose.yml': compose({ 'open-webui': { image: 'ghcr.io/open-webui/open-webui:0.4.8' } }) },
      },
    },
    ...(extra.config ? { 'svclint.config.yaml': stringify({ extends: 'recommended', ...extra.config }) } : {}),
  };
}

async function findingsOf(spec: TreeSpec): Promise<Finding[]> {
  const cwd = makeTree(spec);
  const [result] = await lint({ cwd, paths: ['.'] });
  return result!.findings;
}

const summary = (f: Finding) => `${f.rule} ${f.path}${f.also ? ` +${f.also.join(',')}` : ''}`;

describe('merged findings through the engine', () => {
  it('one finding per cause', async () => {
    expect((await findingsOf(tree())).map(summary)).toEqual([
      'no-catch-all-dir services/apps +misplaced-service,non-canonical-name',
      'single-postgres services/postgres/docker-compose.yml +duplicate-service,service-outside-capability,duplicate-container-name',
    ]);
  });

  it('a directive on the primary rule suppresses the merged finding, and is used', async () => {
    const stray = `# svclint-disable single-postgres -- a tenant database, kept apart\n${compose({ postgres: { image: 'postgres:16-alpine', container_name: 'postgres' } })}`;
    expect((await findingsOf(tree({ stray }))).map(summary)).toEqual(['no-catch-all-dir services/apps +misplaced-service,non-canonical-name']);
  });

  it('an exception on the primary rule suppresses the merged finding, moves included', async () => {
    const findings = await findingsOf(tree({ config: { exceptions: [{ rule: 'no-catch-all-dir', path: 'services/apps', reason: 'being migrated' }] } }));
    expect(findings.map(summary)).toEqual([
      'single-postgres services/postgres/docker-compose.yml +duplicate-service,service-outside-capability,duplicate-container-name',
    ]);
  });

  it('an exception on a merged rule drops that rule only; the finding stays', async () => {
    const findings = await findingsOf(
      tree({ config: { exceptions: [{ rule: 'non-canonical-name', path: 'services/apps/openweb', reason: 'renamed with the move' }] } }),
    );
    expect(findings.map(summary)).toEqual([
      'no-catch-all-dir services/apps +misplaced-service',
      'single-postgres services/postgres/docker-compose.yml +duplicate-service,service-outside-capability,duplicate-container-name',
    ]);
  });

  it('a directive on a merged rule is used even when the primary suppresses everything', async () => {
    const stray = `# svclint-disable single-postgres, duplicate-container-name -- a tenant database, kept apart\n${compose({ postgres: { image: 'postgres:16-alpine', container_name: 'postgres' } })}`;
    const findings = await findingsOf(tree({ stray }));
    expect(findings.filter((f) => f.rule === 'unused-directive')).toEqual([]);
  });
});

describe('blame: the side to change', () => {
  /** Two clashes: a superseded proxy (automation/, sorts first) and traefik; two plain services. */
  const spec: TreeSpec = {
    services: {
      'core-infra': { 'docker-compose.yml': compose({ traefik: { image: 'traefik:v3.0', container_name: 'proxy' } }) },
      integrations: { 'docker-compose.yml': compose({ relay: { image: 'example/relay:1.0', container_name: 'relay' } }) },
      interfaces: { 'docker-compose.yml': compose({ other: { image: 'example/other:1.0', container_name: 'relay' } }) },
      automation: { 'docker-compose.yml': compose({ 'nginx-proxy': { image: 'nginxproxy/nginx-proxy:1.6', container_name: 'proxy' } }) },
    },
  };

  async function blamed(changed: string[] | null): Promise<string[]> {
    const cwd = makeTree(spec);
    const target = resolveTarget('.', cwd, null);
    const model = await buildHostModel(target.root, target.policy, cwd);
    const changes = changed ? makeChangeSet(changed.map((p) => path.join(cwd, p))) : null;
    const { findings: found } = await runRules(model, selection(duplicateContainerName), changes);
    return found
      .map((f) => toFinding(f, cwd))
      .map((f) => `${f.path} <- ${f.related!.map((r) => r.path).join(',')}`)
      .sort();
  }

  it("blames the policy's odd one out (legacy), else the later side", async () => {
    expect(await blamed(null)).toEqual([
      // nginx-proxy is superseded: its side changes, though it is the earlier one.
      'services/automation/docker-compose.yml <- services/core-infra/docker-compose.yml',
      // Nothing tells these apart: interfaces/ sorts after integrations/, the later side.
      'services/interfaces/docker-compose.yml <- services/integrations/docker-compose.yml',
    ]);
  });

  it('blames the changed side first, even against the policy', async () => {
    expect(await blamed(['services/core-infra/docker-compose.yml', 'services/integrations/docker-compose.yml'])).toEqual([
      'services/core-infra/docker-compose.yml <- services/automation/docker-compose.yml',
      'services/integrations/docker-compose.yml <- services/interfaces/docker-compose.yml',
    ]);
  });
});
