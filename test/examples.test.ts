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

describe('examples/droplet-current', () => {
  it('reports every placement problem of the seed, each with the path it should move to', () => {
    const { status, findings, root } = lintJson(['examples/droplet-current', '--only', 'structure']);
    expect(status).toBe(1);
    expect(root).toBe('examples/droplet-current/services');
    expect(findings.map(brief('examples/droplet-current/'))).toEqual([
      'stale-doc-path docs/system/architecture/SERVICE_INVENTORY.md:20:15',
      'no-catch-all-dir services/apps',
      'misplaced-service services/apps/dozzle',
      'misplaced-service services/apps/litellm',
      'misplaced-service services/apps/openweb',
      'non-canonical-name services/apps/openweb',
      'misplaced-service services/apps/uptime-kuma',
      'undeclared-capability services/archon',
      'misplaced-service services/archon/archon-mcp',
      'split-system services/archon/archon-mcp',
      'misplaced-service services/archon/archon-server',
      'misplaced-service services/archon/archon-ui',
      'no-technology-dir services/docker',
      'legacy-service services/docker/nginx',
      'legacy-service services/docker/nginx/docker-compose.yml:20:3',
      'misplaced-service services/docker/postgres',
      'misplaced-service services/docker/qdrant',
      'undeclared-capability services/mcp-servers',
      'misplaced-service services/mcp-servers/coda-mcp',
      'service-outside-capability services/memory-gateway',
      'service-outside-capability services/n8n',
      'service-outside-capability services/planner-api',
      'duplicate-service services/postgres',
      'service-outside-capability services/postgres',
      'service-outside-capability services/traefik',
      'service-outside-capability services/valkey',
    ]);
    // The seed's placement table, as expected paths in the messages.
    const expected: Record<string, string> = {
      'services/apps/openweb': 'services/interfaces/open-webui/',
      'services/apps/uptime-kuma': 'services/interfaces/uptime-kuma/',
      'services/apps/dozzle': 'services/monitoring/dozzle/',
      'services/apps/litellm': 'services/integrations/litellm/',
      'services/archon/archon-server': 'services/memory-orchestration/archon-server/',
      'services/mcp-servers/coda-mcp': 'services/integrations/coda-mcp/',
      'services/docker/postgres': 'services/core-infra/postgres/',
      'services/n8n': 'services/automation/n8n/',
      'services/traefik': 'services/core-infra/traefik/',
      'services/valkey': 'services/core-infra/valkey/',
      'services/memory-gateway': 'services/memory-orchestration/memory-gateway/',
      'services/planner-api': 'services/memory-orchestration/planner-api/',
    };
    for (const [from, to] of Object.entries(expected)) {
      const finding = findings.find((f) => f.path === `examples/droplet-current/${from}` && /misplaced-service|service-outside-capability/.test(f.rule));
      expect(finding, from).toBeDefined();
      expect(finding!.fix).toContain(`to 'examples/droplet-current/${to}'`);
    }
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.fix).toBeTruthy();
    }
  });

  it('with every rule group: the database and compose problems at file:line:column', () => {
    const { findings, summary } = lintJson(['examples/droplet-current']);
    const lines = findings.map(brief('examples/droplet-current/'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'single-postgres services/docker/docker-compose.yml:4:3',
        'single-postgres services/postgres/docker-compose.yml:4:12',
        'postgres-superuser services/n8n/docker-compose.yml:13:28',
        'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:2:1',
        'initdb-public-connect services/docker/postgres/init-scripts/01-create-databases.sql:5:1',
        'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:8:37',
        'initdb-env-placeholder services/docker/postgres/init-scripts/01-create-databases.sql:10:43',
        'single-cache services/valkey/docker-compose.yml:2:3',
        'unused-allocation svclint.config.yaml:13:7',
        'duplicate-container-name services/postgres/docker-compose.yml:5:21',
        'duplicate-host-port services/traefik/docker-compose.yml:7:9',
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
