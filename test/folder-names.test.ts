// Capability and service names become paths: a label or config value that is not one folder name
// ('../../outside', 'a/b') must never send a planned step outside the services tree.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { resolveTarget } from '../src/engine/lint';
import { buildHostModel } from '../src/model/host';
import { actionPaths, buildPlacementPlan } from '../src/plan';
import { isFolderName, isInside } from '../src/util/paths';
import { runCli } from './helpers/cli';
import { makeTree } from './helpers/tree';

const labelled = (capability: string) => stringify({ services: { n8n: { image: 'n8nio/n8n:1.0', labels: { 'svclint.capability': capability } } } });

describe('folder names', () => {
  it.each([
    ['n8n', true],
    ['core-infra', true],
    ['..', false],
    ['.', false],
    ['', false],
    ['a/b', false],
    ['a\\b', false],
    ['../../outside', false],
  ])('isFolderName(%j) is %s', (name, expected) => {
    expect(isFolderName(name)).toBe(expected);
  });

  it.each(['../../../outside', 'a/b', '..'])('a label %j is shown as ignored and plans nothing outside the tree', async (label) => {
    const dir = makeTree({ services: { automation: { n8n: { 'docker-compose.yml': labelled(label) } } } });
    const target = resolveTarget('.', dir, null);
    const model = await buildHostModel(target.root, target.policy, dir);
    const n8n = model.serviceDirs.find((d) => d.name === 'n8n')!;
    expect(n8n.classification.capability).toBe('automation');
    expect(n8n.classification.reasons.at(-1)!.text).toContain('ignored: a capability is one folder name');
    const plan = buildPlacementPlan(model);
    for (const action of plan.actions) {
      for (const p of actionPaths(action)) expect(isInside(target.root, p), `${action.op} ${p}`).toBe(true);
    }
    expect(plan.moves).toEqual([]);
  });

  it('a config name that is not one folder name is a config error at its key', () => {
    const dir = makeTree({
      'svclint.config.yaml': 'services:\n  foo: { capability: "../x" }\n',
      services: { automation: { n8n: { 'docker-compose.yml': labelled('automation') } } },
    });
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/svclint\.config\.yaml:2:\d+: invalid config: services\.foo\.capability: "\.\.\/x" is not one folder name/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
