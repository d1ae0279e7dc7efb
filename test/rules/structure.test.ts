// Valid and invalid trees for every Structure rule, with the exact findings expected.
import archivedServiceActive from '../../rules/structure/archived-service-active';
import brokenSymlink from '../../rules/structure/broken-symlink';
import buildContext from '../../rules/structure/build-context';
import duplicateService from '../../rules/structure/duplicate-service';
import legacyService from '../../rules/structure/legacy-service';
import migrationSymlink from '../../rules/structure/migration-symlink';
import misplacedService from '../../rules/structure/misplaced-service';
import missingStackFile from '../../rules/structure/missing-stack-file';
import noCatchAllDir from '../../rules/structure/no-catch-all-dir';
import noTechnologyDir from '../../rules/structure/no-technology-dir';
import nonCanonicalName from '../../rules/structure/non-canonical-name';
import serviceOutsideCapability from '../../rules/structure/service-outside-capability';
import splitSystem from '../../rules/structure/split-system';
import staleDocPath from '../../rules/structure/stale-doc-path';
import tooDeep from '../../rules/structure/too-deep';
import undeclaredCapability from '../../rules/structure/undeclared-capability';
import unreadablePath from '../../rules/meta/unreadable-path';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules';
import { resolveTarget, runRules, toFinding } from '../../src/engine/lint';
import { buildHostModel } from '../../src/model/host';
import { stringify } from 'yaml';
import { ruleTester } from '../helpers/rule-tester';
import { makeTree } from '../helpers/tree';
import type { TreeSpec } from '../helpers/tree';

/** A compose file with the given services (name -> image). */
function compose(services: Record<string, string | Record<string, unknown>>): string {
  const entries = Object.entries(services).map(([name, value]) => [name, typeof value === 'string' ? { image: value } : value]);
  return stringify({ services: Object.fromEntries(entries) });
}

const coreInfra: TreeSpec = {
  'docker-compose.yml': compose({ traefik: 'traefik:v3.0', postgres: 'postgres:16-alpine' }),
  traefik: { 'traefik.yml': 'entryPoints: {}\n' },
  postgres: { 'init-scripts': { '01.sql': 'SELECT 1;\n' } },
};

ruleTester(noCatchAllDir, {
  valid: [
    { name: 'capability layout', tree: { services: { 'core-infra': coreInfra } } },
    { name: 'a tmp folder deep inside a service is data, not a grouping', tree: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }), n8n: { data: { tmp: { 'x.txt': 'x' } } } } } } },
  ],
  invalid: [
    {
      name: 'apps/ at the root (the seed antipattern)',
      tree: { services: { apps: { openweb: { 'docker-compose.yml': compose({ openweb: 'ghcr.io/open-webui/open-webui:0.4.8' }) }, dozzle: {} } } },
      findings: [{ path: 'services/apps', line: null, message: /catch-all/, fix: /openweb -> interfaces\/open-webui\// }],
    },
    {
      name: 'misc/ inside a capability',
      tree: { services: { monitoring: { misc: { thing: {} }, 'docker-compose.yml': compose({ dozzle: 'amir20/dozzle:v8' }), dozzle: {} } } },
      findings: [{ path: 'services/monitoring/misc', message: /catch-all/ }],
    },
  ],
});

ruleTester(noTechnologyDir, {
  valid: [{ name: 'capability layout', tree: { services: { 'core-infra': coreInfra } } }],
  invalid: [
    {
      name: 'docker/ grouping postgres and qdrant',
      tree: { services: { docker: { postgres: {}, qdrant: {} } } },
      findings: [{ path: 'services/docker', message: /by technology/, fix: /postgres -> core-infra\/postgres\/.*qdrant -> memory-orchestration\/qdrant\// }],
    },
  ],
});

ruleTester(serviceOutsideCapability, {
  valid: [
    { name: 'services inside capabilities', tree: { services: { 'core-infra': coreInfra } } },
    {
      name: 'a folder whose services live in sub-folders of their own groups services',
      tree: { services: { 'mcp-servers': { 'docker-compose.yml': compose({ 'coda-mcp': { build: './coda-mcp' } }), 'coda-mcp': { Dockerfile: 'FROM node:20\n' } } } },
    },
  ],
  invalid: [
    {
      name: 'n8n/ and traefik/ at the root, an unknown one too',
      tree: {
        services: {
          n8n: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }) },
          traefik: { 'traefik.yml': 'x: 1\n' },
          'mail-relay': { Dockerfile: 'FROM alpine\n' },
          // An app with a sidecar and config mounted from ./config (ScaleTail's layout): one service.
          affine: {
            'compose.yaml': 'services:\n  tailscale:\n    image: tailscale/tailscale:v1.76\n  application:\n    image: ghcr.io/toeverything/affine-graphql:0.18\n    volumes:\n      - ./config:/config\n',
            config: { 'app.json': '{}' },
          },
        },
      },
      findings: [
        { path: 'services/affine', message: /outside any capability/ },
        { path: 'services/mail-relay', message: /outside any capability/, fix: /svclint place mail-relay/ },
        { path: 'services/n8n', message: /belongs in 'services\/automation\/n8n\/'/, fix: /Move 'services\/n8n\/' to 'services\/automation\/n8n\/'/ },
        { path: 'services/traefik', message: /services\/core-infra\/traefik\//, fix: /core-infra\/traefik/ },
      ],
    },
  ],
});

