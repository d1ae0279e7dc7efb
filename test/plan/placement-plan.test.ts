// The placement plan on real trees: the seed's own placement table is the oracle for
// examples/droplet-current, and small trees pin each kind of step.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { resolveTarget } from '../../src/engine/lint';
import { buildHostModel } from '../../src/model/host';
import { actionPaths, buildPlacementPlan, orderActions } from '../../src/plan';
import type { PlacementPlan } from '../../src/plan/types';
import { REPO_ROOT } from '../helpers/cli';
import { makeTree, type TreeSpec } from '../helpers/tree';

function compose(services: Record<string, string | Record<string, unknown>>, top: Record<string, unknown> = {}): string {
  const entries = Object.entries(services).map(([name, value]) => [name, typeof value === 'string' ? { image: value } : value]);
  return stringify({ ...top, services: Object.fromEntries(entries) });
}

async function planOf(dir: string): Promise<PlacementPlan> {
  const target = resolveTarget('.', dir, null);
  return buildPlacementPlan(await buildHostModel(target.root, target.policy, dir));
}

async function planTree(tree: TreeSpec): Promise<{ dir: string; plan: PlacementPlan; rel: (abs: string) => string }> {
  const dir = makeTree(tree);
  return { dir, plan: await planOf(dir), rel: (abs: string) => path.relative(dir, abs).split(path.sep).join('/') };
}

/** Invariants every plan keeps, whatever the tree. */
function expectConsistent(plan: PlacementPlan): void {
  const phases = plan.actions.map((a) => a.phase);
  expect(phases).toEqual([...phases].sort((a, b) => a - b));
  expect(orderActions(plan.actions)).toEqual(plan.actions);
  const destinations = new Map<string, string>();
  for (const action of plan.actions) {
    for (const value of actionPaths(action)) expect(path.isAbsolute(value)).toBe(true);
    if (action.op !== 'move') continue;
    // One path, one destination; no two sources into one destination.
    expect(destinations.get(action.from) ?? action.to).toBe(action.to);
    destinations.set(action.from, action.to);
  }
  expect(new Set(destinations.values()).size).toBe(destinations.size);
  for (const move of plan.moves) {
    expect(plan.actions.some((a) => a.op === 'move' && a.from === move.from && a.to === move.to)).toBe(true);
    // Phase 1 built its bridge (or found it built).
    if (!move.bridged) expect(plan.actions.some((a) => a.op === 'symlink' && a.path === move.to && a.target === move.from)).toBe(true);
  }
  // Every action belongs to at least one cause, and causes list actions in plan order.
  for (const action of plan.actions) expect(plan.causes.some((c) => c.actions.includes(action))).toBe(true);
  for (const cause of plan.causes) {
    const positions = cause.actions.map((a) => plan.actions.indexOf(a));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  }
}

