// The migration's steps on top of the placement plan (src/plan/migration.ts and friends): Phase 2
// path rewrites in stacks that reference a moving folder, Phase 5 document edits, stack splits
// (automated when safe, else manual with the reason), Phase 3 checks.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/engine/lint';
import { buildHostModel } from '../../src/model/host';
import { buildPlacementPlan, type PlacementPlan, type PlanAction } from '../../src/plan';
import { makeTree, type TreeSpec } from '../helpers/tree';

async function planOf(spec: TreeSpec): Promise<{ dir: string; plan: PlacementPlan; rel: (p: string) => string }> {
  const dir = makeTree(spec);
  const target = resolveTarget('.', dir, null);
  const model = await buildHostModel(target.root, target.policy, dir);
  const plan = buildPlacementPlan(model);
  return { dir, plan, rel: (p: string) => path.relative(dir, p) };
}

const edits = (plan: PlacementPlan, rel: (p: string) => string) =>
  plan.actions
    .filter((a): a is Extract<PlanAction, { op: 'edit' }> => a.op === 'edit')
    .map((a) => ({ phase: a.phase, file: rel(a.file), line: a.line, old: a.old, new: a.new, whole: a.whole }));

const CONFIG = 'extends: recommended\nroot: services\ndocs:\n  - docs/**/*.md\n';

describe('Phase 2: paths that point into a moving folder are rewritten', () => {
  it('bind mounts, env_file, include and extends, from stacks that move and stacks that stay', async () => {
    const { plan, rel } = await planOf({
      'svclint.config.yaml': CONFIG,
      services: {
        'shared.env': 'TZ=UTC\n',
        traefik: {
          'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.1\n    volumes:\n      - ./traefik.yml:/etc/traefik/traefik.yml:ro\n',
          'traefik.yml': 'entryPoints: {}\n',
          certs: { 'a.pem': 'x' },
        },
        n8n: {
          'docker-compose.yml': [
            'services:',
            '  n8n:',
            '    image: n8nio/n8n:1.70.3',
            '    env_file: ../shared.env',
            '    volumes:',
            "      - '../traefik/certs:/certs:ro'",
            '      - ./data:/home/node/.n8n',
            '',
          ].join('\n'),
          'common.yml': 'services:\n  base:\n    restart: unless-stopped\n',
        },
        monitoring: {
          'docker-compose.yml': [
            'include:',
            '  - ../traefik/docker-compose.yml',
            'services:',
            '  dozzle:',
            '    image: amir20/dozzle:v8.8.2',
            '    extends: { file: ../n8n/common.yml, service: base }',
            '',
          ].join('\n'),
          dozzle: { 'README.md': 'logs\n' },
        },
      },
    });
    const got = edits(plan, rel)
      .filter((e) => e.phase === 2)
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    expect(got).toEqual([
      {
        phase: 2,
        file: 'services/monitoring/docker-compose.yml',
        line: 2,
        old: '  - ../traefik/docker-compose.yml',
        new: '  - ../core-infra/traefik/docker-compose.yml',
        whole: undefined,
      },
      {
        phase: 2,
        file: 'services/monitoring/docker-compose.yml',
        line: 6,
        old: '    extends: { file: ../n8n/common.yml, service: base }',
        new: '    extends: { file: ../automation/n8n/common.yml, service: base }',
        whole: undefined,
      },
      {
        phase: 2,
        file: 'services/n8n/docker-compose.yml',
        line: 4,
        old: '    env_file: ../shared.env',
        new: '    env_file: ../../shared.env',
        whole: undefined,
      },
      {
        phase: 2,
        file: 'services/n8n/docker-compose.yml',
        line: 6,
        old: "      - '../traefik/certs:/certs:ro'",
        new: "      - '../../core-infra/traefik/certs:/certs:ro'",
        whole: undefined,
      },
    ]);
    // Paths inside a folder that moves as a whole stay as they are.
    expect(got.some((e) => e.old.includes('./traefik.yml') || e.old.includes('./data'))).toBe(false);
    // Each rewrite belongs to a cause, so lint shows it with that finding.
    expect(plan.causes.some((c) => c.actions.some((a) => a.op === 'edit' && a.new.includes('core-infra/traefik/certs')))).toBe(true);
  });

  it('a symlink that would point at the wrong place is a manual step with the command', async () => {
    const { plan, rel } = await planOf({
      'svclint.config.yaml': CONFIG,
      services: {
        shared: { 'ca.pem': 'x' },
        n8n: { 'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n', ca: { symlink: '../shared' }, cur: { symlink: 'data' }, data: {} },
      },
    });
    const manual = plan.actions
      .filter((a) => a.op === 'manual' && a.phase === 4)
      .map((a) => ({ path: rel((a as { path: string }).path), steps: (a as { steps: string[] }).steps }));
    expect(manual.map((m) => m.path)).toEqual(['services/automation/n8n/ca']);
    expect(manual[0]!.steps[0]).toMatch(/^ln -sfn '\.\.\/\.\.\/shared' '.*\/services\/automation\/n8n\/ca'$/);
  });
});