ruleTester(undeclaredCapability, {
  valid: [
    { name: 'declared capabilities', tree: { services: { 'core-infra': coreInfra, archive: { nginx: {} } } } },
    {
      name: 'a new capability declared in config',
      tree: { services: { communications: { 'docker-compose.yml': compose({ postal: 'ghcr.io/postalserver/postal:3' }), postal: {} } } },
      config: { capabilities: { communications: { provides: ['email'] } } },
    },
  ],
  invalid: [
    {
      name: 'archon/ and mcp-servers/',
      tree: { services: { archon: { 'docker-compose.yml': compose({ 'archon-server': 'x/archon-server:1', 'archon-ui': 'x/archon-ui:1' }) }, 'mcp-servers': { 'coda-mcp': {} } } },
      findings: [
        { path: 'services/archon', message: /not a declared capability/, fix: /capabilities: \{ archon:/ },
        { path: 'services/mcp-servers', message: /not a declared capability/ },
      ],
    },
  ],
});

ruleTester(misplacedService, {
  valid: [
    { name: 'everything where the table says', tree: { services: { 'core-infra': coreInfra, interfaces: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8' }), 'open-webui': {} } } } },
    {
      name: 'the config places a service elsewhere on purpose',
      tree: { services: { 'memory-orchestration': { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3' }), n8n: {} } } },
      config: { services: { n8n: { capability: 'memory-orchestration' } } },
    },
    {
      name: 'a compose service named redis in an app stack is the cache rule\'s business, not misplaced',
      tree: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', redis: 'redis:7.4' }), n8n: {} } } },
    },
    {
      name: 'a stack-local redis sidecar is not a misplaced cache',
      tree: { services: { automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', 'n8n-redis': 'redis:7.4' }), n8n: {} } } },
    },
  ],
  invalid: [
    {
      name: 'dozzle in interfaces, qdrant in docker/, openweb in apps/, by image and by label',
      tree: {
        services: {
          interfaces: { 'docker-compose.yml': compose({ dozzle: 'amir20/dozzle:v8.8.2' }), dozzle: {} },
          docker: { qdrant: {} },
          apps: { openweb: { 'docker-compose.yml': compose({ web: 'ghcr.io/open-webui/open-webui:0.4.8' }) } },
          automation: {
            'docker-compose.yml': compose({ flows: { image: 'example/flows:1', labels: ['svclint.capability=integrations'] } }),
            flows: {},
          },
        },
      },
      findings: [
        { path: 'services/apps/openweb', message: /'openweb' \(open-webui\) is in 'services\/apps\/'; it belongs in 'services\/interfaces\/open-webui\/'/ },
        { path: 'services/automation/flows', message: /label svclint.capability=integrations/, fix: /services\/integrations\/flows\// },
        { path: 'services/docker/qdrant', message: /services\/memory-orchestration\/qdrant\// },
        { path: 'services/interfaces/dozzle', message: /belongs in 'services\/monitoring\/dozzle\/' \(placement table: dozzle -> monitoring\/ \(Observability tool\)\)/ },
      ],
    },
    {
      name: 'a compose-only service in the wrong capability stack',
      tree: { services: { monitoring: { 'docker-compose.yml': `services:\n  dozzle:\n    image: amir20/dozzle:v8\n  n8n:\n    image: n8nio/n8n:1.70.3\n`, dozzle: {} } } },
      findings: [{ path: 'services/monitoring/docker-compose.yml', line: 4, column: 3, message: /Compose service 'n8n' is defined in the 'monitoring' stack/ }],
    },
  ],
});

ruleTester(splitSystem, {
  valid: [
    {
      name: 'planner-memory together',
      tree: { services: { 'memory-orchestration': { 'docker-compose.yml': compose({ 'memory-gateway': { build: './memory-gateway' } }), 'memory-gateway': { Dockerfile: 'FROM node:20\n' }, 'planner-api': { Dockerfile: 'FROM node:20\n' }, 'archon-server': {} } } },
    },
  ],
  invalid: [
    {
      name: 'memory-gateway at the root, archon under archon/',
      tree: { services: { 'memory-gateway': { Dockerfile: 'FROM node:20\n' }, archon: { 'archon-server': {}, 'archon-ui': {} }, 'memory-orchestration': { 'planner-api': {} } } },
      findings: [
        {
          path: 'services/archon/archon-server',
          message: /System 'planner-memory' is split across 3 directories: .*All its members belong in 'services\/memory-orchestration\/'/,
          fix: /Move 'services\/archon\/archon-server\/' to 'services\/memory-orchestration\/archon-server\/', 'services\/archon\/archon-ui\/' to 'services\/memory-orchestration\/archon-ui\/', 'services\/memory-gateway\/' to 'services\/memory-orchestration\/memory-gateway\/'\./,
        },
      ],
    },
  ],
});

ruleTester(nonCanonicalName, {
  valid: [{ name: 'canonical kebab-case names', tree: { services: { interfaces: { 'open-webui': {}, 'uptime-kuma': {} } } } }],
  invalid: [
    {
      name: 'openweb alias and a CamelCase folder',
      tree: { services: { interfaces: { openweb: {}, StatusBoard: {} }, MyStuff: { thing: {} } } },
      findings: [
        { path: 'services/MyStuff', message: /Capability folder 'MyStuff' is not in kebab-case/, fix: /my-stuff/ },
        { path: 'services/interfaces/StatusBoard', message: /not in kebab-case/, fix: /status-board/ },
        { path: 'services/interfaces/openweb', message: /alias; the canonical name is 'open-webui'/, fix: /services\/interfaces\/open-webui\// },
      ],
    },
  ],
});

ruleTester(duplicateService, {
  valid: [
    { name: 'one postgres', tree: { services: { 'core-infra': coreInfra } } },
    { name: 'an archived copy is kept for rollback', tree: { services: { 'core-infra': coreInfra, archive: { postgres: { 'docker-compose.yml': compose({ postgres: 'postgres:15' }) } } } } },
    {
      name: 'two apps each with a plain nginx web server: not the legacy nginx-proxy defined twice',
      tree: {
        services: {
          automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', nginx: 'nginx:1.27' }), n8n: {} },
          interfaces: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8', nginx: 'nginx:1.27' }), 'open-webui': {} },
        },
      },
    },
    {
      name: "two apps' own redis sidecars are the cache rule's business, not duplicates",
      tree: {
        services: {
          automation: { 'docker-compose.yml': compose({ n8n: 'n8nio/n8n:1.70.3', redis: 'redis:7.4' }), n8n: {} },
          interfaces: { 'docker-compose.yml': compose({ 'open-webui': 'ghcr.io/open-webui/open-webui:0.4.8', redis: 'redis:7.4' }), 'open-webui': {} },
        },
      },
    },
  ],
  invalid: [
    {
      name: 'postgres/ and docker/postgres/',
      tree: {
        services: {
          postgres: { 'docker-compose.yml': compose({ postgres: 'postgres:16-alpine' }) },
          docker: { 'docker-compose.yml': compose({ postgres: 'postgres:16-alpine' }), postgres: {} },
        },
      },
      findings: [{ path: 'services/postgres', message: /'postgres' is in two places: 'services\/docker\/postgres\/' and 'services\/postgres\/'/ }],
    },
    {
      name: 'traefik defined in two capability stacks',
      tree: {
        services: {
          'core-infra': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }) },
          'memory-orchestration': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }) },
        },
      },
      findings: [{ path: 'services/memory-orchestration/docker-compose.yml', line: 2, column: 3, message: /defined in two stacks/ }],
    },
  ],
});

ruleTester(missingStackFile, {
  valid: [
    { name: 'stack at the top', tree: { services: { 'core-infra': coreInfra } } },
    { name: 'archive needs no stack', tree: { services: { archive: { nginx: {} } } } },
  ],
  invalid: [
    {
      name: 'monitoring without docker-compose.yml',
      tree: { services: { monitoring: { dozzle: { 'config.yml': 'a: 1\n' } } } },
      findings: [{ path: 'services/monitoring', message: /no stack compose file/, fix: /services\/monitoring\/docker-compose.yml/ }],
    },
  ],
});

ruleTester(tooDeep, {
  valid: [{ name: 'capability/service', tree: { services: { 'core-infra': coreInfra } } }],
  invalid: [
    {
      name: 'capability/project/service',
      tree: {
        services: {
          'memory-orchestration': {
            'docker-compose.yml': compose({ 'archon-server': { build: './archon/archon-server' } }),
            archon: { 'docker-compose.yml': compose({ 'archon-server': { build: './archon-server' } }), 'archon-server': { Dockerfile: 'FROM python:3.12\n' } },
          },
        },
      },
      findings: [{ path: 'services/memory-orchestration/archon/archon-server', message: /3 levels deep/, fix: /services\/memory-orchestration\/archon-server\// }],
    },
  ],
});

ruleTester(archivedServiceActive, {
  valid: [
    {
      name: 'archived nginx, nothing references it',
      tree: { services: { 'core-infra': coreInfra, archive: { 'docker-compose.yml': compose({ nginx: { image: 'nginxproxy/nginx-proxy:1.6', labels: ['traefik.enable=false'] } }), nginx: {} } } },
    },
  ],
  invalid: [
    {
      name: 'an active service depends on archived nginx, mounts from archive/, and nginx still routes',
      tree: {
        services: {
          archive: { 'docker-compose.yml': compose({ nginx: { image: 'nginxproxy/nginx-proxy:1.6', labels: { 'traefik.enable': 'true' } } }), nginx: { 'nginx.conf': 'x' } },
          interfaces: {
            'docker-compose.yml': 'services:\n  web:\n    image: example/web:1\n    depends_on:\n      - nginx\n    volumes:\n      - ../archive/nginx/nginx.conf:/etc/nginx.conf:ro\n',
            web: {},
          },
        },
      },
      findings: [
        { path: 'services/archive/docker-compose.yml', line: 5, message: /still has Traefik routing enabled/ },
        { path: 'services/interfaces/docker-compose.yml', line: 5, column: 7, message: /depends on 'nginx' \(depends_on\), which is archived/ },
        { path: 'services/interfaces/docker-compose.yml', line: 7, column: 7, message: /inside archive\// },
      ],
    },
  ],
});

ruleTester(legacyService, {
  valid: [
    { name: 'legacy services archived', tree: { services: { archive: { nginx: {}, 'acme-companion': {} } } } },
    {
      name: 'a folder named nginx running a plain nginx web server is not the legacy proxy',
      tree: { services: { interfaces: { 'docker-compose.yml': compose({ nginx: 'nginx:1.27-alpine' }), nginx: { 'nginx.conf': 'events {}\n' } } } },
    },
    { name: 'a folder named nginx with no nginx-proxy image (a web server) is not the legacy proxy', tree: { services: { interfaces: { nginx: { 'index.html': '<p>hi</p>\n' } } } } },
  ],
  invalid: [
    {
      name: 'docker/nginx running nginx-proxy, and a running acme-companion',
      tree: {
        services: {
          docker: { nginx: { 'docker-compose.yml': 'services:\n  proxy:\n    image: nginxproxy/nginx-proxy:1.6\n  web:\n    image: example/web:1\n' } },
          'core-infra': { 'docker-compose.yml': 'services:\n  traefik:\n    image: traefik:v3.0\n  certs:\n    image: nginxproxy/acme-companion:2.4\n', traefik: {} },
        },
      },
      findings: [
        { path: 'services/core-infra/docker-compose.yml', line: 4, column: 3, message: /runs superseded acme-companion/ },
        { path: 'services/docker/nginx', message: /superseded service/, fix: /services\/archive\/nginx\// },
      ],
    },
  ],
});

ruleTester(brokenSymlink, {
  valid: [{ name: 'a link that resolves', tree: { services: { 'core-infra': { ...coreInfra, valkey: { symlink: '../../old-valkey' } } }, 'old-valkey': { 'a.conf': 'x' } } }],
  invalid: [
    {
      name: 'dangling and looping links',
      tree: { services: { 'core-infra': { ...coreInfra, valkey: { symlink: '../../gone' }, loop: { symlink: 'loop' } } } },
      findings: [
        { path: 'services/core-infra/loop', message: /loops/ },
        { path: 'services/core-infra/valkey', message: /points to nothing/ },
      ],
    },
  ],
});

ruleTester(migrationSymlink, {
  valid: [{ name: 'real folders', tree: { services: { 'core-infra': coreInfra } } }],
  invalid: [
    {
      name: 'Phase 1 bridge core-infra/traefik -> ../traefik',
      tree: { services: { 'core-infra': { 'docker-compose.yml': compose({ traefik: 'traefik:v3.0' }), traefik: { symlink: '../traefik' } }, traefik: { 'traefik.yml': 'a: 1\n' } } },
      findings: [{ path: 'services/core-infra/traefik', message: /migration bridge to 'services\/traefik\/'/, fix: /Phase 4: rm 'services\/core-infra\/traefik' && mv 'services\/traefik'/ }],
    },
  ],
});

ruleTester(buildContext, {
  valid: [
    {
      name: 'context inside the capability, Dockerfile present; remote contexts ignored',
      tree: {
        services: {
          'memory-orchestration': {
            'docker-compose.yml': 'services:\n  planner-api:\n    build: ./planner-api\n  tool:\n    build: https://github.com/example/tool.git#main\n',
            'planner-api': { Dockerfile: 'FROM node:20\n' },
          },
        },
      },
    },
  ],
  invalid: [
    {
      name: 'missing context, escaping context, missing dockerfile',
      tree: {
        services: {
          'memory-orchestration': {
            'docker-compose.yml':
              'services:\n  memory-gateway:\n    build: ./memory-gateway\n  planner-api:\n    build:\n      context: ../../planner-api\n  archon-ui:\n    build:\n      context: ./archon-ui\n      dockerfile: Dockerfile.prod\n',
            'archon-ui': { Dockerfile: 'FROM node:20\n' },
          },
        },
        'planner-api': { Dockerfile: 'FROM node:20\n' },
      },
      findings: [
        { path: 'services/memory-orchestration/docker-compose.yml', line: 3, column: 12, message: /'\.\/memory-gateway' of 'memory-gateway' does not exist/ },
        { path: 'services/memory-orchestration/docker-compose.yml', line: 6, column: 16, message: /escapes its capability directory/ },
        { path: 'services/memory-orchestration/docker-compose.yml', line: 10, column: 19, message: /Dockerfile.prod' for 'archon-ui' does not exist/ },
      ],
    },
  ],
});

ruleTester(staleDocPath, {
  valid: [
    {
      name: 'docs name existing paths',
      tree: { services: { 'core-infra': coreInfra }, docs: { 'INVENTORY.md': 'Traefik lives in `services/core-infra/traefik/`.\n' } },
      config: { docs: ['docs/**/*.md'] },
    },
    { name: 'no docs globs configured: nothing read', tree: { services: { 'core-infra': coreInfra }, docs: { 'INVENTORY.md': 'see services/apps/openweb\n' } } },
  ],
  invalid: [
    {
      name: 'an inventory still naming apps/openweb',
      tree: { services: { 'core-infra': coreInfra }, docs: { 'INVENTORY.md': '# Inventory\n\n| open-webui | `~/services/apps/openweb/` |\n' } },
      config: { docs: ['docs/**/*.md'] },
      findings: [{ path: 'docs/INVENTORY.md', line: 3, column: 19, message: /'services\/apps\/openweb' does not exist/ }],
    },
  ],
});

ruleTester(unreadablePath, {
  valid: [{ name: 'a readable tree', tree: { services: { 'core-infra': coreInfra } } }],
  invalid: [],
});

describe('unreadable-path on a name that is not UTF-8', () => {
  it('reports the folder it could not read and lints the rest', async () => {
    const dir = makeTree({ services: { 'core-infra': coreInfra } });
    // Node writes string paths as UTF-8, so the invalid name is made from raw bytes.
    const parent = Buffer.from(path.join(dir, 'services', 'core-infra') + '/');
    writeFileSync(Buffer.concat([parent, Buffer.from([0x66, 0xff, 0x6f])]), 'x');
    const target = resolveTarget('.', dir, null);
    const model = await buildHostModel(target.root, target.policy, dir);
    const findings = (await runRules(model, [{ rule: unreadablePath, severity: 'warning' }])).map((f) => toFinding(f, dir));
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
    const findings = (await runRules(model, structure.map((rule) => ({ rule, severity: rule.meta.severity })))).map((f) => toFinding(f, dir));
    expect(findings.map((f) => `${f.rule} ${f.path}`)).toEqual(['migration-symlink services/core-infra/traefik']);
  });
});