describe('placement plan: examples/droplet-current', () => {
  const example = path.join(REPO_ROOT, 'examples/droplet-current');

  it('moves every folder where the seed placement table puts it, aliases renamed in the same move', async () => {
    const plan = await planOf(example);
    const rel = (abs: string) => path.relative(path.join(example, 'services'), abs);
    const moves = Object.fromEntries(plan.moves.map((m) => [rel(m.from), rel(m.to)]));
    // SERVICE_DIRECTORY_STRUCTURE.md, "Service Placement Rules" and the recommended layout.
    expect(moves).toEqual({
      traefik: 'core-infra/traefik',
      'docker/postgres': 'core-infra/postgres',
      valkey: 'core-infra/valkey',
      'memory-gateway': 'memory-orchestration/memory-gateway',
      'planner-api': 'memory-orchestration/planner-api',
      'archon/archon-server': 'memory-orchestration/archon-server',
      'archon/archon-mcp': 'memory-orchestration/archon-mcp',
      'archon/archon-ui': 'memory-orchestration/archon-ui',
      n8n: 'automation/n8n',
      'apps/openweb': 'interfaces/open-webui',
      'apps/uptime-kuma': 'interfaces/uptime-kuma',
      'apps/dozzle': 'monitoring/dozzle',
      'mcp-servers/coda-mcp': 'integrations/coda-mcp',
      'apps/litellm': 'integrations/litellm',
      'docker/nginx': 'archive/nginx',
      'docker/qdrant': 'memory-orchestration/qdrant',
    });
    expectConsistent(plan);
  });

  it('empties the catch-all and technology folders, retires the stray copy, splits the mixed stack', async () => {
    const plan = await planOf(example);
    const rel = (abs: string) => path.relative(path.join(example, 'services'), abs);
    expect(plan.actions.filter((a) => a.op === 'delete-empty').map((a) => rel((a as { path: string }).path))).toEqual([
      'apps',
      'archon',
      'docker',
      'mcp-servers',
    ]);
    expect(plan.folders.find((f) => rel(f.dir) === 'postgres')).toMatchObject({ fate: 'retire', keep: path.join(example, 'services/docker/postgres') });
    expect(plan.stackSplits.map((s) => [rel(s.file), s.services.map((x) => `${x.name}->${rel(x.to)}`)])).toEqual([
      ['docker/docker-compose.yml', ['postgres->core-infra', 'qdrant->memory-orchestration']],
    ]);
    // archon/'s stack follows its services (memory-orchestration/ has none yet), keeping its project name.
    expect(plan.actions).toContainEqual(
      expect.objectContaining({
        op: 'move',
        from: path.join(example, 'services/archon/docker-compose.yml'),
        to: path.join(example, 'services/memory-orchestration/docker-compose.yml'),
      }),
    );
    expect(plan.actions).toContainEqual(
      expect.objectContaining({
        op: 'edit',
        file: path.join(example, 'services/archon/docker-compose.yml'),
        line: 3,
        old: 'services:',
        new: 'name: archon\nservices:',
      }),
    );
  });

  it('keeps the Compose project name of a renamed folder (openweb -> open-webui)', async () => {
    const plan = await planOf(example);
    const edit = plan.actions.find((a) => a.op === 'edit' && a.file.endsWith('openweb/docker-compose.yml'));
    expect(edit).toMatchObject({ phase: 2, line: 1, old: 'services:', new: 'name: openweb\nservices:' });
    // Folders that keep their name need no edit.
    expect(plan.actions.some((a) => a.op === 'edit' && a.file.endsWith('dozzle/docker-compose.yml'))).toBe(false);
  });

  it('groups steps into causes: a group folder and its moves, a split system with its members', async () => {
    const plan = await planOf(example);
    const rel = (abs: string) => path.relative(path.join(example, 'services'), abs);
    const causes = Object.fromEntries(plan.causes.map((c) => [c.kind === 'group' || c.kind === 'folder' ? rel(c.path) : c.key, c.folders.map(rel).sort()]));
    expect(causes).toEqual({
      apps: ['apps/dozzle', 'apps/litellm', 'apps/openweb', 'apps/uptime-kuma'],
      // planner-memory is split between archon/ and the root: one cause with archon/.
      archon: ['archon/archon-mcp', 'archon/archon-server', 'archon/archon-ui', 'memory-gateway', 'planner-api'],
      docker: ['docker/nginx', 'docker/postgres', 'docker/qdrant'],
      'mcp-servers': ['mcp-servers/coda-mcp'],
      n8n: ['n8n'],
      postgres: ['postgres'],
      traefik: ['traefik'],
      valkey: ['valkey'],
    });
  });

  it('plans nothing for a tree that follows the layout (examples/droplet-recommended)', async () => {
    const plan = await planOf(path.join(REPO_ROOT, 'examples/droplet-recommended'));
    expect(plan.actions).toEqual([]);
    expect(plan.folders.every((f) => f.fate === 'stay')).toBe(true);
  });
});

