// End-to-end on the two example trees, through the built CLI: the seed's droplet as it is today
// (every placement problem the seed lists, each with the path it should move to) and the seed's
// recommended layout (clean, exit 0).
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, runCli, type JsonFinding } from './helpers/cli';
import { makeTree } from './helpers/tree';

function lintJson(args: string[]): { status: number; findings: JsonFinding[]; summary: Record<string, number>; root: string } {
  const run = runCli([...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  const out = JSON.parse(run.stdout);
  return { status: run.status, findings: out.findings, summary: out.summary, root: out.root };
}

const brief = (prefix: string) => (f: JsonFinding) => `${f.rule} ${f.path.replace(prefix, '')}${f.line ? `:${f.line}:${f.column}` : ''}`;

/** Every finding examples/droplet-current gave before causes were merged (svclint at 3b55193, 46 findings). */
const CAUSES_BEFORE_MERGING = [
  'stale-doc-path docs/system/architecture/SERVICE_INVENTORY.md:20:15',
  'no-catch-all-dir services/apps',
  'misplaced-service services/apps/dozzle',
  'misplaced-service services/apps/litellm',
  'misplaced-service services/apps/openweb',
  'non-canonical-name services/apps/openweb',
  'misplaced-service services/apps/uptime-kuma',
  'obsolete-version services/apps/uptime-kuma/docker-compose.yml:1:1',
  'undeclared-capability services/archon',
  'misplaced-service services/archon/archon-mcp',
  'split-system services/archon/archon-mcp',
  'misplaced-service services/archon/archon-server',
  'misplaced-service services/archon/archon-ui',
  'no-technology-dir services/docker',
  'obsolete-version services/docker/docker-compose.yml:1:1',
  'single-postgres services/docker/docker-compose.yml:4:3',
  'unpinned-image services/docker/docker-compose.yml:18:12',
  'legacy-service services/docker/nginx',
  'obsolete-version services/docker/nginx/docker-compose.yml:1:1',
  'legacy-service services/docker/nginx/docker-compose.yml:20:3',
  'misplaced-service services/docker/postgres',
  'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:2:1',
  'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:3:1',
  'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:4:1',
  'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:5:1',
  'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:8:37',
  'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:9:37',
  'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:10:43',
  'misplaced-service services/docker/qdrant',
  'undeclared-capability services/mcp-servers',
  'misplaced-service services/mcp-servers/coda-mcp',
  'service-outside-capability services/memory-gateway',
  'service-outside-capability services/n8n',
  'obsolete-version services/n8n/docker-compose.yml:1:1',
  'postgres-superuser services/n8n/docker-compose.yml:13:28',
  'service-outside-capability services/planner-api',
  'duplicate-service services/postgres',
  'service-outside-capability services/postgres',
  'single-postgres services/postgres/docker-compose.yml:4:12',
  'duplicate-container-name services/postgres/docker-compose.yml:5:21',
  'service-outside-capability services/traefik',
  'duplicate-host-port services/traefik/docker-compose.yml:7:9',
  'service-outside-capability services/valkey',
  'single-cache services/valkey/docker-compose.yml:2:3',
  'unused-allocation svclint.config.yaml:13:7',
  'memory-budget svclint.config.yaml:14:11',
];

type Place = { path: string; line: number | null; column: number | null };
const place = (prefix: string) => (p: Place) => `${p.path.replace(prefix, '')}${p.line ? `:${p.line}:${p.column}` : ''}`;

describe('examples/droplet-current', () => {
  const prefix = 'examples/droplet-current/';

  it('one cause, one finding: at most 25 findings, and every cause reported before is still reported', () => {
    const { status, findings, summary } = lintJson(['examples/droplet-current']);
    expect(status).toBe(1);
    expect(findings.length).toBeLessThanOrEqual(25);
    expect(summary.errors! + summary.warnings!).toBe(findings.length);
    // A cause is still reported when a finding of its rule (primary or merged in `also`) names its place (own or related).
    const missing = CAUSES_BEFORE_MERGING.filter((cause) => {
      const [rule, where] = cause.split(' ');
      return !findings.some((f) => (f.rule === rule || (f.also ?? []).includes(rule!)) && [f, ...(f.related ?? [])].map(place(prefix)).includes(where!));
    });
    expect(missing).toEqual([]);
    // Merged findings: the catch-all carries its four moves, the stray Postgres its four rules.
    const apps = findings.find((f) => f.path === `${prefix}services/apps`)!;
    expect(apps).toMatchObject({ rule: 'no-catch-all-dir', also: ['misplaced-service', 'non-canonical-name'] });
    const stray = findings.filter((f) => [f, ...(f.related ?? [])].some((p) => p.path.startsWith(`${prefix}services/postgres`)));
    expect(stray.map((f) => [f.rule, ...(f.also ?? []).sort()])).toEqual([
      ['single-postgres', 'duplicate-container-name', 'duplicate-service', 'service-outside-capability'],
    ]);
    const valkey = findings.filter((f) => [f, ...(f.related ?? [])].some((p) => p.path.startsWith(`${prefix}services/valkey`)));
    expect(valkey.map((f) => [f.rule, f.severity, ...(f.also ?? [])])).toEqual([['single-cache', 'error', 'service-outside-capability']]);
  });

  it("no two findings' actions move one path to different targets, and the moves are the seed's placement table", () => {
    const { findings } = lintJson(['examples/droplet-current']);
    const destinations = new Map<string, string>();
    for (const finding of findings) {
      for (const action of finding.actions ?? []) {
        if (action.op !== 'move') continue;
        expect(destinations.get(action.from) ?? action.to, `${action.from} (${finding.rule})`).toBe(action.to);
        destinations.set(action.from, action.to);
      }
    }
    // SERVICE_DIRECTORY_STRUCTURE.md, "Service Placement Rules".
    const table: Record<string, string> = {
      'services/apps/openweb': 'services/interfaces/open-webui',
      'services/apps/uptime-kuma': 'services/interfaces/uptime-kuma',
      'services/apps/dozzle': 'services/monitoring/dozzle',
      'services/apps/litellm': 'services/integrations/litellm',
      'services/archon/archon-server': 'services/memory-orchestration/archon-server',
      'services/archon/archon-mcp': 'services/memory-orchestration/archon-mcp',
      'services/archon/archon-ui': 'services/memory-orchestration/archon-ui',
      'services/mcp-servers/coda-mcp': 'services/integrations/coda-mcp',
      'services/docker/postgres': 'services/core-infra/postgres',
      'services/n8n': 'services/automation/n8n',
      'services/traefik': 'services/core-infra/traefik',
      'services/valkey': 'services/core-infra/valkey',
      'services/memory-gateway': 'services/memory-orchestration/memory-gateway',
      'services/planner-api': 'services/memory-orchestration/planner-api',
    };
    for (const [from, to] of Object.entries(table)) expect(destinations.get(`${prefix}${from}`), from).toBe(`${prefix}${to}`);
    // Every finding says what to do; structure fixes name the plan's targets.
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.fix).toBeTruthy();
    }
    expect(findings.find((f) => f.path === `${prefix}services/n8n`)!.fix).toContain(`to '${prefix}services/automation/n8n/'`);
  });

  it('two-sided findings sit at the side to change: the legacy proxy, the stray Postgres', () => {
    const { findings } = lintJson(['examples/droplet-current']);
    const all = findings.flatMap((f) => [{ ...f }, ...(f.related ?? []).map((r) => ({ rule: '', ...r }))]);
    // The port clash is the legacy nginx-proxy's (archived by the plan), not traefik's.
    const port = all.find((p) => p.message.includes('duplicate-host-port:'))!;
    expect(place(prefix)(port)).toBe('services/docker/nginx/docker-compose.yml:9:9');
    expect(port.message).toMatch(/Host port 80\/tcp of service 'nginx-proxy'/);
    const container = all.find((p) => p.message.includes('duplicate-container-name:'))!;
    expect(place(prefix)(container)).toBe('services/postgres/docker-compose.yml:5:21');
  });

  it('with --only structure: the placement findings, merged by cause', () => {
    const { findings } = lintJson(['examples/droplet-current', '--only', 'structure']);
    expect(findings.map((f) => `${brief(prefix)(f)}${f.also ? ` +${f.also.join(',')}` : ''}`)).toEqual([
      'stale-doc-path docs/system/architecture/SERVICE_INVENTORY.md:20:15',
      'no-catch-all-dir services/apps +misplaced-service,non-canonical-name',
      'split-system services/archon/archon-mcp +undeclared-capability,misplaced-service,service-outside-capability',
      'no-technology-dir services/docker +legacy-service,misplaced-service',
      'undeclared-capability services/mcp-servers +misplaced-service',
      'service-outside-capability services/n8n',
      'duplicate-service services/postgres +service-outside-capability',
      'service-outside-capability services/traefik',
      'service-outside-capability services/valkey',
    ]);
  });

  it('with every rule group: the database and compose problems at file:line:column', () => {
    const { findings, summary } = lintJson(['examples/droplet-current']);
    const lines = findings.map(brief(prefix));
    expect(lines).toEqual(
      expect.arrayContaining([
        'single-postgres services/postgres/docker-compose.yml:4:12',
        'postgres-superuser services/n8n/docker-compose.yml:13:28',
        'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:2:1',
        'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:5:1',
        'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:8:37',
        'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:10:43',
        'single-cache services/valkey/docker-compose.yml:2:3',
        'unused-allocation svclint.config.yaml:13:7',
        'unpinned-image services/docker/docker-compose.yml:18:12',
        'obsolete-version services/n8n/docker-compose.yml:1:1',
        'memory-budget svclint.config.yaml:14:11',
      ]),
    );
    expect(lines.filter((l) => l.startsWith('obsolete-version'))).toHaveLength(4);
    expect(summary.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    const publicConnect = findings.find((f) => f.rule === 'initdb-public-connect')!;
    expect(publicConnect.fix).toBe('Add after it: REVOKE ALL ON DATABASE n8n FROM PUBLIC;');
    const superuser = findings.find((f) => f.rule === 'postgres-superuser')!;
    expect(superuser.fix).toMatch(/n8n_user/);
  });

  it('stylish output is grouped by file with the summary line', () => {
    const run = runCli(['examples/droplet-current']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^examples\/droplet-current\/services\/apps$/m);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
  });
});

describe('bad input', () => {
  it('malformed YAML is reported at its line and column while the rest of the tree is still linted', () => {
    const dir = makeTree({});
    cpSync(path.join(REPO_ROOT, 'examples/droplet-recommended'), dir, { recursive: true });
    const broken = path.join(dir, 'services/monitoring/docker-compose.yml');
    writeFileSync(broken, 'services:\n  dozzle:\n    image: amir20/dozzle:v8.8.2\n    ports: [8080:8080\n');
    mkdirSync(path.join(dir, 'services/misc/thing'), { recursive: true });
    const run = runCli(['--format', 'json'], dir);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { findings: JsonFinding[] };
    const parse = out.findings.filter((f) => f.rule === 'compose-parse');
    expect(parse).toHaveLength(1);
    expect(parse[0]).toMatchObject({ path: 'services/monitoring/docker-compose.yml', line: expect.any(Number), column: expect.any(Number) });
    expect(parse[0]!.line).toBeGreaterThanOrEqual(4);
    expect(out.findings.map((f) => `${f.rule} ${f.path}`)).toContain('no-catch-all-dir services/misc');
  });
});

describe('examples/droplet-recommended', () => {
  it('lints clean with exit 0', () => {
    const run = runCli(['examples/droplet-recommended']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { summary } = lintJson(['examples/droplet-recommended']);
    expect(summary.errors).toBe(0);
    expect(summary.warnings).toBe(0);
    expect(summary.services).toBeGreaterThanOrEqual(15);
    expect(summary.stacks).toBeGreaterThanOrEqual(6);
  });

  it('the same tree is linted from the repo, its services/ folder, or with the config passed', () => {
    const a = lintJson(['examples/droplet-recommended']);
    const b = lintJson(['examples/droplet-recommended/services']);
    expect(b.root).toBe(a.root);
    expect(b.summary).toEqual(a.summary);
  });
});