describe('Phase 5: documents', () => {
  it('rewrites every mention of a moving path in the docs globs, one edit per line, CRLF kept by the executor', async () => {
    const { plan, rel } = await planOf({
      'svclint.config.yaml': CONFIG,
      docs: {
        'INVENTORY.md':
          '# Services\n- n8n lives in `services/n8n/` (was ~/services/n8n)\n- traefik: /home/david/services/traefik/traefik.yml and services/apps/\n- unrelated: services/core-infra/\n',
      },
      services: {
        n8n: { 'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n' },
        traefik: { 'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.1\n' },
      },
    });
    expect(edits(plan, rel).filter((e) => e.phase === 5)).toEqual([
      {
        phase: 5,
        file: 'docs/INVENTORY.md',
        line: 2,
        old: '- n8n lives in `services/n8n/` (was ~/services/n8n)',
        new: '- n8n lives in `services/automation/n8n/` (was ~/services/automation/n8n)',
        whole: undefined,
      },
      {
        phase: 5,
        file: 'docs/INVENTORY.md',
        line: 3,
        old: '- traefik: /home/david/services/traefik/traefik.yml and services/apps/',
        new: '- traefik: /home/david/services/core-infra/traefik/traefik.yml and services/apps/',
        whole: undefined,
      },
    ]);
  });
});

const SHARED: TreeSpec = {
  'svclint.config.yaml': CONFIG,
  services: {
    docker: {
      'docker-compose.yml': [
        'services:',
        '  postgres:',
        '    image: postgres:16-alpine',
        '    container_name: postgres',
        '    volumes:',
        '      - pgdata:/var/lib/postgresql/data',
        '      - ./postgres/init:/docker-entrypoint-initdb.d:ro',
        '    networks: [edge]',
        '  qdrant:',
        '    image: qdrant/qdrant:v1.12.4',
        '    volumes:',
        '      - qdrant_storage:/qdrant/storage',
        '    networks: [edge]',
        'volumes:',
        '  pgdata:',
        '  qdrant_storage:',
        '    name: vectors',
        'networks:',
        '  edge:',
        '    external: true',
        '',
      ].join('\n'),
      postgres: { init: { '01.sql': 'SELECT 1;\n' } },
      qdrant: { 'production.yaml': 'log_level: INFO\n' },
    },
  },
};