describe('placement plan: small trees', () => {
  it('Phase 1 done: the bridge is replaced by the move, no new bridge', async () => {
    const { plan, rel } = await planTree({
      services: {
        traefik: { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }) },
        'core-infra': { traefik: { symlink: '../traefik' } },
      },
    });
    expect(plan.moves.map((m) => [rel(m.from), rel(m.to), m.bridged])).toEqual([['services/traefik', 'services/core-infra/traefik', true]]);
    expect(plan.actions.map((a) => a.op)).toEqual(['move']);
    expect(plan.actions[0]).toMatchObject({ phase: 4, replacesBridge: true });
    // The link and the real folder are one cause.
    expect(plan.causes).toHaveLength(1);
    expect(plan.causes[0]!.folders.map(rel).sort()).toEqual(['services/core-infra/traefik', 'services/traefik']);
    expectConsistent(plan);
  });

  it('renames a kebab-case offender in place and an alias inside its own capability', async () => {
    const { plan, rel } = await planTree({
      services: {
        interfaces: {
          'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8' }),
          openweb: { 'README.md': 'x' },
          MyTool: { 'docker-compose.yml': compose({ mytool: 'example/tool:1' }) },
        },
      },
    });
    expect(plan.moves.map((m) => [rel(m.from), rel(m.to), m.kind])).toEqual([
      ['services/interfaces/MyTool', 'services/interfaces/my-tool', 'rename'],
      ['services/interfaces/openweb', 'services/interfaces/open-webui', 'rename'],
    ]);
    expectConsistent(plan);
  });

  it('lifts a nested service out of the folder holding it, before that folder moves', async () => {
    const { plan, rel } = await planTree({
      services: {
        n8n: {
          'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }),
          worker: { 'docker-compose.yml': compose({ worker: 'example/worker:1' }) },
        },
      },
    });
    expect(plan.moves.map((m) => [rel(m.from), rel(m.to), m.kind])).toEqual([
      ['services/n8n/worker', 'services/automation/worker', 'flatten'],
      ['services/n8n', 'services/automation/n8n', 'place'],
    ]);
    // One cause: the nested service leaves with its holder's move.
    expect(plan.causes).toHaveLength(1);
    expectConsistent(plan);
  });

  it('leaves a service no rule places to the user, with the reason', async () => {
    const { plan, rel } = await planTree({ services: { misc: { mystery: { 'docker-compose.yml': compose({ mystery: 'example/mystery:1' }) } } } });
    expect(plan.moves).toEqual([]);
    const manual = plan.actions.find((a) => a.op === 'manual');
    expect(manual && rel((manual as { path: string }).path)).toBe('services/misc/mystery');
    expect(manual).toMatchObject({
      reason: expect.stringMatching(/cannot choose its capability/),
      steps: [expect.stringMatching(/svclint place mystery/), expect.any(String)],
    });
    expectConsistent(plan);
  });

  it('does not pin a project name that COMPOSE_PROJECT_NAME or name: already sets', async () => {
    const { plan } = await planTree({
      services: {
        apps: {
          openweb: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8' }), '.env': 'COMPOSE_PROJECT_NAME=chat\n' },
          MyTool: { 'docker-compose.yml': compose({ 'uptime-kuma': 'louislam/uptime-kuma:1.23.16' }, { name: 'tools' }) },
        },
      },
    });
    expect(plan.actions.filter((a) => a.op === 'edit')).toEqual([]);
    expect(plan.moves).toHaveLength(2);
  });

  it('inserts name: below a first-line directive and above version:, and refuses flow mappings', async () => {
    const { plan, rel } = await planTree({
      services: {
        apps: {
          openweb: {
            'docker-compose.yml':
              '# svclint-disable unpinned-image -- pinned by renovate\nversion: "3.8"\r\nservices:\r\n  open-webui: { image: ghcr.io/open-webui/open-webui }\r\n',
          },
          Uptime_Kuma: { 'docker-compose.yml': '{services: {uptime-kuma: {image: "louislam/uptime-kuma:1.23.16"}}}\n' },
        },
      },
    });
    const edit = plan.actions.find((a) => a.op === 'edit');
    expect(edit).toMatchObject({ line: 2, old: 'version: "3.8"', new: 'name: openweb\nversion: "3.8"' });
    const manual = plan.actions.find((a) => a.op === 'manual');
    expect(manual).toMatchObject({ phase: 2, reason: expect.stringMatching(/flow mapping/) });
    expect(rel((manual as { path: string }).path)).toBe('services/apps/Uptime_Kuma/docker-compose.yml');
  });

  it('retires the second copy of a service and keeps the one already in place', async () => {
    const { plan, rel } = await planTree({
      services: {
        'core-infra': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }), traefik: { 'traefik.yml': 'x: 1\n' } },
        traefik: { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }) },
      },
    });
    expect(plan.moves).toEqual([]);
    expect(plan.folders.filter((f) => f.fate !== 'stay').map((f) => [rel(f.dir), f.fate, f.keep && rel(f.keep)])).toEqual([
      ['services/traefik', 'retire', 'services/core-infra/traefik'],
    ]);
    expectConsistent(plan);
  });

  it("edits relative paths that cross a move, written for the stack's new folder; unsafe lines are manual", async () => {
    const { plan, rel } = await planTree({
      services: {
        shared: { 'ca.pem': 'x' },
        n8n: {
          'docker-compose.yml': [
            'services:',
            '  n8n:',
            '    image: n8nio/n8n:1.70.3',
            '    env_file: ../shared/n8n.env',
            '    volumes:',
            '      - ../shared/ca.pem:/ca.pem:ro',
            '      - ./data:/home/node/.n8n',
            '      - ../shared:/shared:ro # ../shared again',
            '',
          ].join('\n'),
          data: {},
        },
        'core-infra': { 'docker-compose.yml': compose({ traefik: { image: 'traefik:v3.0', volumes: ['../n8n/data:/n8n-data:ro'] } }) },
      },
    });
    const edits = plan.actions.filter((a) => a.op === 'edit').map((a) => (a.op === 'edit' ? [rel(a.file), a.line, a.new.trim()] : []));
    expect(edits).toEqual([
      // Another stack reaching into the moving folder: still right through the move.
      ['services/core-infra/docker-compose.yml', 5, '- ../automation/n8n/data:/n8n-data:ro'],
      ['services/n8n/docker-compose.yml', 6, '- ../../shared/ca.pem:/ca.pem:ro'],
      ['services/n8n/docker-compose.yml', 4, 'env_file: ../../shared/n8n.env'],
    ]);
    const manual = plan.actions.find((a) => a.op === 'manual');
    expect(manual).toMatchObject({
      phase: 2,
      steps: [expect.stringMatching(/Change '\.\.\/shared' to '\.\.\/\.\.\/shared' in 'n8n\/docker-compose\.yml' \(line 8\)/)],
    });
    // ./data moves with the folder: no edit. Every edit belongs to the n8n move's cause.
    expect(plan.causes).toHaveLength(1);
    expectConsistent(plan);
  });
});