describe('stack splits', () => {
  it('a safe split: each service gets a stack in its folder, volumes keep their Docker names, the old file goes, the project change is said', async () => {
    const { plan, rel } = await planOf(SHARED);
    const created = edits(plan, rel).filter((e) => e.whole === 'create');
    expect(created.map((e) => e.file)).toEqual(['services/docker/postgres/docker-compose.yml', 'services/docker/qdrant/docker-compose.yml']);
    expect(created[0]!.new).toBe(
      [
        '# Split out of services/docker/docker-compose.yml by svclint migrate.',
        'services:',
        '  postgres:',
        '    image: postgres:16-alpine',
        '    container_name: postgres',
        '    volumes:',
        '      - pgdata:/var/lib/postgresql/data',
        '      - ./init:/docker-entrypoint-initdb.d:ro',
        '    networks: [edge]',
        'volumes:',
        '  pgdata:',
        '    name: docker_pgdata',
        'networks:',
        '  edge:',
        '    external: true',
      ].join('\n'),
    );
    expect(created[1]!.new).toContain('  qdrant_storage:\n    name: vectors');
    expect(
      edits(plan, rel)
        .filter((e) => e.whole === 'remove')
        .map((e) => [e.phase, e.file]),
    ).toEqual([[4, 'services/docker/docker-compose.yml']]);
    const notes = plan.actions.filter((a) => a.op === 'manual').map((a) => a as { reason: string; steps: string[] });
    expect(notes.map((n) => n.steps[0])).toEqual(['docker compose -p docker rm --stop --force postgres', 'docker compose -p docker rm --stop --force qdrant']);
    expect(notes[0]!.reason).toMatch(/now runs in Compose project 'postgres' instead of 'docker'/);
    // The emptied folder is removed last.
    expect(plan.actions.at(-1)).toMatchObject({ op: 'delete-empty', phase: 4 });
  });

  it.each([
    ['shared anchors', (t: string) => t.replace('  postgres:\n', '  postgres: &base\n'), /anchors, aliases or merge keys/],
    ['an x- fragment', (t: string) => `x-common: { restart: always }\n${t}`, /`x-` fragments/],
    [
      'depends_on a neighbour',
      (t: string) => t.replace('    container_name: postgres\n', '    container_name: postgres\n    depends_on: [qdrant]\n'),
      /'postgres' depends on 'qdrant' in the same file/,
    ],
    ['the default network', (t: string) => t.replace('    networks: [edge]\n  qdrant:', '  qdrant:'), /'postgres' is on the project's default network/],
    ['a project network', (t: string) => t.replace('    external: true\n', '    driver: bridge\n'), /the network 'edge' belongs to the project/],
    ['a shared volume', (t: string) => t.replace('      - qdrant_storage:/qdrant/storage', '      - pgdata:/qdrant/storage'), /the volume 'pgdata' is shared/],
  ])('is manual, with the reason, when it would lose something: %s', async (_name, change, why) => {
    const spec = structuredClone(SHARED) as { services: { docker: Record<string, string> } } & TreeSpec;
    spec.services.docker['docker-compose.yml'] = change(spec.services.docker['docker-compose.yml']!);
    const { plan, rel } = await planOf(spec);
    expect(edits(plan, rel).some((e) => e.whole)).toBe(false);
    const manual = plan.actions.find((a) => a.op === 'manual' && a.phase === 2) as { reason: string; steps: string[] };
    expect(manual.reason).toMatch(why);
    expect(manual.steps.join('\n')).toMatch(/Move the definition of 'postgres' from docker\/docker-compose.yml into core-infra\/postgres\/docker-compose.yml/);
    // Never skipped silently: the folder that still holds the stack is not removed automatically either.
    expect(plan.actions.some((a) => a.op === 'delete-empty' && a.path.endsWith('services/docker'))).toBe(false);
    expect(plan.actions).toContainEqual(
      expect.objectContaining({ op: 'manual', steps: ['When the manual steps above have emptied it, remove it: rmdir docker'] }),
    );
  });

  it('the .env goes with the one service that reads variables; two readers make it manual', async () => {
    const spec = structuredClone(SHARED) as { services: { docker: Record<string, string> } } & TreeSpec;
    spec.services.docker['.env.example'] = 'PG_PASSWORD=\n';
    spec.services.docker['docker-compose.yml'] = spec.services.docker['docker-compose.yml']!.replace(
      '    container_name: postgres\n',
      '    container_name: postgres\n    environment: { POSTGRES_PASSWORD: "${PG_PASSWORD}" }\n',
    );
    const one = await planOf(spec);
    expect(one.plan.actions.filter((a) => a.op === 'move' && a.from.endsWith('.env.example')).map((a) => one.rel((a as { to: string }).to))).toEqual([
      'services/core-infra/postgres/.env.example',
    ]);
    spec.services.docker['docker-compose.yml'] = spec.services.docker['docker-compose.yml']!.replace(
      '    image: qdrant/qdrant:v1.12.4\n',
      '    image: qdrant/qdrant:v1.12.4\n    environment: { KEY: "${QKEY}" }\n',
    );
    const two = await planOf(spec);
    expect((two.plan.actions.find((a) => a.op === 'manual' && a.phase === 2) as { reason: string }).reason).toMatch(
      /'postgres' and 'qdrant' both read variables from its \.env/,
    );
  });
});

describe('a split where other services stay', () => {
  // uptime-kuma leaves monitoring/ for interfaces/; dozzle stays in the stack, and so
  // does its top-level `networks:` right after the leaving definition.
  const stack = (eol: string) =>
    [
      'services:',
      '  dozzle:',
      '    image: amir20/dozzle:v8.8.2',
      '    networks: [edge]',
      '  uptime-kuma:',
      '    image: louislam/uptime-kuma:1.23.16',
      '    networks: [edge]',
      'networks:',
      '  edge:',
      '    external: true',
      '',
    ].join(eol);

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])("deletes exactly the leaving definition's lines (%s)", async (_name, eol) => {
    const { plan, rel } = await planOf({
      'svclint.config.yaml': CONFIG,
      services: { monitoring: { 'docker-compose.yml': stack(eol), 'uptime-kuma': { 'README.md': 'status page\n' } } },
    });
    const removed = edits(plan, rel).filter((e) => e.phase === 4 && e.file === 'services/monitoring/docker-compose.yml' && e.new === '');
    expect(removed.map((e) => [e.line, e.old])).toEqual([
      [5, '  uptime-kuma:'],
      [6, '    image: louislam/uptime-kuma:1.23.16'],
      [7, '    networks: [edge]'],
    ]);
  });
});

describe('Phase 4: an active stack that reads from a folder going to archive/', () => {
  // The reader (dozzle) moves to monitoring/ either way; what it reads is in a second copy of
  // traefik (archived) or in a file at the top (it stays).
  const tree = (read: string, top: TreeSpec): TreeSpec => ({
    'svclint.config.yaml': CONFIG,
    services: {
      'core-infra': {
        'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.0\n',
        traefik: { 'traefik.yml': 'x: 1\n' },
        dozzle: { 'docker-compose.yml': `services:\n  dozzle:\n    image: amir20/dozzle:v8.8.2\n    volumes:\n      - ${read}:/t.yml:ro\n` },
      },
      ...top,
    },
  });
  const archiveReads = (plan: PlacementPlan) => plan.actions.filter((a) => a.op === 'manual' && /goes to archive\//.test(a.reason));

  it('is a manual step when the stray copy it reads is archived', async () => {
    const { plan, rel } = await planOf(
      tree('../../traefik/traefik.yml', { traefik: { 'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.0\n', 'traefik.yml': 'x: 2\n' } }),
    );
    expect(plan.actions.some((a) => a.op === 'move' && rel(a.to) === 'services/archive/traefik')).toBe(true);
    expect(archiveReads(plan).map((a) => [rel((a as { path: string }).path), a.reason])).toEqual([
      [
        'services/monitoring/dozzle/docker-compose.yml',
        "It reads '../../traefik/traefik.yml' (services.dozzle.volumes.0) from a folder that goes to archive/ (archived services must not be used).",
      ],
    ]);
  });

  it('is not asked for when nothing goes to archive/', async () => {
    const { plan, rel } = await planOf(tree('../../traefik.yml', { 'traefik.yml': 'x: 2\n' }));
    expect(plan.actions.filter((a) => a.op === 'move').map((a) => rel(a.to))).toEqual(['services/monitoring/dozzle']);
    expect(archiveReads(plan)).toEqual([]);
  });
});

describe('Phase 3 checks', () => {
  it('lists the final stack files and one URL per Traefik route', async () => {
    const { plan, rel } = await planOf({
      'svclint.config.yaml': CONFIG,
      services: {
        n8n: {
          'docker-compose.yml': [
            'services:',
            '  n8n:',
            '    image: n8nio/n8n:1.70.3',
            '    labels:',
            '      - traefik.http.routers.n8n.rule=Host(`n8n.example.com`)',
            '      - traefik.http.routers.n8n.entrypoints=websecure',
            '      - traefik.http.routers.api.rule=Host(`api.example.com`) && PathPrefix(`/v1`)',
            '',
          ].join('\n'),
        },
      },
    });
    expect(plan.checks!.stacks.map(rel)).toEqual(['services/automation/n8n/docker-compose.yml']);
    expect(plan.checks!.urls.map((u) => u.url)).toEqual(['http://api.example.com/v1', 'https://n8n.example.com']);
  });

  it('are worked out on first read, then read, copied and serialised like a plain property', async () => {
    const { plan } = await planOf({
      'svclint.config.yaml': CONFIG,
      services: {
        n8n: {
          'docker-compose.yml': 'services:\n  n8n:\n    image: n8nio/n8n:1.70.3\n    labels:\n      - traefik.http.routers.n8n.rule=Host(`n8n.example.com`)\n',
        },
      },
    });
    const first = plan.checks;
    expect(first).toBeDefined();
    expect(plan.checks).toBe(first); // kept, not built again
    expect({ ...plan }.checks).toBe(first);
    expect(Object.keys(plan).at(-1)).toBe('checks');
    const serialised = JSON.parse(JSON.stringify(plan)) as PlacementPlan;
    expect(serialised.checks).toEqual(first);
    expect(serialised.checks!.urls.map((u) => u.url)).toEqual(['http://n8n.example.com']);
  });
});
